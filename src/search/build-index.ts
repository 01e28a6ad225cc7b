import type { LocalisedText } from '../feed/schema.ts';
import { Analyser } from './analyser.ts';
import type { Lexicon } from './lexicon/types.ts';
import { topicTagWeight } from '../feed/known.ts';
import { PairTable } from './pair-table.ts';
import { FIELD, SearchIndex, type IndexSource } from './search-index.ts';
import { cjkIndexGrams, forEachWord } from './tokenise.ts';

const DIGIT = /\d/;

/** Services indexed between two pauses when building in the background (about a millisecond each at 3,000 characters). */
const CHUNK = 25;
/**
 * Services, then postings, gone through between two pauses at the end, where each is a few array
 * writes: at 20,000 services those passes take 15 and 25 ms in one go, 60 to 100 on a slow phone.
 */
const LIGHT_CHUNK = 1 << 12;
const POSTINGS_CHUNK = 1 << 16;

const textsOf = (text: LocalisedText | undefined): string[] =>
  text === undefined ? [] : typeof text === 'string' ? [text] : Object.values(text);

/** A growable Int32Array: millions of postings without millions of objects. */
class IntList {
  data = new Int32Array(4096);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
}

/** Postings as (key, service, fields) triples, sorted by key at the end. */
class Postings {
  readonly keys = new IntList();
  readonly docs = new IntList();
  readonly masks = new IntList();

  add(key: number, doc: number, mask: number): void {
    this.keys.push(key);
    this.docs.push(doc);
    this.masks.push(mask);
  }

  /** Counting sort by key keeps each key's services in feed order; a pause every so often. */
  *sorted(vocabulary: number): Generator<void, { offsets: Int32Array; docs: Int32Array; masks: Uint8Array }, void> {
    const { keys, length } = { keys: this.keys.data, length: this.keys.length };
    const offsets = new Int32Array(vocabulary + 1);
    for (let i = 0; i < length; i++) {
      const key = keys[i] ?? 0;
      offsets[key + 1] = (offsets[key + 1] ?? 0) + 1;
      if (i % POSTINGS_CHUNK === POSTINGS_CHUNK - 1) yield;
    }
    for (let t = 0; t < vocabulary; t++) offsets[t + 1] = (offsets[t + 1] ?? 0) + (offsets[t] ?? 0);
    const next = offsets.slice(0, vocabulary);
    const docs = new Int32Array(length);
    const masks = new Uint8Array(length);
    for (let i = 0; i < length; i++) {
      const key = keys[i] ?? 0;
      const at = next[key] ?? 0;
      next[key] = at + 1;
      docs[at] = this.docs.data[i] ?? 0;
      masks[at] = this.masks.data[i] ?? 0;
      if (i % POSTINGS_CHUNK === POSTINGS_CHUNK - 1) yield;
    }
    return { offsets, docs, masks };
  }
}

/**
 * Builds the index step by step: each `next()` indexes a few hundred services, so the work fits
 * in the browser's idle periods (`requestIdleCallback`) and never blocks typing or scrolling.
 * The generator's return value is the finished index.
 *
 * @param lexicons the reader's language's lexicon and English's, for stop words and topic phrases.
 */
