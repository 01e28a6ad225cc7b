import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/feed/parse.ts';
import type { Service } from '../../src/feed/schema.ts';
import { emptyAnswers, type Answers } from '../../src/match/answers.ts';
import { matchServices, type MatchContext } from '../../src/match/match.ts';
import { minimalFeed, minimalService, sampleFeed } from './fixtures.ts';

// Wednesday 25 November 2026, 15:00 in Scotland.
const NOW = new Date('2026-11-25T15:00:00Z');

function services(...overrides: Record<string, unknown>[]): Service[] {
  return parseFeed(minimalFeed(overrides.map((o, i) => minimalService({ id: `s${i}`, name: `S${i}`, ...o })))).feed
    .services;
}

function context(extra: Partial<MatchContext> = {}): MatchContext {
  return { now: NOW, timeZone: 'Europe/London', areas: [], ...extra };
}

function answers(a: Partial<Answers>): Answers {
  return { ...emptyAnswers(), ...a };
}

const ids = (outcome: ReturnType<typeof matchServices>) => outcome.results.map((r) => r.service.id);

describe('hard filters', () => {
  const list = services(
    { ages: { min: 5, max: 11 }, topics: ['sleep'] },
    { ages: { min: 12, max: 18 }, topics: ['sleep'], areas: ['north'] },
    { ages: { min: 16, max: 25 }, topics: ['sleep'], areas: ['south'] },
    { ages: { min: 0, max: 25 }, topics: ['parenting'], audiences: ['parent-carer'] },
  );

  it('keeps everything, adults’ support last, when nothing is answered', () => {
    const outcome = matchServices(list, emptyAnswers(), context());
    expect(ids(outcome).sort()).toEqual(['s0', 's1', 's2', 's3']);
    expect(outcome.results.at(-1)?.service.id).toBe('s3');
    expect(outcome.results.at(-1)?.forHelper).toBe(true);
    expect(outcome.widened).toEqual([]);
  });

  it('filters by age range, inclusive at both ends', () => {
    expect(ids(matchServices(list, answers({ seeker: 'me', age: 12 }), context()))).toEqual(['s1']);
    expect(ids(matchServices(list, answers({ seeker: 'me', age: 11 }), context()))).toEqual(['s0']);
    expect(ids(matchServices(list, answers({ seeker: 'me', age: 17 }), context())).sort()).toEqual(['s1', 's2']);
  });

  it('filters by area, always keeping services available everywhere', () => {
    const outcome = matchServices(list, answers({ seeker: 'me', area: 'north' }), context());
    expect(ids(outcome).sort()).toEqual(['s0', 's1']);
    expect(outcome.results.find((r) => r.service.id === 's0')?.reasons).toContainEqual({ kind: 'everywhere' });
  });

  it('shows a young person only young people’s services; a parent also their own', () => {
    expect(ids(matchServices(list, answers({ seeker: 'me' }), context()))).not.toContain('s3');
    const parent = matchServices(list, answers({ seeker: 'parent-carer' }), context());
    expect(ids(parent)).toContain('s3');
    expect(parent.results.find((r) => r.service.id === 's3')?.reasons).toContainEqual({ kind: 'forAdults' });
  });
});

