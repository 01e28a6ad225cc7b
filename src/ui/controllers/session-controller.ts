import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PreparedFeed } from '../../feed/prepared.ts';
import type { Localizer } from '../../i18n/localize.ts';
import { initialJourney, journeyReducer, type JourneyAction, type JourneyState } from '../../journey/journey.ts';
import { STEP_IDS } from '../../journey/steps.ts';
import { URGENT_TOPIC, type Answers } from '../../match/answers.ts';
import { emptyFilters, filtersFromAnswers, type BrowseFilters } from '../../match/browse-filters.ts';
import type { locate } from '../locate.ts';
import { FIRST_CARDS, MORE_CARDS, PAGE_SIZE, SLOW_DRAW_MS } from '../parts/page-size.ts';
import type { Disclosure } from '../parts/service-card.ts';
import type { Locating } from '../views/questions/props.ts';
import type { Announcer } from './announcer.ts';

export interface SessionHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface SessionDeps {
  announcer: Announcer;
  localizer: () => Localizer;
  /** How many guided results the current answers give, for announcing the results. */
  resultCount: () => number | undefined;
  /** How many services a set of browse filters lists, for announcing the count. */
  browseCount: (filters: BrowseFilters) => number;
  /** Asks for an update drawn in a task after the input event's, not inside it (see the element). */
  requestUpdateAfterInput: () => void;
}

/**
 * Everything the person has given, in memory only: the journey, saved services, their own words
 * and browse filters. Every change goes through here, so focus moves and announcements follow
 * the same rules whichever screen caused it; `forget` drops it all at once.
 */
export class SessionController implements ReactiveController {
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
  /** How many results are shown before "Show more". */
  listLimit = PAGE_SIZE;
  /** A changed browse list is being drawn, for `#drawMs` so far. */
  #drawing = false;
  #drawMs = 0;
  /**
   * Draw the next change in steps. Until a change has been drawn, nothing is known of how quick
   * this device is, so the first is drawn in steps.
   */
  #inSteps = true;
  /**
   * A change took longer than `SLOW_DRAW_MS` to draw here: a slow device, which keeps drawing in
   * steps. A later change drawn quickly says little, as a key that changes few cards is quick
   * anywhere; going back to one step after one such key put the next key that changed every card
   * into one task of over 40 ms on a phone four times slower than a laptop.
   */
  #slow = false;
  /** How many cards the next update draws (`drawLimit`) while a list is drawn in steps. */
  #drawUpTo: number | undefined;
  locating: Locating = 'idle';
  readonly #host: SessionHost;
  readonly #deps: SessionDeps;
  #focus: string | undefined;
  /** `#focus` had not rendered yet: its screen is waiting for the feed or a part. */
  #focusWaits = false;
  /** What had focus when `#focus` was asked for. */
  #focusFrom: Element | null = null;
  /** What had focus in the finder before this render. */
  #focused: Element | null = null;
  /** The answers browse filters were last taken from. */
  #filtersFrom: Answers | undefined;

  constructor(host: SessionHost, deps: SessionDeps) {
    this.#host = host;
    this.#deps = deps;
    host.addController(this);
  }

  hostUpdate(): void {
    const root = this.#host.renderRoot;
    // A shadow root knows what has focus; asking its tree for :focus visits every element.
    this.#focused = root instanceof ShadowRoot ? root.activeElement : root.querySelector(':focus');
    // Focus moved somewhere while the screen waited: the person's choice, not to be taken from them.
    // Not merely still on the control that asked (All services, waiting for its screen's file).
    const active = this.#focused ?? root.ownerDocument.activeElement;
    if (this.#focusWaits && active && active !== this.#focusFrom && active !== root.ownerDocument.body) {
      this.#focus = undefined;
      this.#focusWaits = false;
    }
  }

