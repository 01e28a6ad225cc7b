/**
 * Speed of the search index and own-words matching on generated feeds of 5,000 and 20,000
 * services with long descriptions, per call, as figures (no pass or fail: the Chromium benchmark
 * in scripts/bench/ holds the thresholds for a keystroke with rendering).
 *
 *   npm run bench:search
 */
import { performance } from 'node:perf_hooks';
import { parseFeed } from '../src/feed/parse.ts';
import { buildIndex } from '../src/search/build-index.ts';
import { lexicon as english } from '../src/search/lexicon/en.ts';
import { lexicon as polish } from '../src/search/lexicon/pl.ts';
import { OwnWords } from '../src/search/own-words.ts';
import { syntheticFeed } from '../test/fixtures/synthetic-feed.ts';

/** Every prefix of each query, as typed one key at a time. */
const TYPED = ['counselling', 'anxeity', 'young carers', 'self harm', 'housing support', 'lęk', '焦虑', 'bereavment'];
const keystrokes = TYPED.flatMap((q) =>
  Array.from(q).map((_, i) =>
    Array.from(q)
      .slice(0, i + 1)
      .join(''),
  ),
);

/** Milliseconds of this process's processor time while `fn` runs: steadier than the clock on a busy machine. */
function cpuMs(fn: () => unknown): number {
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

function stats(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;
  return `median ${at(0.5).toFixed(3)} ms, p95 ${at(0.95).toFixed(3)} ms, max ${at(1).toFixed(2)} ms (${samples.length} calls)`;
}

for (const count of [5000, 20000]) {
  const { feed } = parseFeed(syntheticFeed({ count, seed: 14 }));
  let start = performance.now();
  const index = buildIndex(feed, 'en', [english]);
  const build = performance.now() - start;
  // First pass warms the typo lookups' lazily built parts, as the first keystrokes of a visit do.
  const first: number[] = [];
  for (const q of keystrokes) {
    start = performance.now();
    index.search(q);
    first.push(performance.now() - start);
  }
  const warm: number[] = [];
  const warmCpu: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const q of keystrokes) {
      start = performance.now();
      index.search(q);
      warm.push(performance.now() - start);
      warmCpu.push(cpuMs(() => index.search(q)));
    }
  }
  const buildCpu = cpuMs(() => buildIndex(feed, 'en', [english]));
  const words = new OwnWords({
    topics: feed.topics,
    lang: 'pl',
    lexicons: [polish, english],
    knownWord: (w) => index.hasWord(w),
  });
  const own: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const q of ["I can't sleep and my dad hits me", 'anxeity before exams', 'nie mogę spać', 'sad and lonely']) {
      start = performance.now();
      words.suggest(q);
      own.push(performance.now() - start);
    }
  }
  // The guided journey's reading of own words and chosen topics (see match/guided.ts), once per answer change.
  const guided: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const [own, topic] of [
      ["I feel anxious all the time and can't sleep", 'feeling-worried'],
      ['my son is autistic', 'how-i-think'],
      ['', 'hurting-yourself'],
    ] as const) {
      // The first round reads each topic's words (then kept); later ones only the person's words.
      guided.push(cpuMs(() => index.relevance([{ topic, weight: 1 }, ...(own ? [{ own, weight: 0.5 }] : [])])));
    }
  }
  console.log(
    `${count} services: index built in ${build.toFixed(0)} ms (${buildCpu.toFixed(0)} ms processor time), ${index.vocabularySize} distinct terms`,
  );
  const sizes = index.sizes;
  // Each posting is a service (4 bytes) and its fields (1 byte); each key an offset (4 bytes).
  const kb = (postings: number, keys: number) => ((postings * 5 + keys * 4) / 1024).toFixed(0);
  console.log(
    `  postings: ${sizes.termPostings} for terms (${kb(sizes.termPostings, sizes.terms)} KB), ${sizes.pairPostings} for ${sizes.pairs} word pairs (${kb(sizes.pairPostings, sizes.pairs)} KB)`,
  );
  console.log(`  index.search, first keystrokes: ${stats(first)}`);
  console.log(`  index.search, warm:             ${stats(warm)}`);
  console.log(`  index.search, warm, processor:  ${stats(warmCpu)}`);
  console.log(`  own words suggest:              ${stats(own)}`);
  console.log(`  guided relevance, processor:     first of each topic ${stats(guided.slice(0, 3))}`);
  console.log(`                                   again ${stats(guided.slice(3))}`);
}
