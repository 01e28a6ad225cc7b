/** The benchmark's feeds: the search work's seeded generator, so every run measures the same text. */
import { syntheticFeed, type SyntheticFeed } from '../../test/fixtures/synthetic-feed.ts';

/**
 * A feed of `count` services, the same for the same count. Descriptions of 80 to 400 characters,
 * like a council directory's (20,000 services come to about 20 MB); the generator's long variant
 * (200 to 3,000) would put 20,000 services at 38 MB, over the default size cap.
 */
function feed(count: number): SyntheticFeed {
  return syntheticFeed({ count, seed: 14, longDescriptions: false });
}

export function syntheticFeedJson(count: number): string {
  return JSON.stringify(feed(count));
}

/**
 * The same feed with one service broken as a spreadsheet export breaks one: the middle service's
 * ages written as words, where the schema wants `{ min, max }`. The finder should leave that one
 * out, say so, and show the rest.
 */
export function brokenFeedJson(count: number): string {
  const broken = feed(count);
  const middle = broken.services[Math.floor(count / 2)];
  if (middle) middle['ages'] = '11 to 25';
  return JSON.stringify(broken);
}
