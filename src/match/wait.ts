import { provenanceOf } from '../feed/known.ts';
import type { Provenance, Service, Wait } from '../feed/schema.ts';
import { canSelfRefer, statedAreas } from '../feed/stated.ts';
import type { Answers } from './answers.ts';
import { GENERAL_TOPIC, HELPER_AUDIENCE } from './constants.ts';
import { inAgeRange, inArea } from './predicates.ts';

/**
 * Waiting times, as data the card, the summary and ranking share: how big a wait is in words a
 * person counts in (days, weeks or months), whether it may be out of date, how it moves a service
 * up or down for someone who needs help soon, and what can help while they wait. No wait in the
 * feed (or only a mapping's default) is unknown: never shown, ranked or counted as a fact.
 */

/** A wait at least this long is long: the card offers what can help in the meantime. */
export const LONG_WAIT_DAYS = 28;
/** At most this long is short: what can be offered in the meantime. */
export const SHORT_WAIT_DAYS = 7;
/** Below this many days a wait is said in days; below `MONTHS_FROM`, in weeks; else in months. */
const WEEKS_FROM = 14;
const MONTHS_FROM = 60;
const DAYS_A_MONTH = 365.25 / 12;

/** The unit a wait is said in, by its size: "6 weeks" rather than "42 days". */
export type WaitSize =
  | { unit: 'sameDay' }
  | { unit: 'days'; count: number }
  | { unit: 'weeks'; count: number }
  | { unit: 'months'; count: number };

export function waitSize(days: number): WaitSize {
  if (days <= 0) return { unit: 'sameDay' };
  if (days < WEEKS_FROM) return { unit: 'days', count: days };
  if (days < MONTHS_FROM) return { unit: 'weeks', count: Math.round(days / 7) };
  return { unit: 'months', count: Math.round(days / DAYS_A_MONTH) };
}

/** A wait the finder may show: the feed's, with where it came from and whether it is out of date. */
export interface KnownWait extends Wait {
  from: Provenance;
  size: WaitSize;
  /** Last updated longer ago than the partnership's review period. */
  stale: boolean;
}

/** The service's wait, or undefined when nobody said (a mapping's default is nobody). */
export function knownWait(
  service: Pick<Service, 'wait' | 'provenance'>,
  today: Date,
  reviewPeriodDays: number,
): KnownWait | undefined {
  const { wait } = service;
  const from = provenanceOf(service, 'wait');
  if (!wait || from === 'default') return undefined;
  // Dated the way a card's "last checked" is: by calendar day, so both go out of date together.
  const staleBefore = new Date(today.getTime() - reviewPeriodDays * 86_400_000).toISOString().slice(0, 10);
  return { ...wait, from, size: waitSize(wait.days), stale: wait.updated < staleBefore };
}

/** A wait's usual days when the feed states one; undefined when unknown. */
export function statedWaitDays(service: Pick<Service, 'wait' | 'provenance'>): number | undefined {
  return service.wait && provenanceOf(service, 'wait') !== 'default' ? service.wait.days : undefined;
}

/**
 * What a wait adds to a service's score when the person needs help now or soon: the sooner, the
 * more; a long wait takes a little away. Unknown is the middle, nought: neither rewarded nor
 * punished, since nobody said. Smaller than a chosen topic (10) and than self-referral (8), so it
 * orders services of equal fit and never buries one that helps with what was asked.
 */
export function soonerScore(days: number | undefined): number {
  if (days === undefined) return 0;
  if (days === 0) return 3;
  if (days <= SHORT_WAIT_DAYS) return 2;
  if (days < LONG_WAIT_DAYS) return 1;
  return days < 90 ? -1 : -2;
}

/** Whether the person said they need help now or in the next few days: sooner help ranks first. */
export function helpSoon(answers: Pick<Answers, 'urgentNow'>): boolean {
  return answers.urgentNow === true || answers.urgentNow === 'soon';
}

/** Whether a service is listed higher for being quick: said in its "why" line. */
export function isSooner(days: number | undefined): days is number {
  return days !== undefined && days <= SHORT_WAIT_DAYS;
}

/** Services shown "while you wait" beside one with a long wait, at most. */
const MEANTIME_LIMIT = 3;

/**
 * What can help while someone waits for a service with a long wait: services from the same feed
 * with a short stated wait (drop-ins, lines, self-help, groups), on the same topics (its specific
 * ones when it has any, not just general wellbeing), that the person can contact themselves, for
 * the same people (the young person, or the adult asking when the waiting service is the adult's
 * own support), their age and area (else the waiting service's), and open to everyone or to the
 * same groups. Same-day first, then the most topics shared. Empty for a service whose wait is
 * unknown or not long.
 */
export function whileYouWait(
  waiting: Service,
  services: readonly Service[],
  answers: Pick<Answers, 'age' | 'area' | 'seeker'>,
): Service[] {
  const days = statedWaitDays(waiting);
  if (days === undefined || days < LONG_WAIT_DAYS) return [];
  const specific = waiting.topics.filter((t) => t !== GENERAL_TOPIC);
  const topics = new Set(specific.length > 0 ? specific : waiting.topics);
  const { age, area, seeker } = answers;
  const helper = seeker ? HELPER_AUDIENCE[seeker] : undefined;
  // As in ranking, a service is the adult's own when it is for them and not for young people; a
  // friend's own support is young people's support, since feeds have no audience for friends.
  const forHelper =
    helper !== undefined && waiting.audiences.includes(helper) && !waiting.audiences.includes('young-person');
  const audience = forHelper ? helper : 'young-person';
  // Without the person's area, the waiting service's areas stand for where they are: someone waiting
  // for a service in one town is not helped by a drop-in in another.
  const listed = statedAreas(waiting);
  const places: readonly (string | undefined)[] =
    area !== undefined ? [area] : listed === undefined || listed === 'all' ? [undefined] : listed;
  const found: { service: Service; days: number; shared: number }[] = [];
  for (const service of services) {
    const wait = statedWaitDays(service);
    if (service.id === waiting.id || wait === undefined || wait > SHORT_WAIT_DAYS) continue;
    const shared = service.topics.filter((t) => topics.has(t)).length;
    if (shared === 0 || !canSelfRefer(service)) continue;
    if (!service.audiences.includes(audience) || !service.onlyFor.every((g) => waiting.onlyFor.includes(g))) continue;
    if (!inAgeRange(service, age) || !places.some((place) => inArea(service, place))) continue;
    found.push({ service, days: wait, shared });
  }
  return found
    .sort(
      (a, b) =>
        Number(b.days === 0) - Number(a.days === 0) ||
        b.shared - a.shared ||
        a.days - b.days ||
        a.service.id.localeCompare(b.service.id),
    )
    .slice(0, MEANTIME_LIMIT)
    .map((f) => f.service);
}
