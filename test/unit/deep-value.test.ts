import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadFeed } from '../../src/feed/load.ts';
import { parseFeed } from '../../src/feed/parse.ts';
import { minimalFeed, minimalService } from './fixtures.ts';

afterEach(() => vi.unstubAllGlobals());

describe('a listing with a value nested deeper than any feed needs', () => {
  it('loses only itself: JSON.parse reads it, so the other services load', async () => {
    const services = [
      minimalService({ id: 'a' }),
      minimalService({ id: 'b', extra: 'DEEP' }),
      minimalService({ id: 'c' }),
    ];
    // Written as text: JSON.stringify itself runs out of stack on such a value, JSON.parse does not.
    const text = JSON.stringify(minimalFeed(services)).replace('"DEEP"', `${'['.repeat(5000)}0${']'.repeat(5000)}`);
    expect(() => JSON.parse(text) as unknown).not.toThrow();
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response(text, { headers: { 'content-type': 'application/json' } }))),
    );
    const feed = await loadFeed('https://data.example.org/feed.json', {
      baseUrl: 'https://host.example.org/',
      retryDelayMs: 1,
    });
    expect(feed.feed.services.map((s) => s.id)).toEqual(['a', 'b', 'c']);
  });

  it('loses nothing when that listing also has a malformed optional field to leave out', () => {
    const services = [
      minimalService({ id: 'a' }),
      minimalService({ id: 'b', extra: 'DEEP', contact: { email: 'nope' } }),
    ];
    const text = JSON.stringify(minimalFeed(services)).replace('"DEEP"', `${'['.repeat(5000)}0${']'.repeat(5000)}`);
    const { feed, warnings } = parseFeed(JSON.parse(text));
    expect(feed.services.map((s) => s.id)).toEqual(['a', 'b']);
    expect(warnings).toEqual([
      expect.objectContaining({ where: 'service "b"', field: 'contact.email', effect: 'kept' }),
    ]);
  });
});
