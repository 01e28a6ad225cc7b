import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PreparedFeed } from '../../feed/prepared.ts';
import type { Answers } from '../../match/answers.ts';
import type { ResultList } from '../../match/browse.ts';
import type { BrowseFilters } from '../../match/browse-filters.ts';
import type { matchServices, MatchOutcome } from '../../match/match.ts';
import { memoOne } from '../../match/memo.ts';
import type { OwnWords, SearchIndex } from '../../search/engine.ts';
import type { SearchController } from './search-controller.ts';

import type { LazyViews as Lazy } from './lazy-views-controller.ts';

const EMPTY: ResultList = { length: 0, slice: () => [] };

type Match = typeof matchServices;

/**
 * Results, worked out once per change of their inputs (the feed, the answers or filters, the
 * minute, the search, the reader's languages) and shared by the view and the announcer.
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
   * The guided journey's results. Topics suggested by the person's own words count only once
   * they tick them (they are then among `answers.topics`); the words themselves only say which
   * groups the person may belong to, for services that are only for a group. Matching lives in
   * the lazily loaded results file (`match`), fetched while the questions are answered; until it
   * is there, there are no results to give.
   */
  guided(prepared: PreparedFeed, answers: Answers, lang: string, match: Match | undefined): MatchOutcome | undefined {
    return match && this.#guided(prepared, answers, this.#minute(), match, this.#search.ownWords(prepared, lang));
  }

  /** Browse lives in a lazily loaded file; with it not yet loaded there is nothing to list. */
  browse(prepared: PreparedFeed, filters: BrowseFilters, langs: readonly string[], lazy: Lazy | undefined): ResultList {
    const lang = langs[0] ?? 'en';
    // Opening browse starts the index in the background; typing a search hurries it along.
    const index = this.#search.index(prepared, lang, filters.query.trim() !== '');
    return this.#browse(prepared, filters, this.#minute(), langs.join(','), lazy, index);
  }

  #minute(): number {
    return Math.floor((this.#now() ?? new Date()).getTime() / 60_000);
  }

  #clock(minute: number): Date {
    return this.#now() ?? new Date(minute * 60_000);
  }

  readonly #guided = memoOne(
    (prepared: PreparedFeed, answers: Answers, minute: number, matchServices: Match, words?: OwnWords) => {
      const now = this.#clock(minute);
      return matchServices(prepared.feed.services, answers, {
        now,
        timeZone: prepared.feed.partnership.timeZone,
        areas: prepared.feed.areas,
        open: prepared.openStates(now),
        queryGroups: this.#search.groups(words, answers.query ?? ''),
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
