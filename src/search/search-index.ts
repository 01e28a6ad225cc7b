import type { LocalisedText } from '../feed/schema.ts';
import { Analyser } from './analyser.ts';
import { FuzzyVocabulary } from './fuzzy.ts';
import { cjkQueryGrams, words } from './tokenise.ts';
import type { TopicWords } from './own-words.ts';

/** What the index reads of a service. A feed's `Service` fits. */
export interface IndexedService {
  name: LocalisedText;
  organisation?: LocalisedText | undefined;
  description: LocalisedText;
  topics: readonly string[];
  locations?: readonly { name?: LocalisedText | undefined; address?: string | undefined }[];
}

/** What the index is built from: the feed's topics (with their words) and services. */
export interface IndexSource {
  topics: readonly TopicWords[];
  services: readonly IndexedService[];
}

/** The services a query found. */
export interface SearchHits {
  /** Positions in the source's service list, best first (ties in feed order). */
  readonly docs: Int32Array;
  /** Relevance of each of `docs`, from 0 to 1. */
  readonly scores: Float32Array;
  /** The query had no word to search by (empty, too short or only stop words): nothing is filtered. */
  readonly empty: boolean;
  /** No service has every word, so these are the services with the most of them. */
  readonly partial: boolean;
}

// Where a word was found, as bits; a word's weight in a service comes from its best field.
const NAME = 1;
const ORGANISATION = 2;
const DESCRIPTION = 4;
const PLACE = 8;
/** Name > topic words > organisation > description (and places). */
const TOPIC_WEIGHT = 5;
const MAX_WEIGHT = 9.5;
const FIELD_WEIGHT = Float32Array.from({ length: 16 }, (_, mask) => {
  const weights = [mask & NAME ? 8 : 0, mask & ORGANISATION ? 3 : 0, mask & DESCRIPTION ? 1 : 0, mask & PLACE ? 1 : 0];
  const best = Math.max(...weights);
  // A word in several fields is a little more telling than in one.
  return best + 0.5 * (weights.filter((w) => w > 0).length - 1);
});
/** How much a looser match counts, compared with the same stem. */
const PREFIX = 0.75;
const TYPO = 0.6;
/** A prefix that opens onto more words than this (like "co") says too little to look them all up. */
const MAX_PREFIX_TERMS = 400;
const MAX_SHORT_PREFIX_TERMS = 60;

/** Where `key` is, or would go, in a sorted list. */
function firstAtLeast(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? '') < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The most places a word warming up the search may be in (see `typicalSearches`). */
const WARM_POSTINGS = 3000;

/** A query word that narrows nothing (see `#candidates`); compared by identity. */
const BROAD: Candidate[] = [];

interface Candidate {
  term: number;
  quality: number;
}

/**
 * An inverted index of a feed for one reading language, built once: every distinct stem (its
 * vocabulary) points to the services that use it, with the field it was found in. A query only
 * reads the postings of its own words, so a keystroke costs about the same at 500 or 20,000
 * services. Each topic's words (names, keywords, lexicon phrases) count as text of every service
 * tagged with that topic, so "worried" finds the services on "Feeling worried or anxious".
 */
export class SearchIndex {
  readonly lang: string;
  readonly size: number;
  readonly #analyser: Analyser;
  readonly #termIds: ReadonlyMap<string, number>;
  readonly #sorted: readonly string[];
  readonly #sortedIds: Int32Array;
  /** The feed's words as written, A to Z, and the terms (stems) of each. */
  readonly #written: readonly string[];
  readonly #writtenTerms: readonly (readonly number[])[];
  readonly #offsets: Int32Array;
  readonly #docs: Int32Array;
  readonly #masks: Uint8Array;
  readonly #termTopics: ReadonlyMap<number, readonly number[]>;
  readonly #topicDocs: readonly Int32Array[];
  #fuzzy: FuzzyVocabulary | undefined;
  readonly #cache = new Map<string, Candidate[]>();
  // Scratch space reused by every query, so a keystroke allocates almost nothing.
  readonly #queryMark: Uint32Array;
  readonly #wordMark: Uint32Array;
  readonly #wordScore: Float32Array;
  readonly #wordDocs: Int32Array;
  readonly #total: Float32Array;
  readonly #count: Uint8Array;
  readonly #touched: Int32Array;
  #generation = 0;

