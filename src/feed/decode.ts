import { AsciiJson } from './ascii-json.ts';
import { FeedError, type FeedWarning } from './errors.ts';

/**
 * From the bytes a server sent to a JSON value, with a distinct, plain reason for each way a
 * published file goes wrong in practice: a spreadsheet export saved as UTF-16, an upload cut
 * short, a CMS's "page not found" served with status 200, an image at the feed's address.
 */

/**
 * Which encoding bytes are in, from their first three. A byte-order mark wins (UTF-8, UTF-16 LE
 * or BE, as Windows tools write them); without one, UTF-16 is recognised by its zero bytes (JSON
 * starts with an ASCII character); then the declared charset; then UTF-8.
 */
function sniff(bytes: Uint8Array, contentType: string | null | undefined): { decoder: TextDecoder; skip: number } {
  let label = 'utf-8';
  let skip = 0;
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) skip = 3;
  else if (a === 0xff && b === 0xfe) [label, skip] = ['utf-16le', 2];
  else if (a === 0xfe && b === 0xff) [label, skip] = ['utf-16be', 2];
  else if (bytes.length >= 2 && a === 0 && b !== 0) label = 'utf-16be';
  else if (bytes.length >= 2 && a !== 0 && b === 0) label = 'utf-16le';
  else {
    const charset = /charset\s*=\s*"?([\w-]+)/i.exec(contentType ?? '')?.[1];
    if (charset) label = charset;
  }
  try {
    return { decoder: new TextDecoder(label, { ignoreBOM: true }), skip };
  } catch {
    return { decoder: new TextDecoder('utf-8', { ignoreBOM: true }), skip };
  }
}

/** Text from bytes, in the encoding {@link sniff} finds. */
export function decodeText(bytes: Uint8Array, contentType?: string | null): string {
  const { decoder, skip } = sniff(bytes, contentType);
  return decoder.decode(bytes.subarray(skip));
}

export interface StreamDecoderOptions {
  /**
   * The text is for JSON.parse only: in a UTF-8 body, characters beyond ASCII come as `\u`
   * escapes where that means the same to JSON (see ascii-json.ts), so it parses about twice as
   * fast. `text()` is the body as it is, either way.
   */
  asciiJson?: boolean;
}

/**
 * {@link decodeText} a chunk at a time, as the body arrives: decoding a large feed then overlaps
 * its download instead of following it. The same text as decoding all the bytes at once (or,
 * with `asciiJson`, text that JSON.parse reads the same).
 */
export class StreamDecoder {
  readonly #contentType: string | null | undefined;
  readonly #asciiJson: boolean;
  #decoder: TextDecoder | undefined;
  /** Escapes the body while it can; undefined once it stops (or when not asked for). */
  #ascii: AsciiJson | undefined;
  /**
   * The bytes so far: the first few tell the encoding, and `text()` decodes them all again. Bytes,
   * not their text: the text is needed only when the feed could not be taken apart as it came,
   * and bytes sit outside the JavaScript heap, where the garbage collector does not copy them from
   * one generation to the next as it copies megabytes of strings.
   */
  readonly #chunks: Uint8Array[] = [];

  constructor(contentType?: string | null, options: StreamDecoderOptions = {}) {
    this.#contentType = contentType;
    this.#asciiJson = options.asciiJson ?? false;
  }

