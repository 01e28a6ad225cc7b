/**
 * The guided journey's results exactly as the element computes them, outside the browser, for
 * benchmarks: the search the element builds once idle (SearchController), then the element's own
 * `guidedResults` (src/match/guided.ts), so the benchmarks follow any change to the ranking.
 */
import type { Feed } from '../src/feed/parse.ts';
import type { PreparedFeed } from '../src/feed/prepared.ts';
import type { Answers } from '../src/match/answers.ts';
import { guidedResults as elementGuidedResults } from '../src/match/guided.ts';
import type { MatchOutcome } from '../src/match/match.ts';
import { buildIndex } from '../src/search/build-index.ts';
import { lexicon as ar } from '../src/search/lexicon/ar.ts';
import { lexicon as cy } from '../src/search/lexicon/cy.ts';
import { lexicon as en } from '../src/search/lexicon/en.ts';
import { lexicon as gd } from '../src/search/lexicon/gd.ts';
import { lexicon as pa } from '../src/search/lexicon/pa.ts';
import { lexicon as pl } from '../src/search/lexicon/pl.ts';
import { lexicon as ro } from '../src/search/lexicon/ro.ts';
import type { Lexicon } from '../src/search/lexicon/types.ts';
import { lexicon as uk } from '../src/search/lexicon/uk.ts';
import { lexicon as ur } from '../src/search/lexicon/ur.ts';
import { lexicon as zh } from '../src/search/lexicon/zh-Hans.ts';
import { lexiconLanguage } from '../src/search/lexicons.ts';
import { OwnWords } from '../src/search/own-words.ts';
import type { SearchIndex } from '../src/search/search-index.ts';

const LEXICONS: Readonly<Record<string, Lexicon>> = { en, pl, uk, ar, 'zh-Hans': zh, ro, cy, gd, ur, pa };

/** The lexicons the element loads for a language (see loadLexicons): its own, then English. */
export function lexiconsFor(lang: string): Lexicon[] {
  const own = lexiconLanguage(lang);
  const mine = own && own !== 'en' ? LEXICONS[own] : undefined;
  return mine ? [mine, en] : [en];
}

/** What search has built for a feed and language once the element is idle: the index, then own words that know its words. */
export interface GuidedSearch {
  lang: string;
  lexicons: Lexicon[];
  index: SearchIndex;
  words: OwnWords;
}

/** Search for a feed in a language, in its finished state (see search/engine.ts startSearch). */
export function guidedSearch(feed: Feed, lang: string): GuidedSearch {
  const lexicons = lexiconsFor(lang);
  const index = buildIndex(feed, lang, lexicons);
  const words = new OwnWords({ topics: feed.topics, lang, lexicons, knownWord: (w) => index.hasWord(w) });
  return { lang, lexicons, index, words };
}

/** The guided results for a set of answers, through the element's own `guidedResults`. */
export function guidedResults(prepared: PreparedFeed, answers: Answers, search: GuidedSearch, now: Date): MatchOutcome {
  return elementGuidedResults({
    prepared,
    answers,
    now,
    langs: [search.lang, 'en'],
    words: search.words,
    index: search.index,
  });
}
