/**
 * The npm entry: the element (defined on import) plus the pure modules, for hosts and tools
 * that want to validate feeds or match services themselves.
 */
export * from './ui/support-finder.ts';
export { loadFeed, checkFeedUrl, decodeJson, type LoadOptions } from './feed/load.ts';
export { parseFeed, type Feed, type ParsedFeed } from './feed/parse.ts';
export {
  FEED_ERROR_CODES,
  FeedError,
  formatWarning,
  skippedServices,
  type FeedWarning,
  type FeedErrorCode,
  type FeedSection,
} from './feed/errors.ts';
export type { Service, Area, Topic, UrgentContact, Partnership, LocalisedText } from './feed/schema.ts';
export { DEFAULT_TOPICS } from './feed/default-topics.ts';
export { matchServices, type Result, type Reason, type Widening, type MatchOutcome } from './match/match.ts';
export type { Answers, HelpWhen, Seeker, DeliveryPreference } from './match/answers.ts';
export { openState, type OpenState } from './schedule/open-state.ts';
