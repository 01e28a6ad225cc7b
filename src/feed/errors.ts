/** Why a feed could not be used at all. The element maps each code to words in the reader's language. */
export type FeedErrorCode =
  | 'url' // not https, not same-origin, or not a URL
  | 'network' // fetch failed: offline, DNS, CORS
  | 'http' // the server answered with an error status
  | 'timeout'
  | 'too-large'
  | 'not-json'
  | 'shape' // JSON, but not a feed
  | 'version'; // a feed of a major version this build does not understand

export class FeedError extends Error {
  override readonly name = 'FeedError';
  constructor(
    readonly code: FeedErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A part of the feed that was skipped or looks wrong; the rest of the feed is still used. */
export interface FeedWarning {
  /** The service's id when it had a usable one, else its position, e.g. `services[3]`. */
  where: string;
  /** Dotted path inside that entry, e.g. `ages.max`; empty for the entry as a whole. */
  field: string;
  message: string;
  /** `skipped` means the entry is not shown; `kept` means it is shown but something is off. */
  effect: 'skipped' | 'kept';
}

export function formatWarning(warning: FeedWarning): string {
  const field = warning.field ? ` (${warning.field})` : '';
  const effect = warning.effect === 'skipped' ? 'skipped' : 'kept';
  return `${warning.where}${field}: ${warning.message} [${effect}]`;
}
