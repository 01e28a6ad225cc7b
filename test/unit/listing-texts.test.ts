/**
 * A feed's listings parsed one at a time (scanJson finds each one's text) must give exactly what
 * one JSON.parse of the whole file gives, and a listing that is not JSON loses only itself.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readJson, scanJson } from '../../src/feed/decode.ts';
import { FeedError } from '../../src/feed/errors.ts';
import { parseFeed, readFeed } from '../../src/feed/parse.ts';
import { sampleFeed } from './fixtures.ts';

/** What the finder reads from `text`, listing by listing, in one go. */
async function readInPieces(text: string) {
  const { json, items } = readJson(text, 'application/json', 'services');
  return readFeed(json, { items, sliceMs: 1_000 });
}

describe('listing texts', () => {
  it('splits the services array of the top-level object, and only that one', () => {
    const text = '{"a":[1,2],"services":[{"x":"[,]"} , [3,{"y":4}],"s\\"]",null ],"b":{"services":[5]}}';
    const { list } = scanJson(text, 'services');
    expect(list?.items.map((t) => JSON.parse(t) as unknown)).toEqual([{ x: '[,]' }, [3, { y: 4 }], 's"]', null]);
    expect(JSON.parse(list?.rest ?? '')).toEqual({ a: [1, 2], services: [], b: { services: [5] } });
  });

  it('finds no listings where the text is not one whole object with the list', () => {
    expect(scanJson('{"services": []}', 'services').list?.items).toEqual([]);
    expect(scanJson('{"services": [1, 2', 'services').list).toBeUndefined();
    expect(scanJson('{"services": [1]}{"services": [2]}', 'services').list).toBeUndefined();
    expect(scanJson('["services", [1]]', 'services').list).toBeUndefined();
    expect(scanJson('{"services": [1]}', 'others').list).toBeUndefined();
  });

  it('reads any JSON value in the list as JSON.parse does', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 6 }), fc.jsonValue(), (entries, other) => {
        const whole = { version: '1.0', services: entries, other };
        const text = JSON.stringify(whole, null, entries.length % 2 ? 2 : undefined);
        const { json, items } = readJson(text, 'application/json', 'services');
        const parsed = JSON.parse(text) as typeof whole;
        expect(items?.map((t) => JSON.parse(t) as unknown)).toEqual(parsed.services);
        expect(json).toEqual({ ...parsed, services: [] });
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same feed and warnings as one parse of the whole', async () => {
    const feed = sampleFeed() as { services: Record<string, unknown>[] };
    feed.services[3] = { ...feed.services[3], ages: '11 to 25' };
    feed.services.push({ ...feed.services[0] });
    const text = JSON.stringify(feed);
    expect(await readInPieces(text)).toEqual(parseFeed(JSON.parse(text)));
  });

  it('leaves out a listing that is not JSON, with a warning, and keeps the rest', async () => {
    const feed = sampleFeed() as { services: { id: string }[] };
    const text = JSON.stringify(feed).replace(`{"id":"${feed.services[1]?.id}",`, '{"id": oops,');
    expect(() => JSON.parse(text) as unknown).toThrow();
    const { feed: read, warnings } = await readInPieces(text);
    expect(read.services.map((s) => s.id)).toEqual(feed.services.filter((_, i) => i !== 1).map((s) => s.id));
    expect(warnings).toContainEqual(
      expect.objectContaining({
        where: 'services[1]',
        effect: 'skipped',
        message: expect.stringMatching(/not valid JSON/) as unknown,
      }),
    );
  });

  it('words a mistake outside the listings as the whole file’s, with its place in the whole text', () => {
    const text = '{"version": "1.0", "services": [{"id": "a"}], oops}';
    let whole = '';
    try {
      JSON.parse(text);
    } catch (error) {
      whole = (error as Error).message;
    }
    expect(() => readJson(text, 'application/json', 'services')).toThrow(FeedError);
    expect(() => readJson(text, 'application/json', 'services')).toThrow(whole);
  });
});
