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

  it('reads whole sentences word by word', () => {
    const topics = search.topicsFor("can't sleep before my exams");
    expect(topics).toEqual(expect.arrayContaining(['sleep', 'school-stress']));
  });

  it('finds services by their own names and descriptions, in any language of the feed', () => {
    expect(search.servicesFor('counselling').size).toBeGreaterThan(0);
    expect(search.topicsFor('ab')).toEqual([]);
  });
});
