/**
 * Dates, weekdays, lists and language names from a locale's own small tables, for languages the
 * browser's `Intl` has no data for (Chromium has none for Gaelic or Welsh and only a stub for
 * Punjabi, so it would show "August 29, 2026", "Mon" and "and").
 */
export interface FormatTables {
  /** January first, in the form used inside a date ("29 dhen Lùnastal 2026" takes "dhen Lùnastal"). */
  months: readonly string[];
  /** Monday first. */
  weekdays: readonly string[];
  /** Monday first. */
  weekdaysShort: readonly string[];
  /** A calendar date, with `{day}`, `{month}` and `{year}`. */
  datePattern: string;
  /** The word that joins the last two items of a list: "agus". */
  and: string;
  /** The word for "or": "no". */
  or: string;
  /** Language names in this language, by tag (`en`, `pl`, `bfi`, …). */
  languages: Readonly<Record<string, string>>;
}

export type ListType = 'conjunction' | 'disjunction';

/** A list as its parts, so the UI can isolate each item in its own direction and language. */
export type ListPart = { type: 'element'; value: string; index: number } | { type: 'literal'; value: string };

export function tableDate(tables: FormatTables, year: number, monthIndex: number, day: number): string {
  return tables.datePattern
    .replace('{day}', String(day))
    .replace('{month}', tables.months[monthIndex] ?? '')
    .replace('{year}', String(year));
}

export function tableList(tables: FormatTables, items: readonly string[], type: ListType): ListPart[] {
  const word = type === 'conjunction' ? tables.and : tables.or;
  const parts: ListPart[] = [];
  items.forEach((value, index) => {
    if (index > 0) parts.push({ type: 'literal', value: index === items.length - 1 ? ` ${word} ` : ', ' });
    parts.push({ type: 'element', value, index });
  });
  return parts;
}

/** The base tag a language-name table is keyed by (`pa-Guru` → `pa`, but `zh-Hans` stays). */
export function languageKey(tag: string): string[] {
  const lower = tag.toLowerCase();
  const base = lower.split('-')[0] ?? lower;
  return lower === base ? [lower] : [lower, base];
}
