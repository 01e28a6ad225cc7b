import { normalise } from './normalise.ts';
import { stemsOf } from './stem.ts';
import type { Lexicon } from './lexicon/types.ts';

/**
 * How one reader's language treats words: which are stop words and what each word stems to.
 * Stop words are those of every lexicon given (the reader's language and English), because a
 * feed and the people typing into it mix the two.
 */
export class Analyser {
  readonly lang: string;
  readonly #stop: ReadonlySet<string>;
  readonly #cache = new Map<string, readonly string[]>();

  constructor(lang: string, lexicons: readonly Lexicon[]) {
    this.lang = lang;
    this.#stop = new Set(lexicons.flatMap((l) => l.stopWords.map(normalise)));
  }

  /** True for a normalised word that never counts on its own. */
  isStop(word: string): boolean {
    return this.#stop.has(word);
  }

  /** The stems of a normalised word, memoised: the same words recur across a whole feed. */
  stems(word: string): readonly string[] {
    let stems = this.#cache.get(word);
    if (!stems) {
      stems = stemsOf(word, this.lang);
      if (this.#cache.size < 50_000) this.#cache.set(word, stems);
    }
    return stems;
  }
}
