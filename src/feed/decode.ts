import { FeedError, type FeedWarning } from './errors.ts';

/**
 * From the bytes a server sent to a JSON value, with a distinct, plain reason for each way a
 * published file goes wrong in practice: a spreadsheet export saved as UTF-16, an upload cut
 * short, a CMS's "page not found" served with status 200, an image at the feed's address.
 */

/**
 * A decoder for bytes that begin with `head`, in the encoding those tell. A byte-order mark wins
 * (UTF-8, UTF-16 LE or BE, as Windows tools write them; the decoder drops it); without one, UTF-16
 * is recognised by its zero bytes (JSON starts with an ASCII character); then the declared
 * charset; then UTF-8.
 */
export function textDecoder(head: Uint8Array, contentType?: string | null): TextDecoder {
  const [a, b, c] = head;
  let label = /charset\s*=\s*"?([\w-]+)/i.exec(contentType ?? '')?.[1] ?? 'utf-8';
  if (a === 0xef && b === 0xbb && c === 0xbf) label = 'utf-8';
  else if ((a === 0xff && b === 0xfe) || (head.length >= 2 && a !== 0 && b === 0)) label = 'utf-16le';
  else if ((a === 0xfe && b === 0xff) || (head.length >= 2 && a === 0 && b !== 0)) label = 'utf-16be';
  try {
    return new TextDecoder(label);
  } catch {
    return new TextDecoder();
  }
}

/** Text from a whole body's bytes. */
export function decodeText(bytes: Uint8Array, contentType?: string | null): string {
  return textDecoder(bytes, contentType).decode(bytes);
}

/**
 * Where each top-level JSON value in `text` starts and ends, and whether the text stops inside
 * one (an open string, object or array). Only for a parse that failed: to tell a file cut short
 * from other mistakes, and (in the CLI) to split documents saved one after another.
 */
export function scanJson(text: string): { spans: [number, number][]; open: boolean } {
  const spans: [number, number][] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') {
      if (depth++ === 0) start = i;
    } else if ((ch === '}' || ch === ']') && --depth === 0 && start >= 0) {
      spans.push([start, i + 1]);
      start = -1;
    }
  }
  return { spans, open: inString || depth > 0 };
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
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    if (text.trim() === '') throw new FeedError('empty', 'The feed is empty: the server sent no content.');
    const detail = cause instanceof Error ? cause.message : String(cause);
    if (/^\s*</.test(text) || /^\s*text\/html\b/i.test(type)) {
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
    if (scanJson(text).open) {
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
