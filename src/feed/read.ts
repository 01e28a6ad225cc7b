/**
 * The browser's feed reader. The quick checker (no zod) reads every listing in slices of a few
 * milliseconds, giving the page back between slices so typing and tapping stay smooth; zod, in
 * its own file, is fetched only when something needs its precise warning. Every service shown
 * has passed one of the two, and the quick one never accepts what zod would not.
 */
import { assembleFeed, checkVersion, type CheckedService, type ParsedFeed } from './assemble.ts';
import { quickEnvelope, quickService } from './fast-check.ts';

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

type Scheduler = { yield?: () => Promise<void> };

/** Lets the page handle input and paint, then carries on; scheduler.yield keeps our place in line. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    // A message is not throttled like a nested setTimeout (4 ms each after the fifth).
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

const strictParser = () => import('./parse.ts');

/** Checks a decoded feed document, as parseFeed does, without zod when nothing is wrong. */
export async function readFeed(json: unknown, options: ReadOptions = {}): Promise<ParsedFeed> {
  const { signal, sliceMs = 8, owned = false } = options;
  checkVersion(json);
  const quick = quickEnvelope(json, owned);
  const { envelope, warnings } = quick
    ? { envelope: quick, warnings: [] }
    : (await strictParser()).strictEnvelope(json);
  const raws = envelope.services;
  const checked = new Array<CheckedService>(raws.length);
  const deferred: number[] = [];
  let sliceEnd = performance.now() + sliceMs;
  for (let i = 0; i < raws.length; i++) {
    const service = quickService(raws[i], owned);
    if (service) checked[i] = { service, warnings: [] };
    else deferred.push(i);
    if ((i & 31) === 31 && performance.now() > sliceEnd) {
      await yieldToPage();
      signal?.throwIfAborted();
      sliceEnd = performance.now() + sliceMs;
    }
  }
  if (deferred.length) {
    const { strictService } = await strictParser();
    signal?.throwIfAborted();
    for (const i of deferred) checked[i] = strictService(raws[i], i);
  }
  return assembleFeed(envelope, checked, warnings);
}
