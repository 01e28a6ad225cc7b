/**
 * The element works the guided results out in slices (`guidedSteps` run by `inSlices`); the
 * benchmarks and the other tests call `guidedResults`, which runs the same steps at once. Both
 * must give the same results, to the last reason.
 */
import { describe, expect, it } from 'vitest';
import { parseFeed, type Feed } from '../../src/feed/parse.ts';
import { prepareFeed } from '../../src/feed/prepared.ts';
import { emptyAnswers, type Answers } from '../../src/match/answers.ts';
import { guidedResults, guidedSteps, type GuidedInput } from '../../src/match/guided.ts';
import { inSlices } from '../../src/schedule/tasks.ts';
import { buildIndex } from '../../src/search/build-index.ts';
import { lexicon as en } from '../../src/search/lexicon/en.ts';
import { OwnWords } from '../../src/search/own-words.ts';
import { syntheticFeed } from '../fixtures/synthetic-feed.ts';
import { sampleFeed } from './fixtures.ts';

const NOW = new Date('2026-11-25T15:00:00Z');

function inputs(feed: Feed): Omit<GuidedInput, 'answers'> {
  const index = buildIndex(feed, 'en', [en]);
  const words = new OwnWords({ topics: feed.topics, lang: 'en', lexicons: [en], knownWord: (w) => index.hasWord(w) });
  return { prepared: prepareFeed(feed), now: NOW, langs: ['en', 'en'], words, index };
}

const ANSWERS: Partial<Answers>[] = [
  { seeker: 'me', age: 14, topics: ['feeling-worried'] },
  { seeker: 'me', age: 17, topics: ['feeling-low'], query: 'cant sleep', delivery: ['online'] },
  { seeker: 'friend', age: 12, query: 'someone is hurting me' },
  { seeker: 'parent-carer', age: 9, topics: ['school-stress', 'bullying'], selfReferralOnly: true },
];

describe('guided results in slices', () => {
  const feeds: [string, Feed][] = [
    ['the sample feed', parseFeed(sampleFeed()).feed],
    ['5,000 synthetic services', parseFeed(syntheticFeed({ count: 5000, seed: 14, longDescriptions: false })).feed],
  ];
  for (const [name, feed] of feeds) {
    it(`equal the results worked out at once, on ${name}`, async () => {
      const ready = inputs(feed);
      for (const a of ANSWERS) {
        const input = { ...ready, answers: { ...emptyAnswers(), ...a } };
        const once = guidedResults(input);
        // No time for any slice: the page is given its turn at every step.
        const sliced = await inSlices(guidedSteps(input), 0);
        expect(once.results.length).toBeGreaterThan(0);
        expect(sliced).toEqual(once);
      }
    }, 60_000);
  }
});
