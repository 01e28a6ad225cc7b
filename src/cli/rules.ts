/**
 * The checks behind `validate`: the finder's own schema, plus the warnings a partnership officer
 * needs before publishing. Each problem carries a rule (for grouping and counting), the JSON path,
 * the service's id and name, a plain message and what to do about it.
 */
import { issueMessage, optionalFieldAt } from '../feed/parse.ts';
import { FEED_MAJOR_VERSION, feedEnvelope, service as serviceSchema } from '../feed/schema.ts';
import { pickText } from '../i18n/text.ts';
import { daysBetween, isDialable } from './clean.ts';
import { looksLikeHtml } from './html-to-text.ts';
import { DEFAULT_TOPICS } from '../feed/default-topics.ts';

export type Severity = 'error' | 'warning';

export interface Problem {
  /** Groups problems of one kind, e.g. `service:ages:missing` or `stale`. */
  rule: string;
  severity: Severity;
  /** JSON path in the feed, e.g. `services[3].contact.email`. */
  path: string;
  serviceId?: string;
  serviceName?: string;
  /** What is wrong, in plain words: "is missing", "is empty", "must start with https://". */
  message: string;
  /** What to do about it. */
  fix: string;
}

/** One rule's problems counted, with a sentence such as "812 services have no ages". */
export interface RuleGroup {
  rule: string;
  severity: Severity;
  count: number;
  summary: string;
  fix: string;
}

/** Field names in the words an officer would use. Paths have list positions replaced by `*`. */
const LABELS: Record<string, string> = {
  id: 'id',
  name: 'name',
  description: 'description',
  topics: 'topics',
  ages: 'ages',
  'ages.min': 'youngest age',
  'ages.max': 'oldest age',
  delivery: 'delivery (how it is offered)',
  areas: 'areas',
  lastReviewed: 'review date (lastReviewed)',
  access: 'access details',
  'access.selfReferral': 'self-referral answer',
  contact: 'contact details',
  'contact.email': 'email address',
  'contact.web': 'web address',
  'contact.form': 'form link',
  'contact.phone': 'phone number',
  'contact.sms': 'text number',
  organisation: 'organisation',
  languages: 'languages',
  wait: 'wait',
  'wait.days': 'usual wait in days',
  'wait.updated': 'date the wait was said',
  'wait.by': 'wait source (who said it)',
};

const FIXES: Record<string, string> = {
  id: 'Give it a short id of lower-case letters, digits and dashes, e.g. "spark-club", used by no other service.',
  name: 'Write the name people know the service by.',
  description: 'Write one or two plain sentences on what the service offers and who it is for.',
  topics: 'List at least one topic id, e.g. ["feelings"]; see "The default topics" in data-schema/README.md.',
  ages: 'Add the ages served in whole years, e.g. {"min": 11, "max": 18}, or "unknown" if the source does not say.',
  'ages.min': 'Write the youngest age served as a whole number, no higher than the oldest.',
  'ages.max': 'Write the oldest age served as a whole number, no lower than the youngest.',
  delivery: 'List how it is offered: in-person, phone, text, chat, video, online or group.',
  areas:
    'Write "all", list area ids from the areas section of the feed, or write "unknown" if the source does not say.',
  access:
    'Add "access": {"selfReferral": true} (false if people need a referral, "unknown" if the source does not say).',
  'access.selfReferral':
    'Say whether people can get in touch themselves: true, false, or "unknown" if the source does not say (the finder then tells people to ask).',
  contact: 'Add "contact": {} with any phone, email or web address.',
  'contact.email': 'Correct the address or remove it. Until then the finder leaves it out.',
  'contact.web': 'Write the full address starting with https:// or remove it. Until then the finder leaves it out.',
  'contact.form': 'Write the full address starting with https:// or remove it. Until then the finder leaves it out.',
  lastReviewed: 'Write the date the details were last checked, as YYYY-MM-DD.',
  wait: 'Write the wait as {"days": 42, "updated": "2026-10-14", "by": "the service"}, or leave it out when nobody has said.',
  'wait.days': 'Write the usual wait as a whole number of days, from 0 (seen the same day) to 730.',
  'wait.updated': 'Write the date the wait was said, as YYYY-MM-DD.',
  'wait.by': 'Name who said how long the wait is, e.g. "the service" or "NHS published waiting times".',
};

/** What a service does not say, for the `not-known` warnings. */
const UNSAID: Record<string, string> = {
  ages: 'the ages served',
  areas: 'the areas served',
  'access.selfReferral': 'whether people can get in touch themselves',
};

