import { describe, expect, it } from 'vitest';
import { messages as en } from '../english.ts';
import type { Message } from '../../src/i18n/en.ts';
import { messages as laterEnglish } from '../../src/i18n/en-later.ts';
import {
  addLaterEnglish,
  ENGLISH,
  loadCatalog,
  Localizer,
  negotiateLocale,
  type Catalog,
} from '../../src/i18n/localize.ts';
import { LOCALES, type LocaleEntry } from '../../src/i18n/locales.ts';
import { langAttr, pickText } from '../../src/i18n/text.ts';
import { topicName } from '../../src/i18n/topic-names.ts';
import { DEFAULT_TOPICS } from '../../src/feed/default-topics.ts';

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
const forms = (message: Message): [string, string][] =>
  typeof message === 'string' ? [['', message]] : (Object.entries(message) as [string, string][]);
const englishPlaceholders = (key: keyof typeof en) =>
  [...new Set(forms(en[key]).flatMap(([, text]) => placeholders(text)))].sort();

/** Whether a plural category covers exactly one whole number, so its form may say the number in words. */
function singleNumber(lang: string, category: string): boolean {
  const rules = new Intl.PluralRules(lang);
  let hits = 0;
  for (let n = 0; n <= 1000; n++) if (rules.select(n) === category) hits++;
  return hits === 1;
}

// Every screen's words, as on a page once the later screens' file is here (see first-words.test.ts).
addLaterEnglish(laterEnglish);
const catalogs = new Map<string, Catalog>();
for (const locale of LOCALES) catalogs.set(locale.lang, await loadCatalog(locale.lang));

/**
 * A draft says so in the menu; a reviewed catalog says who reviewed it and when, since only a
 * native reviewer may mark it so.
 */
function reviewProblem(locale: Pick<LocaleEntry, 'review' | 'status' | 'produced'>): string | undefined {
  if (locale.review === 'draft') return locale.status ? undefined : 'a draft with no status for the menu';
  if (locale.review !== 'reviewed') return `review "${locale.review}" is not for a translation`;
  return /reviewed by \S.* on \d{4}-\d{2}-\d{2}/i.test(locale.produced) ? undefined : 'reviewed, but by whom and when?';
}

describe('the locale registry', () => {
  it('lets a translation be marked reviewed only with who and when', () => {
    const base = { status: '', produced: 'draft by the team' };
    expect(reviewProblem({ ...base, review: 'reviewed' })).toBe('reviewed, but by whom and when?');
    expect(reviewProblem({ ...base, review: 'reviewed', produced: 'reviewed by A. Nowak on 2027-01-15' })).toBe(
      undefined,
    );
    expect(reviewProblem({ ...base, review: 'draft' })).toBe('a draft with no status for the menu');
    expect(reviewProblem({ ...base, review: 'source' })).toMatch(/not for a translation/);
  });

  it('lists ten UI languages, each once, with how it was produced', () => {
    expect(LOCALES.map((l) => l.lang)).toEqual(['en', 'gd', 'cy', 'pl', 'uk', 'ro', 'ar', 'ur', 'pa', 'zh-Hans']);
    for (const locale of LOCALES) {
      expect(locale.produced, locale.lang).not.toBe('');
      if (locale.lang !== 'en') expect(reviewProblem(locale), locale.lang).toBeUndefined();
    }
    expect(LOCALES.filter((l) => l.dir === 'rtl').map((l) => l.lang)).toEqual(['ar', 'ur']);
  });

  it('negotiates the best available language, aliases included', () => {
    expect(negotiateLocale(['pl-PL', 'en'])).toBe('pl');
    expect(negotiateLocale([undefined, 'fr', 'gd'])).toBe('gd');
    expect(negotiateLocale(['fr'])).toBe('en');
    expect(negotiateLocale(['zh-CN'])).toBe('zh-Hans');
    expect(negotiateLocale(['zh-Hant-TW'])).toBe('zh-Hans');
    expect(negotiateLocale(['cy-GB'])).toBe('cy');
    expect(negotiateLocale(['pa-Guru-IN'])).toBe('pa');
    // Shahmukhi readers must not get Gurmukhi; the next wanted language wins.
    expect(negotiateLocale(['pa-Arab', 'ur'])).toBe('ur');
  });
});

