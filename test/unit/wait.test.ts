/**
 * Waiting times (issue 27): their size in plain words, when a wait may be out of date, how they
 * order the guided results for someone who needs help now or soon, and what is offered while
 * someone waits for a service with a long wait. An unknown wait is never a fact.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/feed/parse.ts';
import { prepareFeed } from '../../src/feed/prepared.ts';
import type { Service } from '../../src/feed/schema.ts';
import { messages as laterEnglish } from '../../src/i18n/en-later.ts';
import { addLaterEnglish, ENGLISH, loadCatalog, Localizer } from '../../src/i18n/localize.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { emptyAnswers, type Answers } from '../../src/match/answers.ts';
import { guidedResults } from '../../src/match/guided.ts';
import {
  knownWait,
  LONG_WAIT_DAYS,
  SHORT_WAIT_DAYS,
  soonerScore,
  statedWaitDays,
  waitSize,
  whileYouWait,
} from '../../src/match/wait.ts';
import { answerWords } from '../../src/summary/answer-words.ts';
import { savedLines, summaryRows, summaryText, type SummaryInput } from '../../src/summary/summary.ts';
import { updatedMonth, waitSizeWords, waitWords } from '../../src/summary/wait-words.ts';
import { minimalFeed, minimalService, sampleFeed } from './fixtures.ts';

addLaterEnglish(laterEnglish);
const en = new Localizer(ENGLISH);
const TODAY = new Date('2026-11-25T15:00:00Z');
const CLOCK = { today: TODAY, reviewPeriodDays: 180 };
const answers = (a: Partial<Answers> = {}): Answers => ({ ...emptyAnswers(), ...a });

const sample = parseFeed(sampleFeed()).feed;
const byId = (id: string): Service => {
  const found = sample.services.find((s) => s.id === id);
  if (!found) throw new Error(`no ${id} in the sample feed`);
  return found;
};
/** A service of the minimal feed, parsed, with its own wait and provenance. */
function service(overrides: Record<string, unknown> = {}): Service {
  const parsed = parseFeed(minimalFeed([minimalService(overrides)])).feed.services[0];
  if (!parsed) throw new Error('the service did not parse');
  return parsed;
}

describe('the size of a wait', () => {
  it('says the same day for nought, days under two weeks, weeks under two months, months after', () => {
    expect(waitSize(0)).toEqual({ unit: 'sameDay' });
    expect(waitSize(1)).toEqual({ unit: 'days', count: 1 });
    expect(waitSize(13)).toEqual({ unit: 'days', count: 13 });
    expect(waitSize(14)).toEqual({ unit: 'weeks', count: 2 });
    expect(waitSize(42)).toEqual({ unit: 'weeks', count: 6 });
    expect(waitSize(59)).toEqual({ unit: 'weeks', count: 8 });
    expect(waitSize(60)).toEqual({ unit: 'months', count: 2 });
    expect(waitSize(126)).toEqual({ unit: 'months', count: 4 });
    expect(waitSize(730)).toEqual({ unit: 'months', count: 24 });
  });

  it('never says a bigger unit for a shorter wait', () => {
    const order = ['sameDay', 'days', 'weeks', 'months'];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 729 }), (days) => {
        const a = waitSize(days);
        const b = waitSize(days + 1);
        const rank = (s: typeof a) => order.indexOf(s.unit);
        expect(rank(b)).toBeGreaterThanOrEqual(rank(a));
        if (a.unit === b.unit && 'count' in a && 'count' in b) expect(b.count).toBeGreaterThanOrEqual(a.count);
      }),
    );
  });
});

describe('a wait the finder may show', () => {
  it('is unknown when the feed gives none, or only a mapping default', () => {
    expect(knownWait(service(), TODAY, 180)).toBeUndefined();
    const defaulted = service({
      wait: { days: 7, updated: '2026-11-01', by: 'import' },
      provenance: { wait: { from: 'default' } },
    });
    expect(knownWait(defaulted, TODAY, 180)).toBeUndefined();
    expect(statedWaitDays(defaulted)).toBeUndefined();
  });

  it('may be out of date once older than the review period, and not a day before', () => {
    const at = (updated: string) => service({ wait: { days: 42, updated, by: 'the service' } });
    // 2026-05-29 is 180 days before 25 November 2026.
    expect(knownWait(at('2026-05-29'), TODAY, 180)?.stale).toBe(false);
    expect(knownWait(at('2026-05-28'), TODAY, 180)?.stale).toBe(true);
  });
});

