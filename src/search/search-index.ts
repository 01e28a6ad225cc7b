import type { LocalisedText, Service } from '../feed/schema.ts';
import { Analyser } from './analyser.ts';
import { FuzzyVocabulary } from './fuzzy.ts';
import { normalise } from './normalise.ts';
import { PairTable } from './pair-table.ts';
import { cjkQueryGrams, words } from './tokenise.ts';
import type { TopicWords } from './own-words.ts';

/** What the index reads of a service. A feed's `Service` fits. */
export interface IndexedService {
  name: LocalisedText;
  organisation?: LocalisedText | undefined;
  description: LocalisedText;
  topics: readonly string[];
  locations?: readonly { name?: LocalisedText | undefined; address?: string | undefined }[];
  /** Where its topic tags came from: a tag guessed from the text counts for less. */
  provenance?: Service['provenance'];
}

/** Postings of one kind (terms or pairs): each key's services and the fields it is in. */
export interface PostingLists {
  offsets: Int32Array;
  docs: Int32Array;
  masks: Uint8Array;
}

/**
 * Words to read against every service's text, and how much they count: a person's own words
 * (each word by itself, two side by side more) or a topic's (by its id in the feed: its name,
 * keywords and everyday phrases, each a phrase).
 */
export type WeightedWords = ({ own: string; topic?: undefined } | { topic: string; own?: undefined }) & {
  weight: number;
};

/** What {@link SearchIndex.relevance} found. */
export interface Relevance {
  /** Each service's relevance by position in the source list: the best 1, none 0. */
  readonly scores: Float32Array;
  /**
   * The terms that counted, with how much, to show which of a service's words matched (see
   * `wordsIn`); not those in most services, which say nothing ("support").
   */
  readonly terms: ReadonlyMap<number, number>;
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

/**
 * Where a word was found, as bits of its posting's mask: set by `build-index.ts`, weighed here. A
 * word's weight in a service comes from its best field.
 */
export const FIELD = { name: 1, organisation: 2, description: 4, place: 8 } as const;
const { name: NAME, organisation: ORGANISATION, description: DESCRIPTION, place: PLACE } = FIELD;
/** Name > topic words > organisation > description (and places). */
const TOPIC_WEIGHT = 5;
const MAX_WEIGHT = 9.5;
/**
 * What two query words side by side, in that order, add when a field has them side by side too:
 * more than the same two words found apart in the name, so "self harm" in a description outranks
 * "harm" in a name ("sexual harm") with "self" somewhere else.
 */
const PHRASE_BONUS = 11;
const MAX_PHRASE_WEIGHT = MAX_WEIGHT + PHRASE_BONUS;
/** A topic's phrase that is the query's phrase, for services tagged with the topic. */
const TOPIC_PHRASE_WEIGHT = TOPIC_WEIGHT + 3;
/** How much a word counts in relevance (guided ranking) by the field it is in: name, organisation, else. */
const RELEVANCE_FIELD = Float32Array.from({ length: 16 }, (_, mask) =>
  mask & NAME ? 1 : mask & ORGANISATION ? 0.6 : 0.4,
);
/** A topic's phrase of two or more words found as a phrase, against one of its single words. */
const TOPIC_PHRASE = 1.5;
/** The shortest start two of a person's words must share to meet, and how much such a meeting counts. */
const SHARED_START = 5;
const SHARED = 0.5;
/** Two of a person's own words found side by side, on top of each word. */
const OWN_PAIR = 3;
/** Topics whose relevance is kept at once (see `relevance`). */
const TOPIC_PARTS = 8;
/** The rarity (see `relevance`) of words in half the services or more: too common to show as why. */
const COMMON = Math.log(3);
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
 * One thing relevance looks for: every list (each of alternatives, by term or by pair) in one
 * service; `terms` are the whole words it stands for, to show them.
 */
interface Unit {
  lists: Candidate[][];
  pairs: boolean;
  weight: number;
  terms: number[];
}

/** A word as written in a text, for `wordsIn`: letters, digits and marks. */
const WRITTEN = /[\p{L}\p{N}\p{M}]+/gu;
/** What may stand between two words of one phrase as written: "self-harm", "self harm". */
const JOIN = /^[\s\-‐‑–]{1,3}$/u;

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
  /** How much each of `#topicDocs`'s tags counts, by where it came from (`topicTagWeight`). */
  readonly #topicWeights: readonly Float32Array[];
  /** Each topic's words (name, keywords, phrases), by topic id, for `relevance`. */
  readonly #topicTexts: ReadonlyMap<string, readonly string[]>;
  readonly #pairIds: PairTable;
  readonly #pairs: PostingLists;
  readonly #pairTopics: ReadonlyMap<number, readonly number[]>;
  readonly #topicParts = new Map<string, Relevance | undefined>();
  #fuzzy: FuzzyVocabulary | undefined;
  /**
   * Each query word's candidates. A Map of its own, not `memoByKey` (src/match/memo.ts): the
   * bundler would then move that module out of the entry file into one more file every visitor
   * fetches before the finder can start.
   */
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
    /** How much each service's tag counts, beside `topicDocs`; fully without it. */
    topicWeights?: Float32Array[];
    /** Word pairs (a word and the next of one text, by term) by id, their postings, and the topics whose words have them. */
    pairIds?: PairTable;
    pairs?: PostingLists;
    pairTopics?: Map<number, number[]>;
    /** Each topic's words, in the order of the source's topics. */
    topicTexts?: string[][];
    topicIds?: readonly string[];
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
    this.#topicWeights = parts.topicWeights ?? parts.topicDocs.map((docs) => new Float32Array(docs.length).fill(1));
    this.#pairIds = parts.pairIds ?? new PairTable(2);
    this.#pairs = parts.pairs ?? { offsets: new Int32Array(1), docs: new Int32Array(0), masks: new Uint8Array(0) };
    this.#pairTopics = parts.pairTopics ?? new Map();
    this.#topicTexts = new Map((parts.topicIds ?? []).map((id, i) => [id, parts.topicTexts?.[i] ?? []]));
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

