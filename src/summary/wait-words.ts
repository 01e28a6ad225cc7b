import type { Service } from '../feed/schema.ts';
import type { Localizer } from '../i18n/localize.ts';
import { memoByKey } from '../match/memo.ts';
import { knownWait, type KnownWait } from '../match/wait.ts';

/** What a wait is worded against: today, and how old a wait may be before it may be out of date. */
export interface WaitClock {
  today: Date;
  reviewPeriodDays: number;
}

function sizeWords(l: Localizer, wait: KnownWait): string {
  const { size } = wait;
  return size.unit === 'sameDay' ? l.t('wait.sameDay') : l.t(`wait.${size.unit}`, { count: size.count });
}

/** By locale and whether the year is shown: the month alone, and the full date the Localizer would write with Intl. */
const formatsFor = memoByKey((key: string) => {
  const [locale, withYear] = key.split('|') as [string, string];
  return {
    month: new Intl.DateTimeFormat(locale, {
      month: 'long',
      ...(withYear === 'year' ? { year: 'numeric' } : {}),
      timeZone: 'UTC',
    }),
    full: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  };
}, 32);

/**
 * The month a wait was updated in, with its year when that is not this year ("March",
 * "November 2025"), in the reader's language. Where the browser has no calendar words for the
 * language (it formats dates from the catalog's own tables, as for Gaelic and Welsh), the full
 * date as every card shows it instead: a correct date beats an English month.
 */
export function updatedMonth(l: Localizer, iso: string, today: Date): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  const sameYear = date.getUTCFullYear() === today.getUTCFullYear();
  const { month, full } = formatsFor(`${l.lang === 'en' ? 'en-GB' : l.lang}|${sameYear ? '' : 'year'}`);
  // The Localizer writes dates with Intl exactly when Intl knows the language: then so may we.
  return l.date(iso) === full.format(date) ? month.format(date) : l.date(iso);
}

/**
 * The wait in plain words, with when it was said: "Usually a wait of about 6 weeks (updated
 * March)", or, once older than the review period, "… (updated March 2025, so it may be out of
 * date)". A wait read from the service's description says so. Undefined when nobody said.
 */
export function waitWords(l: Localizer, service: Service, clock: WaitClock): string | undefined {
  const wait = knownWait(service, clock.today, clock.reviewPeriodDays);
  return wait && knownWaitWords(l, wait, clock.today);
}

/** `waitWords` for a wait already known to be stated. */
export function knownWaitWords(l: Localizer, wait: KnownWait, today: Date): string {
  const line = l.t(wait.stale ? 'wait.stale' : 'wait.updated', {
    wait: sizeWords(l, wait),
    month: updatedMonth(l, wait.updated, today),
  });
  return wait.from === 'inferred' ? l.t('card.fromDescription', { what: line }) : line;
}

/** "Usually seen the same day", "Usually a wait of about 6 weeks": the size alone, or nothing when nobody said. */
export function waitSizeWords(l: Localizer, service: Service, clock: WaitClock): string {
  const wait = knownWait(service, clock.today, clock.reviewPeriodDays);
  return wait ? sizeWords(l, wait) : '';
}
