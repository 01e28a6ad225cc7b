import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ParsedFeed } from '../../feed/assemble.ts';
import { FeedError, formatWarning, skippedServices } from '../../feed/errors.ts';
import type { LoadOptions } from '../../feed/load.ts';
import { prepareFeed, type PreparedFeed } from '../../feed/prepared.ts';
import { SupportFinderErrorEvent, SupportFinderLoadEvent } from '../events.ts';

/** Where the feed comes from and how carefully to fetch it: the element's attributes. */
export interface FeedSource {
  src: string;
  /** A feed object given as a property; wins over `src`. */
  feed: unknown;
  timeoutMs: number;
  maxBytes: number;
  allowInsecure: boolean;
  /** A second address to try when `src` fails, e.g. a copy on the host's own site. */
  fallbackSrc: string;
  /**
   * What the first screen will need from the whole feed, worked out before it is drawn (in tasks
   * of its own, so the drawing is not one long task with it).
   */
  beforeShow?: (prepared: PreparedFeed) => Promise<unknown> | undefined;
}

export type FeedState =
  | { status: 'idle' }
  | { status: 'loading' }
  /** `stale`: `src` failed with this error, and what is shown is the fallback copy. */
  | { status: 'ready'; prepared: PreparedFeed; stale?: Error | undefined }
  | { status: 'error'; error: Error };

interface Loaded {
  prepared: PreparedFeed;
  stale?: Error;
}

type Reader = typeof import('../../feed/reader.ts');
let reader: Promise<Reader> | undefined;

/**
 * The feed reader's file, asked for once per page (every finder shares it) and again after a
 * failed fetch, so "Try again" can recover from a dropped connection.
 */
function feedReader(): Promise<Reader> {
  reader ??= import('../../feed/reader.ts').catch((error: unknown) => {
    reader = undefined;
    throw error;
  });
  return reader;
}

type Args = [string, unknown, number, number, boolean, string];

/**
 * Loads, checks and prepares the feed, bound to the element's life: a new `src` aborts the
 * request in flight, leaving the page aborts it too, and coming back (an element moved in the
 * page) starts it again, so nobody is left looking at "Loading…" for ever.
 *
 * When `src` fails, a fallback is tried: a `<script type="application/json">` inside the element
 * (written into the page, so it survives the feed's server being down), then `fallback-src`.
 * Either is shown labelled as possibly out of date, and the failure is still reported.
 */
