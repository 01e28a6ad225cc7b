import { normalise } from './normalise.ts';

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
