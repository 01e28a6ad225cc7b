/**
 * The relevance set: precision and recall of topic suggestions from own words, and recall of
 * browse search, on the sample feed and on a large generated feed with long, messy descriptions.
 * Thresholds are committed here; the figures are printed on every run.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { parseFeed, type Feed } from '../../src/feed/parse.ts';
import { buildIndex } from '../../src/search/build-index.ts';
import { lexicon as ar } from '../../src/search/lexicon/ar.ts';
import { lexicon as en } from '../../src/search/lexicon/en.ts';
import { lexicon as pl } from '../../src/search/lexicon/pl.ts';
import type { Lexicon } from '../../src/search/lexicon/types.ts';
import { lexicon as uk } from '../../src/search/lexicon/uk.ts';
import { lexicon as zh } from '../../src/search/lexicon/zh-Hans.ts';
import { lexicon as ro } from '../../src/search/lexicon/ro.ts';
import { lexicon as cy } from '../../src/search/lexicon/cy.ts';
import { lexicon as gd } from '../../src/search/lexicon/gd.ts';
import { lexicon as ur } from '../../src/search/lexicon/ur.ts';
import { lexicon as pa } from '../../src/search/lexicon/pa.ts';
import { normalise } from '../../src/search/normalise.ts';
import { OwnWords } from '../../src/search/own-words.ts';
import type { SearchIndex } from '../../src/search/search-index.ts';
import {
  SAMPLE_BROWSE_QUERIES,
  SYNTHETIC_BROWSE_QUERIES,
  mentions,
  type BrowseQuery,
} from '../relevance/browse-queries.ts';
import { TOPIC_QUERIES } from '../relevance/topic-queries.ts';
import { syntheticFeed } from '../fixtures/synthetic-feed.ts';
import { sampleFeed } from './fixtures.ts';

const TOPIC_PRECISION = 0.9;
const TOPIC_RECALL = 0.9;
const BROWSE_RECALL = 0.95;
/** Suggestions shown to the person at most. */
const SUGGESTIONS = 4;

const LEXICONS: Record<string, Lexicon> = { en, pl, uk, ar, 'zh-Hans': zh, ro, cy, gd, ur, pa };
const lexiconsFor = (lang: string): Lexicon[] => (lang === 'en' ? [en] : [LEXICONS[lang] ?? en, en]);

const FEEDS: Record<string, Feed> = {
  sample: parseFeed(sampleFeed()).feed,
  synthetic: parseFeed(syntheticFeed({ count: 1000, seed: 11 })).feed,
};
const figures: string[] = [];
afterAll(() => console.log(`\nRelevance figures\n${figures.join('\n')}\n`));

const indexes = new Map<string, SearchIndex>();
function indexFor(feedName: string, lang: string): SearchIndex {
  const key = `${feedName}:${lang}`;
  let index = indexes.get(key);
  if (!index) {
    const feed = FEEDS[feedName]!;
    index = buildIndex(feed, lang, lexiconsFor(lang));
    indexes.set(key, index);
  }
  return index;
}

describe.each(Object.keys(FEEDS))('topic suggestions from own words, %s feed', { timeout: 30_000 }, (feedName) => {
  it(`reach precision ≥ ${TOPIC_PRECISION} and recall ≥ ${TOPIC_RECALL} over ${TOPIC_QUERIES.length} queries`, () => {
    const feed = FEEDS[feedName]!;
    const matchers = new Map<string, OwnWords>();
    let suggested = 0;
    let right = 0;
    let expected = 0;
    let found = 0;
    const misses: string[] = [];
    const byLang = new Map<string, { right: number; suggested: number; found: number; expected: number }>();
    for (const { lang, query, topics } of TOPIC_QUERIES) {
      let matcher = matchers.get(lang);
      if (!matcher) {
        const index = indexFor(feedName, lang);
        matcher = new OwnWords({
          topics: feed.topics,
          lang,
          lexicons: lexiconsFor(lang),
          knownWord: (w) => index.hasWord(w),
        });
        matchers.set(lang, matcher);
      }
      const got = matcher.suggest(query, SUGGESTIONS).map((s) => s.topic);
      const hits = got.filter((t) => topics.includes(t)).length;
      suggested += got.length;
      right += hits;
      expected += topics.length;
      found += topics.filter((t) => got.includes(t)).length;
      const l = byLang.get(lang) ?? { right: 0, suggested: 0, found: 0, expected: 0 };
      byLang.set(lang, {
        right: l.right + hits,
        suggested: l.suggested + got.length,
        found: l.found + topics.filter((t) => got.includes(t)).length,
        expected: l.expected + topics.length,
      });
      if (hits !== got.length || hits !== topics.length) {
        misses.push(`  ${lang} "${query}": expected [${topics.join(', ')}], got [${got.join(', ')}]`);
      }
    }
    const precision = right / Math.max(1, suggested);
    const recall = found / Math.max(1, expected);
    const perLang = [...byLang]
      .map(
        ([lang, l]) =>
          `${lang} P ${(l.right / Math.max(1, l.suggested)).toFixed(2)} R ${(l.found / l.expected).toFixed(2)}`,
      )
      .join('; ');
    figures.push(
      `topics (${feedName}, ${TOPIC_QUERIES.length} queries, ${new Set(TOPIC_QUERIES.map((q) => q.lang)).size} languages): precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} [${perLang}]`,
      ...misses,
    );
    expect(precision).toBeGreaterThanOrEqual(TOPIC_PRECISION);
    expect(recall).toBeGreaterThanOrEqual(TOPIC_RECALL);
  });
});

