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
 * The structure of JSON text, found without building any value: where each top-level value starts
 * and ends, and whether the text stops inside one (to tell a file cut short; in the CLI, to split
 * documents saved one after another). `list` names an array of the top-level object whose entries
 * are wanted as texts of their own, with `rest` the text with that array emptied: a large feed is
 * then parsed a listing at a time, the page getting a turn between.
 */
export function scanJson(text: string, list?: string) {
  const spans: [number, number][] = [];
  const key = JSON.stringify(list);
  let [depth, start, keyAt, keyEnd] = [0, -1, -1, -1];
  let inList: { open: number; from: number; items: string[] } | undefined;
  let found: { rest: string; items: string[] } | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // On to the closing quote: one not escaped by an odd run of backslashes.
      const from = i;
      for (let slashes = 1; slashes % 2;) {
        i = text.indexOf('"', i + 1);
        if (i < 0) return { spans, open: true };
        for (slashes = 0; text.charCodeAt(i - 1 - slashes) === 0x5c;) slashes++;
      }
      if (depth === 1) [keyAt, keyEnd] = [from, i + 1];
    } else if (c === 0x7b || c === 0x5b) {
      if (depth++ === 0) start = i;
      else if (
        depth === 2 &&
        c === 0x5b &&
        text.slice(keyAt, keyEnd) === key &&
        /^\s*:\s*$/.test(text.slice(keyEnd, i))
      )
        inList = { open: i, from: i + 1, items: [] };
    } else if (c === 0x2c && depth === 2 && inList) {
      inList.items.push(text.slice(inList.from, i));
      inList.from = i + 1;
    } else if (c === 0x7d || c === 0x5d) {
      if (depth === 2 && inList) {
        const last = text.slice(inList.from, i);
        if (inList.items.length || last.trim()) inList.items.push(last);
        found = { rest: text.slice(0, inList.open + 1) + text.slice(i), items: inList.items };
        inList = undefined;
      }
      if (--depth === 0 && start >= 0) spans.push([start, i + 1]);
    }
  }
  return { spans, open: depth > 0, ...(found && depth === 0 && spans.length === 1 ? { list: found } : {}) };
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
export function readJson(
  text: string,
  contentType?: string | null,
  list?: string,
): { json: unknown; items?: string[] | undefined; warnings: FeedWarning[] } {
  const type = contentType?.trim() ?? '';
  const split = list === undefined ? undefined : scanJson(text, list).list;
  let json: unknown;
  try {
    json = JSON.parse(split ? split.rest : text);
  } catch (cause) {
    // The whole text, so that the error says where in it the mistake is.
    if (split) return readJson(text, contentType);
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
  return { json, items: split?.items, warnings: contentTypeWarnings(contentType) };
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
