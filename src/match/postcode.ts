import type { Area } from '../feed/schema.ts';

function normalise(postcode: string): string {
  return postcode.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/**
 * Finds the area whose postcode prefix matches the start of a postcode, longest prefix first,
 * so `KY12` wins over `KY1` for "KY12 7AB". Runs on the device: the postcode is never sent.
 * A full postcode's outward code is checked whole, so "KY1 2AB" does not match a `KY12` prefix.
 */
export function areaForPostcode(areas: readonly Area[], postcode: string): Area | undefined {
  const raw = postcode.trim().toUpperCase();
  const outward = raw.includes(' ') ? normalise(raw.split(/\s+/)[0] ?? '') : undefined;
  const compact = normalise(raw);
  if (compact.length < 2) return undefined;
  let best: { area: Area; length: number } | undefined;
  for (const area of areas) {
    for (const prefix of area.postcodePrefixes) {
      const p = normalise(prefix);
      if (!p) continue;
      const fits = outward ? outward === p || (outward.startsWith(p) && /^[A-Z]+$/.test(p)) : compact.startsWith(p);
      if (fits && (!best || p.length > best.length)) best = { area, length: p.length };
    }
  }
  return best?.area;
}

/**
 * Words typed as a place's name rather than a postcode: a run of three letters, which no UK
 * postcode has ("EC1A 1BB", "GM1"). An unknown one is reported as a place, not a postcode.
 */
export function isPlaceName(typed: string): boolean {
  return /\p{L}{3}/u.test(typed);
}
