/**
 * The quick feed checker the browser runs first. It mirrors schema.ts field for field with plain
 * JavaScript and no zod, so it can sit in the entry file while zod loads only when a feed has
 * something to report. It answers "exactly zod's output" or "ask zod": it never accepts what the
 * schema rejects. test/unit/fast-check.test.ts proves that with fast-check on random valid and
 * broken entries, and holds these shapes to the schema's own, key for key.
 */
import type { FeedEnvelope, Service } from './schema.ts';
import { AUDIENCES, DAYS, DELIVERY, LEVELS, PROVENANCE, UNKNOWN, URGENT_HELP_MODES } from './vocabulary.ts';
import { CLOCK, EMAIL, ISO_DATE, LANGUAGE_TAG, SLUG, VERSION } from './patterns.ts';

/** Thrown (and caught in this module only) when zod must have the final word; made once, so cheap. */
const ASK_ZOD = new Error('ask zod');
const askZod = (): never => {
  throw ASK_ZOD;
};

/** A field check: returns the value zod would output, or throws ASK_ZOD. */
type Check = (value: unknown) => unknown;
/** Marks a field that zod may leave out of its output (optional without a default). */
interface OptionalCheck extends Check {
  optional: true;
}
export type Shape = Record<string, Check>;

const string = (v: unknown): string => (typeof v === 'string' ? v : askZod());

/** `z.string().check(z.trim(), z.minLength(1))`: the trimmed text. */
const nonEmpty: Check = (v) => string(v).trim() || askZod();

const pattern =
  (re: RegExp): Check =>
  (v) =>
    re.test(string(v)) ? v : askZod();

/**
 * A web address the URL parser always accepts as it stands: http(s), a host of ASCII labels whose
 * last starts with a letter (so never read as an IPv4 number), no punycode to validate, no port,
 * and printable ASCII after. Most addresses in a feed are like this, and the test is a fraction of
 * a parse, which at 5,000 services was a tenth of checking them.
 */
