import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadFeed } from '../../src/feed/load.ts';
import { minimalFeed, minimalService } from './fixtures.ts';

/** A response whose body arrives in pieces of `size` bytes, splitting characters mid-way. */
function inPieces(text: string, size: number): Response {
  const bytes = new TextEncoder().encode(text);
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
