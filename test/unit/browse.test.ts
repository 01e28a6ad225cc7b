import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/feed/parse.ts';
import { browseServices, emptyFilters, type BrowseFilters } from '../../src/match/browse.ts';
import { prepareFeed } from '../../src/feed/prepared.ts';
import { pickText } from '../../src/i18n/text.ts';
import { sampleFeed } from './fixtures.ts';

const { feed } = parseFeed(sampleFeed());
const context = {
  now: new Date('2026-11-25T15:00:00Z'),
  timeZone: 'Europe/London',
  nameOf: (s: (typeof feed.services)[number]) => pickText(s.name, ['en']).text,
};
const run = (f: Partial<BrowseFilters>) => browseServices(feed.services, { ...emptyFilters(), ...f }, context);

describe('browseServices', () => {
  it('lists every service A to Z with no filters', () => {
    const names = run({}).map((r) => context.nameOf(r.service));
    expect(names).toHaveLength(feed.services.length);
    expect([...names].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true }))).toEqual(
      names,
    );
  });

  it('applies each filter exactly', () => {
    expect(run({ selfReferral: true }).every((r) => r.service.access.selfReferral === true)).toBe(true);
    expect(run({ free: true }).every((r) => r.service.free)).toBe(true);
    expect(
      run({ age: 3 }).every((r) => r.service.ages !== 'unknown' && r.service.ages.min <= 3 && r.service.ages.max >= 3),
    ).toBe(true);
    expect(run({ topics: ['sleep'] }).every((r) => r.service.topics.includes('sleep'))).toBe(true);
    expect(run({ language: 'pl' }).every((r) => r.service.languages.includes('pl'))).toBe(true);
    expect(run({ language: 'pl' }).length).toBeGreaterThan(0);
    expect(run({ openNow: true }).every((r) => r.open.kind === 'open' || r.open.kind === 'always')).toBe(true);
    const islands = run({ area: 'islands' });
    expect(islands.every((r) => r.service.areas === 'all' || r.service.areas.includes('islands'))).toBe(true);
    expect(run({ delivery: ['group'] }).every((r) => r.service.delivery.includes('group'))).toBe(true);
  });

  it('combines filters and may honestly find nothing', () => {
    expect(run({ age: 0, delivery: ['text'], language: 'gd' })).toEqual([]);
  });

  it('ranks by search relevance when searching', () => {
    const hits = new Map([
      [feed.services[5]!.id, 0.4],
      [feed.services[9]!.id, 0.9],
    ]);
    const results = browseServices(
      feed.services,
      { ...emptyFilters(), query: 'something' },
      { ...context, queryHits: hits },
    );
    expect(results.map((r) => r.service.id)).toEqual([feed.services[9]!.id, feed.services[5]!.id]);
  });

  it('lists the languages on offer', () => {
    expect(prepareFeed(feed).languages).toEqual(expect.arrayContaining(['en', 'pl', 'gd', 'bfi']));
  });
});