describe('a wait in plain words', () => {
  it('says the size and the month it was said in, with the year only when not this year', () => {
    expect(waitWords(en, byId('camhs-glenmore-firth'), CLOCK)).toBe(
      'Usually a wait of about 4 months (updated October)',
    );
    expect(waitWords(en, byId('body-kind-group'), CLOCK)).toBe('Usually a wait of about 6 weeks (updated September)');
    expect(waitWords(en, byId('night-owl-text-line'), CLOCK)).toBe('Usually seen the same day (updated November)');
    expect(waitWords(en, byId('clearway-young-people'), CLOCK)).toBe(
      'Usually a wait of about 3 days (updated November)',
    );
    const lastYear = service({ wait: { days: 1, updated: '2025-12-01', by: 'the service' } });
    expect(waitWords(en, lastYear, { today: TODAY, reviewPeriodDays: 400 })).toBe(
      'Usually a wait of about 1 day (updated December 2025)',
    );
  });

  it('says a wait older than the review period may be out of date', () => {
    const old = service({ wait: { days: 90, updated: '2026-03-02', by: 'NHS waiting times' } });
    expect(waitWords(en, old, CLOCK)).toBe(
      'Usually a wait of about 3 months (updated March, so it may be out of date)',
    );
  });

  it('says a wait read from the description is from the description', () => {
    const read = service({
      wait: { days: 0, updated: '2026-11-01', by: 'the service' },
      provenance: { wait: { from: 'inferred', evidence: ['just drop in'] } },
    });
    expect(waitWords(en, read, CLOCK)).toBe('Usually seen the same day (updated November) (from its description)');
  });

  it('says nothing at all for an unknown wait', () => {
    expect(waitWords(en, byId('spectrum-youth'), CLOCK)).toBeUndefined();
    expect(waitSizeWords(en, byId('spectrum-youth'), CLOCK)).toBe('');
  });

  it('names the month in the reader’s language, or the full date where the browser has no month names', async () => {
    const pl = new Localizer(await loadCatalog('pl'));
    expect(updatedMonth(pl, '2026-03-14', TODAY)).toBe(
      new Intl.DateTimeFormat('pl', { month: 'long', timeZone: 'UTC' }).format(new Date('2026-03-14T00:00:00Z')),
    );
    expect(waitWords(pl, byId('body-kind-group'), CLOCK)).toMatch(/^Zwykle czeka się około 6 tygodni \(aktualizacja: /);
    const gd = new Localizer(await loadCatalog('gd'));
    // Node, like Chromium, has no Gaelic month names: the catalog's own date, never "September".
    expect(updatedMonth(gd, '2026-09-15', TODAY)).toBe(gd.date('2026-09-15'));
  });

  it('has words for every size in every language, with its plural forms', async () => {
    for (const locale of LOCALES) {
      const l = new Localizer(await loadCatalog(locale.lang));
      for (const days of [0, 1, 2, 3, 5, 11, 14, 21, 35, 42, 56, 70, 126, 300, 730]) {
        const words = waitSizeWords(l, service({ wait: { days, updated: '2026-11-01', by: 'x' } }), CLOCK);
        expect(words, `${locale.lang} ${days}`).not.toBe('');
        expect(words, `${locale.lang} ${days}`).not.toMatch(/[{}]/);
        const size = waitSize(days);
        if (size.unit !== 'sameDay') expect(words).toContain(l.number(size.count));
      }
    }
  });
});

describe('sooner help in ranking', () => {
  it('rewards short waits, takes a little from long ones, and leaves unknown at nought', () => {
    expect(soonerScore(undefined)).toBe(0);
    expect(soonerScore(0)).toBeGreaterThan(soonerScore(SHORT_WAIT_DAYS));
    expect(soonerScore(SHORT_WAIT_DAYS)).toBeGreaterThan(0);
    expect(soonerScore(LONG_WAIT_DAYS)).toBeLessThan(0);
    expect(soonerScore(200)).toBeLessThan(soonerScore(LONG_WAIT_DAYS));
  });

  /** Two services alike in every way but their waits, and a third that says nothing. */
  const twins = parseFeed(
    minimalFeed([
      minimalService({ id: 'months', wait: { days: 120, updated: '2026-11-01', by: 'NHS' } }),
      minimalService({ id: 'same-day', wait: { days: 0, updated: '2026-11-01', by: 'the service' } }),
      minimalService({ id: 'unknown' }),
    ]),
  ).feed;
  const order = (a: Partial<Answers>) =>
    guidedResults({ prepared: prepareFeed(twins), now: TODAY, langs: ['en'], answers: answers(a) }).results;

  it('puts a same-day wait above months of equal fit, unknown between, for someone who needs help now or soon', () => {
    for (const urgentNow of [true, 'soon'] as const) {
      expect(order({ urgentNow }).map((r) => r.service.id)).toEqual(['same-day', 'unknown', 'months']);
    }
  });

  it('says so in the "why" line of the quick one only', () => {
    const results = order({ urgentNow: 'soon' });
    const sooner = results.filter((r) => r.reasons.some((reason) => reason.kind === 'sooner'));
    expect(sooner.map((r) => r.service.id)).toEqual(['same-day']);
  });

  it('changes nothing for someone who can wait, or who skipped the question', () => {
    for (const urgentNow of [false, undefined]) {
      const results = order(urgentNow === undefined ? {} : { urgentNow });
      expect(results.map((r) => r.service.id)).toEqual(['months', 'same-day', 'unknown']);
      expect(new Set(results.map((r) => r.score)).size).toBe(1);
      expect(results.flatMap((r) => r.reasons).some((r) => r.kind === 'sooner')).toBe(false);
    }
  });

  it('never lifts a quick service above one that helps with what was asked', () => {
    const feed = parseFeed(
      minimalFeed([
        minimalService({
          id: 'on-topic',
          topics: ['sleep', 'wellbeing'],
          wait: { days: 300, updated: '2026-11-01', by: 'NHS' },
        }),
        minimalService({ id: 'quick', topics: ['wellbeing'], wait: { days: 0, updated: '2026-11-01', by: 'x' } }),
      ]),
    ).feed;
    const results = guidedResults({
      prepared: prepareFeed(feed),
      now: TODAY,
      langs: ['en'],
      answers: answers({ urgentNow: true, topics: ['sleep', 'wellbeing'] }),
    }).results;
    expect(results[0]?.service.id).toBe('on-topic');
  });
});

describe('while you wait', () => {
  it('offers nothing beside a wait that is short or unknown', () => {
    expect(whileYouWait(byId('glenmore-schools-counselling'), sample.services, answers())).toEqual([]);
    expect(whileYouWait(byId('spectrum-youth'), sample.services, answers())).toEqual([]);
  });

  it('offers quick help on the same topics that a young person can contact themselves, same day first', () => {
    const camhs = byId('camhs-glenmore-firth');
    const offered = whileYouWait(camhs, sample.services, answers({ age: 15 }));
    expect(offered.length).toBeGreaterThan(0);
    expect(offered.length).toBeLessThanOrEqual(3);
    for (const s of offered) {
      expect(statedWaitDays(s)).toBeLessThanOrEqual(SHORT_WAIT_DAYS);
      expect(s.access.selfReferral).toBe(true);
      expect(s.audiences).toContain('young-person');
      expect(s.topics.some((t) => t !== 'wellbeing' && camhs.topics.includes(t))).toBe(true);
      expect(s.ages === 'unknown' || (s.ages.min <= 15 && 15 <= s.ages.max)).toBe(true);
    }
    const days = offered.map((s) => statedWaitDays(s) ?? Infinity);
    expect(days[0]).toBe(0);
    // The professionals' line is quick and on the topic, but not for a young person to call.
    expect(offered.map((s) => s.id)).not.toContain('professionals-consultation-line');
  });

  it('keeps to the person’s area and age', () => {
    const offered = whileYouWait(byId('wild-minds-outdoors'), sample.services, answers({ age: 11, area: 'islands' }));
    expect(offered.map((s) => s.id)).toContain('islands-youth-drop-in');
    expect(offered.map((s) => s.id)).not.toContain('brightpath-drop-in-glenmore');
    for (const s of offered) expect(s.areas === 'all' || (s.areas as string[]).includes('islands')).toBe(true);
    const tooYoung = whileYouWait(byId('wild-minds-outdoors'), sample.services, answers({ age: 10 }));
    expect(tooYoung.map((s) => s.id)).not.toContain('night-owl-text-line');
  });

  it('keeps to the waiting service’s areas when the person gave none', () => {
    const firth = byId('firth-schools-counselling');
    const offered = whileYouWait(firth, sample.services, answers({ age: 14 }));
    expect(offered.length).toBeGreaterThan(0);
    expect(offered.map((s) => s.id)).not.toContain('brightpath-drop-in-glenmore');
    for (const s of offered) {
      expect(s.areas === 'all' || (s.areas as string[]).some((a) => (firth.areas as string[]).includes(a))).toBe(true);
    }
  });

  it('offers a parent’s own quick help beside a parent’s own long wait', () => {
    const course = byId('calm-parenting-course');
    expect(course.audiences).not.toContain('young-person');
    const offered = whileYouWait(course, sample.services, answers({ seeker: 'parent-carer' }));
    expect(offered[0]?.id).toBe('calm-corners-for-parents');
    for (const s of offered) expect(s.audiences).toContain('parent-carer');
    // The young person's own quick help is not the parent's.
    expect(offered.map((s) => s.id)).not.toContain('night-owl-text-line');
  });
});

describe('My summary with waits', () => {
  const input = (a: Partial<Answers>, saved: Service[]): SummaryInput => ({
    l: en,
    langs: ['en'],
    answers: answers(a),
    note: '',
    saved,
    topics: new Map(sample.topics.map((t) => [t.id, t])),
    areas: new Map(sample.areas.map((x) => [x.id, x])),
    today: TODAY,
    urgent: [],
    services: sample.services,
    waits: CLOCK,
  });

  it('carries a saved service’s wait and what can help meanwhile', () => {
    const camhs = byId('camhs-glenmore-firth');
    const lines = savedLines(input({ age: 15 }, [camhs]), camhs);
    expect(lines).toContain('Usually a wait of about 4 months (updated October)');
    const meantime = lines.find((l) => l.startsWith('While I wait: '));
    const names = whileYouWait(camhs, sample.services, answers({ age: 15 })).map((s) => s.name as string);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(meantime).toContain(name);
    expect(summaryText(input({ age: 15 }, [camhs]))).toContain('While I wait: ');
  });

  it('says nothing of a wait nobody gave', () => {
    const spectrum = byId('spectrum-youth');
    const lines = savedLines(input({}, [spectrum]), spectrum);
    expect(lines.join('\n')).not.toMatch(/wait/i);
  });

  it('words the third answer to "now" in every reader’s words', () => {
    expect(summaryRows(input({ urgentNow: 'soon' }, []))).toContainEqual({
      label: 'Need help right now',
      lines: ['Soon, I would like help in the next few days'],
    });
    const words = (a: Partial<Answers>) => answerWords('now', { ...input(a, []) });
    expect(words({ urgentNow: 'soon' })).toEqual(['Soon, I would like help in the next few days']);
    expect(words({ urgentNow: 'soon', seeker: 'parent-carer' })).toEqual([
      'Soon, we would like help in the next few days',
    ]);
    expect(words({ urgentNow: true })).toEqual(['Yes, I need to talk to someone now']);
    expect(words({ urgentNow: false })).toEqual(['No, I can wait a little']);
  });
});
