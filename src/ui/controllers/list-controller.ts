import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterPaint } from '../../schedule/tasks.ts';
import { FIRST_CARDS, PAGE_SIZE } from '../parts/page-size.ts';

/**
 * How much of the screen's list of cards shows, and how much of it is drawn. One rule on every
 * device: a new page (a changed search or filter, another screen, "Show more") draws its first
 * `FIRST_CARDS` cards in the update that changed it and the rest of the page in one update after
 * that is painted, so no one task draws a key, its search and ten cards, and the first cards show at once. Cards not drawn
 * yet keep what they showed (see `resultList`).
 */
export class ListController implements ReactiveController {
  /** Cards shown before "Show more". */
  limit = PAGE_SIZE;
  /** How many of them are drawn so far. */
  drawn = FIRST_CARDS;
  /** The rest of the page, waiting for the frame to be painted. */
  pending: Promise<void> | undefined;
  readonly #host: ReactiveControllerHost & { readonly renderRoot: ParentNode };
  /** What the list shows (the screen, the filters): a change starts it again from the top. */
  readonly #list: () => readonly unknown[];
  #shown: readonly unknown[] = [];
  /** Counts new pages, so the rest of one is not drawn in the frame of the next. */
  #page = 0;

  constructor(host: ReactiveControllerHost & { readonly renderRoot: ParentNode }, list: () => readonly unknown[]) {
    this.#host = host;
    this.#list = list;
    host.addController(this);
  }

  hostUpdate(): void {
    const list = this.#list();
    if (list.length === this.#shown.length && list.every((part, i) => part === this.#shown[i])) return;
    this.#shown = list;
    this.limit = PAGE_SIZE;
    this.#from(0);
  }

  /** "Show more": the next page below the cards already shown. */
  more(): void {
    this.limit += PAGE_SIZE;
    this.#from(this.limit - PAGE_SIZE);
    this.#host.requestUpdate();
  }

  #from(start: number): void {
    this.drawn = start + FIRST_CARDS;
    this.#page++;
  }

  hostUpdated(): void {
    // Only where a list drew some of its cards: most screens have none.
    if (this.pending || !this.#host.renderRoot.querySelector('ul[data-waiting]')) return;
    const page = this.#page;
    this.pending = afterPaint().then(() => {
      this.pending = undefined;
      if (page === this.#page) this.drawn = this.limit;
      this.#host.requestUpdate();
    });
  }
}
