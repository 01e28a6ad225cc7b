/**
 * Property-based tests of feed checking and matching: feeds are edited by hand and grow, so the
 * finder must survive any feed, never lose a valid service, and always offer 999.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FeedError } from '../../src/feed/errors.ts';
import { parseFeed, readFeed } from '../../src/feed/parse.ts';
import { service as serviceSchema } from '../../src/feed/schema.ts';
import { ENGLISH, Localizer } from '../../src/i18n/localize.ts';
import { HELP_WHEN } from '../../src/journey/now-labels.ts';
import { DELIVERY_PREFERENCES, type Answers, type Seeker } from '../../src/match/answers.ts';
import { matchServices } from '../../src/match/match.ts';
import { urgentContacts } from '../../src/urgent/defaults.ts';
import { sampleFeed } from './fixtures.ts';

const l = new Localizer(ENGLISH);
const SAMPLE = sampleFeed();
const RUNS = { numRuns: 150 };

/** Junk of the kinds hand-edited JSON really holds. */
const junk = fc.oneof(
  fc.constant(null),
  fc.constant(''),
  fc.constant('   '),
  fc.boolean(),
  fc.integer({ min: -5, max: 200 }),
  fc.double({ noNaN: false }),
  fc.string({ maxLength: 12 }),
  fc.constant([]),
  fc.constant({}),
  fc.constant('Europe/Edinburgh'),
  fc.constant('javascript:alert(1)'),
  fc.jsonValue({ maxDepth: 2 }),
);

/** Takes a real entry and, sometimes, breaks some of its fields (or the whole entry). */
function mutated(entries: readonly unknown[]): fc.Arbitrary<unknown> {
  return fc
    .tuple(
      fc.constantFrom(...entries),
      fc.array(fc.tuple(fc.string({ maxLength: 3 }), junk), { maxLength: 3 }),
      fc.integer({ min: 0, max: 9 }),
    )
    .map(([entry, breaks, dice]) => {
      if (dice === 0) return null;
      const copy = structuredClone(entry) as Record<string, unknown>;
      if (dice > 4) return copy;
      const keys = Object.keys(copy);
      for (const [pick, value] of breaks) {
        const key = keys[(pick.charCodeAt(0) || 0) % keys.length] ?? 'id';
        copy[key] = value;
      }
      return copy;
    });
}

const services = SAMPLE.services;
const areas = SAMPLE['areas'] as unknown[];
const urgent = SAMPLE['urgentHelp'] as unknown[];
const partnership = SAMPLE['partnership'] as Record<string, unknown>;

const feedArb = fc.record({
  version: fc.constantFrom('1.0', '1.0', '1.3', '1.12'),
  partnership: fc.oneof(
    fc.constant(partnership),
    fc.record({
      name: fc.constant('P'),
      timeZone: fc.oneof(
        fc.constantFrom('Europe/London', 'UK', 'GMT+1', 'Europe/Edinburgh', 'Asia/Tokyo'),
        fc.string(),
      ),
      reviewPeriodDays: fc.oneof(fc.integer({ min: -3, max: 4000 }), junk),
      feedbackUrl: fc.oneof(fc.constant('https://p.example/feedback'), junk),
    }),
  ),
  updated: fc.constant('2026-11-01'),
  urgentHelpMode: fc.constantFrom('extend', 'replace', 'swap', undefined),
  urgentHelp: fc.oneof(fc.array(mutated(urgent), { maxLength: 4 }), junk),
  areas: fc.oneof(fc.array(mutated(areas), { maxLength: 6 }), junk),
  services: fc.array(mutated(services), { maxLength: 25 }),
});

function answersArb(areaIds: string[], topicIds: string[]): fc.Arbitrary<Answers> {
  return fc.record(
    {
      seeker: fc.constantFrom<Seeker>('me', 'parent-carer', 'professional', 'friend'),
      age: fc.integer({ min: 0, max: 25 }),
      topics: fc.subarray(topicIds, { maxLength: 4 }),
      query: fc.string({ maxLength: 10 }),
      urgentNow: fc.constantFrom(...HELP_WHEN),
      delivery: fc.subarray([...DELIVERY_PREFERENCES]),
      selfReferralOnly: fc.boolean(),
      area: fc.constantFrom(...areaIds, 'nowhere'),
    },
    { requiredKeys: ['topics', 'delivery'] },
  );
}

describe('feed checking, on any input', () => {
  it('throws nothing but a FeedError, whatever the JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (json) => {
        try {
          parseFeed(json);
        } catch (error) {
          expect(error).toBeInstanceOf(FeedError);
        }
      }),
      RUNS,
    );
  });

  it('never throws for a feed with a good envelope, keeps every valid service and always leaves 999', () => {
    fc.assert(
      fc.property(feedArb, fc.date({ noInvalidDate: true }), (raw, now) => {
        const { feed } = parseFeed(raw);
        // Every service valid on its own is there (the first of any that share an id).
        const validIds = new Set(
          raw.services.flatMap((s) => {
            const result = serviceSchema.safeParse(s);
            return result.success ? [result.data.id] : [];
          }),
        );
        const kept = new Set(feed.services.map((s) => s.id));
        for (const id of validIds) expect(kept.has(id)).toBe(true);
        expect(kept.size).toBe(feed.services.length);
        // 999 whatever the feed's urgent help says, at every age.
        for (const age of [undefined, 5, 15, 40]) {
          const numbers = urgentContacts(l, feed, age).map((c) => c.phone?.replace(/\s/g, ''));
          expect(numbers).toContain('999');
        }
        // The time zone is one the platform knows, so opening hours never throw.
        expect(() => new Intl.DateTimeFormat('en', { timeZone: feed.partnership.timeZone })).not.toThrow();
        expect(() =>
          matchServices(
            feed.services,
            { topics: [], delivery: [] },
            { now, timeZone: feed.partnership.timeZone, areas: feed.areas },
          ),
        ).not.toThrow();
      }),
      RUNS,
    );
  });
});

describe('the browser’s reader', () => {
  it('builds, in slices, the same feed and warnings as parseFeed from the same damaged feed', async () => {
    await fc.assert(
      fc.asyncProperty(feedArb, async (raw) => {
        const strict = parseFeed(structuredClone(raw));
        await expect(readFeed(structuredClone(raw), { sliceMs: 0 })).resolves.toStrictEqual(strict);
      }),
      { numRuns: 40 },
    );
  });
});

describe('matching, on any answers', () => {
  const { feed } = parseFeed(SAMPLE);
  const areaIds = feed.areas.map((a) => a.id);
  const topicIds = feed.topics.map((t) => t.id);

  it('never throws, returns only listed services, each once', () => {
    fc.assert(
      fc.property(answersArb(areaIds, topicIds), fc.date({ noInvalidDate: true }), (answers, now) => {
        const outcome = matchServices(feed.services, answers, { now, timeZone: 'Europe/London', areas: feed.areas });
        const ids = outcome.results.map((r) => r.service.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(feed.services.some((s) => s.id === id)).toBe(true);
      }),
      RUNS,
    );
  });

  it('with no answers, shows every service listed for young people', () => {
    const outcome = matchServices(
      feed.services,
      { topics: [], delivery: [] },
      {
        now: new Date('2026-11-25T15:00:00Z'),
        timeZone: 'Europe/London',
        areas: feed.areas,
      },
    );
    expect(outcome.results.length).toBe(feed.services.length);
  });
});
