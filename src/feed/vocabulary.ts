/**
 * The feed's fixed word lists, with no zod import, so browser code that only needs a list
 * (the card's day names, the schedule) does not pull the schema checker into the entry file.
 * schema.ts builds its enums from these same arrays.
 */
export const AUDIENCES = ['young-person', 'parent-carer', 'professional'] as const;
export const DELIVERY = ['in-person', 'phone', 'text', 'chat', 'video', 'online', 'group'] as const;
export const LEVELS = ['self-help', 'community', 'targeted', 'specialist'] as const;
export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const URGENT_HELP_MODES = ['extend', 'replace'] as const;
/** What a feed writes for a value its source does not give (ages, areas, self-referral). */
export const UNKNOWN = 'unknown';
/** Where a value came from, when not straight from the source's own field: see `provenance`. */
export const PROVENANCE = ['source', 'inferred', 'reviewed', 'default'] as const;

/** The major version this build understands. Minor versions only add optional fields. */
export const FEED_MAJOR_VERSION = 1;
/** The newest minor version this build knows; a newer one is read, with a warning. */
export const FEED_MINOR_VERSION = 1;