  /** How big the index is: distinct terms and word pairs, and the services listed under each. */
  get sizes(): { terms: number; termPostings: number; pairs: number; pairPostings: number } {
    return {
      terms: this.#termIds.size,
      termPostings: this.#docs.length,
      pairs: this.#pairIds.size,
      pairPostings: this.#pairs.docs.length,
    };
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
   * 4 to 8 ms against under 1), which on a slow phone would make the first keys long tasks.
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
      this.#fuzzy ??= this.#makeFuzzy();
      for (const guess of this.#fuzzy.closest(word, 3)) add(this.#termIds.get(guess), TYPO);
    }
    const candidates = [...best].map(([term, quality]) => ({ term, quality }));
    if (this.#cache.size > 500) this.#cache.clear();
    this.#cache.set(word, candidates);
    return candidates;
  }

  /**
   * The query's words as groups: a service must match one entry of every group. Beside each, the
   * term its word stands for when written in full (not Chinese or Japanese), for phrases.
   */
  #groups(query: string): { groups: Candidate[][]; firsts: (number | undefined)[] } {
    const groups: Candidate[][] = [];
    const firsts: (number | undefined)[] = [];
    for (const word of words(query)) {
      if (word.cjk) {
        for (const gram of cjkQueryGrams(word.text)) {
          const term = this.#termIds.get(gram);
          groups.push(term === undefined ? [] : [{ term, quality: 1 }]);
          firsts.push(undefined);
        }
      } else if (!this.#analyser.isStop(word.text) && (word.text.length >= 2 || /\d/.test(word.text))) {
        const candidates = this.#candidates(word.text);
        if (candidates === BROAD) continue;
        groups.push(candidates);
        firsts.push(this.#firstTerm(word.text));
      }
    }
    return { groups: groups.slice(0, 255), firsts: firsts.slice(0, 255) };
  }