const PLAIN_URL = /^https?:\/\/(?:(?!xn--)[a-z0-9-]+\.)*(?!xn--)[a-z][a-z0-9-]*(?:[/?#][!-~]*)?$/i;

/** zod's `z.url()`: trims, asks the URL parser, then drops tabs and line breaks as the parser does. */
const url: Check = (v) => {
  const text = string(v);
  if (PLAIN_URL.test(text)) return text;
  const trimmed = text.trim();
  return URL.canParse(trimmed) ? trimmed.replace(/[\t\n\r]/g, '') : askZod();
};

const number =
  (min: number, max: number, whole = false): Check =>
  (v) =>
    typeof v === 'number' && v >= min && v <= max && (!whole || Number.isInteger(v)) ? v : askZod();

const boolean: Check = (v) => (typeof v === 'boolean' ? v : askZod());

const oneOf =
  (values: readonly unknown[]): Check =>
  (v) =>
    values.includes(v) ? v : askZod();

/**
 * When true, checked data is brought into zod's output form where it lies (defaults filled in,
 * text trimmed, unknown keys dropped) instead of being copied: for a document this module's caller
 * has just decoded itself and nobody else holds, this saves allocating the feed a second time.
 * Every change is one zod would make too, so a document left half-changed by a deferral gets
 * the same verdict from zod.
 */
let inPlace = false;

const array =
  (item: Check, min = 0): Check =>
  (v) => {
    if (!Array.isArray(v) || v.length < min) return askZod();
    const out: unknown[] = inPlace ? (v as unknown[]) : new Array<unknown>(v.length);
    for (let i = 0; i < v.length; i++) {
      const value: unknown = v[i];
      const result = item(value);
      if (!inPlace || result !== value) out[i] = result;
    }
    return out;
  };

const optional = (check: Check): OptionalCheck => Object.assign((v: unknown) => check(v), { optional: true as const });

/** zod's `_default`: an absent value becomes a fresh copy of the default, unchecked. */
const withDefault =
  (check: Check, fallback: () => unknown): Check =>
  (v) =>
    v === undefined ? fallback() : check(v);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Plain data from JSON.parse only; anything built differently is zod's to judge. */
const isPlain = (v: unknown): v is Record<string, unknown> => {
  if (!isObject(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
};

/** zod's object: known keys only, unknown ones dropped. A key present but undefined is zod's to judge. */
const object = (shape: Shape, refine?: (out: Record<string, unknown>) => boolean): Check => {
  const keys = Object.keys(shape);
  const checks = keys.map((key) => shape[key] as Check);
  const optionals = checks.map((check) => 'optional' in check);
  return (v) => {
    if (!isPlain(v)) return askZod();
    const out: Record<string, unknown> = inPlace ? v : {};
    let kept = 0;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      const value = v[key];
      if (value === undefined && optionals[i]) {
        if (key in v) askZod();
        continue;
      }
      const result = (checks[i] as Check)(value);
      if (!inPlace || result !== value) out[key] = result;
      kept++;
    }
    if (inPlace) {
      let own = 0;
      for (const _ in v) own++;
      if (own !== kept) for (const key in v) if (!Object.hasOwn(shape, key)) Reflect.deleteProperty(v, key);
    }
    return refine && !refine(out) ? askZod() : out;
  };
};

const languageTag = pattern(LANGUAGE_TAG);
const slug = pattern(SLUG);
const isoDate = pattern(ISO_DATE);
const clock = pattern(CLOCK);

/** `union([nonEmpty, record(languageTag, nonEmpty)])` with at least one language. */
const localisedText: Check = (v) => {
  if (typeof v === 'string') return nonEmpty(v);
  if (!isPlain(v)) return askZod();
  const keys = Object.keys(v);
  // Symbols and hidden keys are rare edge cases of zod's record: let it decide.
  if (Reflect.ownKeys(v).length !== keys.length) return askZod();
  let languages = 0;
  let unchanged = true;
  for (const key of keys) {
    // zod's record passes over "__proto__" unread, so it can never replace the output's prototype.
    if (key === '__proto__') {
      unchanged = false;
      continue;
    }
    if (!LANGUAGE_TAG.test(key)) return askZod();
    const value = v[key];
    if (nonEmpty(value) !== value) unchanged = false;
    languages++;
  }
  if (!languages) return askZod();
  if (inPlace && unchanged) return v;
  const out: Record<string, string> = {};
  for (const key of keys) if (key !== '__proto__') out[key] = nonEmpty(v[key]) as string;
  return out;
};

const ageRangeShape: Shape = { min: number(0, 120, true), max: number(0, 120, true) };
const ageRange = object(ageRangeShape, (a) => (a['min'] as number) <= (a['max'] as number));

/** `union([check, literal('unknown')])`. */
const orUnknown =
  (check: Check): Check =>
  (v) =>
    v === UNKNOWN ? v : check(v);

const provenanceEntryShape: Shape = {
  from: oneOf(PROVENANCE),
  evidence: optional(array(nonEmpty)),
  confidence: optional(number(0, 1)),
  by: optional(nonEmpty),
};
const provenanceEntry = object(provenanceEntryShape);

/** `record(string, provenanceEntry)`; odd keys (symbols, `__proto__`) are zod's to judge. */
const provenance: Check = (v) => {
  if (!isPlain(v)) return askZod();
  const keys = Object.keys(v);
  if (Reflect.ownKeys(v).length !== keys.length || keys.includes('__proto__')) return askZod();
  const out: Record<string, unknown> = inPlace ? v : {};
  for (const key of keys) {
    const result = provenanceEntry(v[key]);
    if (!inPlace || result !== v[key]) out[key] = result;
  }
  return out;
};

const waitShape: Shape = { days: number(0, 730, true), updated: isoDate, by: nonEmpty };

const openingHoursShape: Shape = { days: array(oneOf(DAYS), 1), opens: clock, closes: clock };

const contactShape: Shape = {
  phone: optional(nonEmpty),
  sms: optional(nonEmpty),
  smsBody: optional(nonEmpty),
  email: optional(pattern(EMAIL)),
  web: optional(url),
  form: optional(url),
};

const locationShape: Shape = {
  name: optional(localisedText),
  address: optional(nonEmpty),
  postcode: optional(nonEmpty),
  lat: optional(number(-90, 90)),
  lon: optional(number(-180, 180)),
  accessibility: optional(localisedText),
};

const accessShape: Shape = {
  selfReferral: orUnknown(boolean),
  referralFrom: withDefault(array(slug), () => []),
  whoCanContact: withDefault(array(oneOf(AUDIENCES)), () => ['young-person']),
  howTo: optional(localisedText),
};

const serviceShape: Shape = {
  id: slug,
  name: localisedText,
  organisation: optional(localisedText),
  description: localisedText,
  topics: array(slug),
  ages: orUnknown(ageRange),
  audiences: withDefault(array(oneOf(AUDIENCES)), () => ['young-person']),
  access: object(accessShape),
  contact: object(contactShape),
  delivery: array(oneOf(DELIVERY), 1),
  locations: withDefault(array(object(locationShape)), () => []),
  areas: (v) => (v === 'all' || v === UNKNOWN ? v : array(slug, 1)(v)),
  hours: withDefault(array(object(openingHoursShape)), () => []),
  open247: withDefault(boolean, () => false),
  hoursNote: optional(localisedText),
  free: withDefault(boolean, () => true),
  cost: optional(localisedText),
  languages: withDefault(array(languageTag), () => ['en']),
  groups: withDefault(array(slug), () => []),
  onlyFor: withDefault(array(slug), () => []),
  level: optional(oneOf(LEVELS)),
  nextSteps: optional(localisedText),
  lastReviewed: isoDate,
  wait: optional(object(waitShape)),
  provenance: optional(provenance),
};

const areaShape: Shape = {
  id: slug,
  name: localisedText,
  postcodePrefixes: withDefault(array(nonEmpty), () => []),
};

const topicShape: Shape = {
  id: slug,
  name: localisedText,
  keywords: withDefault(array(nonEmpty), () => []),
  // A feed's own phrases are rare enough to leave to zod, which keeps this entry file smaller.
  phrases: optional(askZod),
};

const urgentContactShape: Shape = {
  id: slug,
  name: localisedText,
  description: localisedText,
  phone: optional(nonEmpty),
  sms: optional(nonEmpty),
  smsBody: optional(nonEmpty),
  web: optional(url),
  hours: localisedText,
  open247: withDefault(boolean, () => false),
  ages: optional(ageRange),
  checked: isoDate,
};

const partnershipShape: Shape = {
  name: localisedText,
  website: optional(url),
  feedbackUrl: optional(url),
  reviewPeriodDays: withDefault(number(1, 3650, true), () => 180),
  defaultLanguage: withDefault(languageTag, () => 'en'),
  timeZone: withDefault(nonEmpty, () => 'Europe/London'),
};

const envelopeShape: Shape = {
  version: pattern(VERSION),
  partnership: object(partnershipShape),
  updated: isoDate,
  urgentHelp: optional(array(object(urgentContactShape))),
  urgentHelpMode: withDefault(oneOf(URGENT_HELP_MODES), () => 'extend'),
  areas: withDefault(array(object(areaShape)), () => []),
  topics: optional(array(object(topicShape))),
  services: array((v) => v),
};

/** Every object shape, by the name of its schema in schema.ts, for the test that holds them together. */
export const SHAPES: Readonly<Record<string, Shape>> = {
  ageRange: ageRangeShape,
  provenanceEntry: provenanceEntryShape,
  wait: waitShape,
  openingHours: openingHoursShape,
  contact: contactShape,
  location: locationShape,
  access: accessShape,
  service: serviceShape,
  area: areaShape,
  topic: topicShape,
  urgentContact: urgentContactShape,
  partnership: partnershipShape,
  feedEnvelope: envelopeShape,
};

function attempt(check: Check, value: unknown, ownIt: boolean): unknown {
  inPlace = ownIt;
  try {
    return check(value);
  } catch (error) {
    if (error === ASK_ZOD) return undefined;
    throw error;
  } finally {
    inPlace = false;
  }
}

const checkService = object(serviceShape);
const checkEnvelope = object(envelopeShape);

/**
 * The service exactly as zod's `service` schema would output it, or undefined to ask zod.
 * `inPlace`: the caller owns `raw` (it decoded it) and lets it be reshaped instead of copied.
 */
export const quickService = (raw: unknown, inPlace = false): Service | undefined =>
  attempt(checkService, raw, inPlace) as Service | undefined;

/** The envelope exactly as zod's `feedEnvelope` would output it, or undefined to ask zod. */
export const quickEnvelope = (raw: unknown, inPlace = false): FeedEnvelope | undefined =>
  attempt(checkEnvelope, raw, inPlace) as FeedEnvelope | undefined;
