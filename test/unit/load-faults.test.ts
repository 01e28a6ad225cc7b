import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeText, readJson, scanJson } from '../../src/feed/decode.ts';
import { FeedError } from '../../src/feed/errors.ts';
import { DEFAULT_MAX_BYTES, loadFeed, parseRetryAfter } from '../../src/feed/load.ts';
import { readFeed } from '../../src/feed/parse.ts';
import { minimalFeed, minimalService } from './fixtures.ts';

const base = { baseUrl: 'https://host.example.org/', retryDelayMs: 1 };
const FEED = 'https://data.example.org/feed.json';
const feedText = JSON.stringify(minimalFeed());

afterEach(() => vi.unstubAllGlobals());

/** Answers each request with the next response in the list (the last one repeats). */
function serve(...responses: (() => Response | Promise<Response>)[]) {
  let i = 0;
  const fn = vi.fn(() => {
    const next = responses[Math.min(i++, responses.length - 1)]!;
    return Promise.resolve().then(next);
  });
  vi.stubGlobal('fetch', fn);
  return fn;
}

function withUrl(response: Response, url: string): Response {
  Object.defineProperty(response, 'url', { value: url });
  return response;
}

const codeOf = async (p: Promise<unknown>) =>
  p.then(
    () => 'loaded',
    (e: unknown) => (e instanceof FeedError ? e.code : 'other'),
  );

