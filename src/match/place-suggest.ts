import type { Area } from '../feed/schema.ts';

/** One suggestion for the "where" box: an area, and the postcode start it was found by, if any. */
export interface PlaceSuggestion {
  area: Area;
  /** Set when the words typed are the start of a postcode rather than of a name. */
  postcode?: string;
}

/** Case, accents and spacing do not matter: "glen more", "Glenmore" and "GLENMÒR" are alike. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Every name an area has, in any language: a Gaelic speaker can type the Gaelic name in an English finder. */
function names(area: Area): string[] {
  return typeof area.name === 'string' ? [area.name] : Object.values(area.name);
}

/** 0 when a name starts with the words, 1 when a later word does, undefined when none does. */
function nameRank(area: Area, words: string): number | undefined {
  let best: number | undefined;
  for (const name of names(area).map(fold)) {
    if (name.startsWith(words)) return 0;
    if (` ${name}`.includes(` ${words}`)) best = 1;
  }
  return best;
}

/** A postcode start ("GM", "gm1", "GM1 2AB") as the feed's prefixes are written: capitals, no spaces. */
function compactPostcode(text: string): string | undefined {
  const compact = text.toUpperCase().replace(/\s+/g, '');
  return /^[A-Z]{1,2}[0-9][A-Z0-9]*$|^[A-Z]{1,2}$/.test(compact) ? compact : undefined;
}

/**
 * The areas the words typed so far could mean, best first: names that start with them, names with
 * a later word that does ("north" finds "Glenmore North"), then areas with a postcode prefix that
 * starts with them, or that a longer postcode starts with. Runs on the device; nothing is sent.
 */
export function placeSuggestions(areas: readonly Area[], typed: string, max = 8): PlaceSuggestion[] {
  const words = fold(typed);
  if (!words) return [];
  const postcode = compactPostcode(typed);
  const ranked: { suggestion: PlaceSuggestion; rank: number; order: number }[] = [];
  areas.forEach((area, order) => {
    const byName = nameRank(area, words);
    if (byName !== undefined) {
      ranked.push({ suggestion: { area }, rank: byName, order });
      return;
    }
    const prefix =
      postcode === undefined
        ? undefined
        : area.postcodePrefixes.find((p) => {
            const own = p.toUpperCase().replace(/\s+/g, '');
            return own.startsWith(postcode) || postcode.startsWith(own);
          });
    if (prefix !== undefined) ranked.push({ suggestion: { area, postcode: prefix }, rank: 2, order });
  });
  return ranked
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .slice(0, max)
    .map((r) => r.suggestion);
}

/** The area whose name, in any language, is exactly the words typed (case and accents aside). */
export function areaNamed(areas: readonly Area[], typed: string): Area | undefined {
  const words = fold(typed);
  return words ? areas.find((area) => names(area).some((name) => fold(name) === words)) : undefined;
}
