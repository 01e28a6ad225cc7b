import { readFileSync } from 'node:fs';
import { FeedError } from '../../src/feed/errors.ts';

export type FeedJson = Record<string, unknown> & { services: Record<string, unknown>[] };

/** The sample feed, freshly parsed each call so tests can mutate their copy. */
export function sampleFeed(): FeedJson {
  const text = readFileSync(new URL('../../data-schema/examples/sample-feed.json', import.meta.url), 'utf8');
  return JSON.parse(text) as FeedJson;
}

export function minimalService(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'drop-in',
    name: 'Drop-in',
    description: 'A place to talk.',
    topics: ['wellbeing'],
    ages: { min: 10, max: 18 },
    access: { selfReferral: true },
    contact: { phone: '0131 496 0000' },
    delivery: ['in-person'],
    areas: 'all',
    lastReviewed: '2026-10-01',
    ...overrides,
  };
}

export function minimalFeed(services: unknown[] = [minimalService()]): Record<string, unknown> {
  return {
    version: '1.0',
    partnership: { name: 'Test partnership' },
    updated: '2026-11-01',
    areas: [
      { id: 'north', name: 'North', postcodePrefixes: ['GM1'] },
      { id: 'south', name: 'South', postcodePrefixes: ['GM9'] },
    ],
    services,
  };
}

/** The FeedError code `fn` throws, `other` for any other error, or undefined when it does not throw. */
export function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof FeedError ? error.code : 'other';
  }
  return undefined;
}
