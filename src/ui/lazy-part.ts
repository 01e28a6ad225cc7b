import { adoptStyles, type CSSResult, type ReactiveControllerHost, type ReactiveElement } from 'lit';
import { addLaterEnglish } from '../i18n/localize.ts';

/** What a controller loads later: started while its element is in the page, stopped when it leaves. */
export interface Watcher {
  start(): void;
  stop(): void;
}

/**
 * A part of a controller that lives in a file loaded after the first render (see
 * page-watchers.ts): loaded once, started while the element is connected, stopped when it is not.
 * Without the file (the connection lost mid-load, say) the controller goes on without it.
 */
export class LazyPart<T extends Watcher> {
  readonly #load: () => Promise<T>;
  #loading: Promise<T | undefined> | undefined;
  #part: T | undefined;
  #connected = false;
  #started = false;

  constructor(load: () => Promise<T>) {
    this.#load = load;
  }

  /** The part, once loaded and started. */
  get part(): T | undefined {
    return this.#started ? this.#part : undefined;
  }

  connect(): void {
    this.#connected = true;
    this.#loading ??= this.#load().catch((error: unknown) => {
      console.warn('support-finder: a part could not load', error);
      return undefined;
    });
    void this.#loading.then((part) => {
      this.#part = part;
      if (part && this.#connected && !this.#started) {
        this.#started = true;
        part.start();
      }
    });
  }

  disconnect(): void {
    this.#connected = false;
    if (this.#started) this.#part?.stop();
    this.#started = false;
  }
}

export type LazyViews = typeof import('./lazy-views.ts');
export type LazyResults = typeof import('./lazy-results.ts');

/**
 * A part of the finder in a separate file, fetched the first time it is wanted. If the file cannot
 * be fetched the rest of the finder carries on and the screen offers "Try again".
 */
export class LazyScreens<T> {
  part?: T;
  failed = false;
  #loading = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly fetch: () => Promise<T>,
    private readonly what: string,
  ) {}

  /** Fetches the part unless it is here, on its way, or failed (then only "Try again" asks again). */
  want(): void {
    if (!this.failed) this.load();
  }

  load(): void {
    if (this.part || this.#loading) return;
    this.#loading = true;
    this.failed = false;
    this.fetch()
      .then(
        (part) => (this.part = part),
        (error: unknown) => {
          console.warn(`support-finder: ${this.what} could not load`, error);
          this.failed = true;
        },
      )
      .finally(() => {
        this.#loading = false;
        this.host.requestUpdate();
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
 * A part that brings later screens: their English words join the catalog, and their styles the
 * element's own, before any of those screens can show, as the part is handed over only after this.
 */
export function lazyScreens<T extends LaterScreens>(host: ReactiveElement, fetch: () => Promise<T>, what: string) {
  return new LazyScreens(
    host,
    () =>
      fetch().then((part) => {
        addLaterEnglish(part.laterEnglish);
        const root = host.renderRoot;
        if (root instanceof ShadowRoot && !styled.has(root)) {
          styled.add(root);
          adoptStyles(root, [...(host.constructor as typeof ReactiveElement).elementStyles, part.laterStyles]);
        }
        return part;
      }),
    what,
  );
}
