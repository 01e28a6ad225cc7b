import { describe, expect, it } from 'vitest';
import { DEFAULT_TOPICS } from '../../src/feed/default-topics.ts';
import { parseFeed } from '../../src/feed/parse.ts';
import { messages } from '../english.ts';
import type { MessageKey } from '../../src/i18n/en.ts';
import { messages as laterEnglish } from '../../src/i18n/en-later.ts';
import { addLaterEnglish, ENGLISH, loadCatalog, Localizer } from '../../src/i18n/localize.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { topicName } from '../../src/i18n/topic-names.ts';
import { LABELS_BY_READER, labelFor, STEP_IDS, STEPS, wordingFor } from '../../src/journey/steps.ts';
import { emptyAnswers, SEEKERS, type Answers } from '../../src/match/answers.ts';
import { emptyFilters, filtersFromAnswers } from '../../src/match/browse-filters.ts';
import { matchServices } from '../../src/match/match.ts';
import { answerWords } from '../../src/summary/answer-words.ts';
import { summaryRows, summaryText, type SummaryInput } from '../../src/summary/summary.ts';
import { urgentContacts } from '../../src/urgent/defaults.ts';
import { minimalFeed, minimalService } from './fixtures.ts';

// Every screen's words, as on a page once the later screens' file is here (see first-words.test.ts).
addLaterEnglish(laterEnglish);
const en = new Localizer(ENGLISH);
const HELPERS = SEEKERS.filter((s) => s !== 'me');
const FIRST_PERSON = /\b(I|me|my|myself|yourself)\b/i;

const catalogs = await Promise.all(LOCALES.map((locale) => loadCatalog(locale.lang)));

describe('the journey in each reader’s words', () => {
  it('resolves every heading, hint and label, for every step and reader, to a message in every catalog', () => {
    const keys: MessageKey[] = [];
    for (const step of STEPS) {
      for (const reader of [undefined, ...SEEKERS]) {
        keys.push(wordingFor(step.heading, reader));
        if (step.hint) keys.push(wordingFor(step.hint, reader));
      }
    }
    for (const key of Object.keys(LABELS_BY_READER) as MessageKey[]) {
      for (const reader of SEEKERS) keys.push(labelFor(key, reader));
    }
    for (const key of keys) {
      expect(messages).toHaveProperty([key]);
      for (const catalog of catalogs) expect(catalog.messages[key], `${catalog.meta.lang} ${key}`).toBeTruthy();
    }
  });

  it('asks a helper about the young person, not about themselves', () => {
    for (const step of STEP_IDS.filter((id) => id !== 'who')) {
      const def = STEPS.find((s) => s.id === step)!;
      for (const reader of HELPERS) {
        const heading = en.t(wordingFor(def.heading, reader));
        expect(heading, `${step} for ${reader}`).not.toMatch(/\b(are you|do you|you live)\b/i);
        expect(heading, `${step} for ${reader}`).not.toBe(en.t(wordingFor(def.heading, 'me')));
      }
    }
    expect(en.t(wordingFor(STEPS[1]!.heading, 'friend'))).toBe('How old is your friend?');
    expect(en.t(wordingFor(STEPS[1]!.heading, 'parent-carer'))).toBe('How old is your child?');
  });

  it('gives helpers no first-person topic names, and teachers and friends no “my child”', () => {
    for (const topic of DEFAULT_TOPICS) {
      for (const reader of HELPERS) {
        const name = topicName(topic, en, ['en'], reader).text;
        if (reader === 'parent-carer') expect(name.replace(/\bmy child\b/i, ''), name).not.toMatch(FIRST_PERSON);
        else expect(name, `${topic.id} for ${reader}`).not.toMatch(FIRST_PERSON);
      }
      // The young person keeps their own words.
      expect(topicName(topic, en, ['en'], 'me').text).toBe(en.t(`topic.${topic.id}` as MessageKey));
    }
    const something = DEFAULT_TOPICS.find((t) => t.id === 'something-happened')!;
    expect(topicName(something, en, ['en'], 'professional').text).toBe('Something bad happened to them');
  });

  it('keeps a feed’s own topic names, whoever is asking', () => {
    const own = { id: 'something-happened', name: 'After a crisis', keywords: [] };
    expect(topicName(own, en, ['en'], 'friend').text).toBe('After a crisis');
  });
});

describe('a friend’s own support', () => {
  const services = parseFeed(
    minimalFeed([
      minimalService({ id: 'bullying', topics: ['bullying'] }),
      minimalService({ id: 'talk', topics: ['wellbeing'] }),
      minimalService({ id: 'clinic', topics: ['wellbeing'], access: { selfReferral: false } }),
    ]),
  ).feed.services;
  const context = { now: new Date('2026-11-25T15:00:00Z'), timeZone: 'Europe/London', areas: [] };
  const friend: Answers = { ...emptyAnswers(), seeker: 'friend', topics: ['bullying'] };

  it('offers general wellbeing support anyone can contact, for the friend, after their friend’s', () => {
    const { results } = matchServices(services, friend, context);
    expect(results.map((r) => [r.service.id, r.forHelper])).toEqual([
      ['bullying', false],
      ['talk', true],
    ]);
    expect(results[1]?.reasons[0]).toEqual({ kind: 'forFriend' });
  });

  it('is not offered to anyone else', () => {
    const { results } = matchServices(services, { ...friend, seeker: 'me' }, context);
    expect(results.every((r) => !r.forHelper)).toBe(true);
  });
});

