import { messages as en, meta as enMeta, type Message, type MessageKey, type Messages } from './en.ts';

export interface CatalogMeta {
  lang: string;
  /** The language's own name for itself, for the language menu. */
  name: string;
  dir: 'ltr' | 'rtl';
  /**
   * `source` for English; `draft` for a translation no native speaker has checked yet. Only a
   * human reviewer may change a catalog to `reviewed`.
   */
  review: 'source' | 'draft' | 'reviewed';
}

export interface Catalog {
  meta: CatalogMeta;
  messages: Messages;
}

/** Locales are separate modules so a page pays only for the language it shows. */
const english = (): Promise<Catalog> => Promise.resolve({ meta: enMeta, messages: en });
const LOADERS: Record<string, () => Promise<Catalog>> = {
  en: english,
  gd: () => import('./gd.ts'),
  pl: () => import('./pl.ts'),
  uk: () => import('./uk.ts'),
  ar: () => import('./ar.ts'),
};

/** Names for the language menu, kept here so the menu does not need every catalog loaded. */
export const LOCALES: readonly { lang: string; name: string }[] = [
  { lang: 'en', name: 'English' },
  { lang: 'gd', name: 'Gàidhlig' },
  { lang: 'pl', name: 'Polski' },
  { lang: 'uk', name: 'Українська' },
  { lang: 'ar', name: 'العربية' },
];

export const SUPPORTED_LOCALES = LOCALES.map((l) => l.lang);

/** The first of the wanted tags (exact, then base language) that has a catalog. */
export function negotiateLocale(wanted: readonly (string | null | undefined)[]): string {
  for (const tag of wanted) {
    if (!tag) continue;
    const lower = tag.toLowerCase();
    if (LOADERS[lower]) return lower;
    const base = lower.split('-')[0];
    if (base && LOADERS[base]) return base;
  }
  return 'en';
}

export async function loadCatalog(lang: string): Promise<Catalog> {
  const loader = LOADERS[lang] ?? english;
  return loader();
}

export type Params = Record<string, string | number>;

function fill(template: string, params: Params | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * A translator bound to one catalog, falling back to English key by key so a partial draft
 * translation never shows a raw key.
 */
export class Localizer {
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  readonly review: CatalogMeta['review'];
  readonly #messages: Messages;
  readonly #plurals: Intl.PluralRules;
  readonly #dates: Intl.DateTimeFormat;
  readonly #list: Intl.ListFormat;
  #strings: Partial<Record<MessageKey, string>>;

  constructor(catalog: Catalog, overrides: Partial<Record<MessageKey, string>> = {}) {
    this.lang = catalog.meta.lang;
    this.dir = catalog.meta.dir;
    this.review = catalog.meta.review;
    this.#messages = catalog.messages;
    // Plain `en` formats dates the American way; this is a UK service.
    const formatLocale = this.lang === 'en' ? 'en-GB' : this.lang;
    this.#plurals = new Intl.PluralRules(this.lang);
    this.#dates = new Intl.DateTimeFormat(formatLocale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    this.#list = new Intl.ListFormat(this.lang, { style: 'long', type: 'conjunction' });
    this.#strings = overrides;
  }

  #resolve(key: MessageKey, count: number | undefined): string {
    const override = this.#strings[key];
    if (override) return override;
    const message: Message = this.#messages[key] ?? en[key];
    if (typeof message === 'string') return message;
    const rule = count === undefined ? 'other' : this.#plurals.select(count);
    return message[rule] ?? message.other;
  }

  /** Whether a key exists, for labels built from feed values (`referral.gp`). */
  has(key: string): key is MessageKey {
    return key in en;
  }

  t(key: MessageKey, params?: Params): string {
    const count = typeof params?.['count'] === 'number' ? params['count'] : undefined;
    return fill(this.#resolve(key, count), params);
  }

  /** A calendar date from the feed (`2026-11-02`), shown without shifting across time zones. */
  date(iso: string): string {
    const parsed = new Date(`${iso}T00:00:00Z`);
    return Number.isNaN(parsed.getTime()) ? iso : this.#dates.format(parsed);
  }

  list(items: readonly string[]): string {
    return this.#list.format(items);
  }

  /** Language names in the reader's language, e.g. "Polish" or "polski". */
  languageName(tag: string): string {
    if (tag === 'bfi') return this.t('lang.bfi');
    try {
      return new Intl.DisplayNames([this.lang], { type: 'language' }).of(tag) ?? tag;
    } catch {
      return tag;
    }
  }
}

export type { MessageKey };
