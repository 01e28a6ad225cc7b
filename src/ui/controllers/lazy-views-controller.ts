import {
  adoptStyles,
  type CSSResult,
  type ReactiveController,
  type ReactiveControllerHost,
  type ReactiveElement,
} from 'lit';
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

/** What a part that brings later screens carries besides them. */
interface LaterScreens {
  laterEnglish: Parameters<typeof addLaterEnglish>[0];
  laterStyles: CSSResult;
}

const styled = new WeakSet<ShadowRoot>();

/**
 * The later screens' English words join the catalog, and their styles the element's own, before
 * any of those screens can show: the part is handed over only after this.
 */
function arrived<T extends LaterScreens>(host: ReactiveElement, part: T): T {
  addLaterEnglish(part.laterEnglish);
  const root = host.renderRoot;
  if (root instanceof ShadowRoot && !styled.has(root)) {
    styled.add(root);
    adoptStyles(root, [...(host.constructor as typeof ReactiveElement).elementStyles, part.laterStyles]);
  }
  return part;
}

/**
 * Browse and "My summary", fetched the first time someone opens either: most visits are one
 * guided journey.
 */
export class LazyViewsController extends LazyPartController<LazyViews> {
  constructor(host: ReactiveElement) {
    super(host, () => import('../lazy-views.ts').then((part) => arrived(host, part)), 'browse and summary');
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
  constructor(host: ReactiveElement) {
    super(host, () => import('../lazy-results.ts').then((part) => arrived(host, part)), 'results');
  }
}
