import type { PreparedFeed } from '../feed/prepared.ts';
import type { Answers } from '../match/answers.ts';
import type { ResultList } from '../match/browse.ts';
import type { BrowseFilters } from '../match/browse-filters.ts';
import type { guidedSteps } from '../match/guided.ts';
import type { MatchOutcome } from '../match/match.ts';
import { memoOne } from '../match/memo.ts';
import type { OwnWords, SearchIndex } from '../search/engine.ts';
import { inSlices, yieldToPage } from '../schedule/tasks.ts';
import type { SearchController } from './controllers/search-controller.ts';
import type { LazyViews as Lazy } from './lazy-part.ts';

const EMPTY: ResultList = { length: 0, slice: () => [] };

type Guided = typeof guidedSteps;
type GuidedKey = [PreparedFeed, Answers, number, string, Guided, OwnWords | undefined, SearchIndex | undefined];

/** Guided results worked out, or being worked out, for one set of inputs. */
interface Working {
  key: GuidedKey;
  outcome?: MatchOutcome;
  done: Promise<unknown>;
}

/**
 * Results, worked out once per change of their inputs (the feed, the answers or filters, the
 * minute, the search, the reader's languages) and shared by the view and the announcer. Reading
 * them starts nothing: search is started for the screen by `SearchController`.
 */
export class Results {
  readonly #search: SearchController;
  readonly #now: () => Date | undefined;

  constructor(search: SearchController, now: () => Date | undefined) {
    this.#search = search;
    this.#now = now;
  }

  /** The guided results being worked out (or last worked out), and the last ones worked out. */
  #working: Working | undefined;
  #done: Working | undefined;

  /**
   * The guided journey's results (see `guidedResults`) as last worked out by `prepareGuided` for
   * these answers, or undefined while they are. With own words or topics, each service's text is
   * read through the browse index once it is built; until then tags alone rank, and the results
   * follow when it is (the earlier ones shown meanwhile, as for a new minute). Matching lives in
   * the lazily loaded results file (`guided`), fetched while the questions are answered.
   *
   * @param langs the reader's languages, best first; the first is the one own words are read in.
   */
  guided(prepared: PreparedFeed, answers: Answers, langs: readonly string[], guided: Guided | undefined) {
    const done = this.#done;
    return guided && done?.key[0] === prepared && done.key[1] === answers && done.key[3] === langs.join(',')
      ? done.outcome
      : undefined;
  }

  /**
   * Starts working out the guided results for these inputs, unless that is under way or done: in
   * slices between which the page has its turns (for 5,000 services, 40–100 ms in one go). `ready`
   * is called when they are in. Worked out when the answers change, never per keystroke.
   */
  prepareGuided(
    prepared: PreparedFeed,
    answers: Answers,
    langs: readonly string[],
    guided: Guided | undefined,
    ready: () => void,
  ): void {
    if (!guided) return;
    const key = this.#guidedKey(prepared, answers, langs, guided);
    if (this.#working?.key.every((k, i) => k === key[i])) return;
    const [, , minute, , , words, index] = key;
    const working: Working = {
      key,
      done: inSlices(guided({ prepared, answers, now: this.#clock(minute), langs, words, index })).then(
        async (outcome) => {
          // Drawn in a task of its own, not after the last slice.
          await yieldToPage();
          working.outcome = outcome;
          if (this.#working !== working) return;
          this.#done = working;
          ready();
        },
      ),
    };
    this.#working = working;
  }

  /** Settles once the guided results under way are in. */
  get pending(): Promise<unknown> | undefined {
    return this.#working === this.#done ? undefined : this.#working?.done;
  }

  #guidedKey(prepared: PreparedFeed, answers: Answers, langs: readonly string[], guided: Guided): GuidedKey {
    const lang = langs[0] ?? 'en';
    const reading = (answers.query?.trim() ?? '') !== '' || answers.topics.length > 0;
    const index = reading ? this.#search.index(prepared, lang) : undefined;
    const words = this.#search.ownWords(prepared, lang);
    return [prepared, answers, this.#minute(), langs.join(','), guided, words, index];
  }

  /** Browse lives in a lazily loaded file; with it not yet loaded there is nothing to list. */
  browse(prepared: PreparedFeed, filters: BrowseFilters, langs: readonly string[], lazy: Lazy | undefined): ResultList {
    const index = this.#search.index(prepared, langs[0] ?? 'en');
    return this.#browse(prepared, filters, this.#minute(), langs.join(','), lazy, index);
  }

  #minute(): number {
    return Math.floor((this.#now() ?? new Date()).getTime() / 60_000);
  }

  #clock(minute: number): Date {
    return this.#now() ?? new Date(minute * 60_000);
  }

  readonly #browse = memoOne(
    (
      prepared: PreparedFeed,
      filters: BrowseFilters,
      minute: number,
      langs: string,
      lazy?: Lazy,
      index?: SearchIndex,
    ): ResultList => {
      if (!lazy) return EMPTY;
      const now = this.#clock(minute);
      const order = langs.split(',');
      const hits = index ? this.#search.hits(index, filters.query, prepared.nameRanks(order)) : undefined;
      return lazy.browseMatches(prepared.byName(order), filters, {
        now,
        timeZone: prepared.feed.partnership.timeZone,
        open: prepared.openStates(now),
        ...(hits ? { search: { hits, services: prepared.feed.services } } : {}),
      });
    },
  );
}