  /** Made by `buildIndex` or `indexSteps` (build-index.ts). */
  constructor(parts: {
    lang: string;
    size: number;
    analyser: Analyser;
    termIds: Map<string, number>;
    /** Words as written, with their terms; a word being typed is looked up by its start in both. */
    written?: Map<string, readonly number[]>;
    /** The keys of `termIds` and `written` in order, when the builder has sorted them already. */
    sortedTerms?: string[];
    sortedWritten?: string[];
    offsets: Int32Array;
    docs: Int32Array;
    masks: Uint8Array;
    termTopics: Map<number, number[]>;
    topicDocs: Int32Array[];
  }) {
    this.lang = parts.lang;
    this.size = parts.size;
    this.#analyser = parts.analyser;
    this.#termIds = parts.termIds;
    this.#sorted = parts.sortedTerms ?? [...parts.termIds.keys()].sort();
    this.#sortedIds = Int32Array.from(this.#sorted, (t) => parts.termIds.get(t) ?? 0);
    const written = parts.written ?? new Map<string, readonly number[]>();
    this.#written = parts.sortedWritten ?? [...written.keys()].sort();
    this.#writtenTerms = this.#written.map((w) => written.get(w) ?? []);
    this.#offsets = parts.offsets;
    this.#docs = parts.docs;
    this.#masks = parts.masks;
    this.#termTopics = parts.termTopics;
    this.#topicDocs = parts.topicDocs;
    this.#queryMark = new Uint32Array(parts.size);
    this.#wordMark = new Uint32Array(parts.size);
    this.#wordScore = new Float32Array(parts.size);
    this.#wordDocs = new Int32Array(parts.size);
    this.#total = new Float32Array(parts.size);
    this.#count = new Uint8Array(parts.size);
    this.#touched = new Int32Array(parts.size);
  }

  /** Distinct stems and character pairs: the index's vocabulary. */
  get vocabularySize(): number {
    return this.#termIds.size;
  }

  /** Whether a normalised word occurs anywhere in the feed (or its topics' words). */
  hasWord(word: string): boolean {
    // Stop words are real words too, though not indexed: "thinking" must not become "drinking".
    const stems = this.#analyser.stems(word);
    return this.#analyser.isStop(word) || stems.some((stem) => this.#termIds.has(stem) || this.#analyser.isStop(stem));
  }

  /**
   * Searches as a person would type them, from the feed's own commonest words: run one at a time
   * in idle time once the index is built, so a person's first keys meet compiled code. Cold, the
   * first few searches of a visit take five to ten times as long as the same searches later (in Node
   * 4 to 8 ms against under 1), which on a slow phone made the first keys long tasks.
   */
  typicalSearches(): string[] {
    const common: { word: string; postings: number }[] = [];
    this.#written.forEach((word, i) => {
      if (word.length < 5 || !/^\p{L}+$/u.test(word)) return;
      common.push({ word, postings: this.#postings(this.#writtenTerms[i] ?? []) });
    });
    // Three common words that start differently, so each search reads other postings; but none in
    // more than WARM_POSTINGS places, or in a large feed the warming itself is a long task.
    const picked: string[] = [];
    for (const { word, postings } of common.sort((x, y) => y.postings - x.postings)) {
      if (postings > WARM_POSTINGS || picked.some((p) => p.slice(0, 2) === word.slice(0, 2))) continue;
      picked.push(word);
      if (picked.length === 3) break;
    }
    const [a, b, c] = picked;
    if (!a || !b || !c) return [];
    return [a.slice(0, 4), a, `${a} ${b.slice(0, 3)}`, `${a} ${b}`, c.slice(0, 4), c];
  }