describe('translation catalogs', () => {
  for (const locale of LOCALES.filter((l) => l.lang !== 'en')) {
    const { lang } = locale;
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;

    it(`${lang} has exactly the English keys`, () => {
      const messages = catalogs.get(lang)!.messages;
      const missing = Object.keys(en).filter((k) => !(k in messages));
      const extra = Object.keys(messages).filter((k) => !(k in en));
      expect(missing, `${lang} is missing keys`).toEqual([]);
      expect(extra, `${lang} has keys English does not`).toEqual([]);
    });

    it(`${lang} keeps every placeholder and has its plural categories (${categories.join(', ')})`, () => {
      const messages = catalogs.get(lang)!.messages;
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        const message = messages[key];
        const english = englishPlaceholders(key);
        expect(typeof message === 'string', `${lang} ${key}: plural in one language only`).toBe(
          typeof en[key] === 'string',
        );
        if (typeof message !== 'string') {
          expect(Object.keys(message).sort(), `${lang} ${key} plural categories`).toEqual([...categories].sort());
        }
        for (const [category, text] of forms(message)) {
          const own = placeholders(text);
          // "خدمتين" (two services) or "Un serviciu" says the number itself: only where the
          // category is that one number may {count} be left out.
          const expected =
            category && !own.includes('count') && singleNumber(lang, category)
              ? english.filter((p) => p !== 'count')
              : english;
          expect(own, `${lang} ${key} ${category}`).toEqual(expected);
        }
      }
    });

    it(`${lang} translates the longer texts`, () => {
      const messages = catalogs.get(lang)!.messages;
      const same = (Object.keys(en) as (keyof typeof en)[]).filter((key) => {
        const english = en[key];
        return typeof english === 'string' && english.length > 12 && messages[key] === english;
      });
      expect(same, `${lang} left in English`).toEqual([]);
    });
  }
});

describe('formatting in each language', () => {
  const l = (lang: string) => new Localizer(catalogs.get(lang)!);

  it('chooses plural forms by the language’s own rules', () => {
    const polish = l('pl');
    expect(polish.t('results.count', { count: 1 })).not.toBe(polish.t('results.count', { count: 5 }));
    expect(polish.t('results.count', { count: 2 })).not.toBe(polish.t('results.count', { count: 5 }));
    const english = new Localizer(ENGLISH);
    expect(english.t('results.count', { count: 1 })).toBe('1 service found');
    expect(english.t('results.count', { count: 3 })).toBe('3 services found');
    expect(english.date('2026-11-02')).toBe('2 November 2026');
  });

  it('says two in Arabic without repeating the number', () => {
    const arabic = l('ar');
    expect(arabic.t('results.count', { count: 2 })).toBe('تم العثور على خدمتين');
    expect(arabic.t('results.count', { count: 2 })).not.toMatch(/\d/);
    expect(arabic.t('results.count', { count: 5 })).toContain('5');
  });

  it('writes numbers through Intl.NumberFormat', () => {
    expect(l('uk').t('reason.distance', { km: 1234.5 })).toContain(new Intl.NumberFormat('uk').format(1234.5));
    expect(new Localizer(ENGLISH).t('list.more', { count: 1200 })).toBe('Show more (1,200 left)');
  });

  it('isolates inserted values in right-to-left languages, digits left to right', () => {
    const call = l('ar').t('card.call', { number: '0800 1111' });
    expect(call).toContain('\u20660800 1111\u2069');
    const english = new Localizer(ENGLISH).t('card.call', { number: '0800 1111' });
    expect(english).toBe('Call 0800 1111');
  });

  it('splits a message at its placeholders, leaving one without a value as written', () => {
    const english = new Localizer(ENGLISH, { 'card.call': '{who} can call {number} or {number}' });
    const wrap = (value: string, name: string) => ({ value, name });
    expect(english.parts('card.call', { number: '116 123' }, wrap)).toEqual([
      '{who} can call ',
      { value: '116 123', name: 'number' },
      ' or ',
      { value: '116 123', name: 'number' },
    ]);
    expect(english.parts('card.call', undefined, wrap)).toEqual(['{who} can call {number} or {number}']);
    // Asked again (the split is kept), the same answer.
    expect(english.t('card.call', { number: '999', who: 'Anyone' })).toBe('Anyone can call 999 or 999');
    expect(english.t('card.call', { number: '999', who: 'Anyone' })).toBe('Anyone can call 999 or 999');
  });

  it('shows each feed date in the reader’s language, the same each time it is asked', () => {
    const polish = l('pl');
    const first = polish.date('2026-03-01');
    expect(first).toBe(
      new Intl.DateTimeFormat('pl', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        Date.UTC(2026, 2, 1),
      ),
    );
    expect(polish.date('2026-03-01')).toBe(first);
    expect(polish.date('not a date')).toBe('not a date');
  });

  it('does not glue Arabic "و" to an English word', () => {
    const arabic = l('ar');
    const parts = arabic.listParts(['School', 'Exams']);
    expect(parts.map((p) => p.value).join('')).toBe('School و Exams');
    expect(
      arabic
        .listParts(['مدرسة', 'امتحانات'])
        .map((p) => p.value)
        .join(''),
    ).toBe('مدرسة وامتحانات');
  });

  it('uses its own tables for Gaelic, Welsh and Punjabi dates, weekdays, lists and language names', () => {
    const gd = l('gd');
    expect(gd.date('2026-08-29')).toBe('29 dhen Lùnastal 2026');
    expect(gd.weekday('mon', 'short')).toBe('DiL');
    expect(gd.list(['A', 'B', 'C'])).toBe('A, B agus C');
    expect(gd.list(['A', 'B'], 'disjunction')).toBe('A no B');
    expect(gd.languageName('en')).toBe('Beurla');
    expect(gd.languageName('pl-PL')).toBe('Pòlainis');
    const cy = l('cy');
    expect(cy.date('2026-08-29')).toBe('29 Awst 2026');
    expect(cy.weekday('wed')).toBe('dydd Mercher');
    expect(cy.list(['A', 'B', 'C'])).toBe('A, B a C');
    expect(cy.languageName('gd')).toBe('Gaeleg yr Alban');
    const pa = l('pa');
    expect(pa.date('2026-08-29')).toBe('29 ਅਗਸਤ 2026');
    expect(pa.list(['A', 'B'])).toBe('A ਅਤੇ B');
    for (const lang of ['gd', 'cy', 'pa']) {
      const formats = catalogs.get(lang)!.formats!;
      expect(formats.months, lang).toHaveLength(12);
      expect(formats.weekdays, lang).toHaveLength(7);
      expect(formats.weekdaysShort, lang).toHaveLength(7);
    }
  });

  it('has a name for every referral kind in the sample feed, in every language', async () => {
    const { readFile } = await import('node:fs/promises');
    const feed = JSON.parse(await readFile('data-schema/examples/sample-feed.json', 'utf8')) as {
      services: { access?: { referralFrom?: string[] } }[];
    };
    const kinds = new Set(feed.services.flatMap((s) => s.access?.referralFrom ?? []));
    for (const kind of kinds) expect(Object.keys(en), `referral.${kind}`).toContain(`referral.${kind}`);
  });
});

