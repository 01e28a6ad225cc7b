import type { Service } from '../feed/schema.ts';
import { openStateAt, weekMinute, type OpenState } from '../schedule/open-state.ts';
import type { BrowseFilters } from './browse-filters.ts';
import {
  allowsSelfReferral,
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
  /** Relevance from free-text search, by service id; when given, only these services show. */
  queryHits?: ReadonlyMap<string, number>;
  /**
   * Sort key for equal relevance: the name in the reader's language. Without it the services are
   * taken as already in name order (a prepared feed keeps that order per language).
   */
  nameOf?: (service: Service) => string;
  /** Open states worked out once per minute for the whole feed, by service id. */
  open?: ReadonlyMap<string, OpenState>;
}

/**
 * Every service that passes all the filters, A to Z (or by relevance when searching). Unlike the
 * guided journey nothing is widened: browse shows exactly what the filters say, with a count.
 */
export function browseServices(services: readonly Service[], filters: BrowseFilters, context: BrowseContext): Result[] {
  const searching = filters.query.trim().length >= 3 && context.queryHits !== undefined;
  const results: Result[] = [];
  const minute = context.open ? 0 : weekMinute(context.now, context.timeZone);
  for (const service of services) {
    if (!hasAnyTopic(service, filters.topics)) continue;
    if (!inAgeRange(service, filters.age) || !inArea(service, filters.area)) continue;
    if (!offersDelivery(service, filters.delivery)) continue;
    if (!allowsSelfReferral(service, filters.selfReferral) || !isFree(service, filters.free)) continue;
    if (!offersLanguage(service, filters.language)) continue;
    if (searching && !context.queryHits?.has(service.id)) continue;
    const open = context.open?.get(service.id) ?? openStateAt(service.hours, service.open247, minute);
    if (filters.openNow && !isOpen(open)) continue;
    results.push({
      service,
      score: searching ? (context.queryHits?.get(service.id) ?? 0) : 0,
      reasons: [],
      open,
      forHelper: false,
      helperCanContact: false,
    });
  }
  const { nameOf } = context;
  if (!nameOf) {
    // Already A to Z; a stable sort by relevance keeps that order among equals.
    return searching ? results.sort((a, b) => b.score - a.score) : results;
  }
  // Names are looked up once, not in every comparison of the sort.
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  const names = new Map(results.map((r) => [r.service.id, nameOf(r.service)]));
  const name = (r: Result) => names.get(r.service.id) ?? '';
  return results.sort(
    (a, b) => b.score - a.score || collator.compare(name(a), name(b)) || a.service.id.localeCompare(b.service.id),
  );
}
