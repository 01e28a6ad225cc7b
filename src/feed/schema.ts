/**
 * Feed format version 1, as zod/mini schemas.
 *
 * zod/mini rather than full zod keeps the script-tag bundle small; the JSON Schema in
 * `data-schema/` is generated from these same objects (`npm run schema`), so the published
 * format and the browser's validator cannot drift apart.
 */
import * as z from 'zod/mini';
import { AUDIENCES, DAYS, DELIVERY, LEVELS, PROVENANCE, UNKNOWN, URGENT_HELP_MODES } from './vocabulary.ts';

// zod compiles object parsers with `new Function` unless told not to. Hosts with a strict CSP
// (no 'unsafe-eval') would see a violation report for the probe alone, so never try.
z.config({ jitless: true });

export { AUDIENCES, DAYS, DELIVERY, FEED_MAJOR_VERSION, LEVELS } from './vocabulary.ts';

const nonEmpty = z.string().check(z.trim(), z.minLength(1));

/** BCP 47 language tag, loosely checked: `en`, `gd`, `pl`, `pa-Arab`, `bfi` (BSL). */
export const languageTag = z.string().check(z.regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/));

/** Text a person reads: a plain string, or translations keyed by language tag. */
export const localisedText = z.union([
  nonEmpty,
  z
    .record(languageTag, nonEmpty)
    .check(z.refine((record) => Object.keys(record).length > 0, 'needs at least one language')),
]);

export const slug = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/));
export const isoDate = z.iso.date();
/** 24-hour clock, with 24:00 for the end of the day. */
const clock = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/));

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

/**
 * What a feed writes for a value its source does not give. The finder then says so in plain words
 * ("Ask them whether you need a referral") instead of showing a guess as a fact.
 */
export const unknownValue = z.literal(UNKNOWN);

export const access = z.object({
  /** The person can get in touch themselves, without a referral; `unknown` when the source does not say. */
  selfReferral: z.union([z.boolean(), unknownValue]),
  /** Who else can refer: `gp`, `school`, `social-work`, `health-visitor`, … (free slugs). */
  referralFrom: z._default(z.array(slug), []),
  /** Who may make contact: the young person, a parent or carer, a professional on their behalf. */
  whoCanContact: z._default(z.array(audience), ['young-person']),
  howTo: z.optional(localisedText),
});

/**
 * Where one value came from, when it did not come from the source's own field as it stands: read
 * from the source's text (`inferred`, with the words that gave it and how sure the reading is),
 * confirmed or corrected by partnership staff (`reviewed`), or filled in by the import's mapping
 * (`default`, never to be shown or counted as a fact). A value with no entry is from the source.
 */
export const provenanceEntry = z.object({
  from: z.enum(PROVENANCE),
  /** The source's words that gave the value, e.g. "aged 11 to 18", "self refer". */
  evidence: z.optional(z.array(nonEmpty)),
  /** How sure the reading is, from 0 to 1 (inferred values only). */
  confidence: z.optional(z.number().check(z.gte(0), z.lte(1))),
  /** Who reviewed it and when, for `reviewed`: free text such as "j.smith 2026-11-02". */
  by: z.optional(nonEmpty),
});

/**
 * How long people usually wait to be seen after asking, as last said by someone named. Open Referral
 * has no field for it, so it comes from the partnership or the service; absent means nobody has
 * said, and the finder then says nothing or asks the person to check, never a guess.
 */
export const wait = z.object({
  /** Usual days from asking to being seen; 0 means the same day (a drop-in, a call answered). */
  days: z.int().check(z.gte(0), z.lte(730)),
  /** When this was last said; `validate` warns once it is older than the review period. */
  updated: isoDate,
  /** Who said so: "the service", "NHS Fife CAMHS waiting times". */
  by: nonEmpty,
});

export const service = z.object({
  id: slug,
  name: localisedText,
  organisation: z.optional(localisedText),
  description: localisedText,
  /** May be empty for a service whose source and text name no topic: search still finds it. */
  topics: z.array(slug),
  /** `unknown` when the source gives no ages. */
  ages: z.union([ageRange, unknownValue]),
  audiences: z._default(z.array(audience), ['young-person']),
  access,
  contact,
  delivery: z.array(delivery).check(z.minLength(1)),
  locations: z._default(z.array(location), []),
  /** `unknown` when the source does not say where the service is offered. */
  areas: z.union([z.literal('all'), unknownValue, z.array(slug).check(z.minLength(1))]),
  hours: z._default(z.array(openingHours), []),
  open247: z._default(z.boolean(), false),
  hoursNote: z.optional(localisedText),
  free: z._default(z.boolean(), true),
  cost: z.optional(localisedText),
  languages: z._default(z.array(languageTag), ['en']),
  groups: z._default(z.array(slug), []),
  /**
   * Groups the service is *only* for (domestic abuse, refugees, young carers, bereaved…), unlike
   * `groups`, which says who it especially welcomes. Such services rank below general ones unless
   * the person's answers or own words point to the group, and the card says why they appear.
   */
  onlyFor: z._default(z.array(slug), []),
  level: z.optional(z.enum(LEVELS)),
  nextSteps: z.optional(localisedText),
  lastReviewed: isoDate,
  wait: z.optional(wait),
  /**
   * Where values came from, by field: `topics`, `topics.<topic id>`, `ages`, `audiences`,
   * `access.selfReferral`, `areas`, `contact.phone`, `contact.email`, `contact.web`, `groups`,
   * `onlyFor`, `delivery`, `wait`. Fields not named here are from the source.
   */
  provenance: z.optional(z.record(z.string(), provenanceEntry)),
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
  /**
   * Everyday phrases by language tag that point to this topic when someone types them in their
   * own words ("can't sleep", "nie mogę spać"), added to the finder's own phrases.
   */
  phrases: z.optional(z.record(languageTag, z.array(nonEmpty))),
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
  version: z.string().check(z.regex(/^\d+\.\d+$/)),
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
export type Day = (typeof DAYS)[number];
export type OpeningHours = z.infer<typeof openingHours>;
export type Service = z.infer<typeof service>;
export type AgeRange = z.infer<typeof ageRange>;
export type Wait = z.infer<typeof wait>;
export type ProvenanceEntry = z.infer<typeof provenanceEntry>;
export type Provenance = (typeof PROVENANCE)[number];
export type Area = z.infer<typeof area>;
export type Topic = z.infer<typeof topic>;
export type UrgentContact = z.infer<typeof urgentContact>;
export type Partnership = z.infer<typeof partnership>;
export type FeedEnvelope = z.infer<typeof feedEnvelope>;
