import Fuse from 'fuse.js/basic';
import { editDistance, typoAllowance } from './edit-distance.ts';

/** Fuse shortlists this many words; the edit distance then picks among them. */
const SHORTLIST = 12;

/**
 * Typo tolerance over a list of distinct words (a vocabulary), never over whole documents: the
 * cost of a lookup depends on the number of distinct words, not on the number of services.
 *
 * Large vocabularies are split by first letter and each part is indexed the first time it is
 * needed, so a typo costs a search over a few thousand words; a typo in the first letter is
 * then not caught, which is the rarest kind.
 */
export class FuzzyVocabulary {
  readonly #words: readonly string[];
  readonly #split: boolean;
  readonly #fuses = new Map<string, Fuse<string>>();

  constructor(words: readonly string[], options: { splitByFirstLetter?: boolean } = {}) {
    this.#words = words;
    this.#split = options.splitByFirstLetter ?? words.length > 5000;
  }

  #fuse(first: string): Fuse<string> {
    const key = this.#split ? first : '';
    let fuse = this.#fuses.get(key);
    if (!fuse) {
      const list = this.#split ? this.#words.filter((w) => w.startsWith(first)) : this.#words;
      fuse = new Fuse(list, { includeScore: true, threshold: 0.4, ignoreLocation: true, isCaseSensitive: true });
      this.#fuses.set(key, fuse);
    }
    return fuse;
  }

  /**
   * Words within the typos a word of this length may have (see {@link typoAllowance}), closest
   * first. Empty for words too short to guess at.
   */
  closest(word: string, limit = 3): string[] {
    const max = typoAllowance(Array.from(word).length);
    if (max === 0 || word.length > 32) return [];
    const found: { word: string; distance: number }[] = [];
    for (const result of this.#fuse(word.charAt(0)).search(word, { limit: SHORTLIST })) {
      if (result.item === word) continue;
      const distance = editDistance(word, result.item, max);
      if (distance <= max) found.push({ word: result.item, distance });
    }
    return found
      .sort((a, b) => a.distance - b.distance)
      .slice(0, limit)
      .map((f) => f.word);
  }
}
