import Fuse from 'fuse.js/basic';
import type { SearchDocs, ServiceDoc, TopicDoc } from './search-docs.ts';

/** Fuse scores run from 0 (exact) to 1; above this a topic match is more noise than help. */
const CLOSE_MATCH = 0.22;
/** Services found by their own text must match at least this well (0 to 1). */
const MIN_SERVICE_RELEVANCE = 0.5;

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

  /**
   * Topic ids the words point to, best first. People write sentences ("can't sleep before my
   * exams") and keywords are short, so each word is also searched on its own. Fuse's threshold
   * decides how many typos a word may have; only close matches then count, so "cant" does not
   * suggest cannabis and "sad" does not suggest drugs.
   */
  topicsFor(query: string, limit = 3): string[] {
    const q = query.trim();
    if (q.length < 3) return [];
    const best = new Map<string, number>();
    const words = q.split(/[^\p{L}\p{N}'’-]+/u).filter((w) => w.length >= 3);
    for (const part of new Set([q, ...words])) {
      for (const r of this.#topics.search(part)) {
        const score = r.score ?? 1;
        if (score <= CLOSE_MATCH && score < (best.get(r.item.id) ?? 1)) best.set(r.item.id, score);
      }
    }
    return [...best.entries()]
      .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
      .slice(0, limit)
      .map(([id]) => id);
  }

  /** Services whose own text matches, with a relevance from 0 (weak) to 1 (strong). */
  servicesFor(query: string): Map<string, number> {
    const q = query.trim();
    const found = new Map<string, number>();
    if (q.length < 3) return found;
    for (const r of this.#services.search(q)) {
      const relevance = 1 - (r.score ?? 1);
      // A faint echo of a word somewhere in a long description is not a reason to show a service.
      if (relevance >= MIN_SERVICE_RELEVANCE) found.set(r.item.id, relevance);
    }
    return found;
  }
}
