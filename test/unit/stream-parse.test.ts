/**
 * The streamed parse may only ever give what JSON.parse of the whole text gives, however the text
 * is cut into pieces, and must give up (never guess) on anything else.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { FeedStreamParser } from '../../src/feed/stream-parse.ts';
import { sampleFeed } from './fixtures.ts';

/** Feeds `text` in pieces cut at `cuts`; the whole document as rebuilt, or undefined if it gave up. */
function streamed(text: string, cuts: readonly number[] = []): unknown {
  const listings: unknown[] = [];
  const parser = new FeedStreamParser((listing) => listings.push(listing));
  const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  let from = 0;
  for (const to of [...at, text.length]) {
    parser.push(text.slice(from, to));
    from = to;
  }
  const result = parser.end();
  if (!result) return undefined;
  expect(result.count).toBe(listings.length);
  return { ...result.envelope, services: listings };
}

const parsed = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
};

const document = fc
  .tuple(
    fc.dictionary(
      fc.string().filter((k) => k !== 'services'),
      fc.jsonValue(),
      { maxKeys: 4 },
    ),
    fc.array(fc.jsonValue(), { maxLength: 6 }),
    fc.nat(),
  )
  .map(([rest, services, at]) => {
    const entries = Object.entries(rest);
    entries.splice(at % (entries.length + 1), 0, ['services', services]);
    return Object.fromEntries(entries);
  });
const indent = fc.constantFrom(undefined, 0, 2, '\t');

/** Text that looks like the join between listings, inside strings where it must not count. */
const tricky = fc.constantFrom(',{"id"', '},{"id":"x"}', '\\', '"', ']', '\n  {');
/**
 * Listings as feeds have them: an object that starts with the same key, often holding lists of
 * objects that start with it too (a nested join, where a cut must fail and be scanned instead).
 */
const listing = fc
  .tuple(
    fc.oneof(fc.string({ maxLength: 6 }), tricky),
    fc.dictionary(
      fc.string({ maxLength: 4 }).filter((k) => k !== 'id'),
      fc.oneof(
        fc.jsonValue({ maxDepth: 2 }),
        tricky,
        fc.array(fc.record({ id: fc.oneof(fc.string({ maxLength: 4 }), tricky), x: fc.jsonValue({ maxDepth: 1 }) }), {
          maxLength: 3,
        }),
      ),
      { maxKeys: 3 },
    ),
  )
  .map(([id, rest]) => ({ id, ...rest }));
const feedLike = fc
  .tuple(fc.array(listing, { maxLength: 14 }), fc.jsonValue({ maxDepth: 1 }))
  .map(([services, after]) => ({ version: '1.0', services, after }));
const cuts = fc.array(fc.nat(), { maxLength: 8 });

describe('FeedStreamParser', () => {
  it('gives what JSON.parse gives for any feed-shaped document, cut anywhere', () => {
    fc.assert(
      fc.property(document, indent, cuts, (doc, space, at) => {
        const text = JSON.stringify(doc, null, space);
        // Always the streamed way for such documents, never falling back.
        expect(streamed(text, at)).toStrictEqual(JSON.parse(text));
      }),
      { numRuns: 500 },
    );
  });

  it('gives what JSON.parse gives for feeds of alike listings, where it cuts at the join it learns', () => {
    fc.assert(
      fc.property(feedLike, indent, cuts, (doc, space, at) => {
        const text = JSON.stringify(doc, null, space);
        expect(streamed(text, at)).toStrictEqual(JSON.parse(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('parses many listings at a time once it knows the join, and still refuses a broken one among them', () => {
    // Places start with another key than listings (as in the feed schema), so only listings join with `,{"id"`.
    const services = Array.from({ length: 400 }, (_, i) => ({
      id: `svc-${i}`,
      locations: [{ name: `a${i}` }, { name: `b${i}` }],
      description: 'text with ,{"id" and },{"id":"x"} in it',
    }));
    for (const space of [undefined, 2]) {
      const text = JSON.stringify({ version: '1.0', services }, null, space);
      const cutsAt = Array.from({ length: Math.ceil(text.length / 4096) }, (_, i) => i * 4096);
      const parse = vi.spyOn(JSON, 'parse');
      const result = streamed(text, cutsAt);
      const calls = parse.mock.calls.length;
      parse.mockRestore();
      expect(result).toStrictEqual(JSON.parse(text));
      expect(calls).toBeLessThan(services.length / 4);
      // A comma too many deep in the list: JSON.parse refuses it, so the streamed parse gives up.
      const broken = text.replace('"svc-300"', '"svc-300",');
      expect(streamed(broken, cutsAt)).toBeUndefined();
    }
  });

  it('scans instead when nested objects join like listings, and gives the same', () => {
    const services = Array.from({ length: 300 }, (_, i) => ({ id: `svc-${i}`, places: [{ id: 'a' }, { id: 'b' }] }));
    const text = JSON.stringify({ version: '1.0', services });
    const cutsAt = Array.from({ length: Math.ceil(text.length / 2048) }, (_, i) => i * 2048);
    expect(streamed(text, cutsAt)).toStrictEqual(JSON.parse(text));
  });

  it('never accepts text that JSON.parse refuses, and agrees whenever it accepts', () => {
    const damaged = fc
      .tuple(
        fc.oneof(document, feedLike),
        indent,
        fc.nat(),
        fc.constantFrom('', ',', ']', '}', '"', '\\', '[', 'x', ' '),
        fc.boolean(),
      )
      .map(([doc, space, at, junk, cut]) => {
        const text = JSON.stringify(doc, null, space);
        const where = at % (text.length + 1);
        return cut ? text.slice(0, where) : text.slice(0, where) + junk + text.slice(where);
      });
    fc.assert(
      fc.property(damaged, cuts, (text, at) => {
        const result = streamed(text, at);
        if (result !== undefined) expect(result).toStrictEqual(parsed(text));
        if (parsed(text) === undefined) expect(result).toBeUndefined();
      }),
      { numRuns: 1000 },
    );
  });

  it('leaves to the whole parse what it does not stream: no services, two of them, not a list, not an object', () => {
    for (const text of [
      '{"version":"1.0"}',
      '{"services":[{"id":"a"}],"services":[]}',
      '{"services":{"id":"a"}}',
      '[{"services":[]}]',
      '{"services":[]} x',
      '{"services":[1,]}',
      '{"services":[,1]}',
    ]) {
      expect(streamed(text), text).toBeUndefined();
    }
    expect(streamed('{"a":{"services":[1]},"services":[]}')).toStrictEqual({ a: { services: [1] }, services: [] });
    expect(streamed('{"serv\\u0069ces":[{"x":"a\\"],"}]}')).toStrictEqual({ services: [{ x: 'a"],' }] });
  });

  it('reads the sample feed a character at a time', () => {
    const text = JSON.stringify(sampleFeed(), null, 2);
    const everywhere = Array.from({ length: text.length }, (_, i) => i);
    expect(streamed(text, everywhere)).toStrictEqual(JSON.parse(text));
  });
});
