/**
 * Across age barriers: who is near a service's upper age, what carries on after it, what bridges
 * 18, and that an age the feed does not state (unknown, a mapping default, a reading of the text)
 * never makes a service end, carry on or bridge.
 */
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/feed/parse.ts';
import { prepareFeed } from '../../src/feed/prepared.ts';
import type { Service } from '../../src/feed/schema.ts';
import { ENGLISH, Localizer } from '../../src/i18n/localize.ts';
import { messages as laterEnglish } from '../../src/i18n/en-later.ts';
import { addLaterEnglish } from '../../src/i18n/localize.ts';
import {
  AgeBridges,
  BROUGHT_AT_MOST,
  bridging,
  carriesOn,
  FIRST_PAGE,
  nearLimit,
  type AgeNote,
} from '../../src/match/age-bridge.ts';
import { emptyAnswers, type Answers } from '../../src/match/answers.ts';
import { browseMatches } from '../../src/match/browse.ts';
import { emptyFilters } from '../../src/match/browse-filters.ts';
import { guidedResults } from '../../src/match/guided.ts';
import { matchServices, type Result } from '../../src/match/match.ts';
import { ageNoteText } from '../../src/summary/age-words.ts';
import { savedLines } from '../../src/summary/summary.ts';
import { PAGE_SIZE } from '../../src/ui/parts/page-size.ts';
import { minimalFeed, minimalService, sampleFeed } from './fixtures.ts';

addLaterEnglish(laterEnglish);
const l = new Localizer(ENGLISH);
const NOW = new Date('2026-11-25T15:00:00Z');
const answers = (a: Partial<Answers>): Answers => ({ ...emptyAnswers(), ...a });

function services(...raw: Record<string, unknown>[]): Service[] {
  return parseFeed(minimalFeed(raw)).feed.services;
}
const one = (overrides: Record<string, unknown>): Service => services(minimalService(overrides))[0]!;

/** The same service with ages given three ways the finder must not act on. */
const UNSTATED: Record<string, Record<string, unknown>> = {
  unknown: { ages: 'unknown' },
  'a mapping default': { provenance: { ages: { from: 'default' } } },
  'read from the text': { provenance: { ages: { from: 'inferred', evidence: ['aged 10 to 18'] } } },
};

describe('near an upper age', () => {
  const upTo18 = one({ ages: { min: 10, max: 18 } });

  it('is within two years of it, up to and at it, and not past it', () => {
    expect([15, 16, 17, 18, 19].map((age) => nearLimit(upTo18, age))).toEqual([undefined, 18, 18, 18, undefined]);
    expect(nearLimit(upTo18, undefined)).toBeUndefined();
    expect(nearLimit(one({ ages: { min: 12, max: 25 } }), 24)).toBe(25);
  });

  it.each(Object.entries(UNSTATED))('never when the ages are %s', (_, overrides) => {
    const s = one({ ages: { min: 10, max: 18 }, ...overrides });
    expect(nearLimit(s, 17)).toBeUndefined();
    expect(bridging(s, 17)).toBeUndefined();
  });
});

describe('bridging 18', () => {
  it('marks ages that run across 18 for someone about to reach it, or whose age is not given', () => {
    const youngAdults = one({ ages: { min: 16, max: 25 } });
    expect(bridging(youngAdults, 17)).toEqual({ min: 16, max: 25 });
    expect(bridging(youngAdults, undefined)).toEqual({ min: 16, max: 25 });
    expect(bridging(one({ ages: { min: 8, max: 21 } }), 16)).toEqual({ min: 8, max: 21 });
    // A ten-year-old is not told about 18; a 20-year-old is past it.
    expect(bridging(one({ ages: { min: 8, max: 21 } }), 10)).toBeUndefined();
    expect(bridging(youngAdults, 20)).toBeUndefined();
    // Ending at 18 is not bridging it.
    expect(bridging(one({ ages: { min: 10, max: 18 } }), 17)).toBeUndefined();
  });
});

