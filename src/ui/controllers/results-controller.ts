import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PreparedFeed } from '../../feed/prepared.ts';
import type { Answers } from '../../match/answers.ts';
import type { BrowseFilters } from '../../match/browse-filters.ts';
import type { matchServices, MatchOutcome, Result } from '../../match/match.ts';
import { memoOne } from '../../match/memo.ts';
import type { FinderSearch } from '../../match/search.ts';
import type { SearchController } from './search-controller.ts';

import type { LazyViews as Lazy } from './lazy-views-controller.ts';

type Match = typeof matchServices;

/**
 * Results, worked out once per change of their inputs (the feed, the answers or filters, the
 * minute, the search engine, the reader's languages) and shared by the view and the announcer.
 */
export class ResultsController implements ReactiveController {
  readonly #search: SearchController;
  readonly #now: () => Date | undefined;

  constructor(host: ReactiveControllerHost, search: SearchController, now: () => Date | undefined) {
    host.addController(this);
    this.#search = search;
    this.#now = now;
  }

  hostConnected(): void {
    // Nothing to set up: results are worked out when asked for.
  }

  /**
   * Matching lives in the lazily loaded results file (`match`), fetched while the questions are
   * answered; until it is there, there are no results to give.
   */
  guided(prepared: PreparedFeed, answers: Answers, match: Match | undefined): MatchOutcome | undefined {
    return match && this.#guided(prepared, answers, this.#minute(), match, this.#search.engine(prepared));
  }

  /** Browse lives in a lazily loaded file; with it not yet loaded there is nothing to list. */
  browse(prepared: PreparedFeed, filters: BrowseFilters, langs: readonly string[], lazy: Lazy | undefined): Result[] {
    return this.#browse(prepared, filters, this.#minute(), langs.join(','), lazy, this.#search.engine(prepared));
  }

  #minute(): number {
    return Math.floor((this.#now() ?? new Date()).getTime() / 60_000);
  }

  #clock(minute: number): Date {
    return this.#now() ?? new Date(minute * 60_000);
  }

  readonly #guided = memoOne(
    (prepared: PreparedFeed, answers: Answers, minute: number, matchServices: Match, search?: FinderSearch) => {
      const now = this.#clock(minute);
      const query = answers.query ?? '';
      return matchServices(prepared.feed.services, answers, {
        now,
        timeZone: prepared.feed.partnership.timeZone,
        areas: prepared.feed.areas,
        open: prepared.openStates(now),
        queryHits: this.#search.servicesFor(search, query),
        queryTopics: this.#search.topicsFor(search, query),
      });
    },
  );

  readonly #browse = memoOne(
    (
      prepared: PreparedFeed,
      filters: BrowseFilters,
      minute: number,
      langs: string,
      lazy?: Lazy,
      search?: FinderSearch,
    ) => {
      if (!lazy) return [];
      const now = this.#clock(minute);
      return lazy.browseServices(prepared.byName(langs.split(',')), filters, {
        now,
        timeZone: prepared.feed.partnership.timeZone,
        open: prepared.openStates(now),
        queryHits: this.#search.servicesFor(search, filters.query),
      });
    },
  );
}
