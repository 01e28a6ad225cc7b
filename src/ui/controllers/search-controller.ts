import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PreparedFeed } from '../../feed/prepared.ts';
import { memoOne } from '../../match/memo.ts';
import type { OwnWords, SearchBuild, SearchHits, SearchIndex } from '../../search/engine.ts';
import { whenIdle } from '../../schedule/tasks.ts';

interface Built extends SearchBuild {
  prepared: PreparedFeed;
  lang: string;
}

/**
 * Search over the person's own words and browse search, in a separate file fetched when someone
 * reaches a screen with a search box, with the lexicon of the reader's language: the own-words
 * matcher is ready at once, the browse index follows in the background (see search/engine.ts).
 * Answers are remembered per query so the render and the announcer share one search.
 */
export class SearchController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #built?: Built;
  #warming?: PreparedFeed;

  readonly suggestions = memoOne((words: OwnWords | undefined, query: string) =>
    (words?.suggest(query) ?? []).map((s) => s.topic),
  );
  readonly hits = memoOne(
    (index: SearchIndex | undefined, query: string, tieOrder: Int32Array | undefined): SearchHits | undefined =>
      index?.search(query, tieOrder),
  );

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  #current(prepared: PreparedFeed, lang: string): Built {
    if (this.#built?.prepared === prepared && this.#built.lang === lang) return this.#built;
    if (this.#built) this.#built.cancelled = true;
    const built: Built = { prepared, lang, urgent: false, cancelled: false };
    this.#built = built;
    import('../../search/engine.ts')
      .then((engine) => engine.startSearch(prepared.feed, lang, built, () => this.#host.requestUpdate()))
      // Topics and browse filters still work without it; only the person's own words go unmatched.
      .catch((error: unknown) => console.warn('support-finder: search could not load', error));
    return built;
  }

  /**
   * Starts search in idle time once the first screen is up: the third question reads the person's
   * own words, and by the time anyone types, the browse index is built instead of being built
   * under their fingers. Safe to call on every render.
   */
  warm(prepared: PreparedFeed, lang: string): void {
    if (this.#warming === prepared || this.#built?.prepared === prepared) return;
    this.#warming = prepared;
    whenIdle(
      () => {
        // Unless search for this feed started meanwhile (perhaps in another language).
        if (this.#warming === prepared && this.#built?.prepared !== prepared) this.#current(prepared, lang);
      },
      2000,
      300,
    );
  }

  /** The own-words matcher for this feed and language when it is ready; asks for it otherwise. */
  ownWords(prepared: PreparedFeed, lang: string): OwnWords | undefined {
    return this.#current(prepared, lang).words;
  }

  /** The browse index when built; asks for it otherwise, sooner if someone is `waiting`. */
  index(prepared: PreparedFeed, lang: string, waiting = false): SearchIndex | undefined {
    const built = this.#current(prepared, lang);
    built.urgent ||= waiting;
    return built.index;
  }

  hostConnected(): void {
    // Nothing to start: the search is built on first use.
  }

  hostDisconnected(): void {
    if (this.#built) this.#built.cancelled = true;
    this.#built = undefined;
    this.#warming = undefined;
  }
}