describe('text in the reader’s language', () => {
  const polish = () => new Localizer(catalogs.get('pl')!);
  const langs = ['pl', 'en', 'en'];

  it('takes a plain-string feed text to be in the feed’s default language', () => {
    expect(pickText('Hello', ['ar', 'en', 'en'])).toEqual({ text: 'Hello', lang: 'en' });
    expect(pickText('Witaj', ['en', 'pl', 'en'])).toEqual({ text: 'Witaj', lang: 'pl' });
    expect(pickText({ en: 'Hi', pl: 'Cześć' }, ['pl-PL', 'en'])).toEqual({ text: 'Cześć', lang: 'pl' });
  });

  it('marks a text’s language only where it differs from the UI’s', () => {
    expect(langAttr('en', 'ar')).toBe('en');
    expect(langAttr('en-GB', 'en')).toBeUndefined();
    expect(langAttr('zh', 'zh-Hans')).toBeUndefined();
    expect(langAttr(undefined, 'pl')).toBeUndefined();
  });

  it('names the default topics in the reader’s language', () => {
    const worried = DEFAULT_TOPICS.find((t) => t.id === 'feeling-worried')!;
    expect(topicName(worried, polish(), langs)).toEqual({ text: 'Niepokój, zmartwienie lub lęk', lang: 'pl' });
    for (const topic of DEFAULT_TOPICS) {
      for (const [lang, catalog] of catalogs) {
        const name = topicName(topic, new Localizer(catalog), [lang, 'en', 'en']);
        expect(name.lang, `${lang} ${topic.id}`).toBe(lang);
      }
    }
  });

  it('lets a feed name its topics per language, and keeps a feed’s own meaning of a default id', () => {
    const own = { id: 'sleep', name: { en: 'Sleep', pl: 'Kłopoty ze snem' }, keywords: [] };
    expect(topicName(own, polish(), langs)).toEqual({ text: 'Kłopoty ze snem', lang: 'pl' });
    const clinic = { id: 'sleep', name: 'Sleep clinic referrals', keywords: [] };
    expect(topicName(clinic, polish(), langs)).toEqual({ text: 'Sleep clinic referrals', lang: 'en' });
    const added = { id: 'money', name: { en: 'Money worries', uk: 'Гроші' }, keywords: [] };
    expect(topicName(added, polish(), langs)).toEqual({ text: 'Money worries', lang: 'en' });
  });
});
