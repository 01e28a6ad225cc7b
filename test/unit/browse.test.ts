import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/feed/parse.ts';
import type { Service } from '../../src/feed/schema.ts';
import { browseMatches, emptyFilters, type BrowseFilters } from '../../src/match/browse.ts';
import { prepareFeed } from '../../src/feed/prepared.ts';
import { pickText } from '../../src/i18n/text.ts';
import { minimalFeed, minimalService, sampleFeed } from './fixtures.ts';

const NOW = new Date('2026-11-25T15:00:00Z');
const nameOf = (s: Service) => pickText(s.name, ['en']).text;

/**
 * Browse as the finder runs it: the services in English name order, the open states of the
 * minute, and, when searching, the index's hits (positions in the feed, best first).
 */
function browser(feed: ReturnType<typeof parseFeed>['feed']) {
  const prepared = prepareFeed(feed);
  return (f: Partial<BrowseFilters>, relevance?: ReadonlyMap<string, number>) => {
    const best = [...(relevance ?? [])].sort((a, b) => b[1] - a[1]);
    const position = (id: string) => feed.services.findIndex((s) => s.id === id);
    const hits = {
      docs: Int32Array.from(best, ([id]) => position(id)),
      scores: Float32Array.from(best, ([, score]) => score),
      empty: false,
      partial: false,
    };
    return browseMatches(
      prepared.byName(['en']),
      { ...emptyFilters(), ...f },
      {
        now: NOW,
        timeZone: feed.partnership.timeZone,
        open: prepared.openStates(NOW),
        ...(relevance ? { search: { hits, services: feed.services } } : {}),
      },
    ).slice();
  };
}

const { feed } = parseFeed(sampleFeed());
const run = browser(feed);

describe('browse', () => {
  it('lists every service A to Z with no filters', () => {
    const names = run({}).map((r) => nameOf(r.service));
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
    const results = run({ query: 'something' }, hits);
    expect(results.map((r) => r.service.id)).toEqual([feed.services[9]!.id, feed.services[5]!.id]);
  });

  it('lists the languages on offer', () => {
    expect(prepareFeed(feed).languages).toEqual(expect.arrayContaining(['en', 'pl', 'gd', 'bfi']));
  });
});

describe('browse with values the feed does not know', () => {
  const browse = browser(
    parseFeed(
      minimalFeed([
        minimalService({ id: 'a-unknown', name: 'A unknown', ages: 'unknown', areas: 'unknown' }),
        minimalService({ id: 'b-known', name: 'B known', ages: { min: 10, max: 18 }, areas: ['north'] }),
        minimalService({
          id: 'c-default',
          name: 'C default',
          ages: { min: 0, max: 25 },
          access: { selfReferral: true },
          provenance: { ages: { from: 'default' }, 'access.selfReferral': { from: 'default' } },
        }),
        minimalService({ id: 'd-ask', name: 'D ask', access: { selfReferral: 'unknown' } }),
        minimalService({ id: 'e-other', name: 'E other', ages: { min: 19, max: 25 }, areas: ['south'] }),
      ]),
    ).feed,
  );
  const ids = (f: Partial<BrowseFilters>) => browse(f).map((r) => r.service.id);

  it('keeps A to Z with no age or area asked', () => {
    expect(ids({})).toEqual(['a-unknown', 'b-known', 'c-default', 'd-ask', 'e-other']);
  });

  it('lists unknown (and defaulted) ages after the services known to fit the age, A to Z within each', () => {
    expect(ids({ age: 14 })).toEqual(['b-known', 'd-ask', 'a-unknown', 'c-default']);
  });

  it('lists unknown areas after the services known to cover the area', () => {
    expect(ids({ area: 'north' })).toEqual(['b-known', 'c-default', 'd-ask', 'a-unknown']);
  });

  it('keeps relevance first when searching: an unknown only follows an equally relevant known fit', () => {
    const queryHits = new Map([
      ['a-unknown', 0.5],
      ['b-known', 0.5],
      ['c-default', 0.9],
    ]);
    const found = browse({ query: 'talk', age: 14 }, queryHits);
    expect(found.map((r) => r.service.id)).toEqual(['c-default', 'b-known', 'a-unknown']);
  });

  it('leaves out unknown and defaulted self-referral from “can contact them myself”', () => {
    expect(ids({ selfReferral: true })).toEqual(['a-unknown', 'b-known', 'e-other']);
  });
});
