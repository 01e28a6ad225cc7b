import { memoByKey } from '../match/memo.ts';
import { messages as first, type Message, type MessageKey, type Messages } from './en.ts';
import type { messages as later } from './en-later.ts';
import { languageKey, tableDate, tableList, type FormatTables, type ListPart, type ListType } from './formats.ts';
import { findLocale, LOCALES as REGISTRY, type LocaleEntry } from './locales.ts';
import type { Day } from '../feed/schema.ts';
import { DAYS } from '../feed/vocabulary.ts';

/** What the Localizer needs to know about its language; taken from the registry in `locales.ts`. */
export type CatalogMeta = Pick<LocaleEntry, 'lang' | 'name' | 'dir' | 'review'>;

export interface Catalog {
  meta: CatalogMeta;
  messages: Messages;
  formats?: FormatTables | undefined;
}

const [ENGLISH_ENTRY] = REGISTRY;

/**
 * English as far as this page has it: the first part (en.ts) from the start, the later part
 * (en-later.ts) from when the file of the screens that use it arrives. Until then it lacks the
 * later keys, which nothing on show asks for (test/unit/first-words.test.ts).
 */
const english = { ...first } as Messages;

/** The built-in English catalog, always available without a network request. */
export const ENGLISH: Catalog = { meta: ENGLISH_ENTRY, messages: english };

/**
 * Adds the English words of the later screens. Called by the part that brings those screens,
 * before it is used. Translations need nothing: each is one file, keyed by message.
 */
export function addLaterEnglish(words: typeof later): void {
  Object.assign(english, words);
}

/** The first of the wanted tags (exact, alias, then base language) that has a catalog. */
export function negotiateLocale(wanted: readonly (string | null | undefined)[]): string {
  for (const tag of wanted) {
    if (!tag) continue;
    const entry = findLocale(tag);
    if (entry) return entry.lang;
  }
  return 'en';
}

export async function loadCatalog(lang: string): Promise<Catalog> {
  const entry = findLocale(lang);
  // One English catalog, so the later words reach every Localizer that uses it.
  if (!entry?.load) return ENGLISH;
  const { messages, formats } = await entry.load();
  return { meta: entry, messages, formats };
}

export type Params = Record<string, string | number>;

/** Phone numbers, short codes, times and ranges: always drawn left to right. */
const DIGITS = /^[\d\s+().,:/–-]+$/u;
const ARABIC_LETTER_END = /\p{Script=Arabic}$/u;
const ARABIC_START = /^\p{Script=Arabic}/u;
// Unicode isolates, for plain-text places (labels, copied text) where no <bdi> can go.
const LRI = '\u2066';
const FSI = '\u2068';
const PDI = '\u2069';

/** A message's text between placeholders, and each placeholder ("{count}") by name. */
type Piece = string | { name: string; raw: string };

/** A message split at its placeholders, once per message text: cards ask for the same few often. */
const pieces = memoByKey((template: string): readonly Piece[] => {
  const found: Piece[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    if (match.index > last) found.push(template.slice(last, match.index));
    found.push({ name: match[1] ?? '', raw: match[0] });
    last = match.index + match[0].length;
  }
  if (last < template.length) found.push(template.slice(last));
  return found;
}, 4096);

/**
 * A translator bound to one catalog. Formats numbers, dates, weekdays, lists and language names
 * in the catalog's language, from `Intl` or, where browsers lack the data, the catalog's tables.
 */