describe('what carries on', () => {
  const from = one({
    id: 'school',
    topics: ['feeling-low', 'wellbeing'],
    areas: ['north'],
    ages: { min: 10, max: 18 },
  });
  const person = { age: 17, topics: [] };
  const next = (overrides: Record<string, unknown>) =>
    one({ id: 'next', topics: ['feeling-low'], areas: ['north'], ages: { min: 16, max: 25 }, ...overrides });

  it('takes the person on after the limit, on the same topic and in the same place', () => {
    expect(carriesOn(next({}), from, 18, person)).toBe(true);
    expect(carriesOn(next({ ages: { min: 19, max: 25 } }), from, 18, person)).toBe(true);
    expect(carriesOn(next({ areas: 'all' }), from, 18, person)).toBe(true);
  });

  it('leaves out a gap, one ending too, another topic, another place, and a service for adults only', () => {
    expect(carriesOn(next({ ages: { min: 20, max: 25 } }), from, 18, person)).toBe(false);
    expect(carriesOn(next({ ages: { min: 16, max: 19 } }), from, 18, person)).toBe(false);
    expect(carriesOn(next({ topics: ['sleep'] }), from, 18, person)).toBe(false);
    // General wellbeing alone is not the same topic when the service is about something more.
    expect(carriesOn(next({ topics: ['wellbeing'] }), from, 18, person)).toBe(false);
    expect(carriesOn(next({ areas: ['south'] }), from, 18, person)).toBe(false);
    expect(carriesOn(next({ areas: 'unknown' }), from, 18, person)).toBe(false);
    expect(carriesOn(next({ audiences: ['parent-carer'] }), from, 18, person)).toBe(false);
    expect(carriesOn(next({ onlyFor: ['care-experienced'] }), from, 18, person)).toBe(false);
  });

  it('holds to the area the person gave', () => {
    expect(carriesOn(next({ areas: ['north'] }), from, 18, { ...person, area: 'south' })).toBe(false);
    expect(carriesOn(next({ areas: ['south', 'north'] }), from, 18, { ...person, area: 'north' })).toBe(true);
  });

  it.each(Object.entries(UNSTATED))('never counts a service whose ages are %s', (_, overrides) => {
    expect(carriesOn(next(overrides), from, 18, person)).toBe(false);
  });
});

const label = (note: AgeNote | undefined) =>
  note?.kind === 'ends' ? `ends ${note.max}: ${note.next.map((s) => s.id).join(', ') || 'none'}` : note?.kind;

describe('in the guided results', () => {
  /** A page and more of school services ending at 18, a 16-25 service ranked last, one with unknown ages. */
  function feed() {
    const schools = Array.from({ length: FIRST_PAGE + 2 }, (_, i) =>
      minimalService({
        id: `school-${String(i).padStart(2, '0')}`,
        topics: ['feeling-low'],
        ages: { min: 10, max: 18 },
      }),
    );
    return prepareFeed(
      parseFeed(
        minimalFeed([
          ...schools,
          // Referral only, in no particular place named by the person: it ranks below every school.
          minimalService({
            id: 'young-adults',
            topics: ['feeling-low'],
            ages: { min: 16, max: 25 },
            access: { selfReferral: false },
          }),
          minimalService({ id: 'unknown-ages', topics: ['feeling-low'], ages: 'unknown' }),
        ]),
      ).feed,
    );
  }
  const run = (a: Partial<Answers>): Result[] =>
    guidedResults({ prepared: feed(), now: NOW, langs: ['en'], answers: answers({ topics: ['feeling-low'], ...a }) })
      .results;

  it('brings what carries on after 18 onto the first page for a 17-year-old, marked', () => {
    // The ranking alone, before the age notes.
    const prepared = feed();
    const before = matchServices(prepared.feed.services, answers({ topics: ['feeling-low'], age: 17 }), {
      now: NOW,
      timeZone: 'Europe/London',
      areas: prepared.feed.areas,
    }).results.map((r) => r.service.id);
    expect(before.indexOf('young-adults')).toBeGreaterThanOrEqual(FIRST_PAGE);

    const results = run({ age: 17 });
    const at = results.findIndex((r) => r.service.id === 'young-adults');
    expect(at).toBeLessThan(FIRST_PAGE);
    expect(at).toBeGreaterThanOrEqual(FIRST_PAGE - BROUGHT_AT_MOST);
    expect(results[at]?.age).toEqual({ kind: 'continues', after: 18 });
    expect(label(results[0]?.age)).toBe('ends 18: young-adults');
    // Nothing is lost: every service listed before is listed still.
    expect(results.map((r) => r.service.id).sort()).toEqual([...before].sort());
  });

  it('never says anything about ages a service does not state', () => {
    const unknown = run({ age: 17 }).find((r) => r.service.id === 'unknown-ages');
    expect(unknown).toBeDefined();
    expect(unknown?.age).toBeUndefined();
  });

  it('tells a 24-year-old near 25 what to ask when nothing in the feed carries on', () => {
    const results = run({ age: 24 });
    expect(label(results.find((r) => r.service.id === 'young-adults')?.age)).toBe('ends 25: none');
  });

  it('adds a service that carries on even when the answers left it out, and leaves a 12-year-old as before', () => {
    // "Face to face" leaves out the phone line, which carries on after 18.
    const prepared = prepareFeed(
      parseFeed(
        minimalFeed([
          minimalService({ id: 'school', topics: ['feeling-low'], ages: { min: 10, max: 18 } }),
          minimalService({ id: 'line', topics: ['feeling-low'], ages: { min: 12, max: 25 }, delivery: ['phone'] }),
        ]),
      ).feed,
    );
    const ids = (age: number) =>
      guidedResults({
        prepared,
        now: NOW,
        langs: ['en'],
        answers: answers({ topics: ['feeling-low'], age, delivery: ['in-person'] }),
      }).results.map((r) => `${r.service.id} ${r.age?.kind ?? '-'}`);
    expect(ids(17)).toEqual(['school ends', 'line continues']);
    expect(ids(12)).toEqual(['school -']);
  });

  it('marks the sample feed’s 16-25 services bridging for a 17-year-old, and names what follows its services ending at 18', () => {
    const prepared = prepareFeed(parseFeed(sampleFeed()).feed);
    const results = guidedResults({
      prepared,
      now: NOW,
      langs: ['en'],
      answers: answers({ age: 17, topics: ['feeling-low'] }),
    }).results;
    const byId = new Map(results.map((r) => [r.service.id, r.age]));
    expect(byId.get('firthside-talking-space')).toEqual({ kind: 'bridges', min: 16, max: 25, at: 18 });
    const camhs = byId.get('camhs-glenmore-firth');
    expect(camhs?.kind).toBe('ends');
    const named = camhs?.kind === 'ends' ? camhs.next.map((s) => s.id) : [];
    expect(named.length).toBeGreaterThan(0);
    for (const id of named) {
      expect(byId.get(id), id).toEqual({ kind: 'continues', after: 18 });
      expect(results.findIndex((r) => r.service.id === id)).toBeLessThan(FIRST_PAGE);
    }
  });
});

