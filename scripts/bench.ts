/**
 * Speed of the pure modules on feeds far larger than a real partnership's, printed as figures.
 * The check is a ratio measured in this one run (ten times the services should cost about ten
 * times the time), so it holds on a slow or busy machine where absolute times would not.
 *
 *   npm run bench
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseFeed } from '../src/feed/parse.ts';
import { emptyAnswers } from '../src/match/answers.ts';
import { browseMatches, emptyFilters } from '../src/match/browse.ts';
import { prepareFeed } from '../src/feed/prepared.ts';
import { matchServices } from '../src/match/match.ts';
import { buildIndex } from '../src/search/build-index.ts';
import { lexicon as english } from '../src/search/lexicon/en.ts';

type Json = Record<string, unknown> & { services: Record<string, unknown>[] };
const sample = JSON.parse(
  readFileSync(new URL('../data-schema/examples/sample-feed.json', import.meta.url), 'utf8'),
) as Json;

function feedOf(size: number): Json {
  const services = Array.from({ length: size }, (_, i) => {
    const base = sample.services[i % sample.services.length] ?? {};
    return { ...base, id: `${String(base['id'])}-${i}` };
  });
  return { ...sample, services };
}

function time(fn: () => unknown, runs = 5): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)] ?? Number.NaN;
}

const NOW = new Date('2026-11-25T15:00:00Z');
const SMALL = 500;
const LARGE = 5000;
const rows: { task: string; small: number; large: number }[] = [];

function measure(task: string, make: (size: number) => () => unknown): void {
  rows.push({ task, small: time(make(SMALL)), large: time(make(LARGE)) });
}

measure('validate feed', (n) => {
  const json = feedOf(n);
  return () => parseFeed(json);
});
measure('match a journey', (n) => {
  const { feed } = parseFeed(feedOf(n));
  const answers = {
    ...emptyAnswers(),
    seeker: 'me' as const,
    age: 14,
    topics: ['feeling-worried', 'sleep'],
    area: 'glenmore-north',
  };
  return () => matchServices(feed.services, answers, { now: NOW, timeZone: 'Europe/London', areas: feed.areas });
});
measure('browse, all filters off', (n) => {
  const prepared = prepareFeed(parseFeed(feedOf(n)).feed);
  return () =>
    browseMatches(prepared.byName(['en']), emptyFilters(), {
      now: NOW,
      timeZone: 'Europe/London',
      open: prepared.openStates(NOW),
    }).slice();
});
measure('build search index', (n) => {
  const { feed } = parseFeed(feedOf(n));
  return () => buildIndex(feed, 'en', [english]);
});
measure('search "cant sleep"', (n) => {
  const { feed } = parseFeed(feedOf(n));
  const index = buildIndex(feed, 'en', [english]);
  return () => index.search('cant sleep');
});

const expected = LARGE / SMALL;
let failed = false;
console.log(`task                      ${SMALL} services   ${LARGE} services   ratio (linear = ${expected})`);
for (const row of rows) {
  const ratio = row.large / Math.max(row.small, 0.01);
  // Up to three times worse than linear is noise and cache effects; beyond that something is quadratic.
  const bad = ratio > expected * 3;
  failed ||= bad;
  console.log(
    `${row.task.padEnd(25)} ${row.small.toFixed(2).padStart(9)} ms ${row.large.toFixed(2).padStart(12)} ms ${ratio
      .toFixed(1)
      .padStart(10)}${bad ? '  ← worse than linear' : ''}`,
  );
}
if (failed) process.exit(1);
