import type { LocalisedText } from '../feed/schema.ts';
import { Analyser } from './analyser.ts';
import type { Lexicon } from './lexicon/types.ts';
import { SearchIndex, type IndexSource } from './search-index.ts';
import { cjkIndexGrams, forEachWord } from './tokenise.ts';

const NAME = 1;
const ORGANISATION = 2;
const DESCRIPTION = 4;
const PLACE = 8;

/** Services indexed between two pauses when building in the background (about a millisecond each at 3,000 characters). */
const CHUNK = 25;
/**
 * Services, then postings, gone through between two pauses at the end, where each is a few array
 * writes: at 20,000 services those passes took 15 and 25 ms at once, 60 to 100 on a slow phone.
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
  const termsOf = (text: string, visit: (term: number) => void): void => {
    forEachWord(text, (word, cjk) => {
      for (const term of termsOfWord(word, cjk)) visit(term);
    });
  };

  // Postings as (term, service, fields) triples, sorted by term at the end.
  const postTerms = new IntList();
  const postDocs = new IntList();
  const postMasks = new IntList();
  const services = source.services;
  // Where each term was last seen and in which fields, by term id: no map per service.
  const seenIn: number[] = [];
  const maskOf: number[] = [];
  const terms = new IntList();
  for (let doc = 0; doc < services.length; doc++) {
    const service = services[doc];
    if (!service) continue;
    terms.length = 0;
    const add = (texts: readonly string[], bit: number) => {
      for (const text of texts) {
        termsOf(text, (term) => {
          if (seenIn[term] === doc) maskOf[term] = (maskOf[term] ?? 0) | bit;
          else {
            seenIn[term] = doc;
            maskOf[term] = bit;
            terms.push(term);
          }
        });
      }
    };
    add(textsOf(service.name), NAME);
    add(textsOf(service.organisation), ORGANISATION);
    add(textsOf(service.description), DESCRIPTION);
    for (const place of service.locations ?? []) add([...textsOf(place.name), place.address ?? ''], PLACE);
    for (let i = 0; i < terms.length; i++) {
      const term = terms.data[i] ?? 0;
      postTerms.push(term);
      postDocs.push(doc);
      postMasks.push(maskOf[term] ?? 0);
    }
    if (doc % CHUNK === CHUNK - 1) yield;
  }

  const base = (tag: string) => tag.toLowerCase().split('-')[0] ?? tag;
  const wanted = new Set([base(lang), 'en']);
  const topicIndex = new Map(source.topics.map((t, i) => [t.id, i]));
  const termTopics = new Map<number, number[]>();
  source.topics.forEach((topic, i) => {
    const texts = [
      ...textsOf(topic.name),
      ...topic.keywords,
      ...lexicons.flatMap((l) => (l.topics[topic.id] ?? []).map((p) => p.replace(/[~=]/g, ''))),
      ...Object.entries(topic.phrases ?? {}).flatMap(([tag, list]) => (wanted.has(base(tag)) ? list : [])),
    ];
    for (const text of texts) {
      termsOf(text, (term) => {
        const list = termTopics.get(term) ?? [];
        if (!list.includes(i)) list.push(i);
        termTopics.set(term, list);
      });
    }
  });
  const topicDocLists = source.topics.map(() => new IntList());
  for (let doc = 0; doc < services.length; doc++) {
    for (const id of new Set(services[doc]?.topics)) {
      const i = topicIndex.get(id);
      if (i !== undefined) topicDocLists[i]?.push(doc);
    }
    if (doc % LIGHT_CHUNK === LIGHT_CHUNK - 1) yield;
  }
  yield;

  // Counting sort by term keeps each term's services in feed order.
  const vocabulary = termIds.size;
  const offsets = new Int32Array(vocabulary + 1);
  for (let i = 0; i < postTerms.length; i++) {
    const term = postTerms.data[i] ?? 0;
    offsets[term + 1] = (offsets[term + 1] ?? 0) + 1;
    if (i % POSTINGS_CHUNK === POSTINGS_CHUNK - 1) yield;
  }
  for (let t = 0; t < vocabulary; t++) offsets[t + 1] = (offsets[t + 1] ?? 0) + (offsets[t] ?? 0);
  const next = offsets.slice(0, vocabulary);
  const docs = new Int32Array(postTerms.length);
  const masks = new Uint8Array(postTerms.length);
  for (let i = 0; i < postTerms.length; i++) {
    const term = postTerms.data[i] ?? 0;
    const at = next[term] ?? 0;
    next[term] = at + 1;
    docs[at] = postDocs.data[i] ?? 0;
    masks[at] = postMasks.data[i] ?? 0;
    if (i % POSTINGS_CHUNK === POSTINGS_CHUNK - 1) yield;
  }
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
    offsets,
    docs,
    masks,
    termTopics,
    topicDocs: topicDocLists.map((l) => l.data.slice(0, l.length)),
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
