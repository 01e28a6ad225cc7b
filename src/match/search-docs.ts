import type { Service, Topic } from '../feed/schema.ts';
import { allTexts } from '../i18n/text.ts';

export interface TopicDoc {
  id: string;
  words: string[];
}

export interface ServiceDoc {
  id: string;
  name: string[];
  text: string[];
}

export interface SearchDocs {
  topics: TopicDoc[];
  services: ServiceDoc[];
}

/**
 * What search looks through, as plain strings in every language the feed has. Built outside the
 * search module so that module needs nothing but fuse.js and can load on its own, later.
 */
export function searchDocs(topics: readonly Topic[], services: readonly Service[]): SearchDocs {
  return {
    topics: topics.map((t) => ({ id: t.id, words: [...allTexts(t.name), ...t.keywords] })),
    services: services.map((s) => ({
      id: s.id,
      name: [...allTexts(s.name), ...allTexts(s.organisation)],
      text: allTexts(s.description),
    })),
  };
}