export class Localizer {
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  readonly review: CatalogMeta['review'];
  readonly #messages: Messages;
  readonly #formats: FormatTables | undefined;
  readonly #plurals: Intl.PluralRules;
  readonly #numbers: Intl.NumberFormat;
  readonly #dates: Intl.DateTimeFormat;
  readonly #lists: Record<ListType, Intl.ListFormat>;
  #strings: Partial<Record<MessageKey, string>>;
  // Day and language names are asked for on every card of every render; building an Intl
  // formatter costs far more than formatting, so each name is made once per Localizer.
  readonly #weekdays = memoByKey((width: 'long' | 'short') => {
    const format = new Intl.DateTimeFormat(this.lang, { weekday: width, timeZone: 'UTC' });
    // 2024-01-01 was a Monday.
    return DAYS.map((_, i) => format.format(new Date(Date.UTC(2024, 0, 1 + i))));
  }, 2);
  #displayNames: Intl.DisplayNames | undefined;
  readonly #languageNames = memoByKey((tag) => {
    try {
      return (this.#displayNames ??= new Intl.DisplayNames([this.lang], { type: 'language' })).of(tag) ?? tag;
    } catch {
      return tag;
    }
  }, 1024);
  /**
   * Dates as shown, by feed date: every card shows one, drawn again at each key typed in search.
   * A feed has a few hundred dates at most; the bound is for the unexpected one.
   */
  readonly #shownDates = memoByKey((iso) => {
    const parsed = new Date(`${iso}T00:00:00Z`);
    if (Number.isNaN(parsed.getTime())) return iso;
    if (!this.#formats) return this.#dates.format(parsed);
    return tableDate(this.#formats, parsed.getUTCFullYear(), parsed.getUTCMonth(), parsed.getUTCDate());
  }, 4096);

  constructor(catalog: Catalog, overrides: Partial<Record<MessageKey, string>> = {}) {
    this.lang = catalog.meta.lang;
    this.dir = catalog.meta.dir;
    this.review = catalog.meta.review;
    this.#messages = catalog.messages;
    this.#formats = catalog.formats;
    // Plain `en` formats dates the American way; this is a UK service.
    const formatLocale = this.lang === 'en' ? 'en-GB' : this.lang;
    this.#plurals = new Intl.PluralRules(this.lang);
    this.#numbers = new Intl.NumberFormat(formatLocale);
    this.#dates = new Intl.DateTimeFormat(formatLocale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    this.#lists = {
      conjunction: new Intl.ListFormat(formatLocale, { style: 'long', type: 'conjunction' }),
      disjunction: new Intl.ListFormat(formatLocale, { style: 'long', type: 'disjunction' }),
    };
    this.#strings = overrides;
  }

  #resolve(key: MessageKey, count: number | undefined): string {
    const override = this.#strings[key];
    if (override) return override;
    // English only if a catalog lacks the key; the catalog test fails long before a reader sees it.
    const message: Message | undefined =
      (this.#messages as Partial<Messages>)[key] ?? (english as Partial<Messages>)[key];
    // Not reached: screens that use later words show only once they are here. Should it ever
    // happen, a blank beats a thrown error that would take urgent help down with the screen.
    if (message === undefined) return '';
    if (typeof message === 'string') return message;
    const rule = count === undefined ? 'other' : this.#plurals.select(count);
    return message[rule] ?? message.other;
  }

  /** Whether a key exists, for labels built from feed values (`referral.gp`). */
  has(key: string): key is MessageKey {
    return key in english;
  }

  /** A number in the reader's language ("1 234,5" in Ukrainian). */
  number(n: number): string {
    return this.#numbers.format(n);
  }

  /**
   * The message as text. In a right-to-left language each inserted value is wrapped in Unicode
   * isolates, so a phone number or an English name keeps its own order in labels and copied text.
   */
  t(key: MessageKey, params?: Params): string {
    return this.parts(key, params, (value) => this.#isolate(value)).join('');
  }

  /**
   * The message split at its placeholders, each value passed through `wrap`, so the UI can put
   * every inserted value in its own `<bdi>` element. Numbers are formatted first.
   */
  parts<T, U>(
    key: MessageKey,
    params: Readonly<Record<string, T | string | number>> | undefined,
    wrap: (value: T | string, name: string) => U,
  ): (string | U)[] {
    const count = typeof params?.['count'] === 'number' ? params['count'] : undefined;
    const out: (string | U)[] = [];
    // A placeholder with no value stays as it is written, in the text around it.
    let text = '';
    for (const piece of pieces(this.#resolve(key, count))) {
      if (typeof piece === 'string' || !params || !(piece.name in params)) {
        text += typeof piece === 'string' ? piece : piece.raw;
        continue;
      }
      if (text) out.push(text);
      text = '';
      const value = params[piece.name] as T | string | number;
      out.push(wrap(typeof value === 'number' ? this.number(value) : value, piece.name));
    }
    if (text) out.push(text);
    return out;
  }

  #isolate(value: unknown): string {
    const text = String(value);
    if (this.dir !== 'rtl') return text;
    return `${DIGITS.test(text) ? LRI : FSI}${text}${PDI}`;
  }

  /** A calendar date from the feed (`2026-11-02`), shown without shifting across time zones. */
  date(iso: string): string {
    return this.#shownDates(iso);
  }

  /** A day name in the reader's language. */
  weekday(day: Day, width: 'long' | 'short' = 'long'): string {
    const index = DAYS.indexOf(day);
    if (this.#formats) return (width === 'long' ? this.#formats.weekdays : this.#formats.weekdaysShort)[index] ?? day;
    return this.#weekdays(width)[index] ?? day;
  }

  /**
   * A list as parts ("A", ", ", "B", " and ", "C"). Arabic writes "و" joined to the next word; an
   * English item after it gets a space, so it does not read "وSchool".
   */
  listParts(items: readonly string[], type: ListType = 'conjunction'): ListPart[] {
    let parts: ListPart[];
    if (this.#formats) {
      parts = tableList(this.#formats, items, type);
    } else {
      let index = 0;
      parts = this.#lists[type]
        .formatToParts(items)
        .map((p) =>
          p.type === 'element'
            ? { type: 'element', value: p.value, index: index++ }
            : { type: 'literal', value: p.value },
        );
    }
    return parts.map((part, i) => {
      const next = parts[i + 1];
      return part.type === 'literal' && next && ARABIC_LETTER_END.test(part.value) && !ARABIC_START.test(next.value)
        ? { type: 'literal', value: `${part.value} ` }
        : part;
    });
  }

  /** A list as text ("A, B and C"), with each item isolated in right-to-left languages. */
  list(items: readonly string[], type: ListType = 'conjunction'): string {
    return this.listParts(items, type)
      .map((p) => (p.type === 'element' ? this.#isolate(p.value) : p.value))
      .join('');
  }

  /** Language names in the reader's language, e.g. "Polish" or "polski". */
  languageName(tag: string): string {
    if (tag === 'bfi') return this.t('lang.bfi');
    const own = languageKey(tag)
      .map((key) => this.#formats?.languages[key])
      .find(Boolean);
    return own ?? this.#languageNames(tag);
  }
}

export type { MessageKey };
