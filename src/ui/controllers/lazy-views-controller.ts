import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { addLaterEnglish } from '../../i18n/localize.ts';

export type LazyViews = typeof import('../lazy-views.ts');
export type LazyResults = typeof import('../lazy-results.ts');

/**
 * A part of the finder in a separate file, fetched the first time it is asked for. If the file
 * cannot be fetched the rest of the finder carries on and the screen offers "Try again".
 */
export class LazyPartController<T> implements ReactiveController {
  part?: T;
  failed = false;
  readonly #host: ReactiveControllerHost;
  readonly #fetch: () => Promise<T>;
  readonly #what: string;
  #loading = false;

  constructor(host: ReactiveControllerHost, fetch: () => Promise<T>, what: string) {
    this.#host = host;
    this.#fetch = fetch;
    this.#what = what;
    host.addController(this);
  }

  hostConnected(): void {
    // Nothing to fetch until someone asks.
  }

  /** Fetches the part unless it is here, on its way, or failed (then only "Try again" asks again). */
  want(): void {
    if (!this.failed) this.load();
  }

  load(): void {
    if (this.part || this.#loading) return;
    this.#loading = true;
    this.failed = false;
    this.#fetch()
      .then(
        (part) => {
          this.part = part;
        },
        (error: unknown) => {
          console.warn(`support-finder: ${this.#what} could not load`, error);
          this.failed = true;
        },
      )
      .finally(() => {
        this.#loading = false;
        this.#host.requestUpdate();
      });
  }
}

/** The later screens' English words join the catalog before any of those screens can show. */
function withLaterEnglish<T extends { laterEnglish: Parameters<typeof addLaterEnglish>[0] }>(part: T): T {
  addLaterEnglish(part.laterEnglish);
  return part;
}

/**
 * Browse and "My summary", fetched the first time someone opens either: most visits are one
 * guided journey.
 */
export class LazyViewsController extends LazyPartController<LazyViews> {
  constructor(host: ReactiveControllerHost) {
    super(host, () => import('../lazy-views.ts').then(withLaterEnglish), 'browse and summary');
  }

  get views(): LazyViews | undefined {
    return this.part;
  }
}

/**
 * The guided results and their cards, fetched while the person answers the questions: nobody
 * needs a card before the last answer, so they stay out of the first download.
 */
export class LazyResultsController extends LazyPartController<LazyResults> {
  constructor(host: ReactiveControllerHost) {
    super(host, () => import('../lazy-results.ts').then(withLaterEnglish), 'results');
  }
}
