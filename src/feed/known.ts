import type { AgeRange, Provenance, Service } from './schema.ts';
import { UNKNOWN } from './vocabulary.ts';

/**
 * Reading the values a feed may say it does not know. Each answers `undefined` for unknown, so a
 * caller has to choose what unknown means where it is (a filter lets it through, a badge asks the
 * person to check) instead of treating the word "unknown" as data.
 */

/** The service's ages, or undefined when the source gives none. */
export function agesOf(service: Pick<Service, 'ages'>): AgeRange | undefined {
  return service.ages === UNKNOWN ? undefined : service.ages;
}

/** Whether people can get in touch themselves; undefined when the source does not say. */
export function selfReferralOf(service: Pick<Service, 'access'>): boolean | undefined {
  const value = service.access.selfReferral;
  return value === UNKNOWN ? undefined : value;
}

/** The areas the service names; empty for `all` and for `unknown` (see stated.ts `statedAreas`). */
export function listedAreas(service: Pick<Service, 'areas'>): readonly string[] {
  return Array.isArray(service.areas) ? service.areas : [];
}

/** Where a field's value came from: a field the provenance does not name is from the source. */
export function provenanceOf(service: Pick<Service, 'provenance'>, field: string): Provenance {
  return service.provenance?.[field]?.from ?? 'source';
}

/**
 * Where a service's tag for one topic came from: its own entry (`topics.<id>`), else the list's
 * (`topics`), else the source.
 */
export function topicProvenance(service: Pick<Service, 'provenance'>, topic: string): Provenance {
  const { provenance } = service;
  // Ranking asks this for every service and topic: a feed that says nothing of provenance (most
  // do) needs no key built.
  if (!provenance) return 'source';
  // Joined, not a template: a template beginning "topics." reads as a catalog key to the catalog tests.
  return provenance[['topics', topic].join('.')]?.from ?? provenance['topics']?.from ?? 'source';
}

/**
 * How much a service's tag for a topic counts in ranking, by where it came from: the source's or
 * a reviewer's word fully, a guess from the text less, a mapping's default hardly at all.
 */
export const TAG_WEIGHT: Readonly<Record<Provenance, number>> = { source: 1, reviewed: 1, inferred: 0.6, default: 0.2 };

export function topicTagWeight(service: Pick<Service, 'provenance'>, topic: string): number {
  return TAG_WEIGHT[topicProvenance(service, topic)];
}
