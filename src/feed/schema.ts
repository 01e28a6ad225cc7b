/**
 * Feed format version 1, as zod/mini schemas.
 *
 * zod/mini rather than full zod keeps the script-tag bundle small; the JSON Schema in
 * `data-schema/` is generated from these same objects (`npm run schema`), so the published
 * format and the browser's validator cannot drift apart.
 */
import * as z from 'zod/mini';
import { CLOCK, LANGUAGE_TAG, SLUG, VERSION } from './patterns.ts';
import { AUDIENCES, DAYS, DELIVERY, LEVELS, URGENT_HELP_MODES } from './vocabulary.ts';

// zod compiles object parsers with `new Function` unless told not to. Hosts with a strict CSP
// (no 'unsafe-eval') would see a violation report for the probe alone, so never try.
z.config({ jitless: true });

export {
  AUDIENCES,
  DAYS,
  DELIVERY,
  FEED_MAJOR_VERSION,
  FEED_MINOR_VERSION,
  LEVELS,
  URGENT_HELP_MODES,
} from './vocabulary.ts';

const nonEmpty = z.string().check(z.trim(), z.minLength(1));

/** BCP 47 language tag, loosely checked: `en`, `gd`, `pl`, `pa-Arab`, `bfi` (BSL). */
export const languageTag = z.string().check(z.regex(LANGUAGE_TAG));

/** Text a person reads: a plain string, or translations keyed by language tag. */
export const localisedText = z.union([
  nonEmpty,
  z
    .record(languageTag, nonEmpty)
    .check(z.refine((record) => Object.keys(record).length > 0, 'needs at least one language')),
]);

export const slug = z.string().check(z.regex(SLUG));
export const isoDate = z.iso.date();
const clock = z.string().check(z.regex(CLOCK));

export const audience = z.enum(AUDIENCES);

export const delivery = z.enum(DELIVERY);

export const ageRange = z
  .object({
    min: z.int().check(z.gte(0), z.lte(120)),
    max: z.int().check(z.gte(0), z.lte(120)),
  })
  .check(z.refine((a) => a.min <= a.max, { message: 'min must not be above max', path: ['max'] }));

export const openingHours = z.object({
  days: z.array(z.enum(DAYS)).check(z.minLength(1)),
  opens: clock,
  /** Earlier than `opens` means the session runs past midnight. */
  closes: clock,
});

export const contact = z.object({
  phone: z.optional(nonEmpty),
  sms: z.optional(nonEmpty),
  /** What to text, e.g. "SHOUT". */
  smsBody: z.optional(nonEmpty),
  email: z.optional(z.email()),
  web: z.optional(z.url()),
  form: z.optional(z.url()),
});

export const location = z.object({
  name: z.optional(localisedText),
  address: z.optional(nonEmpty),
  postcode: z.optional(nonEmpty),
  lat: z.optional(z.number().check(z.gte(-90), z.lte(90))),
  lon: z.optional(z.number().check(z.gte(-180), z.lte(180))),
  accessibility: z.optional(localisedText),
});

export const access = z.object({
  /** The person can get in touch themselves, without a referral. */
  selfReferral: z.boolean(),
  /** Who else can refer: `gp`, `school`, `social-work`, `health-visitor`, … (free slugs). */
  referralFrom: z._default(z.array(slug), []),
  /** Who may make contact: the young person, a parent or carer, a professional on their behalf. */
  whoCanContact: z._default(z.array(audience), ['young-person']),
  howTo: z.optional(localisedText),
});

export const service = z.object({
  id: slug,
  name: localisedText,
  organisation: z.optional(localisedText),
  description: localisedText,
  topics: z.array(slug).check(z.minLength(1)),
  ages: ageRange,
  audiences: z._default(z.array(audience), ['young-person']),
  access,
  contact,
  delivery: z.array(delivery).check(z.minLength(1)),
  locations: z._default(z.array(location), []),
  areas: z.union([z.literal('all'), z.array(slug).check(z.minLength(1))]),
  hours: z._default(z.array(openingHours), []),
  open247: z._default(z.boolean(), false),
  hoursNote: z.optional(localisedText),
  free: z._default(z.boolean(), true),
  cost: z.optional(localisedText),
  languages: z._default(z.array(languageTag), ['en']),
  groups: z._default(z.array(slug), []),
  level: z.optional(z.enum(LEVELS)),
  nextSteps: z.optional(localisedText),
  lastReviewed: isoDate,
});

export const area = z.object({
  id: slug,
  name: localisedText,
  /** Outward codes or their starts, e.g. `KY1`, `KY12`, `FK`. Matched on the device only. */
  postcodePrefixes: z._default(z.array(nonEmpty), []),
});

export const topic = z.object({
  id: slug,
  name: localisedText,
  /** Other words people use, for search: "anxious", "panic", "nervous". */
  keywords: z._default(z.array(nonEmpty), []),
});

export const urgentContact = z.object({
  id: slug,
  name: localisedText,
  description: localisedText,
  phone: z.optional(nonEmpty),
  sms: z.optional(nonEmpty),
  smsBody: z.optional(nonEmpty),
  web: z.optional(z.url()),
  hours: localisedText,
  open247: z._default(z.boolean(), false),
  ages: z.optional(ageRange),
  /** When someone last checked these details against the provider's own published page. */
  checked: isoDate,
});

export const partnership = z.object({
  name: localisedText,
  website: z.optional(z.url()),
  feedbackUrl: z.optional(z.url()),
  reviewPeriodDays: z._default(z.int().check(z.gte(1), z.lte(3650)), 180),
  defaultLanguage: z._default(languageTag, 'en'),
  timeZone: z._default(nonEmpty, 'Europe/London'),
});

/** Everything but the services, which are checked one by one so a broken entry loses only itself. */
export const feedEnvelope = z.object({
  version: z.string().check(z.regex(VERSION)),
  partnership,
  updated: isoDate,
  urgentHelp: z.optional(z.array(urgentContact)),
  /** `extend` adds the feed's urgent contacts to the built-in ones; `replace` uses only the feed's. */
  urgentHelpMode: z._default(z.enum(URGENT_HELP_MODES), 'extend'),
  areas: z._default(z.array(area), []),
  topics: z.optional(z.array(topic)),
  services: z.array(z.unknown()),
});

/** The whole document, for the published JSON Schema and for tools that want all-or-nothing. */
export const feedDocument = z.object({
  ...feedEnvelope.def.shape,
  services: z.array(service),
});

export type LocalisedText = z.infer<typeof localisedText>;
export type Audience = z.infer<typeof audience>;
export type Delivery = z.infer<typeof delivery>;
export type Level = (typeof LEVELS)[number];
export type Day = (typeof DAYS)[number];
export type OpeningHours = z.infer<typeof openingHours>;
export type Service = z.infer<typeof service>;
export type Area = z.infer<typeof area>;
export type Topic = z.infer<typeof topic>;
export type UrgentContact = z.infer<typeof urgentContact>;
export type Partnership = z.infer<typeof partnership>;
export type FeedEnvelope = z.infer<typeof feedEnvelope>;
