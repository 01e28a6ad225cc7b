import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PreparedFeed } from '../../feed/prepared.ts';
import { memoOne } from '../../match/memo.ts';
import type { FinderSearch } from '../../match/search.ts';
import { searchDocs } from '../../match/search-docs.ts';

/**
 * Search over the person's own words, in a separate file fetched only when someone reaches a
 * screen with a search box (or the browser is idle): most of the first screen's work is done by
 * then. Answers are remembered per query so the render and the announcer share one search.
 */
export class SearchController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #search?: { prepared: PreparedFeed; engine: FinderSearch };
  #loading?: PreparedFeed;

  readonly servicesFor = memoOne((engine: FinderSearch | undefined, query: string) => engine?.servicesFor(query));
  readonly topicsFor = memoOne((engine: FinderSearch | undefined, query: string) => engine?.topicsFor(query) ?? []);

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The search for this feed when it is ready; asks for it otherwise. */
  engine(prepared: PreparedFeed): FinderSearch | undefined {
    if (this.#search?.prepared === prepared) return this.#search.engine;
    void this.#load(prepared);
    return undefined;
  }

  async #load(prepared: PreparedFeed): Promise<void> {
    if (this.#loading === prepared) return;
    this.#loading = prepared;
    try {
      const { FinderSearch } = await import('../../match/search.ts');
      if (this.#loading !== prepared) return;
      this.#search = { prepared, engine: new FinderSearch(searchDocs(prepared.feed.topics, prepared.feed.services)) };
      this.#host.requestUpdate();
    } catch (error) {
      // Topics still work without it; only the person's own words go unmatched.
      console.warn('support-finder: search could not load', error);
      this.#loading = undefined;
    }
  }

  hostConnected(): void {
    // Nothing to start: the search is built on first use.
  }
}
