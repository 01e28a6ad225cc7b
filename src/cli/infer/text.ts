/**
 * The words of a directory's free text with where each one stands, for the inference rules: the
 * search tokeniser throws positions away, and evidence must quote the source's own words. Words
 * are normalised and stemmed exactly as search does (normalise.ts, stem.ts), so a lexicon phrase
 * means the same thing here as in the finder.
 */
import { normalise } from '../../search/normalise.ts';
import { stemsOf } from '../../search/stem.ts';

/** One word of the text, with its place in the original and its sentence or clause. */
export interface TextWord {
  /** The word as normalised by search: lower case, no accents or apostrophes. */
  norm: string;
  /** The lookup keys: `e:<word>` and `s:<stem>` for each stemmer that may apply. */
  keys: readonly string[];
  start: number;
  end: number;
  clause: number;
  /** Its index among all words (stop words included), to measure distances. */
  index: number;
}

const WORD_OR_BREAK = /([\p{L}\p{N}\p{M}]+(?:['’][\p{L}]+)*)|([.!?;:\n•()]+|\s[–—-]\s)/gu;

/** Stemmers beyond English that may apply to Latin-script words of a directory's text. */
const LATIN_LANGS = ['pl', 'ro'];

export const exactKey = (word: string): string => `e:${word}`;
export const stemKey = (stem: string): string => `s:${stem}`;

/** All the keys a normalised word can be found under. */
export function keysOf(norm: string): string[] {
  const keys = new Set([exactKey(norm)]);
  for (const lang of ['en', ...LATIN_LANGS]) for (const stem of stemsOf(norm, lang)) keys.add(stemKey(stem));
  return [...keys];
}

/** Splits text into words with their positions; commas do not end a clause, full stops and brackets do. */
export function textWords(text: string): TextWord[] {
  const out: TextWord[] = [];
  let clause = 0;
  for (const m of text.matchAll(WORD_OR_BREAK)) {
    if (m[1] === undefined) {
      clause++;
      continue;
    }
    const norm = normalise(m[1]);
    out.push({ norm, keys: keysOf(norm), start: m.index, end: m.index + m[1].length, clause, index: out.length });
  }
  return out;
}

/**
 * Words that turn what follows into its opposite ("not for people in crisis", "no experience of
 * mental health needed", "this is not a counselling service"). Normalised: "isn't" is "isnt".
 */
const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'without',
  'isnt',
  'arent',
  'dont',
  'doesnt',
  'cannot',
  'cant',
  'wont',
  'nor',
  'non',
  'neither',
]);

/** How many words before a match a negator still reaches. */
const NEGATION_REACH = 5;

/**
 * True when a word shortly before `first` (same clause) negates the match. "No matter", "not
 * only", "not just" and "or not" do not negate.
 */
export function isNegated(words: readonly TextWord[], first: number): boolean {
  const at = words[first];
  if (!at) return false;
  for (let i = first - 1; i >= 0 && i >= first - NEGATION_REACH; i--) {
    const w = words[i];
    if (!w || w.clause !== at.clause) return false;
    if (!NEGATORS.has(w.norm)) continue;
    const next = words[i + 1]?.norm;
    if (next === 'matter' || next === 'only' || next === 'just') continue;
    // "whether or not you have a diagnosis", "with or without a referral": both ways, so no negation.
    if (words[i - 1]?.norm === 'or' && words[i - 1]?.clause === at.clause) continue;
    return true;
  }
  return false;
}

/** The original words from the first to the last word index, inclusive, for evidence. */
export function quote(text: string, words: readonly TextWord[], first: number, last: number): string {
  const a = words[first];
  const b = words[last];
  if (!a || !b) return '';
  return text.slice(a.start, b.end).replace(/\s+/g, ' ');
}

/** A phrase compiled to lookup keys, matched word after word with nothing between but stop words. */
export interface Phrase {
  keys: readonly string[];
  /** The phrase as written, for tests and debugging. */
  text: string;
}

/** Compiles a phrase ("self harm", "=carers", "young people") into keys; stop words are left out. */
export function compilePhrase(phrase: string, isStop: (word: string) => boolean, lang = 'en'): Phrase {
  const keys: string[] = [];
  for (const piece of phrase.replace(/^[~!]/, '').split(/[\s-]+/)) {
    const exact = piece.startsWith('=');
    const norm = normalise(exact ? piece.slice(1) : piece).replace(/[^\p{L}\p{N}\p{M}]/gu, '');
    if (norm === '' || isStop(norm)) continue;
    if (exact) keys.push(exactKey(norm));
    else {
      const stems = stemsOf(norm, lang);
      keys.push(stemKey(stems[stems.length - 1] ?? norm));
    }
  }
  return { keys, text: phrase };
}

/** Where a phrase occurs: index of first and last word, skipping stop words in between. */
export interface Occurrence {
  first: number;
  last: number;
}

/**
 * Every place the phrase's words follow one another in the same clause, with only stop words
 * between: "self-harm" and "self harm" match "self harm"; "sexual harm" does not.
 */
export function findPhrase(
  words: readonly TextWord[],
  phrase: Phrase,
  isStop: (word: string) => boolean,
): Occurrence[] {
  const found: Occurrence[] = [];
  const [head, ...rest] = phrase.keys;
  if (head === undefined) return found;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w || !w.keys.includes(head)) continue;
    let at = i;
    let ok = true;
    for (const key of rest) {
      let next = at + 1;
      while (words[next] && isStop(words[next]?.norm ?? '') && words[next]?.clause === w.clause) next++;
      const n = words[next];
      if (!n || n.clause !== w.clause || !n.keys.includes(key)) {
        ok = false;
        break;
      }
      at = next;
    }
    if (ok) found.push({ first: i, last: at });
  }
  return found;
}

/** The whole-word, case-insensitive test of a plain regular-expression source against text. */
export function wordRegExp(source: string, flags = 'giu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, flags);
}

/**
 * For regular-expression rules: true when "not", "no", "never"… comes up to four words before
 * `index` in the same sentence ("not suitable for under 18s", "you do not need a referral").
 */
export function negatedBefore(text: string, index: number): boolean {
  // A comma or dash ends what "not" reaches: "No referral needed – walk in" is two things.
  const before =
    text
      .slice(Math.max(0, index - 48), index)
      .split(/[.!?;:,\n•()]|\s[–—-]\s/)
      .pop() ?? '';
  return /(?<!\bor\s)\b(?:not|no|never|without|isn[’']?t|aren[’']?t|don[’']?t|doesn[’']?t)\b(?:\s+\S+){0,4}\s*$/i.test(
    before,
  );
}
