/**
 * Shared clean-up rules for values coming from spreadsheets and directory systems. Real
 * directories carry invisible characters, placeholders and half-typed addresses; each rule here
 * either returns a value the feed accepts or says, in plain words, why the value was left out.
 */

/** Zero-width spaces and joiners, word joiner, byte-order mark and soft hyphen: never visible, often pasted. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/** The result of cleaning one value: the value to use, or a reason it was not used. */
export interface Cleaned<T> {
  value?: T;
  /** Why the value was changed or left out, for the import report. */
  note?: string;
}

/** True for undefined, null, and strings that are empty once invisible characters and spaces go. */
export function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return cleanLine(value) === '';
  return false;
}

/** One line of text: no invisible characters, non-breaking spaces made plain, runs of spaces squeezed. */
export function cleanLine(value: string): string {
  return value
    .replace(INVISIBLE, '')
    .replace(/[\u00A0\s]+/g, ' ')
    .trim();
}

/**
 * Text with line breaks kept (paragraphs and "• " list items): each line cleaned, at most one
 * blank line between paragraphs. Returns undefined for text that is empty.
 */
export function cleanText(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const lines = String(value)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      line
        .replace(INVISIBLE, '')
        .replace(/[^\S\n]+/g, ' ')
        .trim(),
    );
  const text = lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text === '' ? undefined : text;
}

/** Host names that are documentation placeholders, never a real service's address. */
const PLACEHOLDER_HOST = /(^|\.)(example\.(com|org|net)|[^.]+\.invalid|invalid|localhost|test)$/i;

function isPlaceholderHost(host: string): boolean {
  return PLACEHOLDER_HOST.test(host) || /(^|\.)(noemail|no-email|none|nowhere)\./i.test(host);
}

/**
 * A web address the finder can link to. Adds the missing `https://` to `www.…` addresses and
 * mends `http:www.…`; leaves out placeholders on example.com and anything that is not a web page.
 */
