import { isAscii, normalise, normaliseAscii } from './normalise.ts';

/**
 * One word of a text. `cjk` words are runs of Chinese or Japanese characters, which have no
 * spaces between words and are matched by characters and character pairs instead.
 */
export interface Word {
  text: string;
  cjk: boolean;
  /** Words in different sentences or clauses never form a phrase together. */
  clause: number;
}

const RUN =
  /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+)|([\p{L}\p{N}\p{M}]+)|([.!?;,:。！？；，、\n]+)/gu;

/** The words of a text, normalised (see {@link normalise}), in order. */
export function words(text: string): Word[] {
  const out: Word[] = [];
  let clause = 0;
  for (const match of normalise(text).matchAll(RUN)) {
    if (match[1]) out.push({ text: match[1], cjk: true, clause });
    else if (match[2]) out.push({ text: match[2], cjk: false, clause });
    else clause++;
  }
  return out;
}

/** Words as {@link words} reads them, without clause marks: a Chinese or Japanese run in group 1. */
const WORD = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+)|[\p{L}\p{N}\p{M}]+/gu;

/**
 * Calls `visit` with each word of a text, normalised, as {@link words} finds them; for building
 * an index, where a feed's millions of words must not each make a match object. Plain ASCII text
 * (most of a feed) is walked by character: its words are its runs of letters and digits.
 */
export function forEachWord(text: string, visit: (word: string, cjk: boolean) => void): void {
  if (!isAscii(text)) {
    for (const match of normalise(text).matchAll(WORD)) visit(match[0], match[1] !== undefined);
    return;
  }
  const lower = normaliseAscii(text);
  let start = -1;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    // After normalise, ASCII letters are lower case.
    const wordChar = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (wordChar) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      visit(lower.slice(start, i), false);
      start = -1;
    }
  }
  if (start >= 0) visit(lower.slice(start), false);
}

/**
 * What a run of Chinese or Japanese characters is indexed under: every character and every pair
 * of neighbours. Most Chinese words are one or two characters long, so a query of one or two
 * characters finds its word, and a longer query is found through its pairs.
 */
export function cjkIndexGrams(run: string): string[] {
  const chars = Array.from(run);
  return [...chars, ...pairs(chars)];
}

/** What a Chinese or Japanese query is looked up by: the character alone, or its pairs. */
export function cjkQueryGrams(run: string): string[] {
  const chars = Array.from(run);
  return chars.length === 1 ? chars : pairs(chars);
}

function pairs(chars: readonly string[]): string[] {
  return chars.slice(1).map((char, i) => `${chars[i] ?? ''}${char}`);
}