export class FeedController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #task: Task<Args, Loaded>;
  /** A load was cut short by disconnection and must run again on reconnection. */
  #interrupted = false;
  /** `support-finder-load`, waiting for the render that shows the feed. */
  #loadEvent: SupportFinderLoadEvent | undefined;

  readonly #source: () => FeedSource;

  constructor(host: ReactiveControllerHost & HTMLElement, source: () => FeedSource) {
    this.#host = host;
    this.#source = source;
    host.addController(this);
    this.#task = new Task<Args, Loaded>(host, {
      args: () => {
        const s = source();
        return [s.src, s.feed, s.timeoutMs, s.maxBytes, s.allowInsecure, s.fallbackSrc];
      },
      task: async ([src, feed, timeoutMs, maxBytes, allowInsecure, fallbackSrc], { signal }) => {
        // The reader (with zod) is its own file, fetched while the first screen paints.
        const { loadFeed, readFeed } = await feedReader();
        signal.throwIfAborted();
        if (feed !== undefined && feed !== null) return await this.#ready(await readFeed(feed, { signal }));
        const options: LoadOptions = { signal, timeoutMs, maxBytes, allowInsecure };
        let parsed: ParsedFeed;
        try {
          if (!src) throw new FeedError('no-src', 'The element has no src attribute and no feed property.');
          parsed = await loadFeed(src, options);
        } catch (error) {
          if (signal.aborted) throw error;
          const fallback = await this.#fallback(fallbackSrc, options);
          if (!fallback) throw error;
          signal.throwIfAborted();
          // With no src, an inline feed is simply the feed; otherwise it stands in for a failure.
          if (!src) return await this.#ready(fallback);
          this.#failed(error);
          return await this.#ready(fallback, error instanceof Error ? error : new Error(String(error)));
        }
        signal.throwIfAborted();
        return await this.#ready(parsed);
      },
      onError: (error) => this.#failed(error),
    });
  }

  get state(): FeedState {
    switch (this.#task.status) {
      case TaskStatus.INITIAL:
        return { status: 'idle' };
      case TaskStatus.PENDING:
        return { status: 'loading' };
      case TaskStatus.COMPLETE: {
        const value = this.#task.value;
        return value ? { status: 'ready', prepared: value.prepared, stale: value.stale } : { status: 'idle' };
      }
      case TaskStatus.ERROR: {
        // Aborted by leaving the page: about to run again on reconnection, not a failure.
        if (isAbort(this.#task.error)) return { status: 'loading' };
        const error = this.#task.error;
        return { status: 'error', error: error instanceof Error ? error : new Error(String(error)) };
      }
    }
  }

  /** The prepared feed when ready. */
  get prepared(): PreparedFeed | undefined {
    const state = this.state;
    return state.status === 'ready' ? state.prepared : undefined;
  }

  /** "Try again". */
  retry(): void {
    void this.#task.run();
  }

  hostConnected(): void {
    window.addEventListener('online', this.#onOnline);
    if (!this.#interrupted) return;
    this.#interrupted = false;
    void this.#task.run();
  }

  hostUpdated(): void {
    const event = this.#loadEvent;
    if (!event || this.state.status !== 'ready') return;
    this.#loadEvent = undefined;
    this.#host.dispatchEvent(event);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.#onOnline);
    if (this.#task.status !== TaskStatus.PENDING) return;
    this.#interrupted = true;
    this.#task.abort();
  }

  /**
   * The connection is back: a load that failed for want of one (or a fallback copy shown
   * instead) tries again by itself, so nobody has to notice and press "Try again".
   */
  readonly #onOnline = (): void => {
    const state = this.state;
    const error = state.status === 'error' ? state.error : state.status === 'ready' ? state.stale : undefined;
    if (error instanceof FeedError && ['offline', 'network', 'timeout'].includes(error.code)) this.retry();
  };

  /** The inline copy, then `fallback-src`; undefined when neither gives a usable feed. */
  async #fallback(fallbackSrc: string, options: LoadOptions): Promise<ParsedFeed | undefined> {
    const { loadFeed, readFeed, readJson } = await feedReader();
    const inline = this.#host.querySelector(':scope > script[type="application/json"]')?.textContent;
    if (inline?.trim()) {
      try {
        return await readFeed(readJson(inline).json, { signal: options.signal });
      } catch (error) {
        console.warn('support-finder: the inline fallback feed could not be used', error);
      }
    }
    if (!fallbackSrc) return undefined;
    try {
      return await loadFeed(fallbackSrc, { ...options, retries: 0 });
    } catch (error) {
      if (options.signal?.aborted) throw error;
      console.warn('support-finder: fallback-src could not be used', error);
      return undefined;
    }
  }

  async #ready(parsed: ParsedFeed, stale?: Error): Promise<Loaded> {
    for (const w of parsed.warnings) console.warn(`support-finder: ${formatWarning(w)}`);
    const skipped = skippedServices(parsed.warnings);
    const prepared = prepareFeed(parsed.feed, skipped);
    await this.#source().beforeShow?.(prepared);
    // Told once the finder shows the feed (see hostUpdated), so a listener finds it on screen.
    this.#loadEvent = new SupportFinderLoadEvent(parsed.feed.services.length, skipped);
    return stale ? { prepared, stale } : { prepared };
  }

  #failed(error: unknown): void {
    if (isAbort(error)) return;
    const err = error instanceof Error ? error : new Error(String(error));
    console.error(`support-finder: ${err.message}`);
    this.#host.dispatchEvent(new SupportFinderErrorEvent(err instanceof FeedError ? err.code : 'unknown', err.message));
  }
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
