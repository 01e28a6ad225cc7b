/** The benchmark's feeds: the search work's seeded generator, so every run measures the same text. */
import { syntheticFeed } from '../../test/fixtures/synthetic-feed.ts';

/** A feed of `count` services as JSON text, the same for the same count. */
export function syntheticFeedJson(count: number): string {
  return JSON.stringify(syntheticFeed({ count, seed: 14 }));
}
