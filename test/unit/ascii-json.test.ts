import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AsciiJson } from '../../src/feed/ascii-json.ts';
import { decodeText } from '../../src/feed/decode.ts';
import { decodeInPieces } from './fixtures.ts';
import { syntheticFeed } from '../fixtures/synthetic-feed.ts';

const encode = (text: string) => new TextEncoder().encode(text);

/** What JSON.parse makes of a text: its value, or that it refused it. */
function parsed(text: string): { value: unknown } | 'not JSON' {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return 'not JSON';
  }
}

/** The body through the escaping decoder, cut into chunks at the given places. */
function escapedText(bytes: Uint8Array, cuts: number[], contentType?: string): string {
  const { text, stream } = decodeInPieces(bytes, cuts, contentType, { asciiJson: true });
  expect(stream.text()).toBe(decodeText(bytes, contentType));
  return text;
}

const cutsArb = fc.array(fc.nat(), { maxLength: 8 });
/** Printable ASCII and the white space JSON allows: what the escaper gives for a feed. */
const isAscii = (text: string) => !/[^ -~\t\n\r]/.test(text);

/** Byte pieces that make the cases that matter: every kind of character, broken ones, backslashes. */
const piece = fc.constantFrom(
  ...[
    '"',
    '\\',
    '\\\\',
    '\\u00e9',
    '{',
    '}',
    '[',
    ']',
    ',',
    ':',
    ' ',
    'a',
    '1',
    'u',
    'é',
    '’',
    '世',
    '😀',
    'ŵ',
    '\u2028',
    '\ufeff',
  ].map(encode),
  new Uint8Array([0x80]), // a continuation byte alone
  new Uint8Array([0xc0, 0xaf]), // overlong
  new Uint8Array([0xe0, 0x80, 0xaf]), // overlong
  new Uint8Array([0xed, 0xa0, 0x80]), // a surrogate
  new Uint8Array([0xf4, 0x90, 0x80, 0x80]), // past U+10FFFF
  new Uint8Array([0xe2, 0x80]), // cut short
  new Uint8Array([0xf0, 0x9f]), // cut short
  new Uint8Array([0xff]),
);
const soup = fc.array(piece, { maxLength: 30 }).map((pieces) => {
  const bytes = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of pieces) {
    bytes.set(p, at);
    at += p.length;
  }
  return bytes;
});
/** Soup inside a JSON string, so that much of it is JSON. */
const inString = soup.map((bytes) => new Uint8Array([...encode('["'), ...bytes, ...encode('"]')]));

describe('AsciiJson', () => {
  it('JSON.parse reads the escaped text as it reads the decoded one, for any JSON, however it is cut', () => {
    const documents = fc.oneof(fc.jsonValue({ stringUnit: 'binary' }), fc.jsonValue({ stringUnit: 'grapheme' }));
    fc.assert(
      fc.property(documents, cutsArb, (value, cuts) => {
        const bytes = encode(JSON.stringify(value));
        expect(parsed(escapedText(bytes, cuts))).toEqual(parsed(decodeText(bytes)));
      }),
    );
  });

  it('and for any bytes at all: broken characters, a backslash before a character, text in no JSON', () => {
    fc.assert(
      fc.property(fc.oneof(soup, inString), cutsArb, (bytes, cuts) => {
        expect(parsed(escapedText(bytes, cuts))).toEqual(parsed(decodeText(bytes)));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives plain ASCII for a feed, so it is parsed one byte a character', () => {
    const json = JSON.stringify(syntheticFeed({ count: 200, seed: 3, longDescriptions: false }));
    expect(isAscii(json)).toBe(false);
    const bytes = encode(json);
    const text = escapedText(bytes, [1, 100, 4097, 65_536, 65_537, 100_000]);
    expect(isAscii(text)).toBe(true);
    expect(JSON.parse(text)).toEqual(JSON.parse(json));
  });

  it('escapes characters outside the first plane as a surrogate pair, split between chunks or not', () => {
    const bytes = encode('["a😀b"]');
    for (let cut = 0; cut <= bytes.length; cut++) {
      expect(escapedText(bytes, [cut])).toBe('["a\\ud83d\\ude00b"]');
    }
  });

  it('leaves the rest as it is after a backslash before a character, a broken one, or too many', () => {
    expect(escapedText(encode('["\\\\é", "ü"]'), [])).toBe('["\\\\é", "ü"]');
    expect(escapedText(encode('["\\é"]'), [])).toBe('["\\é"]');
    expect(escapedText(new Uint8Array([...encode('["é'), 0xff, ...encode('ü"]')]), [])).toBe('["\\u00e9\ufffdü"]');
    // Mostly another script: a few escapes, then the rest as it is, not three times the text.
    const arabic = `["${'سلام '.repeat(50)}"]`;
    const text = escapedText(encode(arabic), []);
    expect(text.length).toBeLessThan(arabic.length * 1.5);
    expect(text.endsWith('سلام "]')).toBe(true);
    expect(JSON.parse(text)).toEqual(JSON.parse(arabic));
  });

  it('decodes a character the body cuts off as the decoder would', () => {
    const bytes = new Uint8Array([...encode('["é'), 0xe2, 0x80]);
    expect(escapedText(bytes, [3])).toBe(decodeText(bytes).replace('é', '\\u00e9'));
    const escaper = new AsciiJson();
    expect(escaper.push(bytes).ascii).toEqual(encode('["\\u00e9'));
    expect(escaper.end()).toEqual(new Uint8Array([0xe2, 0x80]));
  });

  it('leaves bodies in other encodings to the decoder', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from('["é"]', (c) => [c.charCodeAt(0), 0]).flat()]);
    expect(escapedText(utf16, [])).toBe('["é"]');
    expect(escapedText(encode('["é"]'), [], 'application/json; charset=utf-16le')).toBe(
      decodeText(encode('["é"]'), 'application/json; charset=utf-16le'),
    );
  });
});
