import type { Answers, DeliveryPreference } from './answers.ts';

/** Browse mode's filters. Empty means "any". */
export interface BrowseFilters {
  topics: string[];
  age?: number;
  area?: string;
  delivery: DeliveryPreference[];
  selfReferral: boolean;
  free: boolean;
  openNow: boolean;
  language?: string;
  query: string;
}

export function emptyFilters(): BrowseFilters {
  return { topics: [], delivery: [], selfReferral: false, free: false, openNow: false, query: '' };
}

/**
 * Browse filters that start from the guided answers (age, area, topics, how), so switching to
 * "All services" does not ask again. Filters the answers say nothing about stay as they were.
 */
export function filtersFromAnswers(answers: Answers, filters: BrowseFilters): BrowseFilters {
  return {
    ...filters,
    ...(answers.topics.length ? { topics: [...answers.topics] } : {}),
    ...(answers.age !== undefined ? { age: answers.age } : {}),
    ...(answers.area !== undefined ? { area: answers.area } : {}),
    ...(answers.delivery.length ? { delivery: [...answers.delivery] } : {}),
    ...(answers.selfReferralOnly ? { selfReferral: true } : {}),
  };
}
