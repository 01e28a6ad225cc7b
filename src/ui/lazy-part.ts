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
