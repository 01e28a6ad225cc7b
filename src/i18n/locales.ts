import type { Messages } from './en.ts';
import type { FormatTables } from './formats.ts';

/** What a locale module holds: its messages and, where browsers lack the data, its own formats. */
export interface LocaleModule {
  messages: Messages;
  /** Month, weekday, list and language-name tables for languages `Intl` has no data for. */
  formats?: FormatTables;
}

/**
 * One UI language. `review` is `source` for English; `draft` for a translation no native speaker
 * has checked yet. Only a human reviewer may change a locale to `reviewed`, saying who and when in
 * `produced` ("… reviewed by A. Name on 2027-01-15"); a test holds a reviewed locale to that.
 */
export interface LocaleEntry {
  /** The `lang` value the finder uses and writes on its root (BCP 47). */
  readonly lang: string;
  /** The language's own name for itself, for the language menu. */
  readonly name: string;
  readonly dir: 'ltr' | 'rtl';
  readonly review: 'source' | 'draft' | 'reviewed';
  /** "Draft" in the language itself, shown beside its name in the menu (empty for the source). */
  readonly status: string;
  /** How the catalog was made, for the people who review and publish it. */
  readonly produced: string;
  /** Other tags a browser or page may send for this language, lower case (`zh-cn`, `pa-guru`). */
  readonly aliases?: readonly string[];
  /** Fetches a translation's file; English has none, being built in (`ENGLISH` in localize.ts). */
  readonly load?: () => Promise<LocaleModule>;
}

/** What every translation is until a native speaker has checked it; a reviewed one says so after. */
const DRAFT = {
  dir: 'ltr',
  review: 'draft',
  produced: 'machine-assisted draft by the development team, 2026-11; not yet checked by a native speaker',
} as const;

/**
 * Every UI language, in menu order: the one home for codes, names, direction and review status.
 * Each catalog is its own module so a page pays only for the language it shows.
 */
export const LOCALES = [
  {
    lang: 'en',
    name: 'English',
    dir: 'ltr',
    review: 'source',
    status: '',
    produced: 'written by the development team',
  },
  {
    ...DRAFT,
    lang: 'gd',
    name: 'Gàidhlig',
    status: 'dreachd',
    load: () => import('./gd.ts'),
  },
  {
    ...DRAFT,
    lang: 'cy',
    name: 'Cymraeg',
    status: 'drafft',
    load: () => import('./cy.ts'),
  },
  {
    ...DRAFT,
    lang: 'pl',
    name: 'Polski',
    status: 'wersja robocza',
    load: () => import('./pl.ts'),
  },
  {
    ...DRAFT,
    lang: 'uk',
    name: 'Українська',
    status: 'чернетка',
    load: () => import('./uk.ts'),
  },
  {
    ...DRAFT,
    lang: 'ro',
    name: 'Română',
    status: 'ciornă',
    aliases: ['mo'],
    load: () => import('./ro.ts'),
  },
  {
    ...DRAFT,
    lang: 'ar',
    name: 'العربية',
    dir: 'rtl',
    status: 'مسودة',
    load: () => import('./ar.ts'),
  },
  {
    ...DRAFT,
    lang: 'ur',
    name: 'اردو',
    dir: 'rtl',
    status: 'مسودہ',
    load: () => import('./ur.ts'),
  },
  {
    ...DRAFT,
    // Gurmukhi only: a reader of Shahmukhi (`pa-Arab`, right to left) is not sent here.
    lang: 'pa',
    name: 'ਪੰਜਾਬੀ',
    status: 'ਖਰੜਾ',
    aliases: ['pa-guru', 'pa-in'],
    load: () => import('./pa.ts'),
  },
  {
    ...DRAFT,
    lang: 'zh-Hans',
    name: '简体中文',
    status: '草稿',
    // Simplified script for every Chinese tag: closer for a Traditional reader than English is.
    aliases: ['zh', 'zh-cn', 'zh-sg', 'zh-hans-cn', 'zh-tw', 'zh-hk', 'zh-hant'],
    load: () => import('./zh-Hans.ts'),
  },
] as const satisfies readonly LocaleEntry[];

const byTag = new Map<string, LocaleEntry>();
for (const entry of LOCALES as readonly LocaleEntry[]) {
  byTag.set(entry.lang.toLowerCase(), entry);
  for (const alias of entry.aliases ?? []) byTag.set(alias, entry);
}

/** The locale for a tag: exact or alias, then the base language (`pl-PL` → `pl`). */
export function findLocale(tag: string): LocaleEntry | undefined {
  const lower = tag.toLowerCase();
  const exact = byTag.get(lower);
  if (exact) return exact;
  const [base, script] = lower.split('-');
  // Punjabi in Shahmukhi must not get the Gurmukhi catalog.
  if (base === 'pa' && script === 'arab') return undefined;
  return base ? byTag.get(base) : undefined;
}