  /**
   * Terms that start with `prefix`, or that a word as written starting with it has: "worrie",
   * on the way to "worried", reaches the stem "worry". Undefined when so many do that the prefix
   * narrows nothing.
   */
  #prefixed(prefix: string): number[] | undefined {
    const found = new Set<number>();
    // Two letters begin far more words than three: fewer of them already say nothing.
    const most = prefix.length < 3 ? MAX_SHORT_PREFIX_TERMS : MAX_PREFIX_TERMS;
    for (let i = firstAtLeast(this.#sorted, prefix); i < this.#sorted.length && found.size <= most; i++) {
      if (!(this.#sorted[i] ?? '').startsWith(prefix)) break;
      found.add(this.#sortedIds[i] ?? 0);
    }
    for (let i = firstAtLeast(this.#written, prefix); i < this.#written.length && found.size <= most; i++) {
      if (!(this.#written[i] ?? '').startsWith(prefix)) break;
      for (const term of this.#writtenTerms[i] ?? []) found.add(term);
    }
    return found.size > most ? undefined : [...found];
  }

  /** How many postings the terms have: the services they are in, some counted more than once. */
  #postings(terms: readonly number[]): number {
    let total = 0;
    for (const term of terms) total += (this.#offsets[term + 1] ?? 0) - (this.#offsets[term] ?? 0);
    return total;
  }

  /**
   * The vocabulary entries one query word stands for: its stems, words it starts, near misses.
   * {@link BROAD} when it is the start of so many words that it narrows nothing: "ca", half-way
   * to "camhs", then lists what the words before it list, not "nothing found".
   */
  #candidates(word: string): Candidate[] {
    const cached = this.#cache.get(word);
    if (cached) return cached;
    const best = new Map<number, number>();
    const add = (term: number | undefined, quality: number) => {
      if (term !== undefined && quality > (best.get(term) ?? 0)) best.set(term, quality);
    };
    for (const stem of this.#analyser.stems(word)) add(this.#termIds.get(stem), 1);
    let prefixed = word.length >= 2 && !/^\d+$/.test(word) ? this.#prefixed(word) : [];
    // Two letters found in most services narrow nothing either ("ca" in a large directory).
    if (prefixed && word.length < 3 && this.#postings(prefixed) > this.size / 2) prefixed = undefined;
    if (prefixed === undefined && best.size === 0) return BROAD;
    for (const term of prefixed ?? []) add(term, PREFIX);
    if (best.size === 0) {
      this.#fuzzy ??= new FuzzyVocabulary(
        this.#sorted.filter((t) => t.length >= 4 && !/\d/.test(t) && !/\p{Script=Han}/u.test(t)),
        { splitByFirstLetter: true },
      );
      for (const guess of this.#fuzzy.closest(word, 3)) add(this.#termIds.get(guess), TYPO);
    }
    const candidates = [...best].map(([term, quality]) => ({ term, quality }));
    if (this.#cache.size > 500) this.#cache.clear();
    this.#cache.set(word, candidates);
    return candidates;
  }

  /** The query's words as groups: a service must match one entry of every group. */
  #groups(query: string): Candidate[][] {
    const groups: Candidate[][] = [];
    for (const word of words(query)) {
      if (word.cjk) {
        for (const gram of cjkQueryGrams(word.text)) {
          const term = this.#termIds.get(gram);
          groups.push(term === undefined ? [] : [{ term, quality: 1 }]);
        }
      } else if (!this.#analyser.isStop(word.text) && (word.text.length >= 2 || /\d/.test(word.text))) {
        const candidates = this.#candidates(word.text);
        if (candidates !== BROAD) groups.push(candidates);
      }
    }
    return groups.slice(0, 255);
  }

  /**
   * Services matching every word of the query (each word by stem, by its start or with a typo),
   * best first. When none has every word, those with the most words, marked `partial`.
   *
   * @param tieOrder each service's rank among equals (say, its place A to Z in the reader's
   *   language), by position in the source list; feed order without it.
   */
  search(query: string, tieOrder?: Int32Array): SearchHits {
    const groups = this.#groups(query);
    if (groups.length === 0)
      return { docs: new Int32Array(0), scores: new Float32Array(0), empty: true, partial: false };
    const queryMark = ++this.#generation;
    let touched = 0;
    for (const group of groups) {
      const wordMark = ++this.#generation;
      let found = 0;
      const credit = (doc: number, weight: number) => {
        if (this.#wordMark[doc] === wordMark) {
          if (weight > (this.#wordScore[doc] ?? 0)) this.#wordScore[doc] = weight;
          return;
        }
        this.#wordMark[doc] = wordMark;
        this.#wordScore[doc] = weight;
        this.#wordDocs[found++] = doc;
      };
      for (const { term, quality } of group) {
        const end = this.#offsets[term + 1] ?? 0;
        for (let p = this.#offsets[term] ?? 0; p < end; p++) {
          credit(this.#docs[p] ?? 0, (FIELD_WEIGHT[this.#masks[p] ?? 0] ?? 0) * quality);
        }
        for (const topic of this.#termTopics.get(term) ?? []) {
          for (const doc of this.#topicDocs[topic] ?? []) credit(doc, TOPIC_WEIGHT * quality);
        }
      }
      for (let i = 0; i < found; i++) {
        const doc = this.#wordDocs[i] ?? 0;
        if (this.#queryMark[doc] !== queryMark) {
          this.#queryMark[doc] = queryMark;
          this.#total[doc] = 0;
          this.#count[doc] = 0;
          this.#touched[touched++] = doc;
        }
        this.#total[doc] = (this.#total[doc] ?? 0) + (this.#wordScore[doc] ?? 0);
        this.#count[doc] = (this.#count[doc] ?? 0) + 1;
      }
    }
    return this.#rank(groups.length, touched, tieOrder);
  }

  #inverses = new WeakMap<Int32Array, Int32Array>();

  /** Position by rank, for a rank by position; worked out once per tie order. */
  #inverse(order: Int32Array): Int32Array {
    let inverse = this.#inverses.get(order);
    if (!inverse) {
      inverse = new Int32Array(order.length);
      order.forEach((rank, doc) => {
        if (inverse) inverse[rank] = doc;
      });
      this.#inverses.set(order, inverse);
    }
    return inverse;
  }

  #rank(words: number, touched: number, tieOrder: Int32Array | undefined): SearchHits {
    let need = words;
    let any = 0;
    for (let i = 0; i < touched; i++) any = Math.max(any, this.#count[this.#touched[i] ?? 0] ?? 0);
    const partial = any < words;
    if (partial) need = any;
    if (need === 0) return { docs: new Int32Array(0), scores: new Float32Array(0), empty: false, partial: false };
    // Score and position packed into one number, so a native numeric sort orders them: higher
    // score first, then earlier in the feed.
    const keys = new Float64Array(touched);
    let n = 0;
    const span = 2 ** 25;
    for (let i = 0; i < touched; i++) {
      const doc = this.#touched[i] ?? 0;
      if ((this.#count[doc] ?? 0) < need) continue;
      const score = Math.round(((this.#total[doc] ?? 0) / (words * MAX_WEIGHT)) * 10000);
      keys[n++] = score * span + (span - 1 - (tieOrder ? (tieOrder[doc] ?? doc) : doc));
    }
    const sorted = keys.subarray(0, n).sort().reverse();
    const docs = new Int32Array(n);
    const scores = new Float32Array(n);
    // With a tie order the packed number holds the rank, not the position: map it back.
    const byRank = tieOrder ? this.#inverse(tieOrder) : undefined;
    for (let i = 0; i < n; i++) {
      const key = sorted[i] ?? 0;
      const score = Math.floor(key / span);
      const tie = span - 1 - (key - score * span);
      docs[i] = byRank ? (byRank[tie] ?? tie) : tie;
      scores[i] = Math.min(1, score / 10000);
    }
    return { docs, scores, empty: false, partial };
  }
}
