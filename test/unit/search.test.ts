import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/feed/parse.ts';
import { FinderSearch } from '../../src/match/search.ts';
import { searchDocs } from '../../src/match/search-docs.ts';
import { sampleFeed } from './fixtures.ts';

const { feed } = parseFeed(sampleFeed());
const search = new FinderSearch(searchDocs(feed.topics, feed.services));

describe('FinderSearch', () => {
  it.each([
    ['anxious', 'feeling-worried'],
    ['axious', 'feeling-worried'],
    ['panic attacks', 'feeling-worried'],
    ['depressed', 'feeling-low'],
    ['self harm', 'hurting-yourself'],
    ['bullied', 'bullying'],
    ['insomnia', 'sleep'],
    ['grief', 'loss'],
  ])('finds the everyday topic for "%s"', (query, topic) => {
    expect(search.topicsFor(query)).toContain(topic);
  });

  it.each([
    ['lonley', 'friendships'],
    ['depresed', 'feeling-low'],
    ['bulied', 'bullying'],
    ['fights at home', 'things-at-home'],
    ['my mum drinks', 'drugs-alcohol'],
    ['bullied online', 'bullying'],
  ])('tolerates typos and reads sentences: "%s"', (query, topic) => {
    expect(search.topicsFor(query)).toContain(topic);
  });

  it('reads whole sentences word by word, without far-fetched guesses', () => {
    const topics = search.topicsFor("can't sleep before my exams");
    expect(topics.sort()).toEqual(['school-stress', 'sleep']);
    expect(search.topicsFor('sad')).toEqual(['feeling-low']);
    expect(search.topicsFor('axious')).toEqual(['feeling-worried']);
  });

  it('finds services by their own names and descriptions, in any language of the feed', () => {
    expect(search.servicesFor('counselling').size).toBeGreaterThan(0);
    // Faint matches are left out: one clear answer for "sleep", none for a sentence of common words.
    expect([...search.servicesFor('sleep').keys()]).toEqual(['childrens-sleep-clinic']);
    expect(search.servicesFor('cant sleep before exams').size).toBe(0);
    expect(search.topicsFor('ab')).toEqual([]);
  });
});
