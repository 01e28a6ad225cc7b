/**
 * Parses a feed while it downloads: each listing in the top-level `services` array is handed
 * over, parsed, as soon as its last character has arrived, so it can be checked between network
 * reads instead of after the last one. On a slow connection nearly all the work is done by the
 * time the download ends, in pieces far shorter than a long task.
 *
 * Scanning every character in JavaScript costs about as much again as the native parse, so once
 * a few listings have shown how one ends and the next begins (say `,{"id"`), the parser stops
 * scanning: it cuts the text it has at the last such join and parses everything before it as
 * one array, natively. A join can only be found outside strings (it holds a bare quote), but it
 * may be a nested object's, so the cut is proven by the parse itself: `[` + text + `]` is JSON
 * only when the text is whole listings separated by commas. A cut that fails is scanned instead,
 * and two failures stop the cutting for that feed.
 *
 * It only ever gives what `JSON.parse` of the whole text gives: test/unit/stream-parse.test.ts
 * holds it to that on random documents cut at random places. Anything it is not sure of (invalid
 * JSON above all, a second `services`, a `services` that is not an array) and it gives up; the
 * caller then parses the whole text the usual way, which also words any error precisely.
 */

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const COLON = 58;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

/** Whether the quote at `at` is escaped: an odd run of backslashes before it. */
function escapedAt(s: string, at: number): boolean {
  let run = 0;
  while (s.charCodeAt(at - 1 - run) === BACKSLASH) run++;
  return run % 2 === 1;
}

class GiveUp extends Error {}

/** Listings that agree on their join before cutting at it; failed cuts before scanning for good. */
const AGREEING_JOINS = 3;
const MISSED_CUTS = 2;
/** Text held without a join in it before it is scanned after all (the joins have changed). */
const MAX_UNCUT = 1 << 20;

export interface StreamedFeed {
  /** The document as `JSON.parse` gives it, with `services` left empty. */
  envelope: Record<string, unknown>;
  /** How many listings were handed over. */
  count: number;
}

export class FeedStreamParser {
  readonly #onListing: (value: unknown) => void;
  /** Text received and not yet let go: the envelope so far, or the current listing. */
  #buffer = '';
  /** Scan position in `#buffer`. */
  #at = 0;
  #depth = 0;
  #inString = false;
  /** 0: before the listings, 1: among them, 2: after them. */
  #phase = 0;
  /** The envelope's text with the listings left out, up to `#envelopeFrom` in `#buffer`. */
  #envelope = '';
  #envelopeFrom = 0;
  /** The top level expects a key next (after `{` or `,`); where the key being read starts. */
  #expectKey = false;
  #keyStart = -1;
  #lastKey: string | undefined;
  /** The value after `"services":` comes next. */
  #servicesValue = false;
  /** Where the current listing starts in `#buffer`; -1 between listings. */
  #listingStart = -1;
  #count = 0;
  #closed = false;
  #failed = false;
  /** Where the comma after the last listing is in `#buffer`; -1 when not there. */
  #commaAt = -1;
  /** The join seen before the current listing (comma to its opening brace) and how often in a row. */
  #gap = '';
  #join = '';
  #joinRuns = 0;
  /** The join to cut at once learned, undefined before (and after too many failed cuts). */
  #cutAt: string | undefined;
  #missedCuts = 0;
  /** `#buffer` is unscanned text that starts just after a comma between listings. */
  #unscanned = false;

  constructor(onListing: (value: unknown) => void) {
    this.#onListing = onListing;
  }