describe('decodeText', () => {
  const utf16 = (text: string, le: boolean, bom: boolean) => {
    const out: number[] = bom ? (le ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
    for (const ch of text) {
      const c = ch.charCodeAt(0);
      out.push(...(le ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
    }
    return new Uint8Array(out);
  };

  it('reads UTF-8 with and without a byte-order mark', () => {
    const bytes = new TextEncoder().encode('{"a":"Gàidhlig"}');
    expect(decodeText(bytes)).toBe('{"a":"Gàidhlig"}');
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toBe('{"a":"Gàidhlig"}');
  });

  it('reads UTF-16 little- and big-endian, with a mark or without', () => {
    for (const le of [true, false]) {
      for (const bom of [true, false]) {
        expect(decodeText(utf16('{"a":"Łódź"}', le, bom))).toBe('{"a":"Łódź"}');
      }
    }
  });

  it('honours a declared charset, and ignores one it does not know', () => {
    expect(decodeText(new Uint8Array([0x7b, 0x22, 0xe0, 0x22, 0x7d]), 'application/json; charset=iso-8859-1')).toBe(
      '{"à"}',
    );
    expect(decodeText(new TextEncoder().encode('{}'), 'application/json; charset=klingon')).toBe('{}');
  });
});

describe('readJson', () => {
  const code = (text: string, type?: string) => {
    try {
      readJson(text, type);
      return 'ok';
    } catch (e) {
      return e instanceof FeedError ? e.code : 'other';
    }
  };
  it('gives each broken body its own reason', () => {
    expect(code('')).toBe('empty');
    expect(code('  \n ')).toBe('empty');
    expect(code('<!doctype html><h1>Page not found</h1>', 'text/html')).toBe('html');
    expect(code('Not found', 'text/html; charset=utf-8')).toBe('html');
    expect(code('{"version":"1.0","services":[{"id":"a"')).toBe('truncated');
    expect(code('{"a":"unfinished')).toBe('truncated');
    expect(code('{"a":1,}')).toBe('not-json');
    expect(code('\u0089PNG\r\n', 'image/png')).toBe('content-type');
    expect(code('PK\u0003\u0004', 'application/zip')).toBe('content-type');
  });

  it('uses valid JSON whatever it was served as, with a warning', () => {
    expect(readJson('{"a":1}', 'application/json').warnings).toEqual([]);
    expect(readJson('{"a":1}', 'application/feed+json; charset=utf-8').warnings).toEqual([]);
    const { json, warnings } = readJson('{"a":1}', 'text/plain');
    expect(json).toEqual({ a: 1 });
    expect(warnings).toEqual([expect.objectContaining({ section: 'load', effect: 'kept' })]);
  });

  it('knows truncation from other mistakes', () => {
    expect(scanJson('{"a": [1, 2').open).toBe(true);
    expect(scanJson('{"a": "x\\"').open).toBe(true);
    expect(scanJson('{"a": "}"}').open).toBe(false);
    expect(scanJson('{"a": 1}}').open).toBe(false);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and dates', () => {
    const now = Date.parse('2026-11-27T12:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120);
    expect(parseRetryAfter('Fri, 27 Nov 2026 12:00:30 GMT', now)).toBe(30);
    expect(parseRetryAfter('Fri, 27 Nov 2026 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});

describe('loadFeed faults', () => {
  it('has a default size cap that fits a 20,000-service feed', () => {
    expect(DEFAULT_MAX_BYTES).toBeGreaterThanOrEqual(25 * 1024 * 1024);
  });

  it('loads a UTF-16 feed with a byte-order mark', async () => {
    const bytes = [0xff, 0xfe];
    for (const ch of feedText) bytes.push(ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8);
    serve(() => new Response(new Uint8Array(bytes), { headers: { 'content-type': 'application/json' } }));
    const { feed } = await loadFeed(FEED, base);
    expect(feed.services).toHaveLength(1);
  });

  it('retries a busy server, then loads', async () => {
    const fetch = serve(
      () => new Response('busy', { status: 503, headers: { 'retry-after': '0' } }),
      () => new Response('oops', { status: 500 }),
      () => new Response(feedText),
    );
    const { feed } = await loadFeed(FEED, base);
    expect(feed.services).toHaveLength(1);
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it('stops retrying after a bounded number of tries and says why', async () => {
    const fetch = serve(() => new Response('busy', { status: 503, headers: { 'retry-after': '0' } }));
    await expect(loadFeed(FEED, base)).rejects.toMatchObject({ code: 'http', status: 503, retryAfterSeconds: 0 });
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it('does not wait for a Retry-After longer than a person should', async () => {
    const fetch = serve(() => new Response('busy', { status: 503, headers: { 'retry-after': '3600' } }));
    await expect(loadFeed(FEED, base)).rejects.toMatchObject({ code: 'http', retryAfterSeconds: 3600 });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('does not retry what will not change: 404, a page, a refusal', async () => {
    for (const [response, code] of [
      [() => new Response('', { status: 404 }), 'not-found'],
      [() => new Response('', { status: 410 }), 'not-found'],
      [() => new Response('<html>', { headers: { 'content-type': 'text/html' } }), 'html'],
      [() => new Response('', { status: 403 }), 'http'],
    ] as const) {
      const fetch = serve(response);
      expect(await codeOf(loadFeed(FEED, base))).toBe(code);
      expect(fetch).toHaveBeenCalledTimes(1);
    }
  });

  it('retries a dropped connection', async () => {
    const fetch = serve(
      () => Promise.reject(new TypeError('Failed to fetch')),
      () => new Response(feedText),
    );
    expect(await codeOf(loadFeed(FEED, base))).toBe('loaded');
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('stops waiting to retry when the caller aborts, without reporting a failure', async () => {
    serve(() => new Response('busy', { status: 503 }));
    const controller = new AbortController();
    const pending = loadFeed(FEED, { ...base, retryDelayMs: 5_000, signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    await expect(pending).rejects.not.toBeInstanceOf(FeedError);
  });

  it('reports the real failure, not a timeout, when the time runs out between tries', async () => {
    serve(() => new Response('busy', { status: 502 }));
    await expect(loadFeed(FEED, { ...base, retryDelayMs: 5_000, timeoutMs: 50 })).rejects.toMatchObject({
      code: 'http',
      status: 502,
    });
  });

  it('checks the https rule again on the address the feed finally came from', async () => {
    serve(() => withUrl(new Response(feedText), 'http://elsewhere.example.net/feed.json'));
    await expect(loadFeed(FEED, base)).rejects.toMatchObject({ code: 'url', message: /redirected/ });
    serve(() => withUrl(new Response(feedText), 'https://cdn.example.net/feed.json'));
    expect(await codeOf(loadFeed(FEED, base))).toBe('loaded');
  });

  it('stops reading an oversized body part-way', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(64 * 1024).fill(32));
      },
    });
    serve(() => new Response(endless));
    await expect(loadFeed(FEED, { ...base, maxBytes: 256 * 1024 })).rejects.toMatchObject({ code: 'too-large' });
    expect(pulled).toBeLessThan(10);
  });

  it('passes on warnings about how the feed was served', async () => {
    serve(() => new Response(feedText, { headers: { 'content-type': 'text/plain' } }));
    const { warnings } = await loadFeed(FEED, base);
    expect(warnings).toEqual([expect.objectContaining({ section: 'load' })]);
  });

  it('says "offline" when the device says so', async () => {
    vi.stubGlobal('navigator', { onLine: false });
    serve(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await codeOf(loadFeed(FEED, base))).toBe('offline');
  });
});

describe('readFeed', () => {
  it('stops between slices when the load is cancelled', async () => {
    const controller = new AbortController();
    const many = minimalFeed(Array.from({ length: 2000 }, (_, i) => minimalService({ id: `s-${i}` })));
    const reading = readFeed(many, { signal: controller.signal, sliceMs: 0 });
    controller.abort();
    await expect(reading).rejects.toThrow();
  });
});
