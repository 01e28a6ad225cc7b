import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PreparedFeed } from '../../feed/prepared.ts';
import { memoOne } from '../../match/memo.ts';
import type { OwnWords, SearchHits, SearchIndex } from '../../search/engine.ts';

/** Services indexed before the builder gives the main thread back, when someone is waiting. */
const URGENT_SLICE_MS = 24;

interface Built {
  prepared: PreparedFeed;
  lang: string;
  words?: OwnWords;
  index?: SearchIndex;
  /** Someone searched before the index was ready: build in larger slices, not only when idle. */
  urgent: boolean;
  failed: boolean;
}

type IdleDeadline = { timeRemaining(): number } | undefined;

/** `requestIdleCallback` where the browser has it (Safari does not everywhere), else a short timeout. */
function whenIdle(run: (deadline: IdleDeadline) => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 1500 });
  else setTimeout(() => run(undefined), 30);
}

/**
 * Search over the person's own words and browse search, in a separate file fetched when someone
 * reaches a screen with a search box (or the browser is idle), with the lexicon of the reader's
 * language. The own-words matcher is ready at once; the browse index is then built in idle time,
 * a few services at a time, so it never holds up typing or scrolling. Answers are remembered per
 * query so the render and the announcer share one search.
 */
export class SearchController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #built?: Built;

  readonly suggestions = memoOne((words: OwnWords | undefined, query: string) =>
    (words?.suggest(query) ?? []).map((s) => s.topic),
  );
  readonly groups = memoOne((words: OwnWords | undefined, query: string) => words?.groupsFor(query) ?? []);
  readonly hits = memoOne(
    (index: SearchIndex | undefined, query: string, tieOrder: Int32Array | undefined): SearchHits | undefined =>
      index?.search(query, tieOrder),
  );

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  #current(prepared: PreparedFeed, lang: string): Built {
    const built = this.#built;
    if (built?.prepared === prepared && built.lang === lang) return built;
    const fresh: Built = { prepared, lang, urgent: false, failed: false };
    this.#built = fresh;
    void this.#load(fresh);
    return fresh;
  }

  /** The own-words matcher for this feed and language when it is ready; asks for it otherwise. */
  ownWords(prepared: PreparedFeed, lang: string): OwnWords | undefined {
    return this.#current(prepared, lang).words;
  }

  /**
   * The browse index when it is built; asks for it otherwise. `waiting` says someone is searching
   * now, so the rest of the build runs in larger slices instead of waiting for idle time.
   */
  index(prepared: PreparedFeed, lang: string, waiting = false): SearchIndex | undefined {
    const built = this.#current(prepared, lang);
    if (waiting) built.urgent = true;
    return built.index;
  }

  /** Whether search could not load at all (topics and browse filters still work without it). */
  failed(prepared: PreparedFeed, lang: string): boolean {
    return this.#current(prepared, lang).failed;
  }

  async #load(built: Built): Promise<void> {
    try {
      const engine = await import('../../search/engine.ts');
      // Without its lexicon, search still works with the feed's own words: no stop words, no phrases.
      const lexicons = await engine.loadLexicons(built.lang).catch(() => []);
      if (this.#built !== built) return;
      const { feed } = built.prepared;
      built.words = new engine.OwnWords({ topics: feed.topics, lang: built.lang, lexicons });
      this.#host.requestUpdate();
      const { indexSteps } = await import('../../search/build-index.ts');
      if (this.#built !== built) return;
      const steps = indexSteps(feed, built.lang, lexicons);
      const step = (deadline: IdleDeadline) => {
        if (this.#built !== built) return;
        const until =
          performance.now() + (built.urgent ? URGENT_SLICE_MS : Math.min(deadline?.timeRemaining() ?? 8, 12));
        for (;;) {
          const next = steps.next();
          if (next.done) {
            const index = next.value;
            built.index = index;
            // Now real words in the feed are known, and are not "corrected" into topic words.
            built.words = new engine.OwnWords({
              topics: feed.topics,
              lang: built.lang,
              lexicons,
              knownWord: (w) => index.hasWord(w),
            });
            this.#host.requestUpdate();
            return;
          }
          if (performance.now() >= until) break;
        }
        if (built.urgent) setTimeout(() => step(undefined), 0);
        else whenIdle(step);
      };
      whenIdle(step);
    } catch (error) {
      // Topics still work without it; only the person's own words go unmatched.
      console.warn('support-finder: search could not load', error);
      built.failed = true;
      this.#host.requestUpdate();
    }
  }

  hostConnected(): void {
    // Nothing to start: the search is built on first use.
  }

  hostDisconnected(): void {
    // Drop any build in progress; it starts again if the element comes back.
    this.#built = undefined;
  }
}