describe('ranking', () => {
  it('puts self-referral first, then by topic overlap, and explains each result', () => {
    const list = services(
      { topics: ['sleep'], access: { selfReferral: false, referralFrom: ['gp'] } },
      { topics: ['sleep'], access: { selfReferral: true } },
      { topics: ['sleep', 'feeling-worried'], access: { selfReferral: true } },
    );
    const outcome = matchServices(list, answers({ topics: ['sleep', 'feeling-worried'] }), context());
    expect(ids(outcome)).toEqual(['s2', 's1', 's0']);
    expect(outcome.results[0]?.reasons).toContainEqual({ kind: 'topic', topics: ['sleep', 'feeling-worried'] });
    expect(outcome.results[0]?.reasons).toContainEqual({ kind: 'selfReferral' });
  });

  it('prefers services open now and matching how the person wants support', () => {
    const list = services(
      { hours: [{ days: ['wed'], opens: '09:00', closes: '12:00' }], delivery: ['in-person'] },
      { hours: [{ days: ['wed'], opens: '09:00', closes: '17:00' }], delivery: ['in-person'] },
      { delivery: ['phone', 'text'] },
    );
    expect(ids(matchServices(list, emptyAnswers(), context()))).toEqual(['s1', 's0', 's2']);
    const textFirst = matchServices(list, answers({ delivery: ['text'] }), context());
    expect(ids(textFirst)).toEqual(['s2']);
    expect(textFirst.results[0]?.reasons).toContainEqual({ kind: 'delivery', modes: ['text'] });
  });

  it('is deterministic: equal scores fall back to the id', () => {
    const list = services({}, {}, {}).reverse();
    expect(ids(matchServices(list, emptyAnswers(), context()))).toEqual(['s0', 's1', 's2']);
  });

  it('ranks nearer services higher when the person shared a location', () => {
    const list = services({ locations: [{ lat: 56.5, lon: -3.0 }] }, { locations: [{ lat: 56.3, lon: -3.4 }] });
    const outcome = matchServices(list, answers({ near: { lat: 56.31, lon: -3.41 } }), context());
    expect(ids(outcome)).toEqual(['s1', 's0']);
    expect(outcome.results[0]?.distanceKm).toBeLessThan(2);
  });
});

describe('widening: no wrong door', () => {
  const list = services(
    { topics: ['sleep'], areas: ['south'], delivery: ['in-person'], ages: { min: 12, max: 18 } },
    { topics: ['wellbeing'], areas: 'all', delivery: ['online'], ages: { min: 10, max: 25 } },
    {
      topics: ['feeling-low'],
      areas: ['north'],
      delivery: ['group'],
      ages: { min: 12, max: 18 },
      access: { selfReferral: false },
    },
  );

  it('lets go of how, then self-referral, and says so', () => {
    const outcome = matchServices(
      list,
      answers({ seeker: 'me', topics: ['feeling-low'], delivery: ['phone'], selfReferralOnly: true, area: 'north' }),
      context(),
    );
    expect(outcome.widened).toEqual(['delivery', 'selfReferral']);
    expect(ids(outcome)).toEqual(['s2']);
  });

  it('falls back on general wellbeing support when no service has the topic', () => {
    const outcome = matchServices(list, answers({ seeker: 'me', topics: ['bullying'], age: 14 }), context());
    expect(outcome.widened).toEqual(['topics']);
    expect(ids(outcome)).toEqual(['s1']);
    expect(outcome.results[0]?.reasons).toContainEqual({ kind: 'general' });
  });

  it('copes with an unknown area by including other areas', () => {
    const outcome = matchServices(list, answers({ seeker: 'me', area: 'atlantis', topics: ['sleep'] }), context());
    expect(outcome.widened).toEqual(['area']);
    expect(ids(outcome)).toEqual(['s0']);
  });

  it('copes with an age outside every range', () => {
    const outcome = matchServices(list, answers({ seeker: 'me', age: 40 }), context());
    expect(outcome.widened).toEqual(['age']);
    expect(outcome.results.length).toBe(3);
  });

  it('keeps empty topics as "anything"', () => {
    const outcome = matchServices(list, answers({ seeker: 'me', topics: [] }), context());
    expect(outcome.widened).toEqual([]);
    expect(outcome.results.length).toBe(3);
  });

  it('never ends on an empty page for any single answer on the sample feed', () => {
    const { feed } = parseFeed(sampleFeed());
    const topicIds = feed.topics.map((t) => t.id);
    for (const seeker of ['me', 'parent-carer', 'professional', 'friend'] as const) {
      for (const age of [undefined, 0, 4, 9, 13, 17, 21, 25]) {
        for (const topic of topicIds) {
          for (const delivery of [[], ['group']] as const) {
            const outcome = matchServices(
              feed.services,
              answers({
                seeker,
                topics: [topic],
                delivery: [...delivery],
                area: 'islands',
                selfReferralOnly: true,
                ...(age === undefined ? {} : { age }),
              }),
              context({ areas: feed.areas }),
            );
            expect(outcome.results.length, `${seeker} ${String(age)} ${topic}`).toBeGreaterThan(0);
          }
        }
      }
    }
  });
});

