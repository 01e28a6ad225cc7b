import type { PreparedFeed } from '../feed/prepared.ts';
import type { Service } from '../feed/schema.ts';
import { pickText } from '../i18n/text.ts';
import type { OwnWords, Suggestion } from '../search/own-words.ts';
import { words as tokenWords } from '../search/tokenise.ts';
import type { Relevance, SearchIndex, WeightedWords } from '../search/search-index.ts';
import type { Answers } from './answers.ts';
import { finish } from '../schedule/tasks.ts';
import { agePerson, withAgeNotes } from './age-bridge.ts';
import { matchServices, matchSteps, type MatchContext, type MatchOutcome, type Reason, type Result } from './match.ts';

/** What the guided journey's results are worked out from. */
export interface GuidedInput {
  prepared: PreparedFeed;
  answers: Answers;
  now: Date;
  /** The reader's languages, best first: which of a service's texts the "why" line quotes. */
  langs: readonly string[];
  /** The own-words matcher in the reader's language, once loaded: topics and groups the words point to. */
  words?: OwnWords | undefined;
  /**
   * The search index in the reader's language, once built: the person's words and the chosen
   * topics' words read against each service's text. Without it, tags alone decide, as before.
   */
  index?: SearchIndex | undefined;
}

/**
 * A service matches the words too little to count below this share of the best match: with
 * topics chosen, such a service is not listed for its text alone.
 */
const FLOOR = 0.25;
/** The person's words against a chosen topic's words, when topics are chosen. */
const OWN_WITH_TOPICS = 0.5;
/** A topic the words point to, unchosen, against a chosen one. */
const POINTED = 1;
/** Results whose "why" line names the words that matched: the ones a person reads. */
const WORDS_FOR = 40;
/** Words named in one "why" line at most. */
const WORDS_SHOWN = 3;

/**
 * The guided journey's results, everything included: the answers, the topics and groups the
 * person's own words point to, and how well each service's own text matches their words and their
 * chosen topics' words (names, keywords and everyday phrases in the reader's language and
 * English), so a feed whose services are all tagged `wellbeing` still puts relevant ones first.
 * Pure: the element and the relevance benchmark call this same function.
 */
export function guidedResults(input: GuidedInput): MatchOutcome {
  return finish(guidedSteps(input));
}

/**
 * `guidedResults` in steps (see `matchSteps`): the element runs them with `inSlices`, so working
 * out the results of a large feed holds no long task.
 */
export function* guidedSteps(input: GuidedInput): Generator<void, MatchOutcome> {
  const { prepared, answers, now, words, index } = input;
  const feed = prepared.feed;
  const query = answers.query?.trim() ?? '';
  const suggestions = query && words ? words.suggest(query) : [];
  const pointed = suggestions.map((s) => s.topic);
  const unchosen = pointed.filter((t) => !answers.topics.includes(t));
  const relevance = index ? textRelevance(index, answers.topics, unchosen, beyond(query, suggestions)) : undefined;
  const hits = relevance ? hitsById(prepared, relevance) : undefined;
  const context: MatchContext = {
    now,
    timeZone: feed.partnership.timeZone,
    areas: feed.areas,
    open: prepared.openStates(now),
    queryGroups: query && words ? words.groupsFor(query) : [],
    queryTopics: unchosen,
    ...(hits ? { queryHits: hits } : {}),
  };
  const ranked = yield* matchSteps(feed.services, answers, context);
  yield;
  const outcome = { ...ranked, results: yield* acrossAges(ranked.results, feed.services, answers, context) };
  if (!index || !relevance || !hits || relevance.terms.size === 0) return outcome;
  yield;
  const matched = (result: Result) =>
    hits.has(result.service.id) ? wordsOf(result, index, relevance, input.langs) : [];
  return { ...outcome, results: outcome.results.map((r, rank) => (rank < WORDS_FOR ? withWords(r, matched(r)) : r)) };
}

/**
 * The results with what happens at each age limit the person is near, and the services that
 * carry on after it (see age-bridge.ts). A service brought in for that is ranked as if the person
 * had asked for it at any age and any way of getting support: it is for later, so only what it
 * helps with, where and who it is for count, and its card says it carries on.
 */
function* acrossAges(
  results: readonly Result[],
  services: readonly Service[],
  answers: Answers,
  context: MatchContext,
): Generator<void, Result[]> {
  const resultFor = (service: Service): Result | undefined => {
    const later: Answers = {
      ...answers,
      age: undefined,
      delivery: [],
      selfReferralOnly: false,
      topics: answers.topics.filter((t) => service.topics.includes(t)),
    };
    return matchServices([service], later, context).results.find((r) => r.service === service && !r.forHelper);
  };
  return yield* withAgeNotes(results, services, agePerson(answers), resultFor);
}

/**
 * The person's words less those of a phrase a topic was understood from: "someone is hurting me"
 * is read as the topic it points to (being hurt), through that topic's words, not as the word
 * "hurting", which in services' texts is mostly "hurting yourself". A single word ("autistic")
 * means the same alone, so it stays. Words in scripts written without spaces are kept whole.
 */
function beyond(query: string, suggestions: readonly Suggestion[]): string {
  const phrases = suggestions.map((s) => tokenWords(s.because)).filter((w) => w.length > 1);
  const understood = new Set(phrases.flat().map((w) => w.text));
  const all = tokenWords(query);
  if (understood.size === 0 || all.some((w) => w.cjk)) return query;
  return all
    .filter((w) => !understood.has(w.text))
    .map((w) => w.text)
    .join(' ');
}

function textRelevance(index: SearchIndex, chosen: readonly string[], pointed: readonly string[], own: string) {
  const queries: WeightedWords[] = [
    ...chosen.map((topic) => ({ topic, weight: 1 })),
    ...pointed.map((topic) => ({ topic, weight: POINTED })),
    ...(own ? [{ own, weight: chosen.length > 0 ? OWN_WITH_TOPICS : 1 }] : []),
  ];
  return queries.length > 0 ? index.relevance(queries) : undefined;
}

function hitsById(prepared: PreparedFeed, relevance: Relevance): Map<string, number> {
  const hits = new Map<string, number>();
  prepared.feed.services.forEach((service, doc) => {
    const score = relevance.scores[doc] ?? 0;
    if (score >= FLOOR) hits.set(service.id, score);
  });
  return hits;
}

/** The words of a service's name and description that matched, as the card shows them. */
function wordsOf(result: Result, index: SearchIndex, relevance: Relevance, langs: readonly string[]): Reason[] {
  const { name, description } = result.service;
  const texts = [pickText(name, langs), pickText(description, langs)];
  // A mark between name and description, so the name's last word and the text's first are no phrase.
  const found = index.wordsIn(texts.map((t) => t.text).join(' | '), relevance.terms, WORDS_SHOWN);
  const lang = texts[1]?.lang ?? texts[0]?.lang;
  return found.length === 0 ? [] : [{ kind: 'words', words: found, ...(lang ? { lang } : {}) }];
}

/** The "why" line names the words after who the service is for and the topics it helps with. */
function withWords(result: Result, words: Reason[]): Result {
  if (words.length === 0) return result;
  const reasons = [...result.reasons];
  const at = reasons.findIndex((r) => !AHEAD_OF_WORDS.has(r.kind));
  reasons.splice(at < 0 ? reasons.length : at, 0, ...words);
  return { ...result, reasons };
}

const AHEAD_OF_WORDS: ReadonlySet<Reason['kind']> = new Set(['onlyFor', 'forAdults', 'forFriend', 'topic']);