function browseRecall(feedName: string, queries: readonly BrowseQuery[]): number {
  const feed = FEEDS[feedName]!;
  const texts = feed.services.map((s) =>
    normalise([s.name, s.description].flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t))).join('\n')),
  );
  let truth = 0;
  let found = 0;
  const rows: string[] = [];
  for (const q of queries) {
    const lang = /[\p{Script=Han}]/u.test(q.query)
      ? 'zh-Hans'
      : /\p{Script=Cyrillic}/u.test(q.query)
        ? 'uk'
        : /\p{Script=Arabic}/u.test(q.query)
          ? 'ar'
          : /[ąęłśżźćńó]/u.test(q.query)
            ? 'pl'
            : 'en';
    const hits = new Set(indexFor(feedName, lang).search(q.query).docs);
    const test = mentions(q);
    const must = texts.flatMap((text, doc) => (test(text) ? [doc] : []));
    const got = must.filter((doc) => hits.has(doc)).length;
    truth += must.length;
    found += got;
    rows.push(`${q.query} ${got}/${must.length} (+${hits.size - got})`);
  }
  const recall = found / Math.max(1, truth);
  figures.push(
    `browse search recall (${feedName}, ${queries.length} queries): ${recall.toFixed(3)} = ${found}/${truth}`,
  );
  figures.push(`  ${rows.join('; ')}`);
  return recall;
}

describe('browse search', { timeout: 30_000 }, () => {
  it(`finds ≥ ${BROWSE_RECALL} of the services whose name or description has the word, on the sample feed`, () => {
    expect(browseRecall('sample', SAMPLE_BROWSE_QUERIES)).toBeGreaterThanOrEqual(BROWSE_RECALL);
  });

  it(`finds ≥ ${BROWSE_RECALL} of them on a generated feed of 1,000 long, messy services in five languages`, () => {
    expect(browseRecall('synthetic', SYNTHETIC_BROWSE_QUERIES)).toBeGreaterThanOrEqual(BROWSE_RECALL);
  });

  it('finds topic synonyms on the sample feed: "worried", "anxious" and "exams" find the tagged services', () => {
    const feed = FEEDS['sample']!;
    const index = indexFor('sample', 'en');
    const tagged = (topic: string) => feed.services.flatMap((s, i) => (s.topics.includes(topic) ? [i] : []));
    for (const [query, topic] of [
      ['worried', 'feeling-worried'],
      ['anxious', 'feeling-worried'],
      ['exams', 'school-stress'],
    ] as const) {
      const hits = new Set(index.search(query).docs);
      expect(
        tagged(topic).every((doc) => hits.has(doc)),
        query,
      ).toBe(true);
    }
  });

  it('ranks a service named for the word above services only tagged with it', () => {
    const feed = FEEDS['sample']!;
    const index = indexFor('sample', 'en');
    expect(feed.services[index.search('sleep').docs[0]!]!.id).toBe('childrens-sleep-clinic');
    expect(feed.services[index.search('self harm').docs[0]!]!.id).toBe('turning-point-self-harm');
  });
});
