import { memoByKey } from '../match/memo.ts';

/**
 * Every link the finder shows goes through here. Feed text is data from another party: only the
 * schemes a person needs to get in touch are allowed, so a `javascript:` or `data:` URL in a feed
 * can never become a live link.
 */
const ALLOWED = new Set(['https:', 'http:', 'tel:', 'sms:', 'mailto:']);

export function safeHref(candidate: string | undefined): string | undefined {
  return candidate ? safeHrefs(candidate) : undefined;
}

function checkedHref(candidate: string): string | undefined {
  try {
    const url = new URL(candidate.trim());
    return ALLOWED.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Parsing a URL is among the dearest parts of drawing a card, and a card is drawn again at each
 * key typed in search; so answers are kept, up to a bound a large feed's shown links stay under.
 */
const REMEMBERED = 2048;
const safeHrefs = memoByKey(checkedHref, REMEMBERED);

/** Arabic-Indic and Extended (Persian, Urdu) digits, as a feed in those languages may write them. */
const EASTERN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;

/**
 * The number as a phone dials it: digits and a leading + only, so "0800 1111" and
 * "(0131) 496-0000" both work. Written forms that would dial the wrong number are handled:
 * the national trunk "(0)" after a country code ("+44 (0) 131 …" dials +44131…, not +440131…),
 * a leading 0 after +44 (never dialled from abroad), "00" for "+", an extension ("ext 12"),
 * which a tel: link cannot dial reliably, is left off, and only the first of several numbers
 * ("0131 … or 0131 …") is used. Full-width and Arabic-Indic digits are read as digits.
 */
export function dialable(number: string): string {
  let text = number.normalize('NFKC').replace(EASTERN_DIGITS, (d) => String((d.charCodeAt(0) - 0x0660) % 0x90));
  text = (text.split(/[,;/]|\bor\b/i)[0] ?? '').replace(/\s*(?:ext\.?|extension|x)\s*\d+\s*$/i, '').trim();
  const international = text.startsWith('+') || /^00\s*[1-9]/.test(text);
  let digits = (international ? text.replace(/\(\s*0\s*\)/g, '') : text).replace(/\D/g, '');
  if (!international) return digits;
  if (!text.startsWith('+')) digits = digits.slice(2);
  if (digits.startsWith('440')) digits = `44${digits.slice(3)}`;
  return `+${digits}`;
}

export function telHref(number: string | undefined): string | undefined {
  if (!number) return undefined;
  const digits = dialable(number);
  return digits.length >= 3 ? `tel:${digits}` : undefined;
}

export function smsHref(number: string | undefined, body?: string): string | undefined {
  if (!number) return undefined;
  const digits = dialable(number);
  if (digits.length < 3) return undefined;
  return body ? `sms:${digits}?&body=${encodeURIComponent(body)}` : `sms:${digits}`;
}

export function mailtoHref(address: string | undefined): string | undefined {
  if (!address || /[\s<>"]/.test(address) || !address.includes('@')) return undefined;
  return `mailto:${address}`;
}

/** The host name alone, to show next to a web link so people see where it goes. */
export const displayHost = memoByKey((href: string): string => {
  try {
    return new URL(href).host.replace(/^www\./, '');
  } catch {
    return href;
  }
}, REMEMBERED);