describe('in browse with an age set', () => {
  it('says what ends and what carries on among the services shown, and nothing without an age', () => {
    const all = services(
      minimalService({ id: 'school', topics: ['feeling-low'], ages: { min: 10, max: 18 } }),
      minimalService({ id: 'young-adults', topics: ['feeling-low'], ages: { min: 16, max: 25 } }),
    );
    const shown = (age?: number) =>
      browseMatches(
        all,
        { ...emptyFilters(), ...(age !== undefined ? { age } : {}) },
        { now: NOW, timeZone: 'Europe/London' },
      )
        .slice()
        .map((r) => `${r.service.id} ${label(r.age) ?? '-'}`);
    expect(shown(17)).toEqual(['school ends 18: young-adults', 'young-adults continues']);
    expect(shown()).toEqual(['school -', 'young-adults -']);
  });
});

describe('the words', () => {
  const [school, next] = services(
    minimalService({ id: 'school', name: 'School Counselling', topics: ['feeling-low'], ages: { min: 10, max: 18 } }),
    minimalService({
      id: 'young-adults',
      name: 'Young Adults Talking',
      topics: ['feeling-low'],
      ages: { min: 16, max: 25 },
    }),
  ) as [Service, Service];
  const ends: AgeNote = { kind: 'ends', max: 18, next: [next] };
  const none: AgeNote = { kind: 'ends', max: 25, next: [] };

  it('speak to each reader', () => {
    expect(ageNoteText(ends, l, ['en'], 'me')).toBe(
      'This service is for people up to 18. After 18, you can go on to Young Adults Talking.',
    );
    expect(ageNoteText(ends, l, ['en'], 'parent-carer')).toMatch(
      /After 18, your child can go on to Young Adults Talking\.$/,
    );
    expect(ageNoteText(ends, l, ['en'], 'professional')).toMatch(/After 18, the young person can go on to/);
    expect(ageNoteText(ends, l, ['en'], 'friend')).toMatch(/After 18, your friend can go on to/);
    expect(ageNoteText(none, l, ['en'], undefined)).toBe(
      'This service is for people up to 25. Ask them what happens after 25, or ask your GP what support comes next.',
    );
    expect(ageNoteText(none, l, ['en'], 'parent-carer')).toMatch(/for your child after 25/);
  });

  it('go into My summary under a saved service near its limit', () => {
    const input = { l, langs: ['en'], answers: answers({ age: 17, seeker: 'parent-carer' }), services: [school, next] };
    expect(savedLines(input, school).at(-1)).toBe(
      'This service is for people up to 18. After 18, your child can go on to Young Adults Talking.',
    );
    expect(savedLines({ ...input, answers: answers({ age: 12 }) }, school).join(' ')).not.toMatch(/up to 18/);
  });
});

it('brings services onto the page the results show first', () => {
  expect(FIRST_PAGE).toBe(PAGE_SIZE);
  expect(new AgeBridges([], { topics: [] }).after(one({}))).toEqual([]);
});
