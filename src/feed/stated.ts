import { agesOf, provenanceOf, selfReferralOf } from './known.ts';

export { topicProvenance } from './known.ts';
import type { AgeRange, Provenance, Service } from './schema.ts';

/**
 * The values the finder may act on and show: what the source said, what a review confirmed, and
 * what was read from the service's own text. A value the import's mapping filled in (`default`)
 * is read exactly like `unknown`: it is the same for every service, so it is not a fact about
 * this one, and showing or ranking by it is what put "Needs a referral" on Samaritans.
 */

/** The ages, or undefined when unknown or only a mapping default. */
export function statedAges(service: Pick<Service, 'ages' | 'provenance'>): AgeRange | undefined {
  return provenanceOf(service, 'ages') === 'default' ? undefined : agesOf(service);
}

/** Whether people can get in touch themselves; undefined when unknown or only a mapping default. */
export function statedSelfReferral(service: Pick<Service, 'access' | 'provenance'>): boolean | undefined {
  return provenanceOf(service, 'access.selfReferral') === 'default' ? undefined : selfReferralOf(service);
}

/** True only when people can get in touch themselves by what the feed states, not a default. */
export function canSelfRefer(service: Pick<Service, 'access' | 'provenance'>): boolean {
  return statedSelfReferral(service) === true;
}

/** Where it is offered: `all`, the area ids, or undefined when unknown or only a mapping default. */
export function statedAreas(service: Pick<Service, 'areas' | 'provenance'>): 'all' | readonly string[] | undefined {
  if (provenanceOf(service, 'areas') === 'default') return undefined;
  return Array.isArray(service.areas) ? service.areas : service.areas === 'all' ? 'all' : undefined;
}

/** What the source said or a review confirmed: the values a card may say plainly, as facts. */
export function isFact(from: Provenance): boolean {
  return from === 'source' || from === 'reviewed';
}