  /** The term a whole word is indexed under first, as pairs are (see build-index.ts). */
  #firstTerm(word: string): number | undefined {
    const stem = this.#analyser.stems(word)[0];
    return stem === undefined ? undefined : this.#termIds.get(stem);
  }

  /** The id of the pair of two terms side by side, when the feed or its topics have it. */
  #pairId(first: number | undefined, second: number | undefined): number | undefined {
    return first === undefined || second === undefined ? undefined : this.#pairIds.get(first, second);
  }

  /**
   * Services matching every word of the query (each word by stem, by its start or with a typo),
   * best first. When none has every word, those with the most words, marked `partial`.
   *
   * @param tieOrder each service's rank among equals (say, its place A to Z in the reader's
   *   language), by position in the source list; feed order without it.
   */
  search(query: string, tieOrder?: Int32Array): SearchHits {
    const { groups, firsts } = this.#groups(query);
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
          this.#forTagged(topic, (doc, weight) => credit(doc, TOPIC_WEIGHT * quality * weight));
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
    const pairs = this.#phraseBonus(firsts, queryMark);
    return this.#rank(groups.length, pairs, touched, tieOrder);
  }

  /** Calls `visit` with each service tagged with a topic and how much its tag counts. */
  #forTagged(topic: number, visit: (doc: number, weight: number) => void): void {
    const docs = this.#topicDocs[topic] ?? [];
    const weights = this.#topicWeights[topic];
    for (let i = 0; i < docs.length; i++) visit(docs[i] ?? 0, weights?.[i] ?? 1);
  }

  /**
   * Adds to the services a query found what its words side by side are worth where they are
   * side by side too: in a field, or in the words of a topic the service is tagged with. Returns
   * how many pairs the query has, for the top mark.
   */
  #phraseBonus(firsts: readonly (number | undefined)[], queryMark: number): number {
    let pairs = 0;
    for (let i = 1; i < firsts.length; i++) {
      if (firsts[i - 1] === undefined || firsts[i] === undefined) continue;
      pairs++;
      const pair = this.#pairId(firsts[i - 1], firsts[i]);
      if (pair === undefined) continue;
      const pairMark = ++this.#generation;
      const bonus = (doc: number, weight: number) => {
        if (this.#queryMark[doc] !== queryMark) return;
        // The best of the places the pair is in, once.
        if (this.#wordMark[doc] !== pairMark) {
          this.#wordMark[doc] = pairMark;
          this.#wordScore[doc] = 0;
        }
        const more = weight - (this.#wordScore[doc] ?? 0);
        if (more <= 0) return;
        this.#wordScore[doc] = weight;
        this.#total[doc] = (this.#total[doc] ?? 0) + more;
      };
      const { offsets, docs, masks } = this.#pairs;
      const end = offsets[pair + 1] ?? 0;
      for (let p = offsets[pair] ?? 0; p < end; p++) {
        bonus(docs[p] ?? 0, (FIELD_WEIGHT[masks[p] ?? 0] ?? 0) + PHRASE_BONUS);
      }
      for (const topic of this.#pairTopics.get(pair) ?? []) {
        this.#forTagged(topic, (doc, weight) => bonus(doc, TOPIC_PHRASE_WEIGHT * weight));
      }
    }
    return pairs;
  }

  /**
   * How relevant every service is to some words: a person's sentence or a chosen topic's words,
   * read against the services' own text (not their topic tags, which the caller weighs by where
   * they came from). Unlike `search`, no word is required: a service counts for each word it has,
   * rare words more than common ones, two words side by side more than the same two apart. Each
   * entry's part is scaled so its best service has its `weight`, so a topic with a hundred
   * phrases does not drown a person's five words.
   */
  relevance(queries: readonly WeightedWords[]): Relevance {
    const scores = new Float32Array(this.size);
    const terms = new Map<number, number>();
    for (const query of queries) {
      const part = query.topic !== undefined ? this.#topicPart(query.topic) : this.#part(this.#ownUnits(query.own));
      if (!part) continue;
      for (const [term, worth] of part.terms) terms.set(term, Math.max(worth * query.weight, terms.get(term) ?? 0));
      for (let doc = 0; doc < this.size; doc++)
        scores[doc] = (scores[doc] ?? 0) + (part.scores[doc] ?? 0) * query.weight;
    }
    let top = 0;
    for (let doc = 0; doc < this.size; doc++) top = Math.max(top, scores[doc] ?? 0);
    if (top > 0) for (let doc = 0; doc < this.size; doc++) scores[doc] = (scores[doc] ?? 0) / top;
    return { scores, terms };
  }

  /** A topic's part, worked out once: it does not change with the person's words. */
  #topicPart(topic: string): Relevance | undefined {
    if (this.#topicParts.has(topic)) return this.#topicParts.get(topic);
    const part = this.#part(this.#topicUnits(topic));
    // A few topics at a time are chosen; each part is four bytes a service.
    if (this.#topicParts.size >= TOPIC_PARTS) this.#topicParts.clear();
    this.#topicParts.set(topic, part);
    return part;
  }

  /** Each service's share of some units (the best 1), and the terms that counted; undefined when none did. */
  #part(units: readonly Unit[]): Relevance | undefined {
    const scores = new Float32Array(this.size);
    const terms = new Map<number, number>();
    for (const unit of units) {
      const rarity = this.#scoreUnit(unit, scores);
      if (rarity <= COMMON) continue;
      for (const term of unit.terms) terms.set(term, Math.max(rarity * unit.weight, terms.get(term) ?? 0));
    }
    let best = 0;
    for (let doc = 0; doc < this.size; doc++) best = Math.max(best, scores[doc] ?? 0);
    if (best === 0) return undefined;
    for (let doc = 0; doc < this.size; doc++) scores[doc] = (scores[doc] ?? 0) / best;
    return { scores, terms };
  }

  /**
   * Adds a unit's worth to each service that has all of it: its weight, times how rare it is in
   * the feed, times the fields it is in. Returns how rare it is (0 when no service has it).
   */
  #scoreUnit(unit: Unit, into: Float32Array): number {
    const unitMark = ++this.#generation;
    let touched = 0;
    for (const list of unit.lists) {
      const listMark = ++this.#generation;
      const { offsets, docs, masks } = unit.pairs
        ? this.#pairs
        : { offsets: this.#offsets, docs: this.#docs, masks: this.#masks };
      for (const { term, quality } of list) {
        const end = offsets[term + 1] ?? 0;
        for (let p = offsets[term] ?? 0; p < end; p++) {
          const doc = docs[p] ?? 0;
          const field = (RELEVANCE_FIELD[masks[p] ?? 0] ?? 0) * quality;
          if (this.#queryMark[doc] !== unitMark) {
            if (list !== unit.lists[0]) continue;
            this.#queryMark[doc] = unitMark;
            this.#count[doc] = 0;
            this.#total[doc] = 0;
            this.#touched[touched++] = doc;
          }
          if (this.#wordMark[doc] !== listMark) {
            this.#wordMark[doc] = listMark;
            this.#wordScore[doc] = field;
            this.#count[doc] = (this.#count[doc] ?? 0) + 1;
            this.#total[doc] = (this.#total[doc] ?? 0) + field;
          } else if (field > (this.#wordScore[doc] ?? 0)) {
            this.#total[doc] = (this.#total[doc] ?? 0) + field - (this.#wordScore[doc] ?? 0);
            this.#wordScore[doc] = field;
          }
        }
      }
    }
    let found = 0;
    for (let i = 0; i < touched; i++) if ((this.#count[this.#touched[i] ?? 0] ?? 0) === unit.lists.length) found++;
    if (found === 0) return 0;
    const rarity = Math.log(1 + this.size / found);
    for (let i = 0; i < touched; i++) {
      const doc = this.#touched[i] ?? 0;
      if ((this.#count[doc] ?? 0) !== unit.lists.length) continue;
      into[doc] = (into[doc] ?? 0) + (unit.weight * rarity * (this.#total[doc] ?? 0)) / unit.lists.length;
    }
    return rarity;
  }

  /** A person's words as units: each word (by its stems, else near misses), and each two side by side. */
  #ownUnits(text: string): Unit[] {
    const units: Unit[] = [];
    let previous: number | undefined;
    for (const word of words(text)) {
      if (word.cjk) {
        previous = undefined;
        const grams = cjkQueryGrams(word.text).flatMap((g) => this.#termIds.get(g) ?? []);
        for (const term of grams) units.push({ lists: [[{ term, quality: 1 }]], pairs: false, weight: 1, terms: [] });
        continue;
      }
      if (this.#analyser.isStop(word.text) || word.text.length < 2) continue;
      const candidates = this.#analyser.stems(word.text).flatMap((stem) => {
        const term = this.#termIds.get(stem);
        return term === undefined ? [] : [{ term, quality: 1 }];
      });
      // A long word also reaches the words that share its start, less surely: "pregnant" meets
      // "pregnancy", "autistic" meets "autism", which no stemmer joins.
      if (word.text.length >= SHARED_START + 1) {
        for (const term of this.#prefixed(word.text.slice(0, Math.max(SHARED_START, word.text.length - 3))) ?? []) {
          if (!candidates.some((c) => c.term === term)) candidates.push({ term, quality: SHARED });
        }
      }
      if (candidates.length === 0 && word.text.length >= 4) {
        this.#fuzzy ??= this.#makeFuzzy();
        for (const guess of this.#fuzzy.closest(word.text, 2)) {
          const term = this.#termIds.get(guess);
          if (term !== undefined) candidates.push({ term, quality: TYPO });
        }
      }
      if (candidates.length > 0) {
        units.push({ lists: [candidates], pairs: false, weight: 1, terms: candidates.map((c) => c.term) });
      }
      const first = this.#firstTerm(word.text);
      const pair = this.#pairId(previous, first);
      if (pair !== undefined && previous !== undefined && first !== undefined) {
        units.push({ lists: [[{ term: pair, quality: 1 }]], pairs: true, weight: OWN_PAIR, terms: [previous, first] });
      }
      previous = first;
    }
    return units;
  }

  /**
   * A topic's words as units: each one-word name, keyword or phrase by its stems; each longer one
   * as its words side by side (so "panic attack" is not "attack").
   */
  #topicUnits(topic: string): Unit[] {
    const seen = new Set<string>();
    const units: Unit[] = [];
    for (const text of this.#topicTexts.get(topic) ?? []) {
      const unit = this.#phraseUnit(text);
      if (!unit) continue;
      const key = `${unit.pairs ? 'p' : 't'}${unit.lists.map((l) => l.map((c) => c.term).join('|')).join(' ')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      units.push(unit);
    }
    return units;
  }

  #phraseUnit(text: string): Unit | undefined {
    const parts = words(text).filter((w) => w.cjk || !this.#analyser.isStop(w.text));
    const only = parts[0];
    if (!only) return undefined;
    if (parts.length === 1 && !only.cjk) {
      const terms = this.#analyser.stems(only.text).flatMap((stem) => this.#termIds.get(stem) ?? []);
      if (terms.length === 0) return undefined;
      return { lists: [terms.map((term) => ({ term, quality: 1 }))], pairs: false, weight: 1, terms };
    }
    if (parts.every((p) => p.cjk)) {
      const grams = parts.flatMap((p) => cjkQueryGrams(p.text)).map((g) => this.#termIds.get(g));
      if (grams.some((t) => t === undefined)) return undefined;
      const terms = grams as number[];
      return { lists: terms.map((term) => [{ term, quality: 1 }]), pairs: false, weight: TOPIC_PHRASE, terms: [] };
    }
    const firsts = parts.map((p) => (p.cjk ? undefined : this.#firstTerm(p.text)));
    const pairs: number[] = [];
    for (let i = 1; i < firsts.length; i++) {
      const pair = this.#pairId(firsts[i - 1], firsts[i]);
      if (pair === undefined) return undefined;
      pairs.push(pair);
    }
    return {
      lists: pairs.map((term) => [{ term, quality: 1 }]),
      pairs: true,
      weight: TOPIC_PHRASE,
      terms: firsts.flatMap((t) => (t === undefined ? [] : [t])),
    };
  }

  #makeFuzzy(): FuzzyVocabulary {
    return new FuzzyVocabulary(
      this.#sorted.filter((t) => t.length >= 4 && !/\d/.test(t) && !/\p{Script=Han}/u.test(t)),
      { splitByFirstLetter: true },
    );
  }

  /**
   * The words of a text, as the text writes them, that stand for some of `terms`: words side by
   * side kept together ("Self-harm"), each said once, the most telling first, at most `most`.
   */
  wordsIn(text: string, terms: ReadonlyMap<number, number>, most = 3): string[] {
    interface Run {
      start: number;
      end: number;
      worth: number;
      /** The run's words by stem: "Sleep" and "sleeping" are said once. */
      key: string;
    }
    const runs: Run[] = [];
    let run: Run | undefined;
    for (const match of text.matchAll(WRITTEN)) {
      const word = normalise(match[0]);
      const start = match.index;
      const end = start + match[0].length;
      const stems = this.#analyser.isStop(word) ? [] : this.#analyser.stems(word);
      let worth = 0;
      for (const stem of stems) {
        const term = this.#termIds.get(stem);
        worth = Math.max(worth, term === undefined ? 0 : (terms.get(term) ?? 0));
      }
      const key = stems[0] ?? word;
      if (worth === 0) run = undefined;
      else if (run && JOIN.test(text.slice(run.end, start))) {
        run.end = end;
        run.worth += worth;
        run.key += ` ${key}`;
      } else runs.push((run = { start, end, worth, key }));
    }
    const said = new Set<string>();
    const found: string[] = [];
    for (const { start, end, key } of runs.sort((a, b) => b.worth - a.worth || a.start - b.start)) {
      if (said.has(key)) continue;
      said.add(key);
      found.push(text.slice(start, end));
      if (found.length === most) break;
    }
    return found;
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

  #rank(words: number, pairs: number, touched: number, tieOrder: Int32Array | undefined): SearchHits {
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
      const score = Math.round(((this.#total[doc] ?? 0) / (words * MAX_WEIGHT + pairs * MAX_PHRASE_WEIGHT)) * 10000);
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