export function* indexSteps(
  source: IndexSource,
  lang: string,
  lexicons: readonly Lexicon[] = [],
): Generator<void, SearchIndex, void> {
  const analyser = new Analyser(lang, lexicons);
  const termIds = new Map<string, number>();
  const termOf = (term: string): number => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = termIds.size;
      termIds.set(term, id);
    }
    return id;
  };
  // A word's terms, looked up once per distinct word: the same words recur all through a feed.
  const wordTerms = new Map<string, readonly number[]>();
  // The words as written (not Chinese or Japanese, not stop words): what a word being typed starts.
  const written = new Map<string, readonly number[]>();
  const NONE: readonly number[] = [];
  const termsOfWord = (word: string, cjk: boolean): readonly number[] => {
    let terms = wordTerms.get(word);
    if (!terms) {
      if (cjk) terms = cjkIndexGrams(word).map(termOf);
      else if (analyser.isStop(word)) terms = NONE;
      else written.set(word, (terms = analyser.stems(word).map(termOf)));
      wordTerms.set(word, terms);
    }
    return terms;
  };
  // Word pairs: two words next to each other in one text (stop words between them skipped), by
  // their first stems. Only pairs, not positions: "self harm" as a phrase is then one lookup.
  // Numbers (phone numbers, times, house numbers) make no pairs: nobody searches them as phrases,
  // and in a council's directory they are a good share of all words.
  const pairIds = new PairTable();
  /** Calls `visit` with each term and, after it (unless `visitPair` is left out), each pair the text's words make. */
  const termsAndPairsOf = (text: string, visit: (term: number) => void, visitPair?: (pair: number) => void) => {
    let previous = -1;
    forEachWord(text, (word, cjk) => {
      const terms = termsOfWord(word, cjk);
      for (const term of terms) visit(term);
      if (!visitPair) return;
      if (cjk || DIGIT.test(word)) previous = -1;
      else if (terms.length > 0) {
        const first = terms[0] ?? 0;
        if (previous >= 0) visitPair(pairIds.add(previous, first));
        previous = first;
      }
    });
  };

  const posts = new Postings();
  const pairPosts = new Postings();
  const services = source.services;
  // Where each term was last seen and in which fields, by term id: no map per service.
  const seenIn: number[] = [];
  const maskOf: number[] = [];
  const terms = new IntList();
  const pairSeenIn: number[] = [];
  const pairMaskOf: number[] = [];
  const pairs = new IntList();
  for (let doc = 0; doc < services.length; doc++) {
    const service = services[doc];
    if (!service) continue;
    terms.length = 0;
    pairs.length = 0;
    const add = (texts: readonly string[], bit: number) => {
      for (const text of texts) {
        termsAndPairsOf(
          text,
          (term) => {
            if (seenIn[term] === doc) maskOf[term] = (maskOf[term] ?? 0) | bit;
            else {
              seenIn[term] = doc;
              maskOf[term] = bit;
              terms.push(term);
            }
          },
          // Places are addresses: not searched as phrases.
          bit === FIELD.place
            ? undefined
            : (pair) => {
                if (pairSeenIn[pair] === doc) pairMaskOf[pair] = (pairMaskOf[pair] ?? 0) | bit;
                else {
                  pairSeenIn[pair] = doc;
                  pairMaskOf[pair] = bit;
                  pairs.push(pair);
                }
              },
        );
      }
    };
    add(textsOf(service.name), FIELD.name);
    add(textsOf(service.organisation), FIELD.organisation);
    add(textsOf(service.description), FIELD.description);
    for (const place of service.locations ?? []) add([...textsOf(place.name), place.address ?? ''], FIELD.place);
    for (let i = 0; i < terms.length; i++) {
      const term = terms.data[i] ?? 0;
      posts.add(term, doc, maskOf[term] ?? 0);
    }
    for (let i = 0; i < pairs.length; i++) {
      const pair = pairs.data[i] ?? 0;
      pairPosts.add(pair, doc, pairMaskOf[pair] ?? 0);
    }
    if (doc % CHUNK === CHUNK - 1) yield;
  }

  const base = (tag: string) => tag.toLowerCase().split('-')[0] ?? tag;
  const wanted = new Set([base(lang), 'en']);
  const topicIndex = new Map(source.topics.map((t, i) => [t.id, i]));
  const termTopics = new Map<number, number[]>();
  const pairTopics = new Map<number, number[]>();
  const topicTexts: string[][] = [];
  source.topics.forEach((topic, i) => {
    const texts = [
      ...textsOf(topic.name),
      ...topic.keywords,
      ...lexicons.flatMap((l) => (l.topics[topic.id] ?? []).map((p) => p.replace(/[~=]/g, ''))),
      ...Object.entries(topic.phrases ?? {}).flatMap(([tag, list]) => (wanted.has(base(tag)) ? list : [])),
    ];
    const note = (map: Map<number, number[]>, key: number) => {
      const list = map.get(key) ?? [];
      if (!list.includes(i)) list.push(i);
      map.set(key, list);
    };
    for (const text of texts) {
      termsAndPairsOf(
        text,
        (term) => note(termTopics, term),
        (pair) => note(pairTopics, pair),
      );
    }
    topicTexts.push(texts);
  });
  const topicDocLists = source.topics.map(() => new IntList());
  // How much each service's tag counts: a guess from its text less than the source's word.
  const topicWeightLists = source.topics.map((): number[] => []);
  for (let doc = 0; doc < services.length; doc++) {
    const service = services[doc];
    for (const id of new Set(service?.topics)) {
      const i = topicIndex.get(id);
      if (i === undefined) continue;
      topicDocLists[i]?.push(doc);
      topicWeightLists[i]?.push(service ? topicTagWeight(service, id) : 1);
    }
    if (doc % LIGHT_CHUNK === LIGHT_CHUNK - 1) yield;
  }
  yield;

  const termPostings = yield* posts.sorted(termIds.size);
  const pairPostings = yield* pairPosts.sorted(pairIds.size);
  // The words in order, for looking up the start of a word being typed: a step each.
  yield;
  const sortedTerms = [...termIds.keys()].sort();
  yield;
  const sortedWritten = [...written.keys()].sort();
  yield;
  return new SearchIndex({
    sortedTerms,
    sortedWritten,
    lang,
    size: services.length,
    analyser,
    termIds,
    written,
    ...termPostings,
    pairIds,
    pairs: pairPostings,
    termTopics,
    pairTopics,
    topicDocs: topicDocLists.map((l) => l.data.slice(0, l.length)),
    topicWeights: topicWeightLists.map((l) => Float32Array.from(l)),
    topicTexts,
    topicIds: source.topics.map((t) => t.id),
  });
}

/** Builds the whole index at once (tests, Node tools, small feeds). See {@link indexSteps}. */
export function buildIndex(source: IndexSource, lang: string, lexicons: readonly Lexicon[] = []): SearchIndex {
  const steps = indexSteps(source, lang, lexicons);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