  hostUpdated(): void {
    // This render removed what had focus (a question's answers arriving in place of "Loading…",
    // "Try again" that worked): the step's heading takes it, so it is not lost to the page.
    if (!this.#focus && this.#focused && !this.#focused.isConnected) this.#focus = '#step-heading';
    if (!this.#focus) return;
    const target = this.#host.renderRoot.querySelector<HTMLElement>(this.#focus);
    // Not there yet (the screen waits for the feed): it takes focus when it shows.
    this.#focusWaits = !target;
    if (!target) return;
    target.focus();
    this.#focus = undefined;
  }

  /** Moves focus to the first element matching `selector` after the next render. */
  focusAfterUpdate(selector: string): void {
    this.#focus = selector;
    this.#focusWaits = false;
    const root = this.#host.renderRoot;
    this.#focusFrom = (root instanceof ShadowRoot ? root.activeElement : null) ?? root.ownerDocument.activeElement;
    this.#host.requestUpdate();
  }

  dispatch(action: JourneyAction): void {
    const before = this.journey;
    this.journey = journeyReducer(before, action);
    this.#host.requestUpdate();
    if (this.journey.screen === before.screen) {
      this.#announceSameScreen(before, action);
      return;
    }
    this.listLimit = PAGE_SIZE;
    if (this.journey.screen !== 'where') this.locating = 'idle';
    this.focusAfterUpdate('#step-heading');
    const l = this.#deps.localizer();
    // "Check your answers" is not a question; its heading, focused, says what it is.
    if (this.journey.screen === 'check') return;
    const index = STEP_IDS.indexOf(this.journey.screen as (typeof STEP_IDS)[number]);
    if (index >= 0) {
      this.#deps.announcer.announce(l.t('step.progress', { step: index + 1, total: STEP_IDS.length }));
      return;
    }
    const count = this.#deps.resultCount();
    if (count !== undefined) this.#deps.announcer.announce(l.t('results.count', { count }));
  }

  /**
   * What changed on the screen the person is on: an error is focused and announced (WCAG 3.3.1,
   * 4.1.3) each time Next meets it; an answer that offers urgent contacts says so, since the
   * offer appears after the control that caused it. Focus stays where the person is otherwise.
   */
  #announceSameScreen(before: JourneyState, action: JourneyAction): void {
    const l = this.#deps.localizer();
    const now = this.journey;
    if (now.error && (action.type === 'next' || now.error !== before.error)) {
      this.#deps.announcer.announce(l.t(now.error), true);
      // The field with the error; focus stays there, as GOV.UK's pattern keeps it.
      this.focusAfterUpdate('[aria-invalid="true"]');
      return;
    }
    if (now.answers.urgentNow === true && before.answers.urgentNow !== true) {
      this.#deps.announcer.announce(l.t('now.yesLead'), true);
    } else if (now.answers.topics.includes(URGENT_TOPIC) && !before.answers.topics.includes(URGENT_TOPIC)) {
      this.#deps.announcer.announce(l.t('urgent.lead'), true);
    }
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

  /** How many of the shown results to draw as cards in this update: see `FIRST_CARDS`. */
  get drawLimit(): number {
    return Math.min(this.#drawUpTo ?? this.listLimit, this.listLimit);
  }

  /**
   * After each update, with how long it took: true when it drew only some of a changed list's
   * cards, so the rest need another. The first change is drawn in steps, and so is every change
   * after one that took long to draw; a device that draws a change well under the mark before any
   * has been slow draws the next ones at once.
   */
  afterUpdate(ms: number): boolean {
    if (!this.#drawing) return false;
    this.#drawMs += ms;
    // Another step only while cards are left to draw: a list of three is drawn in one.
    if (
      this.#drawUpTo !== undefined &&
      this.#drawUpTo < Math.min(this.listLimit, this.#deps.browseCount(this.filters))
    ) {
      this.#drawUpTo += MORE_CARDS;
      return true;
    }
    this.#slow ||= this.#drawMs > SLOW_DRAW_MS;
    // Back to one step only well under the mark, so a device near it does not switch every key.
    this.#inSteps = this.#slow || (this.#inSteps && this.#drawMs > SLOW_DRAW_MS / 2);
    this.#drawUpTo = undefined;
    this.#drawing = false;
    this.#drawMs = 0;
    return false;
  }

  setFilters(filters: BrowseFilters): void {
    this.filters = filters;
    this.listLimit = PAGE_SIZE;
    this.#drawing = true;
    this.#drawMs = 0;
    this.#drawUpTo = this.#inSteps ? FIRST_CARDS : undefined;
    // A longer pause while typing, as GOV.UK's autocomplete does, so the count is read once.
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

  /** Shows another page of cards and moves focus to `firstNew`, the first card it adds. */
  showMore(firstNew: string): void {
    this.listLimit += PAGE_SIZE;
    this.focusAfterUpdate(firstNew);
  }

  /** A new screen starts its list from the top. */
  resetList(): void {
    this.listLimit = PAGE_SIZE;
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
    this.listLimit = PAGE_SIZE;
    this.locating = 'idle';
    this.#host.requestUpdate();
  }

  /** "Clear my summary": forget, say so, and start from the first question. */
  clear(): void {
    this.forget();
    this.#deps.announcer.announce(this.#deps.localizer().t('summary.cleared'), true);
    this.focusAfterUpdate('#step-heading');
  }
}