export function cleanWeb(raw: unknown): Cleaned<string> {
  if (typeof raw !== 'string' || isBlank(raw)) return {};
  let text = cleanLine(raw).replace(/\s+/g, '');
  let note: string | undefined;
  const mended = text.replace(/^(https?):\/*(?=[^/])/i, (_m, scheme: string) => `${scheme.toLowerCase()}://`);
  if (mended !== text) {
    if (!/^https?:\/\//i.test(text)) note = `web address "${cleanLine(raw)}" was mended to "${mended}"`;
    text = mended;
  }
  if (!/^[a-z][a-z0-9+.-]*:/i.test(text)) {
    if (!/^[\w-]+(\.[\w-]+)+/.test(text)) return { note: `web address "${cleanLine(raw)}" is not a web address` };
    note = `web address "${cleanLine(raw)}" had no https:// at the start; it was added`;
    text = `https://${text}`;
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { note: `web address "${cleanLine(raw)}" is not a web address` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { note: `web address "${cleanLine(raw)}" is not a web page (it starts with ${url.protocol})` };
  }
  if (!url.hostname.includes('.') || isPlaceholderHost(url.hostname)) {
    return { note: `web address "${cleanLine(raw)}" is a placeholder, not a real address` };
  }
  return note ? { value: url.href, note } : { value: url.href };
}

/** Close to what zod's email check accepts: one @, a dotted domain, no spaces. */
const EMAIL = /^(?!\.)(?!.*\.\.)[A-Za-z0-9_'+\-.]*[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

/** An email address, without the trailing dots and invisible characters copied in by accident. */
export function cleanEmail(raw: unknown): Cleaned<string> {
  if (typeof raw !== 'string' || isBlank(raw)) return {};
  const original = cleanLine(raw);
  const text = original
    .replace(/\s+/g, '')
    .replace(/^mailto:/i, '')
    .replace(/[.,;]+$/, '');
  const domain = text.split('@')[1] ?? '';
  if (isPlaceholderHost(domain) || /^no-?e?mail@/i.test(text)) {
    return { note: `email "${original}" is a placeholder, not a real address` };
  }
  if (!EMAIL.test(text)) return { note: `email "${original}" is not a valid email address` };
  return text === raw
    ? { value: text }
    : { value: text, note: `email "${text}" was tidied (spaces, hidden characters or a trailing dot removed)` };
}

/** A phone number and any words that came with it, e.g. "Youth line: 0117 496 0000". */
export interface Phone {
  number: string;
  label?: string;
}

/**
 * Splits a label off a phone number ("Youth line: 0117 496 0000" → "Youth line", "0117 496 0000").
 * Returns a note when what is left cannot be dialled.
 */
export function cleanPhone(raw: unknown): Cleaned<Phone> {
  if ((typeof raw !== 'string' && typeof raw !== 'number') || isBlank(raw)) return {};
  const text = cleanLine(String(raw));
  const match = /^(.*?[A-Za-z][^\d+]*?)[\s:–—-]*(\+?\(?\d[\d\s().-]{2,})$/.exec(text);
  const label = match?.[1]?.replace(/[\s:–—-]+$/, '').trim();
  const number = (match?.[2] ?? text).trim();
  if (!isDialable(number)) return { note: `phone "${text}" cannot be dialled` };
  const value: Phone = label ? { number, label } : { number };
  return label ? { value, note: `phone "${text}": the words "${label}" were taken out of the number` } : { value };
}

/**
 * Whether a phone number can be dialled: only digits, spaces, brackets, dots and dashes, an
 * optional leading +, and between 3 (111) and 15 digits (the international maximum).
 */
export function isDialable(number: string): boolean {
  const trimmed = number.trim();
  if (!/^\+?[\d\s().-]+$/.test(trimmed)) return false;
  const digits = trimmed.replace(/\D/g, '').length;
  return digits >= 3 && digits <= 15;
}

/** A feed id from any source id: lower case letters, digits and dashes, at most 64 characters. */
export function slugId(raw: unknown): string | undefined {
  if (typeof raw !== 'string' && typeof raw !== 'number') return undefined;
  const slug = cleanLine(String(raw))
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  return slug === '' ? undefined : slug;
}

/** Gives out ids that are not yet taken, adding -2, -3… when a source reuses one. */
export class IdRegistry {
  private readonly taken = new Set<string>();

  /** The id to use, and whether it had to be changed because another service already had it. */
  claim(wanted: string): { id: string; changed: boolean } {
    let id = wanted;
    for (let n = 2; this.taken.has(id); n++) id = `${wanted.slice(0, 60)}-${n}`;
    this.taken.add(id);
    return { id, changed: id !== wanted };
  }
}

/**
 * A calendar date (YYYY-MM-DD) from the ways directories write dates and times: ISO with or
 * without a time zone, "15/03/2023" (UK order) and the like. Only the day matters to the feed.
 */
export function toIsoDate(raw: unknown): string | undefined {
  if (typeof raw !== 'string' || isBlank(raw)) return undefined;
  const text = cleanLine(raw);
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  const uk = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})/.exec(text);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (uk) [y, m, d] = [Number(uk[3]), Number(uk[2]), Number(uk[1])];
  else return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

/** A whole number of years from a cell or field; -1, blanks and nonsense mean "not set". */
export function toAge(raw: unknown): number | undefined {
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && !isBlank(raw) ? Number(cleanLine(raw)) : NaN;
  if (!Number.isFinite(n) || n < 0 || n > 120) return undefined;
  return Math.round(n);
}

/** Today's date in UTC as YYYY-MM-DD. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Days between two YYYY-MM-DD dates (later minus earlier). */
export function daysBetween(earlier: string, later: string): number {
  return Math.round((Date.parse(later) - Date.parse(earlier)) / 86_400_000);
}
