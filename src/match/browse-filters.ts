import type { DeliveryPreference } from './answers.ts';

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
