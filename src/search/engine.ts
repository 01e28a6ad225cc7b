/**
 * Everything search does in the browser, as one lazily loaded file: it loads the reader's
 * lexicon, makes the own-words matcher at once, then builds the browse index in the background,
 * 12 ms at a time, starting in idle time (a file of its own, fetched after this one). Kept out of
 * the element so the entry file stays small.
 */
import type { Feed } from '../feed/parse.ts';
import { inBackground, whenIdle, yieldToPage, type Deadline } from '../schedule/tasks.ts';
import { loadLexicons } from './lexicons.ts';
import { OwnWords } from './own-words.ts';
import type { SearchIndex } from './search-index.ts';

export type { OwnWords, SearchIndex };
export type { SearchHits } from './search-index.ts';

/** Milliseconds of work before giving the main thread back while someone waits for search. */
const URGENT_SLICE_MS = 24;

/** A search being set up for one feed and language. */
export interface SearchBuild {
  words?: OwnWords;
  index?: SearchIndex;
  /** Someone is searching now: build in larger slices, as ordinary tasks, not background ones. */
  urgent: boolean;
  /** Stops the build (a newer feed or language replaced it). */
  cancelled: boolean;
}

/**
 * Starts search for a feed in a language; `onChange` hears when the matcher, then the index, is
 * ready. Without its lexicon, search still works with the feed's own words.
 */
export async function startSearch(feed: Feed, lang: string, build: SearchBuild, onChange: () => void): Promise<void> {
  // Read through a function: the flag changes while this waits, which narrowing cannot see.
  const cancelled = () => build.cancelled;
  const lexicons = await loadLexicons(lang).catch(() => []);
  if (cancelled()) return;
  build.words = new OwnWords({ topics: feed.topics, lang, lexicons });
  onChange();
  const { indexSteps } = await import('./build-index.ts');
  if (cancelled()) return;
  const steps = indexSteps(feed, lang, lexicons);
  const step = (deadline: Deadline) => {
    if (cancelled()) return;
    const until = performance.now() + (build.urgent ? URGENT_SLICE_MS : Math.min(deadline?.timeRemaining() ?? 12, 12));
    for (;;) {
      const next = steps.next();
      if (next.done) {
        const index = next.value;
        build.index = index;
        // The finished index is shown in a task of its own, and the own-words matcher that knows
        // its words is made in the one after: at 20,000 services each is tens of milliseconds on a
        // slow phone, and done with the build's last step they would make one task of 180 to 270 ms.
        void yieldToPage()
          .then(() => {
            if (cancelled()) return;
            onChange();
            return yieldToPage();
          })
          .then(() => {
            if (cancelled()) return;
            // With the feed's real words known, they are not "corrected" into topic words.
            build.words = new OwnWords({ topics: feed.topics, lang, lexicons, knownWord: (w) => index.hasWord(w) });
            onChange();
            warmUp(index, cancelled);
          });
        return;
      }
      if (performance.now() >= until) break;
    }
    if (build.urgent) setTimeout(() => step(undefined), 0);
    else inBackground(step);
  };
  whenIdle(step);
}

/**
 * The index's typical searches, one an idle moment, before anyone types: see
 * `SearchIndex.typicalSearches`. Each is short even cold (8 ms at most in Node at 20,000 services,
 * so well under a long task on a phone four times slower); the answers are thrown away.
 */
function warmUp(index: SearchIndex, cancelled: () => boolean): void {
  const searches = index.typicalSearches();
  const next = () => {
    const query = searches.shift();
    if (query === undefined || cancelled()) return;
    index.search(query);
    whenIdle(next);
  };
  whenIdle(next);
}
