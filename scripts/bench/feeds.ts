/** The benchmark's feeds: the search work's seeded generator, so every run measures the same text. */
import { syntheticFeed } from '../../test/fixtures/synthetic-feed.ts';

/**
 * A feed of `count` services as JSON text, the same for the same count. Descriptions of 80 to 400
 * characters, like a council directory's (20,000 services come to about 20 MB); the generator's
 * long variant (200 to 3,000) would put 20,000 services at 38 MB, over the default size cap.
 */
export function syntheticFeedJson(count: number): string {
  return JSON.stringify(syntheticFeed({ count, seed: 14, longDescriptions: false }));
}
