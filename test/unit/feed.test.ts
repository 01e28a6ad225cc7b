import { afterEach, describe, expect, it, vi } from 'vitest';
import { FeedError } from '../../src/feed/errors.ts';
import { checkFeedUrl, loadFeed } from '../../src/feed/load.ts';
import { parseFeed } from '../../src/feed/parse.ts';
import { feedDocument } from '../../src/feed/schema.ts';
import { codeOf, minimalFeed, minimalService, sampleFeed } from './fixtures.ts';

describe('the sample feed', () => {
  it('is valid as a whole document', () => {
    const result = feedDocument.safeParse(sampleFeed());
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('is big and varied enough to exercise the finder', () => {
    const { feed, warnings } = parseFeed(sampleFeed());
    expect(warnings).toEqual([]);
    expect(feed.services.length).toBeGreaterThanOrEqual(40);
    expect(new Set(feed.services.flatMap((s) => s.topics)).size).toBeGreaterThanOrEqual(10);
    expect(feed.areas.length).toBeGreaterThanOrEqual(4);
    expect(Math.min(...feed.services.map((s) => (s.ages === 'unknown' ? 99 : s.ages.min)))).toBe(0);
    expect(Math.max(...feed.services.map((s) => (s.ages === 'unknown' ? 0 : s.ages.max)))).toBeGreaterThanOrEqual(25);
    const self = feed.services.filter((s) => s.access.selfReferral === true).length;
    expect(self).toBeGreaterThan(0);
    expect(self).toBeLessThan(feed.services.length);
    expect(feed.services.some((s) => typeof s.name === 'object')).toBe(true);
  });
});

describe('parseFeed', () => {
  it('accepts a minimal feed and fills defaults', () => {
    const { feed, warnings } = parseFeed(minimalFeed());
    expect(warnings).toEqual([]);
    expect(feed.partnership.timeZone).toBe('Europe/London');
    expect(feed.services[0]?.audiences).toEqual(['young-person']);
    expect(feed.topics.length).toBeGreaterThan(10); // default everyday-language topics
  });

  it('keeps every valid service when some are broken, naming the service and the field', () => {
    const feed = sampleFeed();
    const total = feed.services.length;
    feed.services[3] = { ...feed.services[3], ages: { min: 18, max: 5 } };
    feed.services[7] = { ...feed.services[7], contact: { email: 'not an email' } };
    feed.services.push({ name: 'No id at all' });
    const { feed: parsed, warnings } = parseFeed(feed);
    // The bad email loses only itself: the service with it stays.
    expect(parsed.services).toHaveLength(total - 1);
    const brokenIds = [3, 7].map((i) => String(feed.services.at(i)?.['id']));
    expect(warnings.find((w) => w.where === `service "${brokenIds[0] ?? ''}"`)).toMatchObject({
      field: 'ages.max',
      effect: 'skipped',
    });
    expect(warnings.find((w) => w.where === `service "${brokenIds[1] ?? ''}"`)).toMatchObject({
      field: 'contact.email',
      effect: 'kept',
    });
    expect(parsed.services.find((s) => s.id === brokenIds[1])?.contact.email).toBeUndefined();
    expect(warnings.some((w) => w.where === `services[${total}]` && w.field === 'id')).toBe(true);
  });

  it('drops one bad optional field with a warning instead of the whole service', () => {
    const { feed, warnings } = parseFeed(
      minimalFeed([
        minimalService({
          id: 'a',
          contact: { phone: '0117 496 0000', email: 'help@example.org.\u200b', web: 'www.example.org' },
          locations: [{ postcode: 'KY1 1AA', lat: 200 }],
          level: 'urgent',
          wait: { days: 42, updated: '2026-10-01' },
        }),
        minimalService({ id: 'b', contact: { form: 'not a link' }, ages: { min: 5 } }),
      ]),
    );
    expect(feed.services.map((s) => s.id)).toEqual(['a']);
    const kept = feed.services[0]!;
    expect(kept.contact).toEqual({ phone: '0117 496 0000' });
    expect(kept.locations).toEqual([{ postcode: 'KY1 1AA' }]);
    expect(kept.level).toBeUndefined();
    expect(kept.wait).toBeUndefined();
    const forA = warnings.filter((w) => w.where === 'service "a"');
    expect(forA.map((w) => w.field).sort()).toEqual([
      'contact.email',
      'contact.web',
      'level',
      'locations.0.lat',
      'wait.by',
    ]);
    expect(forA.every((w) => w.effect === 'kept' && w.message.endsWith('so it is left out'))).toBe(true);
    expect(forA.find((w) => w.field === 'contact.web')?.message).toMatch(/must start with https:\/\//);
    // A needed field is wrong too, so b is skipped and its bad form link is reported with it.
    expect(warnings.filter((w) => w.where === 'service "b"').every((w) => w.effect === 'skipped')).toBe(true);
  });

  it('says "is empty" and "is missing" rather than naming the union', () => {
    const { warnings } = parseFeed(
      minimalFeed([minimalService({ id: 'a', name: '  ' }), minimalService({ id: 'b', description: undefined })]),
    );
    expect(warnings.map((w) => `${w.where} ${w.field} ${w.message}`)).toEqual([
      'service "a" name is empty',
      'service "b" description is missing',
    ]);
  });

  it('skips a second service with the same id', () => {
    const { feed, warnings } = parseFeed(minimalFeed([minimalService(), minimalService({ name: 'Copy' })]));
    expect(feed.services).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ field: 'id', effect: 'skipped' });
  });

  it('keeps a service with an unknown topic or area but warns', () => {
    const { feed, warnings } = parseFeed(minimalFeed([minimalService({ topics: ['made-up'], areas: ['nowhere'] })]));
    expect(feed.services).toHaveLength(1);
    expect(warnings.map((w) => w.field).sort()).toEqual(['areas', 'topics']);
    expect(warnings.every((w) => w.effect === 'kept')).toBe(true);
  });

  it('rejects a wrong top-level shape with a clear error', () => {
    expect(codeOf(() => parseFeed([]))).toBe('shape');
    expect(codeOf(() => parseFeed('feed'))).toBe('shape');
    expect(codeOf(() => parseFeed({ version: '1.0' }))).toBe('shape');
    expect(() => parseFeed({ ...minimalFeed(), services: 'none' })).toThrow(/services/);
  });

  it('rejects an unknown major version but accepts a newer minor one', () => {
    expect(codeOf(() => parseFeed({ ...minimalFeed(), version: '2.0' }))).toBe('version');
    expect(() => parseFeed({ ...minimalFeed(), version: '2.0' })).toThrow(/version 2\.0/);
    expect(parseFeed({ ...minimalFeed(), version: '1.7', futureField: true }).feed.services).toHaveLength(1);
  });
});

describe('checkFeedUrl', () => {
  const page = 'https://school.example.org/wellbeing/';
  it('allows https anywhere and http on the same origin', () => {
    expect(checkFeedUrl('https://data.example.org/feed.json', page).href).toBe('https://data.example.org/feed.json');
    expect(checkFeedUrl('feed.json', 'http://localhost:5173/').href).toBe('http://localhost:5173/feed.json');
  });
  it('refuses http from elsewhere, data: and javascript:', () => {
    for (const bad of ['http://data.example.org/feed.json', 'data:application/json,{}', 'javascript:alert(1)']) {
      expect(codeOf(() => checkFeedUrl(bad, page))).toBe('url');
    }
    expect(checkFeedUrl('http://data.example.org/feed.json', page, true).protocol).toBe('http:');
  });
});

describe('loadFeed', () => {
  afterEach(() => vi.unstubAllGlobals());
  const base = { baseUrl: 'https://host.example.org/' };

  /** A server that never answers: only an abort ends the request. */
  function stubHangingFetch() {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_url: URL, init: RequestInit) =>
          new Promise((_resolve, reject) => {
            init.signal?.addEventListener('abort', () => {
              reject(new DOMException('aborted', 'AbortError'));
            });
          }),
      ),
    );
  }

  function respondWith(body: BodyInit | null, init: ResponseInit = {}) {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response(body, init))),
    );
  }

  it('loads, decodes and validates', async () => {
    respondWith(JSON.stringify(sampleFeed()));
    const { feed } = await loadFeed('https://data.example.org/feed.json', base);
    expect(feed.services.length).toBeGreaterThanOrEqual(40);
    const [, init] = vi.mocked(fetch).mock.calls[0]!;
    expect(init).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer' });
  });

  it('explains JSON errors in plain words', async () => {
    respondWith('{"version": "1.0",');
    await expect(loadFeed('https://d.example.org/f.json', base)).rejects.toMatchObject({ code: 'truncated' });
    respondWith('{"version": "1.0",}');
    await expect(loadFeed('https://d.example.org/f.json', base)).rejects.toMatchObject({ code: 'not-json' });
    respondWith('<!doctype html><title>Not found</title>');
    await expect(loadFeed('https://d.example.org/f.json', base)).rejects.toThrow(/web page rather than JSON/);
  });

  it('reports HTTP errors', async () => {
    respondWith('gone', { status: 404, statusText: 'Not Found' });
    await expect(loadFeed('https://d.example.org/f.json', base)).rejects.toMatchObject({ code: 'not-found' });
    respondWith('no', { status: 403, statusText: 'Forbidden' });
    await expect(loadFeed('https://d.example.org/f.json', base)).rejects.toMatchObject({ code: 'http', status: 403 });
  });

  it('refuses bodies over the size cap, declared or not', async () => {
    respondWith('x'.repeat(2000), { headers: { 'content-length': '2000' } });
    await expect(loadFeed('https://d.example.org/f.json', { ...base, maxBytes: 1000 })).rejects.toMatchObject({
      code: 'too-large',
    });
    respondWith(new Blob(['x'.repeat(2000)]).stream());
    await expect(loadFeed('https://d.example.org/f.json', { ...base, maxBytes: 1000 })).rejects.toMatchObject({
      code: 'too-large',
    });
  });

  it('times out', async () => {
    stubHangingFetch();
    await expect(loadFeed('https://d.example.org/f.json', { ...base, timeoutMs: 20 })).rejects.toMatchObject({
      code: 'timeout',
    });
  });

  it('passes a caller abort through instead of reporting a failure', async () => {
    stubHangingFetch();
    const controller = new AbortController();
    const pending = loadFeed('https://d.example.org/f.json', { ...base, signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.not.toBeInstanceOf(FeedError);
  });

  it('reports network failure', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(loadFeed('https://d.example.org/f.json', { ...base, retryDelayMs: 1 })).rejects.toMatchObject({
      code: 'network',
    });
  });

  it('refuses a disallowed URL before any request', async () => {
    respondWith('{}');
    await expect(loadFeed('http://elsewhere.example.org/f.json', base)).rejects.toMatchObject({ code: 'url' });
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('warning messages', () => {
  it('say in plain words what is wrong with a field', () => {
    const { warnings } = parseFeed(
      minimalFeed([
        minimalService({ id: 'a', ages: 'young' }),
        minimalService({ id: 'b', ages: undefined }),
        minimalService({ id: 'c', delivery: ['carrier-pigeon'] }),
        minimalService({ id: 'd', lastReviewed: 'last week' }),
      ]),
    );
    const byId = Object.fromEntries(warnings.map((w) => [w.where, `${w.field} ${w.message}`]));
    expect(byId['service "a"']).toBe('ages should be object or "unknown"');
    expect(byId['service "b"']).toBe('ages is missing');
    expect(byId['service "c"']).toMatch(/^delivery\.0 should be one of: "in-person", "phone"/);
    expect(byId['service "d"']).toBe('lastReviewed is not a valid date');
  });
});