describe('memoOne', () => {
  it('works a result out again only when an argument changes', async () => {
    const { memoOne } = await import('../../src/match/memo.ts');
    let calls = 0;
    const sum = memoOne((a: number[], b: number) => {
      calls++;
      return a.reduce((x, y) => x + y, b);
    });
    const list = [1, 2];
    expect(sum(list, 1)).toBe(4);
    expect(sum(list, 1)).toBe(4);
    expect(calls).toBe(1);
    expect(sum([1, 2], 1)).toBe(4);
    expect(calls).toBe(2);
    expect(sum([1, 2], 2)).toBe(5);
    expect(calls).toBe(3);
  });
});

describe('memoByKey', () => {
  it('works each input out once, undefined answers too, and starts afresh past its bound', async () => {
    const { memoByKey } = await import('../../src/match/memo.ts');
    const asked: string[] = [];
    const shout = memoByKey((s: string) => {
      asked.push(s);
      return s === 'none' ? undefined : s.toUpperCase();
    }, 2);
    expect([shout('a'), shout('a'), shout('none'), shout('none')]).toEqual(['A', 'A', undefined, undefined]);
    expect(asked).toEqual(['a', 'none']);
    // A third input passes the bound: what was kept goes, and is worked out again when asked.
    expect(shout('b')).toBe('B');
    expect(shout('a')).toBe('A');
    expect(asked).toEqual(['a', 'none', 'b', 'a']);
  });
});

