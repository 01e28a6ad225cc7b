import type { PreparedFeed } from '../feed/prepared.ts';
import type { Answers } from '../match/answers.ts';
import type { ResultList } from '../match/browse.ts';
import type { BrowseFilters } from '../match/browse-filters.ts';
import type { guidedResults } from '../match/guided.ts';
import type { MatchOutcome } from '../match/match.ts';
import { memoOne } from '../match/memo.ts';
import type { OwnWords, SearchIndex } from '../search/engine.ts';
import type { SearchController } from './controllers/search-controller.ts';
import type { LazyViews as Lazy } from './lazy-part.ts';

const EMPTY: ResultList = { length: 0, slice: () => [] };

type Guided = typeof guidedResults;

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

  /**
   * The guided journey's results (see `guidedResults`): with own words or topics, each service's
   * text is read through the browse index once it is built; until then tags alone rank, and the
   * results follow when it is. Worked out when the answers change, never per keystroke. Matching
   * lives in the lazily loaded results file (`guided`), fetched while the questions are answered;
   * until it is there, there are no results.
   *
   * @param langs the reader's languages, best first; the first is the one own words are read in.
   */
  guided(
    prepared: PreparedFeed,
    answers: Answers,
    langs: readonly string[],
    guided: Guided | undefined,
  ): MatchOutcome | undefined {
    if (!guided) return undefined;
    const lang = langs[0] ?? 'en';
    const reading = (answers.query?.trim() ?? '') !== '' || answers.topics.length > 0;
    const index = reading ? this.#search.index(prepared, lang) : undefined;
    const words = this.#search.ownWords(prepared, lang);
    return this.#guided(prepared, answers, this.#minute(), langs.join(','), guided, words, index);
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

  readonly #guided = memoOne(
    (
      prepared: PreparedFeed,
      answers: Answers,
      minute: number,
      langs: string,
      guidedResults: Guided,
      words?: OwnWords,
      index?: SearchIndex,
    ) => guidedResults({ prepared, answers, now: this.#clock(minute), langs: langs.split(','), words, index }),
  );

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