  push(text: string): void {
    if (this.#failed) return;
    this.#buffer += text;
    try {
      if (!this.#unscanned) this.#scan(true);
      else if (!this.#cut()) this.#scanFromJoin();
    } catch {
      // A listing that is not JSON (JSON.parse threw), or a shape it does not stream.
      this.#failed = true;
      this.#buffer = '';
    }
  }

  /** The envelope and the number of listings, or undefined when the whole text must be parsed. */
  end(): StreamedFeed | undefined {
    if (this.#unscanned && !this.#failed) {
      try {
        this.#scanFromJoin();
      } catch {
        this.#failed = true;
      }
    }
    if (this.#failed || this.#phase !== 2 || !this.#closed || this.#inString) return undefined;
    try {
      const envelope: unknown = JSON.parse(this.#envelope + this.#buffer.slice(this.#envelopeFrom));
      if (!envelope || typeof envelope !== 'object' || Array.isArray(envelope)) return undefined;
      const services = (envelope as Record<string, unknown>)['services'];
      if (!Array.isArray(services) || services.length !== 0) return undefined;
      return { envelope: envelope as Record<string, unknown>, count: this.#count };
    } catch {
      return undefined;
    }
  }

  /** @param cutting whether it may stop at a join and cut the rest (not straight after a failed cut) */
  #scan(cutting: boolean): void {
    const s = this.#buffer;
    let i = this.#at;
    let cut = false;
    // The hot state in locals, written back at the end: this loop sees every character.
    let depth = this.#depth;
    let inString = this.#inString;
    let phase = this.#phase;
    for (; i < s.length; i++) {
      if (inString) {
        // Most of a feed is inside strings: jump to the next quote not escaped by a backslash.
        // (The backslashes before it are always still in the buffer: it keeps the whole string.)
        let quote = s.indexOf('"', i);
        while (quote >= 0 && escapedAt(s, quote)) quote = s.indexOf('"', quote + 1);
        if (quote < 0) {
          i = s.length;
          break;
        }
        i = quote;
        inString = false;
        if (this.#keyStart >= 0) {
          this.#lastKey = JSON.parse(s.slice(this.#keyStart, i + 1)) as string;
          this.#keyStart = -1;
        }
        continue;
      }
      const c = s.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) continue;
      if (depth <= 1 || phase !== 1) {
        // The top level, where the document's shape is decided: rare, so no hurry here.
        if (this.#closed) throw new GiveUp(); // something after the document
        if (depth === 0 && c !== OPEN_BRACE) throw new GiveUp(); // not an object
        if (this.#servicesValue) {
          this.#servicesValue = false;
          if (c !== OPEN_BRACKET || phase !== 0) throw new GiveUp();
          // The listings begin: the envelope keeps an empty array in their place.
          this.#envelope += s.slice(this.#envelopeFrom, i + 1);
          phase = this.#phase = 1;
          depth++;
          continue;
        }
      } else if (depth === 2) {
        // At the listings' own level: a listing ends with a comma or the closing bracket.
        if (c === COMMA || c === CLOSE_BRACKET) {
          this.#listingEnd(s, i, c === CLOSE_BRACKET);
          if (c === CLOSE_BRACKET) {
            phase = this.#phase = 2;
            depth = 1;
            this.#envelopeFrom = i;
          } else if (this.#cutAt !== undefined && cutting) {
            // Between listings with a known join: the rest need not be scanned.
            this.#buffer = s.slice(i + 1);
            this.#unscanned = true;
            if (this.#cut()) {
              cut = true;
              break;
            }
            // The cut failed: scan the rest of what has come, and try again with the next piece.
            this.#buffer = s;
            this.#unscanned = false;
            cutting = false;
            continue;
          }
          this.#commaAt = c === COMMA ? i : -1;
          continue;
        }
        if (this.#listingStart < 0) {
          this.#listingStart = i;
          this.#gap = this.#commaAt >= 0 ? s.slice(this.#commaAt, i + 1) : '';
        }
      }
      switch (c) {
        case QUOTE:
          inString = true;
          if (depth === 1 && this.#expectKey) {
            this.#keyStart = i;
            this.#expectKey = false;
          }
          break;
        case OPEN_BRACE:
        case OPEN_BRACKET:
          depth++;
          if (depth === 1) this.#expectKey = true;
          break;
        case CLOSE_BRACE:
        case CLOSE_BRACKET:
          depth--;
          if (depth === 0) this.#closed = true;
          break;
        case COLON:
          if (depth === 1) {
            this.#servicesValue = this.#lastKey === 'services';
            this.#lastKey = undefined;
          }
          break;
        case COMMA:
          if (depth === 1) this.#expectKey = true;
          break;
      }
    }
    this.#depth = depth;
    this.#inString = inString;
    if (cut) {
      this.#at = 0;
      return;
    }
    this.#at = i;
    if (phase === 1) {
      // Among the listings nothing before the current one is needed again.
      const keep = this.#listingStart >= 0 ? this.#listingStart : i;
      this.#buffer = s.slice(keep);
      this.#at = i - keep;
      if (this.#listingStart >= 0) this.#listingStart = 0;
      this.#envelopeFrom = 0;
      this.#commaAt = -1;
    }
  }

  /**
   * Hands over every whole listing in the unscanned text, parsed natively as one array, when a
   * known join shows where they end. False when the text must be scanned: no join where one
   * should be, or the cut failed (the join was a nested object's, or the text is not JSON).
   */
  #cut(): boolean {
    const s = this.#buffer;
    const join = this.#cutAt;
    if (join === undefined) return false;
    const at = s.lastIndexOf(join);
    if (at < 0) {
      if (s.length < MAX_UNCUT) return true;
      this.#cutAt = undefined;
      return false;
    }
    let listings: unknown;
    try {
      listings = at > 0 ? JSON.parse(`[${s.slice(0, at)}]`) : undefined;
    } catch {
      listings = undefined;
    }
    if (!Array.isArray(listings)) {
      if (++this.#missedCuts >= MISSED_CUTS) this.#cutAt = undefined;
      return false;
    }
    for (const listing of listings) this.#onListing(listing);
    this.#count += listings.length;
    this.#buffer = s.slice(at + 1);
    return true;
  }

  /** Scans unscanned text from where it starts: between listings, just after a comma. */
  #scanFromJoin(): void {
    this.#unscanned = false;
    this.#at = 0;
    this.#commaAt = -1;
    this.#scan(false);
  }

  #listingEnd(s: string, i: number, closing: boolean): void {
    if (this.#listingStart < 0) {
      // Nothing since the opening bracket or the last comma: only `[]` is JSON (no listing yet
      // means no comma yet either).
      if (closing && this.#count === 0) return;
      throw new GiveUp();
    }
    const text = s.slice(this.#listingStart, i);
    this.#onListing(JSON.parse(text));
    this.#count++;
    this.#listingStart = -1;
    if (!this.#gap || this.#cutAt !== undefined || this.#missedCuts) return;
    // The join as it was before this listing: the gap and the listing's first key, `,{"id"`.
    const key = /^\{\s*"[^"\\]*"/.exec(text)?.[0];
    const join = key ? this.#gap + key.slice(1) : '';
    this.#joinRuns = join && join === this.#join ? this.#joinRuns + 1 : 1;
    this.#join = join;
    if (join && this.#joinRuns >= AGREEING_JOINS) this.#cutAt = join;
  }
}
