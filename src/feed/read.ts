/**
 * The browser's feed reader. The quick checker (no zod) reads every listing in slices of a few
 * milliseconds, giving the page back between slices so typing and tapping stay smooth; zod, in
 * its own file, is fetched only when something needs its precise warning. Every service shown
 * has passed one of the two, and the quick one never accepts what zod would not.
 */
import { assembleFeed, checkVersion, type CheckedEnvelope, type CheckedService, type ParsedFeed } from './assemble.ts';
import type { FeedWarning } from './errors.ts';
import { listedAreas } from './known.ts';
import type { FeedEnvelope, Service } from './schema.ts';
import type { StreamedFeed } from './stream-parse.ts';
import { quickEnvelope, quickService } from './fast-check.ts';
import { yieldToPage } from '../schedule/tasks.ts';

export interface ReadOptions {
  /** Stops between slices when aborted (a newer feed replaced this one). */
  signal?: AbortSignal;
  /** Longest stretch of checking before the page gets a turn; well under the 50 ms of a long task. */
  sliceMs?: number;
  /**
   * The caller decoded `json` itself and nobody else holds it, so it may be reshaped into the
   * checked feed where it lies instead of copied (half the memory, far less garbage collection).
   */
  owned?: boolean;
}

/**
 * The longest stretch of reading or checking before the page gets a turn: a tap waits at most
 * this long (a little more on a slow phone, where a piece overshoots), well under the 50 ms that
 * makes a long task. Each turn has its cost: in runs alternating builds at 5,000 services and 4×,
 * 16 ms instead of 8 made the feed ready some 8 to 14% sooner after it arrived; 24 no sooner.
 */
export const SLICE_MS = 16;

const strictParser = () => import('./parse.ts');

/**
 * The listings' checks, one listing at a time, so they can run as each arrives (see
 * stream-parse.ts) or in slices; the quick checker first, zod for what it defers.
 */
export class ListingChecks {
  /** The listings as given, in order; checked in place when `owned`. */
  readonly raws: unknown[] = [];
  readonly #owned: boolean;
  /** The service each listing gave the quick checker, or undefined where zod must look (`#deferred`). */
  readonly #passed: (Service | undefined)[] = [];
  readonly #deferred: number[] = [];
  // Noted while each listing is at hand, for assembleFeed (ListingSummary).
  readonly #ids = new Set<string>();
  #unique = true;
  readonly #topics = new Set<string>();
  readonly #areas = new Set<string>();

  constructor(owned: boolean) {
    this.#owned = owned;
  }

  add(raw: unknown): void {
    const i = this.raws.push(raw) - 1;
    const service = quickService(raw, this.#owned);
    this.#passed[i] = service;
    if (!service) {
      this.#deferred.push(i);
      return;
    }
    if (this.#ids.has(service.id)) this.#unique = false;
    else this.#ids.add(service.id);
    for (const t of service.topics) this.#topics.add(t);
    for (const a of listedAreas(service)) this.#areas.add(a);
  }

  /** The feed, once the envelope around these listings is checked. */
  async finish(envelope: FeedEnvelope, warnings: FeedWarning[], signal?: AbortSignal): Promise<ParsedFeed> {
    if (!this.#deferred.length && this.#unique) {
      const summary = { services: this.#passed as Service[], topics: this.#topics, areas: this.#areas };
      return assembleFeed(envelope, () => this.#checked(), warnings, summary);
    }
    const checked = this.#checked();
    if (this.#deferred.length) {
      const { strictService } = await strictParser();
      signal?.throwIfAborted();
      for (const i of this.#deferred) checked[i] = strictService(this.raws[i], i);
    }
    return assembleFeed(envelope, checked, warnings);
  }

  #checked(): CheckedService[] {
    return this.#passed.map((service) => ({ service, warnings: NO_WARNINGS }));
  }
}

const NO_WARNINGS: readonly FeedWarning[] = [];

/** The version gate, then the envelope: quickly, or by zod when something in it is wrong. */
async function checkEnvelope(json: unknown, owned: boolean): Promise<CheckedEnvelope> {
  checkVersion(json);
  const quick = quickEnvelope(json, owned);
  return quick ? { envelope: quick, warnings: [] } : (await strictParser()).strictEnvelope(json);
}

/** Checks a decoded feed document, as parseFeed does, without zod when nothing is wrong. */
export async function readFeed(json: unknown, options: ReadOptions = {}): Promise<ParsedFeed> {
  const { signal, sliceMs = SLICE_MS, owned = false } = options;
  const { envelope, warnings } = await checkEnvelope(json, owned);
  const raws = envelope.services;
  const checks = new ListingChecks(owned);
  let sliceEnd = performance.now() + sliceMs;
  for (let i = 0; i < raws.length; i++) {
    checks.add(raws[i]);
    if ((i & 31) === 31 && performance.now() > sliceEnd) {
      await yieldToPage();
      signal?.throwIfAborted();
      sliceEnd = performance.now() + sliceMs;
    }
  }
  return checks.finish(envelope, warnings, signal);
}

/**
 * The feed from a streamed parse (stream-parse.ts): its listings were checked as they arrived;
 * what is left is the envelope, which holds them again in their place, as JSON.parse gives it.
 */
export async function readStreamedFeed(
  streamed: StreamedFeed,
  checks: ListingChecks,
  signal?: AbortSignal,
): Promise<ParsedFeed> {
  const json = streamed.envelope;
  json['services'] = checks.raws;
  const { envelope, warnings } = await checkEnvelope(json, true);
  return checks.finish(envelope, warnings, signal);
}
