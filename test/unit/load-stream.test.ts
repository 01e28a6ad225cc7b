import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadFeed } from '../../src/feed/load.ts';
import { minimalFeed, minimalService } from './fixtures.ts';

/** A response whose body arrives in pieces of `size` bytes, splitting characters mid-way. */
function inPieces(text: string | Uint8Array, size: number): Response {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < bytes.length; i += size) controller.enqueue(bytes.slice(i, i + size));
      controller.close();
    },
  });
  return new Response(stream, { headers: { 'content-type': 'application/json' } });
}

afterEach(() => vi.unstubAllGlobals());

describe('loadFeed reading the body piece by piece', () => {
  it('decodes characters split across pieces', async () => {
    const name = { en: 'Ceòl', uk: 'Підтримка', ar: 'دعم', zh: '支持' };
    const feed = minimalFeed([minimalService({ name })]);
    for (const size of [1, 2, 3, 7]) {
      vi.stubGlobal(
        'fetch',
        vi.fn(() => Promise.resolve(inPieces(JSON.stringify(feed), size))),
      );
      const { feed: loaded } = await loadFeed('https://example.org/feed.json');
      expect(loaded.services[0]?.name).toEqual(name);
    }
  });

  it('reads a UTF-16 spreadsheet export, with a byte-order mark or without, in pieces', async () => {
    const name = { en: 'Ceòl', uk: 'Підтримка' };
    const text = JSON.stringify(minimalFeed([minimalService({ name })]));
    for (const [bom, le] of [
      [[0xff, 0xfe], true],
      [[0xfe, 0xff], false],
      [[], true],
      [[], false],
    ] as const) {
      const bytes: number[] = [...bom];
      for (const ch of text) {
        const c = ch.charCodeAt(0);
        bytes.push(...(le ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
      }
      vi.stubGlobal(
        'fetch',
        vi.fn(() => Promise.resolve(inPieces(new Uint8Array(bytes), 5))),
      );
      const { feed: loaded } = await loadFeed('https://example.org/feed.json');
      expect(loaded.services[0]?.name).toEqual(name);
    }
  });

  it('stops reading once the body passes the cap', async () => {
    const feed = JSON.stringify(minimalFeed());
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(inPieces(feed, 16))),
    );
    await expect(loadFeed('https://example.org/feed.json', { maxBytes: 64 })).rejects.toMatchObject({
      code: 'too-large',
    });
  });
});
