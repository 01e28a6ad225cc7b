/**
 * Every link the finder shows goes through here. Feed text is data from another party: only the
 * schemes a person needs to get in touch are allowed, so a `javascript:` or `data:` URL in a feed
 * can never become a live link.
 */
const ALLOWED = new Set(['https:', 'http:', 'tel:', 'sms:', 'mailto:']);

export function safeHref(candidate: string | undefined): string | undefined {
  if (!candidate) return undefined;
  try {
    const url = new URL(candidate.trim());
    return ALLOWED.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Digits and a leading + only, so "0800 1111" and "(0131) 496-0000" both dial. */
export function dialable(number: string): string {
  const trimmed = number.trim();
  const digits = trimmed.replace(/[^\d]/g, '');
  return trimmed.startsWith('+') ? `+${digits}` : digits;
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
export function displayHost(href: string): string {
  try {
    return new URL(href).host.replace(/^www\./, '');
  } catch {
    return href;
  }
}
