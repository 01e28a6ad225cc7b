import { readJson, textDecoder } from './decode.ts';
import { FeedError } from './errors.ts';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from './limits.ts';
import type { ParsedFeed } from './assemble.ts';
import { readFeed } from './parse.ts';
import { yieldToPage } from '../schedule/tasks.ts';

export { decodeJson } from './decode.ts';
export { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from './limits.ts';

export interface LoadOptions {
  /** Cancels the request; a newer load passes a new signal and aborts the old one. */
  signal?: AbortSignal;
  /** Give up after this long, retries included. */
  timeoutMs?: number;
  /** Refuse bodies larger than this, whatever the server says. */
  maxBytes?: number;
  /** Allow plain `http:` feeds from other origins (for local testing only). */
  allowInsecure?: boolean;
  /** The page's own URL, used to resolve relative feed URLs and decide same-origin. */
  baseUrl?: string;
  /** Further tries after a transient failure (a 5xx, 429, or a dropped connection). */
  retries?: number;
  /** The wait before the first retry; doubled for each one after. */
  retryDelayMs?: number;
}

export const DEFAULT_RETRIES = 2;
export const DEFAULT_RETRY_DELAY_MS = 1_000;
/** A server asking us to come back later than this is not waited for: the person is told instead. */
const MAX_RETRY_WAIT_MS = 10_000;

/**
 * A large network piece is decoded this much at a time (about 12 ms on a slow phone), the page
 * getting a turn between.
 */
const DECODE_BYTES = 1 << 18;

/** Statuses worth one more try: the server is busy or briefly down, not wrong. */
const TRANSIENT_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);

/**
 * Resolves the feed URL and refuses anything that is not `https:` or the page's own origin,
 * so a mistyped or hostile attribute cannot send the request over plain HTTP or to `data:`.
 */
export function checkFeedUrl(src: string, baseUrl: string, allowInsecure = false): URL {
  let url: URL;
  try {
    url = new URL(src, baseUrl);
  } catch (cause) {
    throw new FeedError('url', `"${src}" is not a web address.`, { cause });
  }
  const base = new URL(baseUrl);
  const sameOrigin = url.origin === base.origin && (url.protocol === 'https:' || url.protocol === 'http:');
  if (url.protocol === 'https:' || sameOrigin) return url;
  if (allowInsecure && url.protocol === 'http:') return url;
  throw new FeedError('url', `The feed address must start with https:// (or be on this site), not ${url.protocol}.`);
}

/** Seconds from a `Retry-After` header: a number of seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/**
 * The body as text, stopping as soon as it passes the cap rather than after downloading it all
 * (the cap is there so a wrong address, a video or a disk image, cannot eat a phone's data and
 * memory). Each piece is decoded as it arrives, so decoding overlaps the download.
 */
async function readCapped(response: Response, maxBytes: number, contentType: string | null): Promise<string> {
  if (Number(response.headers.get('content-length')) > maxBytes) {
    await response.body?.cancel();
    throw tooLarge(maxBytes);
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const text: string[] = [];
  let decoder: TextDecoder | undefined;
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    if (!value.byteLength) continue;
    // The first piece tells the encoding (a network never sends fewer than the few bytes needed).
    decoder ??= textDecoder(value, contentType);
    for (let at = 0; at < value.byteLength; at += DECODE_BYTES) {
      if (at) await yieldToPage();
      text.push(decoder.decode(value.subarray(at, at + DECODE_BYTES), { stream: true }));
    }
  }
  return text.join('') + (decoder?.decode() ?? '');
}

function tooLarge(maxBytes: number): FeedError {
  return new FeedError('too-large', `The feed is larger than ${Math.round(maxBytes / 1024)} KB, so it was not loaded.`);
}

const REQUEST: RequestInit = { credentials: 'omit', referrerPolicy: 'no-referrer' };

/**
 * After `fetch` itself fails, tells apart "no connection", "the server answered but does not
 * allow other sites to read the feed" (CORS: the feed's host must add a header) and "could not
 * reach it at all". A browser reports all three as the same TypeError; an opaque no-cors HEAD to
 * the same address succeeds only in the CORS case. It goes to the same host, with no cookies and
 * no referrer, so it tells that host nothing new.
 */
async function whyUnreachable(url: URL, signal: AbortSignal, cause: unknown): Promise<FeedError> {
  const nav = (globalThis as { navigator?: Navigator }).navigator;
  if (nav?.onLine === false) {
    return new FeedError('offline', 'This device is offline, so the feed could not be loaded.', { cause });
  }
  if (typeof document !== 'undefined') {
    try {
      await fetch(url, { ...REQUEST, mode: 'no-cors', method: 'HEAD', signal });
      return new FeedError(
        'cors',
        `The feed server at ${url.host} answered, but does not allow other sites to read the feed. ` +
          'It needs to send the header Access-Control-Allow-Origin.',
        { cause },
      );
    } catch {
      // Not reachable at all: fall through.
    }
  }
  return new FeedError('network', 'The feed could not be reached. You may be offline, or the address may be wrong.', {
    cause,
  });
}