/** The fields a feed may say it does not know, by where each sits in a service. */
const MAY_BE_UNKNOWN: readonly (readonly [string, (svc: Record<string, unknown>) => unknown])[] = [
  ['ages', (svc) => svc['ages']],
  ['areas', (svc) => svc['areas']],
  [
    'access.selfReferral',
    (svc) => (typeof svc['access'] === 'object' && svc['access'] ? (svc['access'] as Json)['selfReferral'] : undefined),
  ],
];

function pattern(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? '*' : String(p))).join('.');
}

/** `services[3].contact.email` from ['services', 3, 'contact', 'email']. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

function kindOf(message: string): 'missing' | 'empty' | 'invalid' {
  if (message.startsWith('is missing')) return 'missing';
  if (message === 'is empty') return 'empty';
  return 'invalid';
}

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** "812 services have no ages", "3 services have an empty name", "2 services: email address is not valid". */
function summarise(rule: string, count: number, sample: Problem): string {
  const [scope, field = '', kind] = rule.split(':');
  const label = LABELS[field] ?? field;
  const has = count === 1 ? 'has' : 'have';
  switch (scope) {
    case 'service':
      if (kind === 'missing') return `${plural(count, 'service', 'services')} ${has} no ${label}`;
      if (kind === 'empty') return `${plural(count, 'service', 'services')} ${has} an empty ${label}`;
      return `${plural(count, 'service', 'services')}: ${label} ${sample.message}`;
    case 'feed':
      return `${plural(count, 'problem', 'problems')} in the feed's ${field || 'top level'}: ${sample.message}`;
    case 'stale':
      return `${plural(count, 'service was', 'services were')} not reviewed within the review period`;
    case 'stale-wait':
      return `${plural(count, 'service gives a wait', 'services give a wait')} said longer ago than the review period`;
    case 'future-wait':
      return `${plural(count, 'service gives a wait', 'services give a wait')} dated in the future`;
    case 'unknown-topic':
      return `${plural(count, 'service uses', 'services use')} a topic that the feed does not list`;
    case 'unknown-area':
      return `${plural(count, 'service uses', 'services use')} an area that the feed does not list`;
    case 'duplicate-id':
      return `${plural(count, 'service has', 'services have')} an id another service already uses`;
    case 'no-contact':
      return `${plural(count, 'service has', 'services have')} no way to get in touch`;
    case 'undiallable':
      return `${plural(count, 'phone number', 'phone numbers')} cannot be dialled`;
    case 'http':
      return `${plural(count, 'link starts', 'links start')} with http:// instead of https://`;
    case 'missing-language':
      return `${plural(count, 'text has', 'texts have')} translations but none in the feed's default language`;
    case 'html':
      return `${plural(count, 'text has', 'texts have')} HTML in it, which the finder shows as typed`;
    case 'partial-translation':
      return `${plural(count, 'text lacks', 'texts lack')} a language that other texts of the same service have`;
    case 'not-known':
      return `${plural(count, 'service does', 'services do')} not say ${UNSAID[field] ?? label} ("unknown"): fine to publish, but worth asking`;
    case 'defaulted':
      return `${plural(count, 'service has', 'services have')} their ${label} filled in by the import's mapping, not the source: the finder treats it as unknown`;
    case 'import-defaults':
      return `${plural(count, 'service has', 'services have')} details set by the importer, not by the source`;
    default:
      return `${plural(count, 'problem', 'problems')}: ${sample.message}`;
  }
}

