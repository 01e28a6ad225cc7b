import { describe, expect, it } from 'vitest';
import { DEFAULT_TOPICS } from '../../src/feed/default-topics.ts';
import { parseFeed } from '../../src/feed/parse.ts';
import { emptyAnswers, type Answers } from '../../src/match/answers.ts';
import { matchServices, type MatchContext, type Result } from '../../src/match/match.ts';
import { lexicon as en } from '../../src/search/lexicon/en.ts';
import { lexicon as pl } from '../../src/search/lexicon/pl.ts';
import { OwnWords } from '../../src/search/own-words.ts';
import { sampleFeed } from './fixtures.ts';

const NOW = new Date('2026-11-25T15:00:00Z');
const { feed } = parseFeed(sampleFeed());
const context = (extra: Partial<MatchContext> = {}): MatchContext => ({
  now: NOW,
  timeZone: 'Europe/London',
  areas: feed.areas,
  ...extra,
});
const answers = (a: Partial<Answers>): Answers => ({ ...emptyAnswers(), ...a });
const position = (results: readonly Result[], id: string) => results.findIndex((r) => r.service.id === id);

describe('services only for a group', () => {
  it('come after services open to everyone when nothing points to the group, and say who they are for', () => {
    const { results } = matchServices(feed.services, answers({ seeker: 'me', topics: ['things-at-home'] }), context());
    const abuse = results.find((r) => r.service.id === 'safe-space-domestic-abuse')!;
    expect(abuse.otherGroup).toBe(true);
    expect(abuse.reasons[0]).toEqual({ kind: 'onlyFor', groups: ['domestic-abuse'], asked: false });
    const lastGeneral = Math.max(
      ...results.filter((r) => !r.otherGroup && !r.forHelper).map((r) => position(results, r.service.id)),
    );
    for (const r of results.filter((x) => x.otherGroup && !x.forHelper)) {
      expect(position(results, r.service.id)).toBeGreaterThan(lastGeneral);
    }
  });

  it('rank on merit when the answers point to the group (young carers through "Looking after someone")', () => {
    const { results } = matchServices(feed.services, answers({ seeker: 'me', topics: ['caring'] }), context());
    expect(results[0]?.service.id).toMatch(/young-carers/);
    expect(results[0]?.reasons[0]).toEqual({ kind: 'onlyFor', groups: ['young-carers'], asked: true });
  });

  it('rank on merit when the person’s own words point to the group, in English or their language', () => {
    const words = new OwnWords({ topics: DEFAULT_TOPICS, lang: 'pl', lexicons: [pl, en] });
    expect(words.groupsFor('my dad hits my mum')).toContain('domestic-abuse');
    expect(words.groupsFor('tata bije mamę')).toContain('domestic-abuse');
    expect(words.groupsFor('we are refugees')).toEqual(['refugees']);
    expect(words.groupsFor('I feel sad')).toEqual([]);
    const base = answers({ seeker: 'me', topics: ['something-happened'] });
    const without = matchServices(feed.services, base, context()).results;
    const withWords = matchServices(
      feed.services,
      base,
      context({ queryGroups: words.groupsFor('my dad hits my mum') }),
    ).results;
    expect(position(withWords, 'safe-space-domestic-abuse')).toBeLessThan(
      position(without, 'safe-space-domestic-abuse'),
    );
    expect(withWords.find((r) => r.service.id === 'safe-space-domestic-abuse')?.otherGroup).toBeUndefined();
  });
});

describe('distance order', () => {
  it('lists services nearest first when a location is shared, whatever their score, with ties broken by id', () => {
    const near = { lat: 56.0, lon: -3.4 };
    const { results } = matchServices(feed.services, answers({ seeker: 'me', near }), context());
    const general = results.filter((r) => !r.forHelper && !r.otherGroup);
    const km = general.map((r) => r.distanceKm ?? Number.POSITIVE_INFINITY);
    expect(km.some((k) => Number.isFinite(k))).toBe(true);
    expect(km).toEqual([...km].sort((a, b) => a - b));
    // Services with no place to go come after those with one.
    const firstUnplaced = km.findIndex((k) => !Number.isFinite(k));
    if (firstUnplaced >= 0) expect(km.slice(firstUnplaced).every((k) => !Number.isFinite(k))).toBe(true);
  });

  it('is the same whatever order the feed lists services in', () => {
    const near = { lat: 56.0, lon: -3.4 };
    const a = matchServices(feed.services, answers({ near, topics: ['wellbeing'] }), context()).results;
    const b = matchServices([...feed.services].reverse(), answers({ near, topics: ['wellbeing'] }), context()).results;
    expect(b.map((r) => r.service.id)).toEqual(a.map((r) => r.service.id));
  });
});

describe('support for the adult', () => {
  it('is never emptied by the young person’s "how" answers, and says so', () => {
    const professional = answers({ seeker: 'professional', delivery: ['in-person'], selfReferralOnly: true });
    const outcome = matchServices(feed.services, professional, context());
    const forYou = outcome.results.filter((r) => r.forHelper).map((r) => r.service.id);
    expect(forYou).toContain('professionals-consultation-line');
    expect(outcome.helperWidened).toEqual(['delivery']);
    const line = outcome.results.find((r) => r.service.id === 'professionals-consultation-line')!;
    const workshops = outcome.results.find((r) => r.service.id === 'safer-online-workshops')!;
    expect(outcome.results.indexOf(workshops)).toBeLessThan(outcome.results.indexOf(line));
    expect(outcome.results.filter((r) => !r.forHelper).every((r) => r.service.delivery.includes('in-person'))).toBe(
      true,
    );
  });

  it('says nothing when the "how" answers leave all of the adult’s support in', () => {
    const outcome = matchServices(feed.services, answers({ seeker: 'parent-carer', age: 3, delivery: [] }), context());
    expect(outcome.results.some((r) => r.forHelper)).toBe(true);
    expect(outcome.helperWidened).toEqual([]);
  });
});
