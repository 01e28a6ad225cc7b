import type { ReactiveControllerHost } from 'lit';
import type { PreparedFeed } from '../../feed/prepared.ts';
import type { Localizer } from '../../i18n/localize.ts';
import { initialJourney, journeyReducer, type JourneyAction } from '../../journey/journey.ts';
import { journeyNews } from '../../journey/news.ts';
import type { Answers } from '../../match/answers.ts';
import { emptyFilters, filtersFromAnswers, type BrowseFilters } from '../../match/browse-filters.ts';
import type { locate } from '../locate.ts';
import type { Disclosure } from '../parts/service-card.ts';
import type { Locating } from '../views/questions/props.ts';
import type { Announcer } from './announcer.ts';
import { SCREEN_HEADING, type FocusTarget } from './focus-controller.ts';

export interface SessionDeps {
  announcer: Announcer;
  localizer: () => Localizer;
  focus: (target: FocusTarget) => void;
  /** How many guided results the current answers give, for announcing the results. */
  resultCount: () => number | undefined;
  /** How many services a set of browse filters lists, for announcing the count. */
  browseCount: (filters: BrowseFilters) => number;
  /** Asks for an update drawn in a task after the input event's, not inside it (see the element). */
  requestUpdateAfterInput: () => void;
}

/**
 * Everything the person has given, in memory only: the journey, saved services, their own words,
 * the cards they opened and browse filters. Every change goes through here, so what is said and
 * where focus goes (`journeyNews`) follow the same rules whichever screen caused it; `forget`
 * drops it all at once.
 */
export class SessionController {
  journey = initialJourney();
  /** Ids of services saved to "My summary", in the order saved. */
  saved: readonly string[] = [];
  /**
   * The cards' disclosures the person opened, by service id: kept here, not left to the elements,
   * which lit reuses for whatever service a search puts in their place.
   */
  readonly #open: Record<Disclosure, Set<string>> = { more: new Set(), 'read-more': new Set() };
  /** The person's own words for their summary. */
  note = '';
  filters: BrowseFilters = emptyFilters();
  locating: Locating = 'idle';
  readonly #host: ReactiveControllerHost;
  readonly #deps: SessionDeps;
  /** The answers browse filters were last taken from. */
  #filtersFrom: Answers | undefined;
  /** Arriving at the results said nothing yet: they were still being worked out. */
  #countDue = false;

  constructor(host: ReactiveControllerHost, deps: SessionDeps) {
    this.#host = host;
    this.#deps = deps;
  }

  dispatch(action: JourneyAction): void {
    const before = this.journey;
    this.journey = journeyReducer(before, action);
    this.#host.requestUpdate();
    if (this.journey.screen !== before.screen && this.journey.screen !== 'where') this.locating = 'idle';
    const { focus, say } = journeyNews(before, this.journey, action);
    if (focus) this.#deps.focus(focus === 'heading' ? SCREEN_HEADING : focus.field);
    const l = this.#deps.localizer();
    const count = say === 'results' ? this.#deps.resultCount() : undefined;
    this.#countDue = say === 'results' && count === undefined;
    if (count !== undefined) this.#deps.announcer.announce(l.t('results.count', { count }));
    else if (say && say !== 'results') this.#deps.announcer.announce(l.t(say.key, say.vars), say.now);
  }

  /** Says how many results there are, when arriving at them came before they were worked out. */
  resultsReady(count: number): void {
    if (!this.#countDue) return;
    this.#countDue = false;
    this.#deps.announcer.announce(this.#deps.localizer().t('results.count', { count }));
  }

  presets(presets: Partial<Answers>): void {
    this.dispatch({ type: 'presets', presets });
    if (presets.area) this.filters = { ...this.filters, area: presets.area };
  }

  /** Browse filters from the guided answers, when those changed since browse last took them. */
  browseFromAnswers(): void {
    const { answers } = this.journey;
    if (answers === this.#filtersFrom) return;
    this.#filtersFrom = answers;
    this.filters = filtersFromAnswers(answers, this.filters);
  }

  toggleSave(id: string, name: string): void {
    const had = this.saved.includes(id);
    this.saved = had ? this.saved.filter((s) => s !== id) : [...this.saved, id];
    this.#deps.announcer.announce(this.#deps.localizer().t(had ? 'save.removed' : 'save.added', { name }), true);
    this.#host.requestUpdate();
  }

  setFilters(filters: BrowseFilters): void {
    this.filters = filters;
    // A longer pause while typing, as GOV.UK's autocomplete does, so the count is read once; worked
    // out only then, so a key the next one replaces is not counted.
    this.#deps.announcer.announce(
      () => this.#deps.localizer().t('results.count', { count: this.#deps.browseCount(filters) }),
      false,
      1000,
    );
    this.#deps.requestUpdateAfterInput();
  }

  setNote(note: string): void {
    this.note = note;
    this.#host.requestUpdate();
  }

  /** "Use my location", with the lookup the question brings (`locate.ts`, not in the first download). */
  locate(prepared: PreparedFeed, find: typeof locate): void {
    this.locating = 'locating';
    this.#host.requestUpdate();
    void find(prepared).then((found) => {
      this.locating = found ? 'found' : 'failed';
      if (found) this.dispatch({ type: 'answer', set: found });
      this.#host.requestUpdate();
    });
  }

  stopLocating(): void {
    this.locating = 'idle';
    this.dispatch({ type: 'answer', clear: ['near'] });
  }

  isOpen(id: string, disclosure: Disclosure): boolean {
    return this.#open[disclosure].has(id);
  }

  /** A card's "More about …" or "Read more" opened or closed (by the person, or by find-in-page). */
  setOpen(id: string, disclosure: Disclosure, open: boolean): void {
    const ids = this.#open[disclosure];
    if (ids.has(id) === open) return;
    if (open) ids.add(id);
    else ids.delete(id);
    this.#host.requestUpdate();
  }

  /** Drops everything the person entered or chose: answers, saved services, their own words. */
  forget(): void {
    this.journey = journeyReducer(this.journey, { type: 'forget' });
    this.saved = [];
    for (const ids of Object.values(this.#open)) ids.clear();
    this.note = '';
    this.filters = emptyFilters();
    this.#filtersFrom = undefined;
    this.locating = 'idle';
    this.#host.requestUpdate();
  }

  /** "Clear my summary": forget, say so, and start from the first question. */
  clear(): void {
    this.forget();
    this.#deps.announcer.announce(this.#deps.localizer().t('summary.cleared'), true);
    this.#deps.focus(SCREEN_HEADING);
  }
}