  /** Decodes the next chunk; gives its text (empty while the first three bytes are awaited). */
  push(chunk: Uint8Array): string {
    this.#chunks.push(chunk);
    if (this.#decoder) return this.#decode(this.#decoder, chunk);
    // The encoding is told by the first three bytes, which may come in more than one chunk.
    const head = this.#bytes();
    if (head.length < 3) return '';
    const { decoder, skip } = sniff(head, this.#contentType);
    this.#decoder = decoder;
    if (this.#asciiJson && decoder.encoding === 'utf-8') this.#ascii = new AsciiJson();
    return this.#decode(decoder, head.subarray(skip));
  }

  /** After the last chunk: the text of whatever bytes were still held back. Call once. */
  end(): string {
    if (!this.#decoder) return decodeText(this.#bytes(), this.#contentType);
    const held = this.#ascii?.end();
    this.#ascii = undefined;
    return held ? this.#decoder.decode(held) : this.#decoder.decode();
  }

  #decode(decoder: TextDecoder, bytes: Uint8Array): string {
    if (!this.#ascii) return decoder.decode(bytes, { stream: true });
    // While escaping, every piece ends on a whole character: the decoder holds nothing back.
    const { ascii, raw } = this.#ascii.push(bytes);
    const text = ascii.length ? decoder.decode(ascii) : '';
    if (!raw) return text;
    this.#ascii = undefined;
    return text + decoder.decode(raw, { stream: true });
  }

  /** The whole text, after `end`: decoded again from the bytes, as {@link decodeText} would. */
  text(): string {
    return decodeText(this.#bytes(), this.#contentType);
  }

  #bytes(): Uint8Array {
    if (this.#chunks.length === 1) return this.#chunks[0] as Uint8Array;
    const all = new Uint8Array(this.#chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const chunk of this.#chunks) {
      all.set(chunk, at);
      at += chunk.length;
    }
    return all;
  }
}

/** True when the text is JSON that stops part-way: an open string, object or array at the end. */
export function looksTruncated(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') depth--;
  }
  return inString || depth > 0;
}

function looksLikeHtml(text: string): boolean {
  return /^\s*</.test(text);
}

/** `application/json`, `application/feed+json`, `text/json` and the like. */
function saysJson(contentType: string): boolean {
  return /[/+]json\b/i.test(contentType);
}

/** Types a hand-published JSON file is often served as; anything else (an image, a zip) is refused. */
function plausiblyText(contentType: string): boolean {
  return (
    saysJson(contentType) || /^\s*(text\/|application\/(octet-stream|javascript|x-javascript)\b)/i.test(contentType)
  );
}

/**
 * Parses a feed's text. Each failure has its own code so the person, and whoever publishes the
 * feed, learns what actually went wrong. A body that is valid JSON is used whatever the server
 * called it (file shares and CMSs often say `text/plain`), with a warning.
 */
export function readJson(text: string, contentType?: string | null): { json: unknown; warnings: FeedWarning[] } {
  const type = contentType?.trim() ?? '';
  if (text.trim() === '') {
    throw new FeedError('empty', 'The feed is empty: the server sent no content.');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    if (looksLikeHtml(text) || /^\s*text\/html\b/i.test(type)) {
      throw new FeedError(
        'html',
        'The feed address returned a web page rather than JSON: check the address, and that the file is published.',
        { cause },
      );
    }
    if (type && !plausiblyText(type)) {
      throw new FeedError('content-type', `The feed address returned ${type.split(';')[0] ?? type}, not JSON.`, {
        cause,
      });
    }
    if (looksTruncated(text)) {
      throw new FeedError('truncated', `The feed stops part-way (${detail}): the file may have been cut short.`, {
        cause,
      });
    }
    throw new FeedError('not-json', `The feed is not valid JSON (${detail}).`, { cause });
  }
  return { json, warnings: contentTypeWarnings(contentType) };
}

/** A feed that parsed but was not served as JSON: kept, with a word to its publisher. */
export function contentTypeWarnings(contentType?: string | null): FeedWarning[] {
  const type = contentType?.trim() ?? '';
  if (!type || saysJson(type)) return [];
  return [
    {
      where: 'feed',
      field: 'Content-Type',
      message: `served as ${type}; it should be application/json`,
      effect: 'kept',
      section: 'load',
    },
  ];
}

/** Parses JSON text, throwing a `FeedError` with a plain reason; for tools that have only the text. */
export function decodeJson(text: string): unknown {
  return readJson(text).json;
}
