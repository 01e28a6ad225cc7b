import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FeedError, formatWarning } from '../../feed/errors.ts';
import { loadFeed } from '../../feed/load.ts';
import type { ParsedFeed } from '../../feed/assemble.ts';
import { readFeed } from '../../feed/read.ts';
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
}

export type FeedState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; prepared: PreparedFeed }
  | { status: 'error'; error: Error };

type Args = [string, unknown, number, number, boolean];

/**
 * Loads, checks and prepares the feed, bound to the element's life: a new `src` aborts the
 * request in flight, leaving the page aborts it too, and coming back (an element moved in the
 * page) starts it again, so nobody is left looking at "Loading…" for ever.
 */
export class FeedController implements ReactiveController {
  readonly #host: ReactiveControllerHost & EventTarget;
  readonly #task: Task<Args, PreparedFeed>;
  /** A load was cut short by disconnection and must run again on reconnection. */
  #interrupted = false;

  constructor(host: ReactiveControllerHost & EventTarget, source: () => FeedSource) {
    this.#host = host;
    host.addController(this);
    this.#task = new Task<Args, PreparedFeed>(host, {
      args: () => {
        const s = source();
        return [s.src, s.feed, s.timeoutMs, s.maxBytes, s.allowInsecure];
      },
      task: async ([src, feed, timeoutMs, maxBytes, allowInsecure], { signal }) => {
        let parsed: ParsedFeed;
        // zod stays out of the first download: readFeed fetches it only if the feed has faults.
        if (feed !== undefined && feed !== null) parsed = await readFeed(feed, { signal });
        else if (src) parsed = await loadFeed(src, { signal, timeoutMs, maxBytes, allowInsecure });
        else return initialState;
        signal.throwIfAborted();
        return this.#ready(parsed);
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
      case TaskStatus.COMPLETE:
        return this.#task.value ? { status: 'ready', prepared: this.#task.value } : { status: 'idle' };
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
    if (!this.#interrupted) return;
    this.#interrupted = false;
    void this.#task.run();
  }

  hostDisconnected(): void {
    if (this.#task.status !== TaskStatus.PENDING) return;
    this.#interrupted = true;
    this.#task.abort();
  }

  #ready(parsed: ParsedFeed): PreparedFeed {
    for (const w of parsed.warnings) console.warn(`support-finder: ${formatWarning(w)}`);
    const skipped = new Set(parsed.warnings.filter((w) => w.effect === 'skipped').map((w) => w.where)).size;
    const prepared = prepareFeed(parsed.feed, skipped);
    this.#host.dispatchEvent(new SupportFinderLoadEvent(parsed.feed.services.length, skipped));
    return prepared;
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
