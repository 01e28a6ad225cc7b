import type { Lexicon } from './lexicon/types.ts';

type Loader = () => Promise<{ lexicon: Lexicon }>;

/**
 * One dynamic import a language, so a bundler makes one small file of each and a reader only
 * ever downloads their own language's words and English's.
 */
const LOADERS: Readonly<Record<string, Loader>> = {
  en: () => import('./lexicon/en.ts'),
  pl: () => import('./lexicon/pl.ts'),
  uk: () => import('./lexicon/uk.ts'),
  ar: () => import('./lexicon/ar.ts'),
  'zh-Hans': () => import('./lexicon/zh-Hans.ts'),
  gd: () => import('./lexicon/gd.ts'),
  cy: () => import('./lexicon/cy.ts'),
  ro: () => import('./lexicon/ro.ts'),
  ur: () => import('./lexicon/ur.ts'),
  pa: () => import('./lexicon/pa.ts'),
};

/** Languages with a search lexicon. */
export const LEXICON_LANGUAGES: readonly string[] = Object.keys(LOADERS);

/** The lexicon's key for a language tag: `zh`, `zh-CN` and `zh-Hans-SG` all read simplified Chinese. */
export function lexiconLanguage(tag: string): string | undefined {
  const lower = tag.toLowerCase();
  const base = lower.split('-')[0] ?? lower;
  if (base === 'zh') return /hant|tw|hk|mo/.test(lower) ? undefined : 'zh-Hans';
  return base in LOADERS ? base : undefined;
}

/**
 * The lexicons for a reader: their language's (when there is one) and English's, which is always
 * included because feeds and the people using them mix English in.
 */
export async function loadLexicons(tag: string): Promise<Lexicon[]> {
  const own = lexiconLanguage(tag);
  const langs = own && own !== 'en' ? [own, 'en'] : ['en'];
  const loaders = langs.flatMap((lang) => {
    const load = LOADERS[lang];
    return load ? [load()] : [];
  });
  return (await Promise.all(loaders)).map((module) => module.lexicon);
}
