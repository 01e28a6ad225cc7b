import type { Service } from '../feed/schema.ts';
import { openStateAt, weekMinute, type OpenStates } from '../schedule/open-state.ts';
import type { SearchHits } from '../search/search-index.ts';
import { AgeBridges, pageNotes } from './age-bridge.ts';
import type { BrowseFilters } from './browse-filters.ts';
import {
  allowsSelfReferral,
  fitUnknown,
  hasAnyTopic,
  inAgeRange,
  inArea,
  isFree,
  isOpen,
  offersDelivery,
  offersLanguage,
} from './predicates.ts';
import type { Result } from './match.ts';

export { emptyFilters, type BrowseFilters } from './browse-filters.ts';

export interface BrowseContext {
  now: Date;
  timeZone: string;
  /**
   * Hits from the search index, whose positions are in `services` (the feed's own order). When
   * given and the query had words to search by, only these services show, best first.
   */
  search?: { hits: SearchHits; services: readonly Service[] };
  /** Open states at the current minute, by service id (see `PreparedFeed.openStates`). */
  open?: OpenStates;
}

/**
 * A list of results that makes its `Result` objects only for the part that is shown: with
 * 20,000 services a keystroke must not build 20,000 objects to draw twenty cards.
 */
export interface ResultList {
  readonly length: number;
  /** The results from `start` up to (not including) `end`, as objects. */
  slice(start?: number, end?: number): Result[];
  /** No service has every word of the search, so these have the most of them. */
  readonly partial?: boolean;
}

/**
 * Every service that passes all the filters, A to Z, or best first when searching. Unlike the
 * guided journey nothing is widened: browse shows exactly what the filters say, with a count.
 * `services` come in name order for the reader's language (`PreparedFeed.byName`).
 */
export function browseMatches(
  services: readonly Service[],
  filters: BrowseFilters,
  context: BrowseContext,
): ResultList {
  const minute = context.open ? 0 : weekMinute(context.now, context.timeZone);
  const openOf = (service: Service) =>
    context.open?.get(service.id) ?? openStateAt(service.hours, service.open247, minute);
  const passes = (service: Service): boolean =>
    hasAnyTopic(service, filters.topics) &&
    inAgeRange(service, filters.age) &&
    inArea(service, filters.area) &&
    offersDelivery(service, filters.delivery) &&
    allowsSelfReferral(service, filters.selfReferral) &&
    isFree(service, filters.free) &&
    offersLanguage(service, filters.language) &&
    (!filters.openNow || isOpen(openOf(service)));
  const picked: Service[] = [];
  const scores: number[] = [];
  const { search } = context;
  let partial = false;
  if (search && !search.hits.empty && filters.query.trim()) {
    const { docs, scores: relevance } = search.hits;
    partial = search.hits.partial;
    for (let i = 0; i < docs.length; i++) {
      const service = search.services[docs[i] ?? -1];
      if (service && passes(service)) {
        picked.push(service);
        scores.push(relevance[i] ?? 0);
      }
    }
  } else {
    for (const service of services) {
      if (!passes(service)) continue;
      picked.push(service);
      scores.push(0);
    }
  }
  if (filters.age !== undefined || filters.area) knownFitsFirst(picked, scores, filters);
  // With an age set, the cards shown say what happens at an age limit near it (see age-bridge.ts).
  let bridges: AgeBridges | undefined;
  const notesFor = (shown: readonly Service[]) =>
    filters.age === undefined ? undefined : pageNotes((bridges ??= new AgeBridges(services, filters)), shown);
  return {
    length: picked.length,
    partial,
    slice: (start = 0, end = picked.length) => {
      const shown = picked.slice(start, end);
      const notes = notesFor(shown);
      return shown.map((service, i) => {
        const age = notes?.get(service.id);
        return {
          service,
          score: scores[start + i] ?? 0,
          reasons: [],
          open: openOf(service),
          forHelper: false,
          helperCanContact: false,
          ...(age ? { age } : {}),
        };
      });
    },
  };
}

/**
 * Services whose ages or area are unknown pass the filters (nobody said they are not for this
 * person) but come after those known to fit, among equally relevant ones: A to Z, the known ones
 * first, then the ones to ask about. Relevance still comes first, so a better search match is
 * never pushed down for a blank field. `picked` arrives best first; both arrays are reordered.
 */
function knownFitsFirst(picked: Service[], scores: number[], filters: BrowseFilters): void {
  const unknown = picked.map((s) => Number(fitUnknown(s, filters.age, filters.area)));
  if (!unknown.includes(1)) return;
  const order = picked.map((_, i) => i);
  order.sort((i, j) => (scores[j] ?? 0) - (scores[i] ?? 0) || (unknown[i] ?? 0) - (unknown[j] ?? 0) || i - j);
  const services = order.map((i) => picked[i] as Service);
  const relevance = order.map((i) => scores[i] ?? 0);
  picked.splice(0, picked.length, ...services);
  scores.splice(0, scores.length, ...relevance);
}
