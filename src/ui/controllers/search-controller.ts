import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PreparedFeed } from '../../feed/prepared.ts';
import { memoOne } from '../../match/memo.ts';
import type { OwnWords, SearchBuild, SearchHits, SearchIndex } from '../../search/engine.ts';
import { whenIdle } from '../../schedule/tasks.ts';

interface Built extends SearchBuild {
  prepared: PreparedFeed;
  lang: string;
}

/** What the screen needs of search: `now` on a screen that reads words, `urgent` once someone typed. */
export interface SearchWish {
  prepared: PreparedFeed;
  lang: string;
  now: boolean;
  urgent: boolean;
}

/**
 * Search over the person's own words and browse search, in a separate file, with the lexicon of the
 * reader's language: the own-words matcher is ready at once, the browse index follows in the
 * background (see search/engine.ts). Started before each update for what the screen needs (`wish`):
 * at once where words are read, in idle time otherwise, so that by the time anyone types the index
 * is built instead of being built under their fingers. Reading it starts nothing. Answers are
 * remembered per query so the render and the announcer share one search.
 */
export class SearchController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #wish: () => SearchWish | undefined;
  #built?: Built;
  #warming?: PreparedFeed;

  readonly suggestions = memoOne((words: OwnWords | undefined, query: string) =>
    (words?.suggest(query) ?? []).map((s) => s.topic),
  );
  readonly hits = memoOne(
    (index: SearchIndex | undefined, query: string, tieOrder: Int32Array | undefined): SearchHits | undefined =>
      index?.search(query, tieOrder),
  );

  constructor(host: ReactiveControllerHost, wish: () => SearchWish | undefined) {
    this.#host = host;
    this.#wish = wish;
    host.addController(this);
  }

  hostUpdate(): void {
    const wish = this.#wish();
    if (!wish) return;
    const { prepared, lang } = wish;
    if (wish.now) this.#start(prepared, lang).urgent ||= wish.urgent;
    else if (this.#warming !== prepared && this.#built?.prepared !== prepared) {
      this.#warming = prepared;
      // Unless search for this feed started meanwhile (perhaps in another language).
      whenIdle(
        () => {
          if (this.#built?.prepared !== prepared) this.#start(prepared, lang);
        },
        2000,
        300,
      );
    }
  }

  #start(prepared: PreparedFeed, lang: string): Built {
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

  #ready(prepared: PreparedFeed, lang: string): Built | undefined {
    return this.#built?.prepared === prepared && this.#built.lang === lang ? this.#built : undefined;
  }

  /** The own-words matcher for this feed and language, once ready. */
  ownWords(prepared: PreparedFeed, lang: string): OwnWords | undefined {
    return this.#ready(prepared, lang)?.words;
  }

  /** The browse index for this feed and language, once built. */
  index(prepared: PreparedFeed, lang: string): SearchIndex | undefined {
    return this.#ready(prepared, lang)?.index;
  }

  hostDisconnected(): void {
    if (this.#built) this.#built.cancelled = true;
    this.#built = undefined;
    this.#warming = undefined;
  }
}