describe('values the feed does not know', () => {
  const reasonsOf = (outcome: ReturnType<typeof matchServices>, id: string) =>
    outcome.results.find((r) => r.service.id === id)?.reasons ?? [];
  const defaulted = (field: string) => ({ provenance: { [field]: { from: 'default' } } });

  it('lets unknown ages through the age filter, after a service known to fit, with no age reason', () => {
    // s0 and s1 differ only in their ages; the id order would put the unknown one first on a tie.
    const list = services({ ages: 'unknown' }, { ages: { min: 10, max: 18 } }, { ages: { min: 20, max: 25 } });
    const outcome = matchServices(list, answers({ seeker: 'me', age: 14 }), context());
    expect(ids(outcome)).toEqual(['s1', 's0']);
    expect(reasonsOf(outcome, 's1')).toContainEqual({ kind: 'age', min: 10, max: 18 });
    expect(reasonsOf(outcome, 's0').some((r) => r.kind === 'age')).toBe(false);
  });

  it('lets unknown areas through the area filter, after services known to cover it, and says to ask', () => {
    const list = services({ areas: 'unknown' }, { areas: 'all' }, { areas: ['north'] }, { areas: ['south'] });
    const outcome = matchServices(list, answers({ seeker: 'me', area: 'north' }), context());
    expect(ids(outcome)).toEqual(['s2', 's1', 's0']);
    expect(reasonsOf(outcome, 's0')).toContainEqual({ kind: 'areaUnknown' });
    expect(reasonsOf(outcome, 's0').some((r) => r.kind === 'everywhere' || r.kind === 'area')).toBe(false);
  });

  it('ranks an unknown only a little lower: a service that helps with the topic still comes first', () => {
    const list = services(
      { ages: 'unknown', areas: 'unknown', topics: ['sleep'] },
      { ages: { min: 10, max: 18 }, topics: ['wellbeing'] },
    );
    const outcome = matchServices(
      list,
      answers({ seeker: 'me', age: 14, area: 'north', topics: ['sleep'] }),
      context(),
    );
    expect(ids(outcome)[0]).toBe('s0');
  });

  it('does not count unknown self-referral as yes: no reason, after a yes, left out by “only ones I can contact myself”', () => {
    const list = services({ access: { selfReferral: 'unknown' } }, { access: { selfReferral: true } });
    const all = matchServices(list, answers({ seeker: 'me' }), context());
    expect(ids(all)).toEqual(['s1', 's0']);
    expect(reasonsOf(all, 's0').some((r) => r.kind === 'selfReferral')).toBe(false);
    const only = matchServices(list, answers({ seeker: 'me', selfReferralOnly: true }), context());
    expect(ids(only)).toEqual(['s1']);
    expect(only.widened).toEqual([]);
  });

  it('lets “only ones I can contact myself” go when only unknowns are left, and says so', () => {
    const list = services({ access: { selfReferral: 'unknown' } });
    const outcome = matchServices(list, answers({ seeker: 'me', selfReferralOnly: true }), context());
    expect(ids(outcome)).toEqual(['s0']);
    expect(outcome.widened).toEqual(['selfReferral']);
  });

  it('gives a mapping default no bonus: a defaulted yes is not self-referral', () => {
    const list = services(
      { access: { selfReferral: true }, ...defaulted('access.selfReferral') },
      { access: { selfReferral: true } },
    );
    const all = matchServices(list, answers({ seeker: 'me' }), context());
    expect(ids(all)).toEqual(['s1', 's0']);
    expect(reasonsOf(all, 's0').some((r) => r.kind === 'selfReferral')).toBe(false);
    expect(ids(matchServices(list, answers({ seeker: 'me', selfReferralOnly: true }), context()))).toEqual(['s1']);
  });

  it('reads defaulted ages and areas as unknown: through the filters, after known fits, never a reason', () => {
    const list = services(
      {
        ages: { min: 0, max: 25 },
        areas: 'all',
        provenance: { ages: { from: 'default' }, areas: { from: 'default' } },
      },
      { ages: { min: 10, max: 18 }, areas: 'all' },
    );
    const outcome = matchServices(list, answers({ seeker: 'me', age: 14, area: 'north' }), context());
    expect(ids(outcome)).toEqual(['s1', 's0']);
    expect(reasonsOf(outcome, 's0')).toEqual([{ kind: 'areaUnknown' }, { kind: 'selfReferral' }]);
    // A default of 0 to 25 does not keep a 30-year-old out, just as unknown ages would not.
    expect(ids(matchServices(list, answers({ seeker: 'me', age: 30 }), context()))).toEqual(['s0']);
  });

  it('filters by ages read from the description but gives them no reason as a fact', () => {
    const list = services(
      { ages: { min: 11, max: 18 }, provenance: { ages: { from: 'inferred', evidence: ['11-18'] } } },
      { ages: { min: 5, max: 10 } },
    );
    expect(ids(matchServices(list, answers({ seeker: 'me', age: 9 }), context()))).toEqual(['s1']);
    const outcome = matchServices(list, answers({ seeker: 'me', age: 14 }), context());
    expect(ids(outcome)).toEqual(['s0']);
    expect(reasonsOf(outcome, 's0').some((r) => r.kind === 'age')).toBe(false);
  });

  it('does not guess a person’s area from an area only a mapping default gave', async () => {
    const { nearestArea } = await import('../../src/match/geo.ts');
    const place = { locations: [{ address: '1 High St', lat: 55.95, lon: -3.19 }] };
    const areas = parseFeed(minimalFeed([])).feed.areas;
    const here = { lat: 55.95, lon: -3.19 };
    expect(nearestArea(areas, services({ areas: ['north'], ...place }), here)?.id).toBe('north');
    const defaulted = services({ areas: ['north'], ...place, provenance: { areas: { from: 'default' } } });
    expect(nearestArea(areas, defaulted, here)).toBeUndefined();
  });

  it('gives a way of getting support the mapping defaulted no bonus', () => {
    const list = services(
      { delivery: ['phone'], provenance: { delivery: { from: 'default' } } },
      { delivery: ['phone'] },
      { delivery: ['in-person'] },
    );
    const outcome = matchServices(list, answers({ seeker: 'me', delivery: ['phone'] }), context());
    expect(ids(outcome)).toEqual(['s1', 's0']);
  });

  it('gives a topic the mapping defaulted no bonus and no reason; a topic read from the text keeps both', () => {
    const list = services(
      { topics: ['sleep'], provenance: { 'topics.sleep': { from: 'default' } } },
      { topics: ['sleep'], provenance: { 'topics.sleep': { from: 'inferred', evidence: ['can’t sleep'] } } },
    );
    const outcome = matchServices(list, answers({ seeker: 'me', topics: ['sleep'] }), context());
    expect(ids(outcome)).toEqual(['s1', 's0']);
    expect(reasonsOf(outcome, 's0').some((r) => r.kind === 'topic')).toBe(false);
    expect(reasonsOf(outcome, 's1')).toContainEqual({ kind: 'topic', topics: ['sleep'] });
  });
});
