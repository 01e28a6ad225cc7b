import { describe, expect, it } from 'vitest';
import * as ar from '../../src/i18n/ar.ts';
import { messages as en } from '../../src/i18n/en.ts';
import * as gd from '../../src/i18n/gd.ts';
import { Localizer, negotiateLocale, type Catalog } from '../../src/i18n/localize.ts';
import * as pl from '../../src/i18n/pl.ts';
import * as uk from '../../src/i18n/uk.ts';

const drafts: Record<string, Catalog> = { ar, gd, pl, uk };
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const allTexts = (message: unknown): string[] =>
  typeof message === 'string' ? [message] : Object.values(message as Record<string, string>);

describe('translation catalogs', () => {
  for (const [lang, catalog] of Object.entries(drafts)) {
    it(`${lang} is marked as a draft and matches the English keys and placeholders`, () => {
      expect(catalog.meta.lang).toBe(lang);
      // Only a native reviewer may change this; the team's own translations stay drafts.
      expect(catalog.meta.review).toBe('draft');
      for (const [key, message] of Object.entries(catalog.messages)) {
        expect(Object.keys(en), `unknown key ${key}`).toContain(key);
        const english = placeholders(allTexts(en[key as keyof typeof en])[0] ?? '');
        for (const text of allTexts(message)) expect(placeholders(text), `${lang} ${key}`).toEqual(english);
        if (typeof message !== 'string') expect(message, `${lang} ${key}`).toHaveProperty('other');
      }
    });
  }

  it('falls back to English key by key', () => {
    const partial = new Localizer({ meta: { ...pl.meta }, messages: { 'finder.title': 'Znajdź wsparcie' } });
    expect(partial.t('finder.title')).toBe('Znajdź wsparcie');
    expect(partial.t('step.next')).toBe('Next');
  });

  it('chooses plural forms by the language’s own rules', () => {
    const polish = new Localizer(pl);
    expect(polish.t('results.count', { count: 1 })).not.toBe(polish.t('results.count', { count: 5 }));
    expect(polish.t('results.count', { count: 2 })).not.toBe(polish.t('results.count', { count: 5 }));
    const english = new Localizer({
      meta: { lang: 'en', name: 'English', dir: 'ltr', review: 'source' },
      messages: en,
    });
    expect(english.t('results.count', { count: 1 })).toBe('1 service found');
    expect(english.t('results.count', { count: 3 })).toBe('3 services found');
    expect(english.date('2026-11-02')).toBe('2 November 2026');
  });

  it('negotiates the best available language', () => {
    expect(negotiateLocale(['pl-PL', 'en'])).toBe('pl');
    expect(negotiateLocale([undefined, 'fr', 'gd'])).toBe('gd');
    expect(negotiateLocale(['fr'])).toBe('en');
  });
});