/** Groups problems by rule, errors first, then the most frequent. */
export function groupProblems(problems: readonly Problem[]): RuleGroup[] {
  const groups = new Map<string, RuleGroup & { sample: Problem }>();
  for (const p of problems) {
    const group = groups.get(p.rule);
    if (group) group.count++;
    else groups.set(p.rule, { rule: p.rule, severity: p.severity, count: 1, summary: '', fix: p.fix, sample: p });
  }
  return [...groups.values()]
    .map(({ sample, ...g }) => ({ ...g, summary: summarise(g.rule, g.count, sample) }))
    .sort((a, b) => (a.severity === b.severity ? b.count - a.count : a.severity === 'error' ? -1 : 1));
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nameOf(raw: Json, lang: string): string | undefined {
  const name = raw['name'];
  if (typeof name === 'string') return name.trim() || undefined;
  if (isObject(name) && Object.values(name).every((v) => typeof v === 'string')) {
    return pickText(name as Record<string, string>, [lang]).text.trim() || undefined;
  }
  return undefined;
}

/** The optional fields the finder leaves out on their own rather than skip the service. */
const leftOutAlone = (path: readonly PropertyKey[]): boolean => optionalFieldAt(path) !== undefined;

export interface CheckOptions {
  /** The date to judge review dates against, YYYY-MM-DD. */
  today: string;
}

export interface CheckResult {
  problems: Problem[];
  services: number;
  /** Services the finder would show. */
  shown: number;
}

/**
 * Every problem in a decoded feed at once. Unlike the finder, which stops at the first problem
 * outside the services, this carries on so one run lists everything to fix.
 */
export function checkFeed(json: unknown, options: CheckOptions): CheckResult {
  const problems: Problem[] = [];
  if (!isObject(json)) {
    problems.push({
      rule: 'feed::shape',
      severity: 'error',
      path: '$',
      message: 'is not a JSON object with "version", "partnership" and "services"',
      fix: 'Start from data-schema/examples/sample-feed.json, or make a feed with import-csv or import-hsds.',
    });
    return { problems, services: 0, shown: 0 };
  }
  const version = json['version'];
  if (
    (typeof version === 'string' || typeof version === 'number') &&
    Number(String(version).split('.')[0]) !== FEED_MAJOR_VERSION
  ) {
    problems.push({
      rule: 'feed:version:invalid',
      severity: 'error',
      path: 'version',
      message: `is ${String(version)}, but this finder reads version ${FEED_MAJOR_VERSION}.x feeds`,
      fix: 'Write "version": "1.0".',
    });
  }
  const envelope = feedEnvelope.safeParse(json, { reportInput: true });
  if (!envelope.success) {
    for (const issue of envelope.error.issues) {
      const message = issueMessage(issue);
      problems.push({
        rule: `feed:${pattern(issue.path)}:${kindOf(message)}`,
        severity: 'error',
        path: jsonPath(issue.path) || '$',
        message,
        fix: `The finder cannot use the feed until this is put right; see "${pattern(issue.path)}" in data-schema/README.md.`,
      });
    }
  }
  const partnership = isObject(json['partnership']) ? json['partnership'] : {};
  const lang = typeof partnership['defaultLanguage'] === 'string' ? partnership['defaultLanguage'] : 'en';
  const period = typeof partnership['reviewPeriodDays'] === 'number' ? partnership['reviewPeriodDays'] : 180;
  const rawServices = Array.isArray(json['services']) ? (json['services'] as unknown[]) : [];
  const topicIds = new Set(
    (Array.isArray(json['topics']) ? (json['topics'] as unknown[]) : DEFAULT_TOPICS).map((t) =>
      isObject(t) ? t['id'] : undefined,
    ),
  );
  const areaIds = new Set(
    (Array.isArray(json['areas']) ? (json['areas'] as unknown[]) : []).map((a) => (isObject(a) ? a['id'] : undefined)),
  );
  const seen = new Map<string, number>();
  let shown = 0;

  rawServices.forEach((raw, index) => {
    const base = `services[${index}]`;
    const svc = isObject(raw) ? raw : {};
    const serviceId = typeof svc['id'] === 'string' ? svc['id'] : undefined;
    const serviceName = nameOf(svc, lang);
    const add = (p: Omit<Problem, 'serviceId' | 'serviceName'>): void => {
      const entry: Problem = { ...p };
      if (serviceId !== undefined) entry.serviceId = serviceId;
      if (serviceName !== undefined) entry.serviceName = serviceName;
      problems.push(entry);
    };
    const result = serviceSchema.safeParse(raw, { reportInput: true });
    const fatal = result.success ? [] : result.error.issues.filter((i) => !leftOutAlone(i.path));
    if (!result.success) {
      for (const issue of result.error.issues) {
        const message = issueMessage(issue);
        const field = pattern(issue.path);
        const alone = leftOutAlone(issue.path);
        add({
          rule: `service:${field}:${kindOf(message)}`,
          severity: 'error',
          path: `${base}${issue.path.length ? '.' : ''}${jsonPath(issue.path)}`,
          message: alone
            ? `${message} (the finder leaves this field out)`
            : `${message} (the finder skips this service)`,
          fix: FIXES[field] ?? FIXES[field.split('.')[0] ?? ''] ?? `See "${field}" in data-schema/README.md.`,
        });
      }
    }
    if (fatal.length === 0) shown++;

    if (serviceId !== undefined) {
      const first = seen.get(serviceId);
      if (first !== undefined) {
        add({
          rule: 'duplicate-id',
          severity: 'warning',
          path: `${base}.id`,
          message: `"${serviceId}" is already used by services[${first}]; the finder shows only the first`,
          fix: 'Give each service its own id.',
        });
        if (fatal.length === 0) shown--;
      } else seen.set(serviceId, index);
    }

    const reviewed = svc['lastReviewed'];
    if (typeof reviewed === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(reviewed)) {
      const age = daysBetween(reviewed, options.today);
      if (age > period) {
        add({
          rule: 'stale',
          severity: 'warning',
          path: `${base}.lastReviewed`,
          message: `was ${reviewed}, ${age} days ago; the review period is ${period} days`,
          fix: 'Check the details with the provider, then set lastReviewed to the date you checked.',
        });
      }
    }
    // A wait goes out of date faster than anything else in a listing, and the finder shows it as
    // what to expect, so it is held to the same review period, counted from when it was said.
    const waitDate = isObject(svc['wait']) ? svc['wait']['updated'] : undefined;
    if (typeof waitDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(waitDate)) {
      const age = daysBetween(waitDate, options.today);
      if (age > period) {
        add({
          rule: 'stale-wait',
          severity: 'warning',
          path: `${base}.wait.updated`,
          message: `the wait was said on ${waitDate}, ${age} days ago; the review period is ${period} days, so it may no longer be true`,
          fix: 'Ask the service how long people wait now, then write the wait with the date they said it and who said it, or remove the wait.',
        });
      } else if (age < 0) {
        add({
          rule: 'future-wait',
          severity: 'warning',
          path: `${base}.wait.updated`,
          message: `is ${waitDate}, ${-age} ${age === -1 ? 'day' : 'days'} after ${options.today}: the date a wait was said cannot be in the future`,
          fix: 'Write the date the wait was said, as YYYY-MM-DD (a typing slip such as 2062 for 2026 is common).',
        });
      }
    }
    if (Array.isArray(svc['topics'])) {
      (svc['topics'] as unknown[]).forEach((t, i) => {
        if (typeof t === 'string' && !topicIds.has(t)) {
          add({
            rule: 'unknown-topic',
            severity: 'warning',
            path: `${base}.topics[${i}]`,
            message: `"${t}" is not one of the feed's topics, so filtering by topic will not find it`,
            fix: 'Correct the spelling, or add the topic to the feed.',
          });
        }
      });
    }
    if (Array.isArray(svc['areas'])) {
      (svc['areas'] as unknown[]).forEach((a, i) => {
        if (typeof a === 'string' && !areaIds.has(a)) {
          add({
            rule: 'unknown-area',
            severity: 'warning',
            path: `${base}.areas[${i}]`,
            message: `"${a}" is not one of the feed's areas, so searching by place will not find it`,
            fix: 'Correct the spelling, or add the area (with its postcode starts) to the feed.',
          });
        }
      });
    }
    const contact = isObject(svc['contact']) ? svc['contact'] : {};
    const locations = Array.isArray(svc['locations']) ? (svc['locations'] as unknown[]).filter(isObject) : [];
    const reachable =
      ['phone', 'sms', 'email', 'web', 'form'].some(
        (k) => typeof contact[k] === 'string' && contact[k].trim() !== '',
      ) || locations.some((l) => typeof l['address'] === 'string' || typeof l['postcode'] === 'string');
    if (!reachable) {
      add({
        rule: 'no-contact',
        severity: 'warning',
        path: `${base}.contact`,
        message: 'has no phone, text number, email, web address, form or address',
        fix: 'Add at least one way to get in touch, so people are not left with a dead end.',
      });
    }
    for (const key of ['phone', 'sms'] as const) {
      const number = contact[key];
      if (typeof number === 'string' && number.trim() !== '' && !isDialable(number)) {
        add({
          rule: 'undiallable',
          severity: 'warning',
          path: `${base}.contact.${key}`,
          message: `"${number}" cannot be dialled: use digits, spaces and a leading + only`,
          fix: 'Keep only the number, e.g. "0117 496 0000"; put any words such as "Youth line" in access.howTo.',
        });
      }
    }
    for (const key of ['web', 'form'] as const) {
      const link = contact[key];
      if (typeof link === 'string' && /^http:\/\//i.test(link.trim())) {
        add({
          rule: 'http',
          severity: 'warning',
          path: `${base}.contact.${key}`,
          message: 'must start with https://',
          fix: 'Check the page opens with https:// and change the address.',
        });
      }
    }
    const texts: [string, unknown][] = [
      ...['name', 'organisation', 'description', 'hoursNote', 'cost', 'nextSteps'].map((k): [string, unknown] => [
        k,
        svc[k],
      ]),
      ['access.howTo', isObject(svc['access']) ? svc['access']['howTo'] : undefined],
      ...locations.flatMap((l, i): [string, unknown][] => [
        [`locations[${i}].name`, l['name']],
        [`locations[${i}].accessibility`, l['accessibility']],
      ]),
    ];
    for (const [key, value] of texts) {
      if (
        isObject(value) &&
        !Object.keys(value).includes(lang) &&
        Object.values(value).every((v) => typeof v === 'string')
      ) {
        add({
          rule: 'missing-language',
          severity: 'warning',
          path: `${base}.${key}`,
          message: `has ${Object.keys(value).join(', ')} but not the default language "${lang}"`,
          fix: `Add the "${lang}" text, so readers of the default language see it in their own language.`,
        });
      }
    }
    // A translation given for some texts but not the main ones leaves a reader with half a listing.
    for (const [key, value] of texts) {
      const strings = typeof value === 'string' ? [value] : isObject(value) ? Object.values(value) : [];
      if (strings.some((v) => typeof v === 'string' && looksLikeHtml(v))) {
        add({
          rule: 'html',
          severity: 'warning',
          path: `${base}.${key}`,
          message: 'has HTML tags or codes such as <p> or &nbsp;, which the finder shows exactly as typed',
          fix: 'Write plain text: a blank line between paragraphs and "• " before list items (the importers do this for you).',
        });
      }
    }
    // Place names are often bilingual on their own (signs in Gaelic and English), so only the
    // service's own texts count here.
    const declared = new Set(
      texts.filter(([k]) => !k.startsWith('locations')).flatMap(([, v]) => (isObject(v) ? Object.keys(v) : [])),
    );
    declared.delete(lang);
    for (const key of ['name', 'description']) {
      const value = svc[key];
      if (value === undefined) continue;
      const has = isObject(value) ? Object.keys(value) : [lang];
      const missing = [...declared].filter((l) => !has.includes(l));
      if (missing.length > 0) {
        add({
          rule: 'partial-translation',
          severity: 'warning',
          path: `${base}.${key}`,
          message: `has no ${missing.join(', ')} text, though other texts of this service do`,
          fix: `Add the ${missing.join(', ')} translation, so readers of that language see the whole listing in it.`,
        });
      }
    }
    // Unknown is honest and fine to publish: the finder says "ask them". Still, each is a question
    // worth putting to the service, and a mapping default is the same guess for every service.
    for (const [field, read] of MAY_BE_UNKNOWN) {
      if (read(svc) === 'unknown') {
        add({
          rule: `not-known:${field}`,
          severity: 'warning',
          path: `${base}.${field}`,
          message: `is "unknown": fine to publish (the finder tells people to ask), but worth asking the service`,
          fix: 'Ask the service; when you know, write the answer in place of "unknown".',
        });
      }
    }
    const provenance = isObject(svc['provenance']) ? svc['provenance'] : {};
    for (const [field, entry] of Object.entries(provenance)) {
      if (isObject(entry) && entry['from'] === 'default') {
        const group = field.startsWith('topics.') ? 'topics' : field;
        add({
          rule: `defaulted:${group}`,
          severity: 'warning',
          path: `${base}.provenance["${field}"]`,
          message: `was filled in by the import's mapping, not the source, so the finder treats it as unknown`,
          fix: 'Ask the service; write what they say and mark it "reviewed", or write "unknown".',
        });
      }
    }
    const notes = svc['importWarnings'];
    if (Array.isArray(notes) && notes.length > 0) {
      add({
        rule: 'import-defaults',
        severity: 'warning',
        path: `${base}.importWarnings`,
        message: notes.map(String).join('; '),
        fix: 'Check these with the provider, correct them in the source, then delete importWarnings.',
      });
    }
  });
  return { problems, services: rawServices.length, shown };
}

/** The validation in machine-readable form, as printed by `validate --json`. */
export interface ValidationReport {
  source: string;
  ok: boolean;
  services: number;
  shown: number;
  errors: number;
  warnings: number;
  rules: RuleGroup[];
  problems: Problem[];
}

/** Checks a decoded feed and builds the report; shared by `validate` and the import commands. */
export function validateJson(json: unknown, source: string, day: string): ValidationReport {
  const { problems, services, shown } = checkFeed(json, { today: day });
  const errors = problems.filter((p) => p.severity === 'error').length;
  return {
    source,
    ok: errors === 0,
    services,
    shown,
    errors,
    warnings: problems.length - errors,
    rules: groupProblems(problems),
    problems,
  };
}