describe('browse starts from the answers', () => {
  it('takes age, area, topics and how, and keeps filters the answers say nothing about', () => {
    const answers: Answers = {
      ...emptyAnswers(),
      age: 14,
      area: 'north',
      topics: ['sleep'],
      delivery: ['phone'],
      selfReferralOnly: true,
    };
    const filters = filtersFromAnswers(answers, { ...emptyFilters(), free: true, query: 'drop' });
    expect(filters).toEqual({
      ...emptyFilters(),
      age: 14,
      area: 'north',
      topics: ['sleep'],
      delivery: ['phone'],
      selfReferral: true,
      free: true,
      query: 'drop',
    });
    expect(filtersFromAnswers(emptyAnswers(), emptyFilters())).toEqual(emptyFilters());
  });
});

describe('answers in words, and the summary', () => {
  const input = (answers: Partial<Answers>): SummaryInput => ({
    l: en,
    langs: ['en'],
    answers: { ...emptyAnswers(), ...answers },
    note: '',
    saved: [],
    topics: new Map(DEFAULT_TOPICS.map((t) => [t.id, t])),
    areas: new Map(),
    today: new Date('2026-11-25T15:00:00Z'),
    urgent: urgentContacts(en, undefined),
  });

  it('shows each answer as the person chose it, in their words', () => {
    const friend = input({ seeker: 'friend', urgentNow: true, topics: ['something-happened'], query: 'a fight' });
    expect(answerWords('who', friend)).toEqual(['A friend']);
    expect(answerWords('now', friend)).toEqual(['Yes, we need to talk to someone now']);
    expect(answerWords('topics', friend)).toEqual(['Something bad happened to them', 'In your own words: a fight']);
    expect(answerWords('age', friend)).toEqual([]);
  });

  it('words every answer once: "My summary" shows what "Check your answers" shows, under its own labels', () => {
    const answers = input({
      seeker: 'parent-carer',
      age: 9,
      topics: ['sleep'],
      query: 'bad dreams',
      urgentNow: false,
      delivery: ['phone', 'online'],
      selfReferralOnly: true,
      postcode: 'GM1 2AB',
    });
    const rows = summaryRows(answers);
    expect(rows.map((r) => r.lines)).toEqual(STEP_IDS.map((step) => answerWords(step, answers)));
    expect(rows).toEqual([
      { label: 'Looking for support for', lines: ['My child, as their parent or carer'] },
      { label: 'Age', lines: ['9'] },
      { label: 'What they need help with', lines: ['Sleep', 'In your own words: bad dreams'] },
      { label: 'Need help right now', lines: ['No, it can wait a little'] },
      {
        label: 'How I would like support',
        lines: ['On the phone, Online or by video and Services we can contact directly'],
      },
      { label: 'Where', lines: ['GM1 2AB'] },
    ]);
    expect(summaryText(answers)).toContain('- What they need help with: Sleep\n  In your own words: bad dreams\n');
    // Skipped questions are left out of the summary and read "Not answered" on the check page.
    expect(summaryRows(input({ age: 12 })).map((r) => r.label)).toEqual(['Age']);
    expect(answerWords('where', input({ age: 12 }))).toEqual([]);
  });

  it('carries the urgent contacts wherever the summary goes', () => {
    const text = summaryText(input({ age: 13 }));
    expect(text).toContain('If you need help right now');
    expect(text).toContain('- 999: Call 999');
    expect(text).toContain('- Childline: Call 0800 1111');
    expect(text).toContain('Text SHOUT to 85258');
  });
});

describe('saved services in the summary, when the feed does not know', () => {
  const saved = parseFeed(
    minimalFeed([
      minimalService({ id: 'ask', name: 'Ask', access: { selfReferral: 'unknown' } }),
      minimalService({
        id: 'defaulted',
        name: 'Defaulted',
        access: { selfReferral: false },
        provenance: { 'access.selfReferral': { from: 'default' } },
      }),
      minimalService({
        id: 'read',
        name: 'Read',
        access: { selfReferral: true },
        provenance: { 'access.selfReferral': { from: 'inferred', evidence: ['self refer'] } },
      }),
      minimalService({ id: 'stated', name: 'Stated', access: { selfReferral: true } }),
    ]),
  ).feed.services;
  const text = (seeker: Answers['seeker']) =>
    summaryText({
      l: en,
      langs: ['en'],
      answers: { ...emptyAnswers(), seeker },
      note: '',
      saved,
      topics: new Map(),
      areas: new Map(),
      today: new Date('2026-11-25T15:00:00Z'),
      urgent: [],
    });

  it('says to ask about a referral when unknown or only defaulted, and marks what was read from the description', () => {
    expect(text('me')).toContain(
      [
        '- Ask',
        '  Ask them whether you need a referral',
        '  Call 0131 496 0000',
        '- Defaulted',
        '  Ask them whether you need a referral',
        '  Call 0131 496 0000',
        '- Read',
        '  You can contact them yourself (from its description)',
        '  Call 0131 496 0000',
        '- Stated',
        '  You can contact them yourself',
      ].join('\n'),
    );
    expect(text('me')).not.toContain('Needs a referral');
  });

  it('in a helper’s words for a parent', () => {
    expect(text('parent-carer')).toContain('- Ask\n  Ask them whether a referral is needed');
  });
});
