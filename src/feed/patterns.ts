/** The text patterns of the feed format, for the zod schema. */

/** BCP 47 language tag, loosely checked: `en`, `gd`, `pl`, `pa-Arab`, `bfi` (BSL). */
export const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;
export const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** 24-hour clock, with 24:00 for the end of the day. */
export const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
export const VERSION = /^\d+\.\d+$/;
