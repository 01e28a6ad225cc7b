import type { Service } from '../feed/schema.ts';
import { canSelfRefer, statedAges, statedAreas } from '../feed/stated.ts';
import type { OpenState } from '../schedule/open-state.ts';
import { DELIVERY_MATCHES, type DeliveryPreference } from './answers.ts';

/**
 * The filter checks shared by the guided journey and browse, so "fits this age" or "offered this
 * way" means the same thing on both screens. Each is a plain predicate over one service; an
 * `undefined` or empty answer means "any".
 */

/**
 * A service whose ages are unknown is not ruled out by age: nobody said it is not for them. A
 * mapping default counts as unknown (see feed/stated.ts); ranking puts such services after those
 * known to fit (see `unknownFit` in match.ts).
 */
export function inAgeRange(service: Service, age: number | undefined): boolean {
  if (age === undefined) return true;
  const ages = statedAges(service);
  return ages === undefined || (ages.min <= age && age <= ages.max);
}

/** Likewise a service whose areas are unknown (or only a mapping default) is not ruled out by area. */
export function inArea(service: Service, area: string | undefined): boolean {
  if (area === undefined || area === '') return true;
  const areas = statedAreas(service);
  return areas === undefined || areas === 'all' || areas.includes(area);
}

/**
 * The answers ask about ages or an area that the feed does not know for this service: it passes
 * the filter, but is not known to fit.
 */
export function fitUnknown(service: Service, age: number | undefined, area: string | undefined): boolean {
  return (
    (age !== undefined && statedAges(service) === undefined) ||
    (area !== undefined && area !== '' && statedAreas(service) === undefined)
  );
}

/** The wanted ways of getting support that this service offers. */
export function deliveryMatches(service: Service, wanted: readonly DeliveryPreference[]): DeliveryPreference[] {
  return wanted.filter((pref) => DELIVERY_MATCHES[pref].some((mode) => service.delivery.includes(mode)));
}

export function offersDelivery(service: Service, wanted: readonly DeliveryPreference[]): boolean {
  return wanted.length === 0 || deliveryMatches(service, wanted).length > 0;
}

/** Unknown is not yes: "only ones I can contact myself" leaves out a service that does not say. */
export function allowsSelfReferral(service: Service, required: boolean | undefined): boolean {
  return !required || canSelfRefer(service);
}

export function hasAnyTopic(service: Service, topics: readonly string[]): boolean {
  return topics.length === 0 || topics.some((t) => service.topics.includes(t));
}

export function isFree(service: Service, required: boolean): boolean {
  return !required || service.free;
}

/** Matches on the base language, so a filter for `pa` finds a service offered in `pa-Guru`. */
export function offersLanguage(service: Service, language: string | undefined): boolean {
  return !language || service.languages.some((l) => l.split('-')[0] === language);
}

export function isOpen(open: OpenState): boolean {
  return open.kind === 'open' || open.kind === 'always';
}