/** A limit set from script may be NaN or negative; that must mean "the default", not "none". */
function positive(value: number | undefined): number | undefined {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : undefined;
}

function isTransient(error: FeedError): boolean {
  return error.code === 'network' || (error.code === 'http' && TRANSIENT_STATUS.has(error.status ?? 0));
}

/** Waits `ms`, or less when `signal` aborts. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  signal.throwIfAborted();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason as Error);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** One request: the answer, or a `FeedError` saying why not. */
async function fetchOnce(url: URL, baseUrl: string, options: LoadOptions, signal: AbortSignal): Promise<ParsedFeed> {
  let response: Response;
  try {
    // HTTP caching is left to the browser and the feed server's own headers: a feed that rarely
    // changes is then read from the cache, and a new one is picked up when the server says so.
    response = await fetch(url, { ...REQUEST, signal, headers: { accept: 'application/json' } });
  } catch (cause) {
    if (signal.aborted) throw cause;
    throw await whyUnreachable(url, signal, cause);
  }
  // The https rule applies to where the feed really came from, not only where it was asked for.
  if (response.url) {
    try {
      checkFeedUrl(response.url, baseUrl, options.allowInsecure);
    } catch {
      await response.body?.cancel();
      throw new FeedError('url', `The feed address redirected to ${response.url}, which is not allowed.`);
    }
  }
  if (!response.ok) {
    await response.body?.cancel();
    const { status } = response;
    const retryAfterSeconds = parseRetryAfter(response.headers.get('retry-after'));
    const text = `The feed server answered ${status} ${response.statusText}`.trim();
    throw new FeedError(status === 404 || status === 410 ? 'not-found' : 'http', `${text}.`, {
      status,
      ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
    });
  }
  const contentType = response.headers.get('content-type');
  const text = await readCapped(response, positive(options.maxBytes) ?? DEFAULT_MAX_BYTES, contentType);
  // A body already in the browser is read without a pause; the parse gets a task of its own.
  await yieldToPage();
  signal.throwIfAborted();
  // The listings are parsed one at a time as they are checked, so no one task parses them all;
  // the checking starts in a task after the one that found them.
  const { json, items, warnings } = readJson(text, contentType, 'services');
  await yieldToPage();
  const parsed = await readFeed(json, { signal, items });
  return { feed: parsed.feed, warnings: [...warnings, ...parsed.warnings] };
}

/**
 * Fetches and checks a feed. Sends no cookies and no referrer: the feed host learns nothing about
 * which page, or which person, asked. A busy server or a dropped connection is tried again a
 * couple of times, waiting longer each time (or as long as `Retry-After` says, when that is
 * short), all within the one timeout, so a person never waits longer than `timeoutMs`.
 */
export async function loadFeed(src: string, options: LoadOptions = {}): Promise<ParsedFeed> {
  // Node (the CLI, tests) has no location; a browser always does.
  const page = (globalThis as { location?: Location }).location;
  const baseUrl = options.baseUrl ?? page?.href ?? 'https://localhost/';
  const url = checkFeedUrl(src, baseUrl, options.allowInsecure);
  const timeoutMs = positive(options.timeoutMs) ?? DEFAULT_TIMEOUT_MS;
  const deadline = Date.now() + timeoutMs;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const retries = options.retries ?? DEFAULT_RETRIES;
  const baseDelay = options.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS;
  let last: FeedError | undefined;
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        return await fetchOnce(url, baseUrl, options, signal);
      } catch (error) {
        if (!(error instanceof FeedError)) throw error;
        last = error;
        if (!isTransient(error) || attempt >= retries) throw error;
        const wait = error.retryAfterSeconds === undefined ? baseDelay * 2 ** attempt : error.retryAfterSeconds * 1000;
        if (wait > MAX_RETRY_WAIT_MS || Date.now() + wait >= deadline) throw error;
        await sleep(wait, signal);
      }
    }
  } catch (error) {
    if (error instanceof FeedError) throw error;
    // A caller's abort is not a failure to report; let it through unchanged.
    if (options.signal?.aborted) throw error;
    if (timeout.aborted) {
      // Timed out while waiting to retry: the real problem is the one that made us wait.
      throw (
        last ??
        new FeedError('timeout', `The feed took longer than ${Math.round(timeoutMs / 1000)} seconds to arrive.`, {
          cause: error,
        })
      );
    }
    throw new FeedError('network', 'The feed could not be reached. You may be offline, or the address may be wrong.', {
      cause: error,
    });
  }
}
