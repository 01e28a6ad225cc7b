/**
 * Why a feed could not be used at all. The codes are stable (hosts may log or branch on them,
 * from the `support-finder-error` event), and the element maps each to words in the reader's
 * language.
 */
export const FEED_ERROR_CODES = [
  'no-src', // the element was given neither `src` nor a feed
  'url', // not https, not same-origin, not a URL, or redirected somewhere that is not allowed
  'offline', // the device says it has no connection
  'cors', // the server answered, but does not let other sites read the feed
  'network', // fetch failed: DNS, refused connection, dropped connection
  'not-found', // 404 or 410
  'http', // any other error status (5xx after retries, 403, …)
  'timeout',
  'too-large',
  'empty', // an empty body
  'html', // a web page (often a CMS's "not found" page served with 200) instead of JSON
  'content-type', // not JSON, and not said to be JSON either (an image, a download…)
  'truncated', // JSON that stops part-way: an upload or transfer cut short
  'not-json', // any other JSON syntax error
  'shape', // JSON, but not a feed
  'version', // a feed of a major version this build does not understand
] as const;

export type FeedErrorCode = (typeof FEED_ERROR_CODES)[number];

export interface FeedErrorDetail {
  /** The HTTP status, for `http` and `not-found`. */
  status?: number;
  /** Seconds the server asked us to wait (`Retry-After`), when it said. */
  retryAfterSeconds?: number;
}

export class FeedError extends Error {
  override readonly name = 'FeedError';
  readonly status?: number;
  readonly retryAfterSeconds?: number;
  constructor(
    readonly code: FeedErrorCode,
    message: string,
    options?: { cause?: unknown } & FeedErrorDetail,
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    if (options?.status !== undefined) this.status = options.status;
    if (options?.retryAfterSeconds !== undefined) this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

/** Which part of the feed a warning is about. */
export type FeedSection = 'load' | 'version' | 'partnership' | 'areas' | 'topics' | 'urgentHelp' | 'services';

/** A part of the feed that was skipped or looks wrong; the rest of the feed is still used. */
export interface FeedWarning {
  /** The service's id when it had a usable one, else its position, e.g. `services[3]`. */
  where: string;
  /** Dotted path inside that entry, e.g. `ages.max`; empty for the entry as a whole. */
  field: string;
  message: string;
  /** `skipped` means the entry is not shown; `kept` means it is shown but something is off. */
  effect: 'skipped' | 'kept';
  /** The part of the feed; absent means `services`. Only skipped services count as listings lost. */
  section?: FeedSection;
}

export function formatWarning(warning: FeedWarning): string {
  const field = warning.field ? ` (${warning.field})` : '';
  return `${warning.where}${field}: ${warning.message} [${warning.effect}]`;
}

/** How many services were left out: the number a person is told about. */
export function skippedServices(warnings: readonly FeedWarning[]): number {
  return new Set(
    warnings.filter((w) => w.effect === 'skipped' && (w.section ?? 'services') === 'services').map((w) => w.where),
  ).size;
}
