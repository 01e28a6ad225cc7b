/**
 * What own-words matching needs in the browser, as one lazily loaded file: the matcher and the
 * lexicon loader (which fetches one more small file per language). The browse index builder is
 * a file of its own (build-index.ts), fetched after this one, in idle time.
 */
export { OwnWords, type Suggestion, type TopicWords } from './own-words.ts';
export { loadLexicons } from './lexicons.ts';
export type { SearchHits, SearchIndex } from './search-index.ts';
