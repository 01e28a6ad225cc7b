import Fuse from 'fuse.js/basic';
import type { SearchDocs, ServiceDoc, TopicDoc } from './search-docs.ts';

/**
 * Typo-tolerant search over the person's own words. Topics are searched through their names and
 * keywords in every language, so "anxious", "axious" or "lęk" all lead to "Feeling worried".
 */
export class FinderSearch {
  readonly #topics: Fuse<TopicDoc>;
  readonly #services: Fuse<ServiceDoc>;

  constructor({ topics, services }: SearchDocs) {
    this.#topics = new Fuse(topics, {
      keys: ['words'],
      threshold: 0.34,
      ignoreLocation: true,
      includeScore: true,
      minMatchCharLength: 3,
    });
    this.#services = new Fuse(services, {
      keys: [
        { name: 'name', weight: 2 },
        { name: 'text', weight: 1 },
      ],
      threshold: 0.3,
      ignoreLocation: true,
      includeScore: true,
      minMatchCharLength: 3,
    });
  }

  /** Topic ids the words point to, best first. */
  topicsFor(query: string, limit = 3): string[] {
    const q = query.trim();
    if (q.length < 3) return [];
    return this.#topics
      .search(q)
      .slice(0, limit)
      .map((r) => r.item.id);
  }

  /** Services whose own text matches, with a relevance from 0 (weak) to 1 (strong). */
  servicesFor(query: string): Map<string, number> {
    const q = query.trim();
    const found = new Map<string, number>();
    if (q.length < 3) return found;
    for (const r of this.#services.search(q)) found.set(r.item.id, 1 - (r.score ?? 1));
    return found;
  }
}
