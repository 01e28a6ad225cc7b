import { FeedError } from './errors.ts';
import type { ParsedFeed } from './assemble.ts';
import { readFeed } from './read.ts';

export interface LoadOptions {
  /** Cancels the request; a newer load passes a new signal and aborts the old one. */
  signal?: AbortSignal;
  /** Give up after this long. */
  timeoutMs?: number;
  /** Refuse bodies larger than this, whatever the server says. */
  maxBytes?: number;
  /** Allow plain `http:` feeds from other origins (for local testing only). */
  allowInsecure?: boolean;
  /** The page's own URL, used to resolve relative feed URLs and decide same-origin. */
  baseUrl?: string;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
/**
 * 32 MB: room for a national directory of 20,000 services with translations (~26 MB), while a
 * runaway or hostile response is still cut off long before it could exhaust a phone's memory.
 */
export const DEFAULT_MAX_BYTES = 33_554_432;

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

async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw tooLarge(maxBytes);
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  // Each piece is decoded as it arrives, while the rest is still on its way, so a large feed
  // is not decoded all at once after the last byte.
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

function tooLarge(maxBytes: number): FeedError {
  return new FeedError('too-large', `The feed is larger than ${Math.round(maxBytes / 1024)} KB, so it was not loaded.`);
}

/** Turns a JSON syntax error into words a partnership officer can act on. */
export function decodeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    const hint = /^\s*</.test(text) ? ' It looks like a web page rather than JSON: check the address.' : '';
    throw new FeedError('not-json', `The feed is not valid JSON (${detail}).${hint}`, { cause });
  }
}

/**
 * Fetches and checks a feed. Sends no cookies and no referrer: the feed host learns nothing about
 * which page, or which person, asked.
 */
export async function loadFeed(src: string, options: LoadOptions = {}): Promise<ParsedFeed> {
  // Node (the CLI, tests) has no location; a browser always does.
  const page = (globalThis as { location?: Location }).location;
  const baseUrl = options.baseUrl ?? page?.href ?? 'https://localhost/';
  const url = checkFeedUrl(src, baseUrl, options.allowInsecure);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  try {
    const response = await fetch(url, {
      signal,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      headers: { accept: 'application/json' },
    });
    if (!response.ok) {
      throw new FeedError('http', `The feed server answered ${response.status} ${response.statusText}`.trim() + '.');
    }
    const text = await readCapped(response, options.maxBytes ?? DEFAULT_MAX_BYTES);
    return await readFeed(decodeJson(text), { signal, owned: true });
  } catch (error) {
    if (error instanceof FeedError) throw error;
    if (timeout.aborted && !options.signal?.aborted) {
      throw new FeedError('timeout', `The feed took longer than ${Math.round(timeoutMs / 1000)} seconds to arrive.`, {
        cause: error,
      });
    }
    // A caller's abort is not a failure to report; let it through unchanged.
    if (options.signal?.aborted) throw error;
    throw new FeedError('network', 'The feed could not be reached. You may be offline, or the address may be wrong.', {
      cause: error,
    });
  }
}
