import type { LocalisedText } from '../feed/schema.ts';

export interface PickedText {
  text: string;
  /** The language the text is really in, so the element can mark it when it differs from the UI's. */
  lang: string | undefined;
}

/** A language tag's base language, lower case (`pl-PL` → `pl`). */
export function primary(tag: string): string {
  return tag.toLowerCase().split('-')[0] ?? tag;
}

/**
 * Chooses the best translation: the exact tag, then the same base language, then each fallback
 * in turn, then whatever the feed has. Never returns nothing for a non-empty record.
 *
 * `wanted` is, by convention everywhere in the finder, the UI language, then the feed's default
 * language, then English: so a plain-string feed text is taken to be in `wanted[1]`, the language
 * the feed says its plain strings are written in.
 */
export function pickText(text: LocalisedText | undefined, wanted: readonly string[]): PickedText {
  if (text === undefined) return { text: '', lang: undefined };
  if (typeof text === 'string') return { text, lang: wanted[1] ?? wanted[0] };
  const entries = Object.entries(text);
  for (const tag of wanted) {
    const exact = entries.find(([k]) => k.toLowerCase() === tag.toLowerCase());
    if (exact) return { text: exact[1], lang: exact[0] };
    const base = entries.find(([k]) => primary(k) === primary(tag));
    if (base) return { text: base[1], lang: base[0] };
  }
  const [first] = entries;
  return first ? { text: first[1], lang: first[0] } : { text: '', lang: undefined };
}

/**
 * The `lang` attribute a piece of text needs: its own language when that differs from the UI's
 * (WCAG 3.1.2), otherwise none, so a screen reader switches voice only where the language does.
 */
export function langAttr(lang: string | undefined, uiLang: string): string | undefined {
  if (!lang) return undefined;
  return primary(lang) === primary(uiLang) ? undefined : lang;
}
