import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareFeed } from '../../src/feed/prepared.ts';
import { parseFeed } from '../../src/feed/parse.ts';
import { emptyFilters, browseMatches } from '../../src/match/browse.ts';
import { openStateAt } from '../../src/schedule/open-state.ts';
import { minimalFeed, minimalService, sampleFeed } from './fixtures.ts';

const NOW = new Date('2026-11-25T15:00:00Z');

describe('prepared feed', () => {
  it('builds lookups once', () => {
    const prepared = prepareFeed(parseFeed(sampleFeed()).feed);
    expect(prepared.servicesById.size).toBe(prepared.feed.services.length);
    expect(prepared.topicsById.get('sleep')).toBeDefined();
    expect(prepared.languages).toContain('pl');
    expect([...prepared.languages]).toEqual([...prepared.languages].sort());
  });

  it('keeps open states for the same minute and works them out again for the next', () => {
    const prepared = prepareFeed(parseFeed(sampleFeed()).feed);
    const first = prepared.openStates(NOW);
    expect(prepared.openStates(new Date(NOW.getTime() + 20_000))).toBe(first);
    expect(prepared.openStates(new Date(NOW.getTime() + 60_000))).not.toBe(first);
  });

  it('works out each service’s open state when asked, the same as from its hours', () => {
    const prepared = prepareFeed(parseFeed(sampleFeed()).feed);
    const states = prepared.openStates(NOW);
    const minute = prepared.minuteOf(NOW);
    for (const s of prepared.feed.services) {
      expect(states.get(s.id)).toEqual(openStateAt(s.hours, s.open247, minute));
      expect(states.get(s.id)).toBe(states.get(s.id));
    }
    expect(states.get('no-such-service')).toBeUndefined();
  });

  it('orders services by their name in the reader’s language', () => {
    const feed = parseFeed(
      minimalFeed([
        minimalService({ id: 'a', name: { en: 'Zebra', pl: 'Ananas' } }),
        minimalService({ id: 'b', name: { en: 'Apple', pl: 'Żaba' } }),
        minimalService({ id: 'c', name: 'Émile' }),
      ]),
    ).feed;
    const prepared = prepareFeed(feed);
    expect(prepared.byName(['en']).map((s) => s.id)).toEqual(['b', 'c', 'a']);
    expect(prepared.byName(['pl', 'en']).map((s) => s.id)).toEqual(['a', 'c', 'b']);
    expect(prepared.byName(['en'])).toBe(prepared.byName(['en']));
    // Each service's place in that order, by its place in the feed (a, b, c).
    expect([...prepared.nameRanks(['en'])]).toEqual([2, 0, 1]);
    expect([...prepared.nameRanks(['pl', 'en'])]).toEqual([0, 2, 1]);
  });

  it('gives browse the same list with or without its precomputed open states', () => {
    const prepared = prepareFeed(parseFeed(sampleFeed()).feed);
    const { feed } = prepared;
    const filters = { ...emptyFilters(), openNow: true };
    const plain = browseMatches(prepared.byName(['en']), filters, {
      now: NOW,
      timeZone: feed.partnership.timeZone,
    }).slice();
    const fast = browseMatches(prepared.byName(['en']), filters, {
      now: NOW,
      timeZone: feed.partnership.timeZone,
      open: prepared.openStates(NOW),
    }).slice();
    expect(fast.map((r) => r.service.id)).toEqual(plain.map((r) => r.service.id));
  });

  it('puts services in the collator’s order of their names, whatever order code units give', () => {
    // Accents, capitals, numbers, apostrophes and spaces: where code-unit order and the collator differ.
    const name = fc.stringMatching(/^[A-Za-z0-9’'&éÉłŁ-]([A-Za-z0-9 ’'&éÉłŁ-]{0,10}[A-Za-z0-9’'&éÉłŁ-])?$/);
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 40 }), fc.constantFrom('en', 'pl', 'cy'), (names, lang) => {
        const services = names.map((n, i) => minimalService({ id: `s${i}`, name: n }));
        const prepared = prepareFeed(parseFeed(minimalFeed(services)).feed);
        const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
        const expected = names
          .map((n, i) => ({ n, id: `s${i}` }))
          .sort((a, b) => collator.compare(a.n, b.n) || a.id.localeCompare(b.id))
          .map((s) => s.id);
        expect(prepared.byName([lang]).map((s) => s.id)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
