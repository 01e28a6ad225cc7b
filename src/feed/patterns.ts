/**
 * The text patterns of the feed format, shared by the zod schema and the quick checker so the two
 * cannot disagree. ISO_DATE and EMAIL are zod's own `z.iso.date()` and `z.email()` patterns,
 * copied so the quick checker needs no zod; a unit test holds them equal to zod's.
 */

/** BCP 47 language tag, loosely checked: `en`, `gd`, `pl`, `pa-Arab`, `bfi` (BSL). */
export const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;
export const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** 24-hour clock, with 24:00 for the end of the day. */
export const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
export const VERSION = /^\d+\.\d+$/;
export const ISO_DATE =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))$/;
// zod's own pattern, character for character.
export const EMAIL =
  // eslint-disable-next-line no-useless-escape
  /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
