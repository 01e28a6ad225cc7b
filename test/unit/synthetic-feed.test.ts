import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/feed/parse.ts';
import { syntheticFeed } from '../fixtures/synthetic-feed.ts';

describe('syntheticFeed', () => {
  it('is valid, sized as asked and the same for the same seed', () => {
    const json = syntheticFeed({ count: 300, seed: 3 });
    const { feed, warnings } = parseFeed(json);
    expect(warnings).toEqual([]);
    expect(feed.services).toHaveLength(300);
    expect(JSON.stringify(syntheticFeed({ count: 300, seed: 3 }))).toBe(JSON.stringify(json));
    expect(JSON.stringify(syntheticFeed({ count: 300, seed: 4 }))).not.toBe(JSON.stringify(json));
  });

  it('has long descriptions, translations in four languages and group-only services', () => {
    const { services } = syntheticFeed({ count: 1000, seed: 1 });
    const english = services.map((s) => {
      const d = s['description'];
      return typeof d === 'string' ? d : ((d as Record<string, string>)['en'] ?? '');
    });
    expect(Math.min(...english.map((d) => d.trim().length))).toBeGreaterThanOrEqual(190);
    expect(Math.max(...english.map((d) => d.length))).toBeLessThanOrEqual(3001);
    const langs = new Set(
      services.flatMap((s) => (typeof s['name'] === 'object' ? Object.keys(s['name'] as object) : [])),
    );
    expect([...langs].sort()).toEqual(['ar', 'en', 'pl', 'uk', 'zh-Hans']);
    expect(services.filter((s) => s['onlyFor']).length).toBeGreaterThan(50);
  });
});
