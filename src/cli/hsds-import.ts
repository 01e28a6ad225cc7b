/**
 * `import-hsds`: a feed from an Open Referral UK / HSDS export and the officer's mapping file.
 * Only fields named here are copied into the feed; everything else is listed in the report by
 * name (never by value: vendor fields and metadata can hold staff email addresses).
 */
import { DAYS, type Day, type ProvenanceEntry } from '../feed/schema.ts';
import { UNKNOWN } from '../feed/vocabulary.ts';
import {
  cleanEmail,
  cleanLine,
  cleanPhone,
  cleanWeb,
  IdRegistry,
  isBlank,
  slugId,
  toAge,
  toIsoDate,
  type Phone,
} from './clean.ts';
import { buildFeed } from './envelope.ts';
import { audienceTypeMeaning, audienceTypesOf, type AudienceTypeMeaning } from './infer/audience-types.ts';
import { completeFromText, inferDelivery, type TextFacts } from './infer/complete.ts';
import { settleOptions, type ImportOptions } from './infer/review-io.ts';
import type { ScopeDecision } from './infer/scope.ts';
import { settle, settledOutcome, type Candidate, type SettleOptions } from './infer/settle.ts';
import { htmlToText } from './html-to-text.ts';
import { ReadError, readJson } from './io.ts';
import { isObject, readHsds, type SourceRecord } from './hsds-read.ts';
import { matchKey, parseMapping, termLookup, type Mapping, type TermTarget } from './mapping.ts';
import { finishImport, type ImportOutcome, type SkippedEntry, type UnmappedField } from './outcome.ts';
import type { CommandResult } from './validate.ts';

type Json = Record<string, unknown>;

function list(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

function str(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && !isBlank(value) ? cleanLine(value) : undefined;
}

/**
 * Source fields the importer reads, as paths with `[]` for lists. Ids and `*_id` links are
 * structure, read wherever they are. Anything else with a value is reported as not used.
 */
const USED = new Set([
  'name',
  'description',
  'status',
  'url',
  'email',
  'fees',
  'fees_description',
  'cost_options[].option',
  'cost_options[].amount',
  'cost_options[].currency',
  'cost_options[].amount_description',
  'minimum_age',
  'maximum_age',
  'eligibility_description',
  'application_process',
  'wait_time',
  'assured_date',
  'last_modified',
  'attending_type',
  'deliverable_type',
  'organization.name',
  'organization.url',
  'organization.website',
  'organization.email',
  'phones[].number',
  'contacts[].phones[].number',
  'contacts[].email',
  'pc_target_audience[].audience_type',
  'schedules[].freq',
  'schedules[].byday',
  'schedules[].opens_at',
  'schedules[].closes_at',
  'schedules[].description',
  'regular_schedules[].weekday',
  'regular_schedules[].opens_at',
  'regular_schedules[].closes_at',
  'eligibilitys[].minimum_age',
  'eligibilitys[].maximum_age',
  'eligibilitys[].eligibility',
  'service_areas[].name',
  'service_areas[].service_area',
  'languages[].name',
  'languages[].code',
  'languages[].language',
  'attributes[].taxonomy_term.name',
  'attributes[].taxonomy_term.code',
  'attributes[].taxonomy_term.term',
  'service_taxonomys[].taxonomy.name',
  'service_at_locations[].location.name',
  'service_at_locations[].location.location_type',
  'service_at_locations[].location.latitude',
  'service_at_locations[].location.longitude',
  'service_at_locations[].location.addresses[].address_1',
  'service_at_locations[].location.addresses[].address_2',
  'service_at_locations[].location.addresses[].city',
  'service_at_locations[].location.addresses[].postal_code',
  'service_at_locations[].location.addresses[].address_type',
  'service_at_locations[].location.physical_addresses[].address_1',
  'service_at_locations[].location.physical_addresses[].city',
  'service_at_locations[].location.physical_addresses[].postal_code',
  'service_at_locations[].location.accessibility[].description',
  'service_at_locations[].location.accessibility[].details',
  'service_at_locations[].location.accessibility[].accessibility',
  'service_at_locations[].location.accessibility_for_disabilities[].accessibility',
  'service_at_locations[].location.phones[].number',
]);

/** Adds every filled source field path that nothing reads to `counts`. */
export function unusedFields(record: Json, counts: Map<string, number>): void {
  const found = new Set<string>();
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item, `${path}[]`);
      return;
    }
    if (isObject(value)) {
      for (const [key, v] of Object.entries(value)) {
        if (key === 'id' || key.endsWith('_id')) continue;
        walk(v, path ? `${path}.${key}` : key);
      }
      return;
    }
    if (value === null || value === undefined || (typeof value === 'string' && isBlank(value))) return;
    if (!USED.has(path)) found.add(path);
  };
  walk(record, '');
  for (const path of found) counts.set(path, (counts.get(path) ?? 0) + 1);
}

/** Language names some directories write instead of codes. */
const LANGUAGE_NAMES: Record<string, string> = {
  english: 'en',
  welsh: 'cy',
  'scottish gaelic': 'gd',
  gaelic: 'gd',
  polish: 'pl',
  ukrainian: 'uk',
  arabic: 'ar',
  urdu: 'ur',
  punjabi: 'pa',
  bengali: 'bn',
  somali: 'so',
  romanian: 'ro',
  portuguese: 'pt',
  spanish: 'es',
  french: 'fr',
  chinese: 'zh',
  mandarin: 'zh',
  cantonese: 'yue',
  farsi: 'fa',
  persian: 'fa',
  kurdish: 'ku',
  pashto: 'ps',
  tigrinya: 'ti',
  turkish: 'tr',
  russian: 'ru',
  'british sign language': 'bfi',
  bsl: 'bfi',
};

const WEEKDAYS: Record<string, Day> = {
  mo: 'mon',
  tu: 'tue',
  we: 'wed',
  th: 'thu',
  fr: 'fri',
  sa: 'sat',
  su: 'sun',
};

/** "Monday", "mon", "MO", 1 (ISO weekday) → "mon". */
function weekday(value: unknown): Day | undefined {
  if (typeof value === 'number') return DAYS[(value + 6) % 7];
  const key = str(value)?.toLowerCase().slice(0, 2);
  return key === undefined ? undefined : WEEKDAYS[key];
}

/** "09:00:00", "9:00", "09:00Z", "09:00+01:00" → "09:00"; undefined when unreadable. */
export function clock(value: unknown): string | undefined {
  const m = /^(\d{1,2}):(\d{2})/.exec(str(value) ?? '');
  if (!m) return undefined;
  const h = Number(m[1]);
  if (h > 24 || Number(m[2]) > 59) return undefined;
  return `${String(h).padStart(2, '0')}:${m[2] ?? '00'}`;
}

interface Built {
  service?: Json;
  skip?: string;
  defaults: string[];
  tidied: string[];
  name?: string;
  facts?: TextFacts;
  youngTypes: string[];
  adultTypes: { type: string; label: string }[];
  mappingScope?: ScopeDecision;
  waitText?: string;
}

interface Context {
  mapping: Mapping;
  terms: ReturnType<typeof termLookup>;
  unmatchedTerms: Map<string, number>;
  areaByName: Map<string, string>;
  prefixes: [string, string][];
}

function termsOf(record: Json): string[] {
  const names: string[] = [];
  for (const a of list(record['attributes'])) {
    const t = isObject(a['taxonomy_term']) ? a['taxonomy_term'] : {};
    for (const key of ['name', 'term', 'code']) {
      const v = str(t[key]);
      if (v) names.push(v);
    }
  }
  for (const st of list(record['service_taxonomys'])) {
    const t = isObject(st['taxonomy']) ? st['taxonomy'] : {};
    const v = str(t['name']);
    if (v) names.push(v);
  }
  return [...new Set(names)];
}

/** What one taxonomy term or audience type means: the mapping's word first, else the built-in table. */
interface TermMeaning {
  term: string;
  target?: TermTarget;
  builtIn?: AudienceTypeMeaning;
}

function locationsOf(record: Json): Json[] {
  return list(record['service_at_locations'])
    .map((sal) => (isObject(sal['location']) ? sal['location'] : undefined))
    .filter((l): l is Json => l !== undefined && str(l['location_type']) !== 'virtual');
}

function addressesOf(location: Json): Json[] {
  // A postal address is where letters go, not where people visit.
  return [...list(location['addresses']), ...list(location['physical_addresses'])].filter(
    (a) => str(a['address_type']) !== 'postal',
  );
}

/** Said when a service has no description and the mapping gives none: true, and not a guess. */
export const NO_DESCRIPTION =
  'The directory gives no description of this service. Contact them to find out what it offers.';

/** The mapping's own scope rule (agesUnder, terms, includeUnknownAges), which replaces the built-in one. */
function mappingScope(
  scope: NonNullable<Mapping['scope']>,
  terms: readonly string[],
  min: number | undefined,
  max: number | undefined,
): ScopeDecision {
  const byAge = scope.agesUnder !== undefined && min !== undefined && min < scope.agesUnder;
  const scopeTerms = new Set((scope.terms ?? []).map(matchKey));
  const byTerm = terms.find((t) => scopeTerms.has(matchKey(t)));
  const unknown = min === undefined && max === undefined && scope.includeUnknownAges === true;
  if (byAge) return { keep: true, reason: `the mapping's scope: youngest age ${min} is under ${scope.agesUnder}` };
  if (byTerm) return { keep: true, reason: `the mapping's scope names "${byTerm}"` };
  if (unknown) return { keep: true, reason: "the mapping's scope keeps services that give no ages" };
  const ages = min === undefined && max === undefined ? 'gives no ages' : `is for ages ${min ?? '?'}–${max ?? '?'}`;
  return { keep: false, reason: `the mapping's scope: it ${ages} and has none of the scope terms` };
}

/** Turns one source service into a feed service, or says why it cannot be one. */
function buildService(record: Json, ctx: Context): Built {
  const { mapping } = ctx;
  const defaults: string[] = [];
  const tidied: string[] = [];
  const name = htmlToText(record['name']);
  const built: Built = { defaults, tidied, youngTypes: [], adultTypes: [] };
  if (name === undefined) return { ...built, skip: 'it has no name' };
  built.name = name;
  const status = str(record['status'])?.toLowerCase();
  if (status && status !== 'active') return { ...built, skip: `its status is "${status}"` };

  // Ages: HSDS 3 on the service, ORUK 1.0 in eligibilitys; -1 and blanks mean "not set".
  const eligibility = list(record['eligibilitys'])[0] ?? {};
  const min = toAge(record['minimum_age']) ?? toAge(eligibility['minimum_age']);
  const max = toAge(record['maximum_age']) ?? toAge(eligibility['maximum_age']);
  const audienceTypes = audienceTypesOf(record);
  const terms = [...termsOf(record), ...audienceTypes];
  const meanings: TermMeaning[] = terms.map((term) => {
    const target = ctx.terms.get(matchKey(term));
    const builtIn = target ? undefined : audienceTypeMeaning(term);
    return { term, ...(target ? { target } : {}), ...(builtIn ? { builtIn } : {}) };
  });
  for (const m of meanings) {
    if (!m.target && !m.builtIn) ctx.unmatchedTerms.set(m.term, (ctx.unmatchedTerms.get(m.term) ?? 0) + 1);
    if (m.builtIn?.scope === 'young') built.youngTypes.push(m.term);
    if (m.builtIn?.scope === 'adult') built.adultTypes.push({ type: m.term, label: m.builtIn.label ?? 'for adults' });
  }
  if (mapping.scope) built.mappingScope = mappingScope(mapping.scope, terms, min, max);

  const service: Json = {};
  const provenance: Record<string, ProvenanceEntry> = {};
  service['name'] = name;
  const organisation = htmlToText(isObject(record['organization']) ? record['organization']['name'] : undefined);
  if (organisation) service['organisation'] = organisation;

  let description = htmlToText(record['description']);
  const sourceText = description ?? '';
  if (description === undefined) {
    description = mapping.defaults?.description ?? NO_DESCRIPTION;
    defaults.push(`description: none in the source, so "${description}"`);
  }
  const eligibilityText = htmlToText(record['eligibility_description']) ?? htmlToText(eligibility['eligibility']);
  if (eligibilityText) description += `\n\nWho it is for: ${eligibilityText}`;
  service['description'] = description;

  // Topics, groups and audiences the source's terms and audience types give (the mapping's
  // meaning first, then the built-in table's); the text fills only what these leave empty.
  const from = (pick: (t: TermTarget) => readonly string[] | undefined, key: string): string[] => {
    const values = new Set<string>();
    const evidence: string[] = [];
    for (const m of meanings) {
      const got = (m.target ? pick(m.target) : m.builtIn ? pick(m.builtIn) : undefined) ?? [];
      for (const v of got) values.add(v);
      if (got.length && !m.target) evidence.push(`audience type or term "${m.term}"`);
    }
    if (values.size && evidence.length) provenance[key] = { from: 'source', evidence };
    return [...values];
  };
  service['topics'] = from((t) => t.topics, 'topics');
  const groups = from((t) => t.groups, 'groups');
  if (groups.length) service['groups'] = groups;
  const audiences = from((t) => t.audiences, 'audiences');
  if (audiences.length) service['audiences'] = audiences;

  if (min === undefined && max === undefined) service['ages'] = UNKNOWN;
  else {
    let [lo, hi] = [min ?? 0, max ?? Math.max(min ?? 0, mapping.defaults?.ages?.max ?? 120)];
    if (min === undefined) defaults.push(`ages: no youngest age in the source, so 0`);
    if (max === undefined) defaults.push(`ages: no oldest age in the source, so ${hi}`);
    if (lo > hi) {
      [lo, hi] = [hi, lo];
      tidied.push(`ages: youngest and oldest were the wrong way round`);
    }
    service['ages'] = { min: lo, max: hi };
  }

  // Contact details: service first, then its contacts' and locations' phones, then the organisation's.
  const contact: Json = {};
  const phones: Phone[] = [];
  const rawPhones = [
    ...list(record['phones']),
    ...list(record['contacts']).flatMap((c) => list(c['phones'])),
    ...locationsOf(record).flatMap((l) => list(l['phones'])),
    ...(isObject(record['organization']) ? list(record['organization']['phones']) : []),
  ];
  for (const p of rawPhones) {
    const cleaned = cleanPhone(p['number']);
    if (cleaned.note) tidied.push(cleaned.note);
    if (
      cleaned.value &&
      !phones.some((q) => q.number.replace(/\D/g, '') === cleaned.value?.number.replace(/\D/g, ''))
    ) {
      phones.push(cleaned.value);
    }
  }
  const [first, ...others] = phones;
  if (first) contact['phone'] = first.number;
  const email = cleanEmail(
    record['email'] ??
      list(record['contacts'])
        .map((c) => c['email'])
        .find((e) => !isBlank(e)),
  );
  if (email.note) tidied.push(email.note);
  if (email.value) contact['email'] = email.value;
  let web = cleanWeb(record['url']);
  if (web.note) tidied.push(web.note);
  if (!web.value && isObject(record['organization'])) {
    const org = record['organization'];
    const orgWeb = cleanWeb(org['website'] ?? org['url']);
    if (orgWeb.value) {
      web = orgWeb;
      tidied.push('web address: none for the service, so the organisation’s');
    }
  }
  if (web.value) contact['web'] = web.value;
  service['contact'] = contact;

  const howTo: string[] = [];
  const process = htmlToText(record['application_process']);
  if (process) howTo.push(process);
  if (first?.label) howTo.push(`${first.label}: ${first.number}`);
  if (others.length)
    howTo.push(`Other numbers: ${others.map((p) => (p.label ? `${p.label} ${p.number}` : p.number)).join('; ')}`);
  const selfReferral = meanings.map((m) => m.target?.selfReferral).find((v) => v !== undefined);
  service['access'] = {
    selfReferral: selfReferral ?? UNKNOWN,
    ...(howTo.length ? { howTo: howTo.join('\n\n') } : {}),
  };
  if (Object.keys(provenance).length) service['provenance'] = provenance;

  const body = [sourceText, eligibilityText, process].filter(Boolean).join('\n\n');
  const textDefaults = {
    ...(mapping.defaults?.topics ? { topics: mapping.defaults.topics } : {}),
    ...(mapping.defaults?.ages ? { ages: mapping.defaults.ages } : {}),
    ...(mapping.defaults?.selfReferral === undefined ? {} : { selfReferral: mapping.defaults.selfReferral }),
    addToTopics: !meanings.some((m) => m.target?.topics?.length),
    broadTopics: meanings.flatMap((m) =>
      m.builtIn?.broad && !meanings.some((o) => o !== m && !o.builtIn?.broad && o.builtIn?.topics?.length)
        ? (m.builtIn.topics ?? [])
        : [],
    ),
  };
  built.facts = completeFromText(service, { name, body }, textDefaults, defaults);
  if (built.facts.referralConflict) tidied.push(built.facts.referralConflict);

  // Places.
  const locations: Json[] = [];
  const postcodes: string[] = [];
  for (const location of locationsOf(record)) {
    const address = addressesOf(location)[0] ?? {};
    const lines = ['address_1', 'address_2', 'city'].map((k) => str(address[k])).filter((v): v is string => !!v);
    const postcode = str(address['postal_code'])?.toUpperCase();
    const out: Json = {};
    const locationName = htmlToText(location['name']);
    if (locationName) out['name'] = locationName;
    if (lines.length) out['address'] = lines.join(', ');
    if (postcode) {
      out['postcode'] = postcode;
      postcodes.push(postcode);
    }
    const lat = Number(location['latitude']);
    const lon = Number(location['longitude']);
    if (!isBlank(location['latitude']) && Number.isFinite(lat) && Math.abs(lat) <= 90 && lat !== 0) out['lat'] = lat;
    if (!isBlank(location['longitude']) && Number.isFinite(lon) && Math.abs(lon) <= 180 && lon !== 0) out['lon'] = lon;
    const access = [
      ...list(location['accessibility']).flatMap((a) => [a['description'], a['details'], a['accessibility']]),
      ...list(location['accessibility_for_disabilities']).map((a) => a['accessibility']),
    ]
      .map((v) => htmlToText(v))
      .filter((v): v is string => !!v);
    if (access.length) out['accessibility'] = [...new Set(access)].join('\n');
    if (Object.keys(out).length) locations.push(out);
  }
  if (locations.length) service['locations'] = locations;

  // How it is offered: from the source's words, else from having an address, else from the
  // text, else the mapping's default, else in person (the feed needs one; marked as a default).
  const deliveryWords = `${str(record['attending_type']) ?? ''} ${str(record['deliverable_type']) ?? ''}`.toLowerCase();
  const delivery = new Set<string>();
  if (/online|web|internet/.test(deliveryWords)) delivery.add('online');
  if (/phone|telephone/.test(deliveryWords)) delivery.add('phone');
  if (/person|face|venue|drop/.test(deliveryWords)) delivery.add('in-person');
  if (delivery.size === 0 && locations.some((l) => l['address'] || l['postcode'])) delivery.add('in-person');
  const prov = (service['provenance'] ?? {}) as Record<string, ProvenanceEntry>;
  if (delivery.size === 0) {
    const read = inferDelivery(`${name}\n\n${body}`);
    if (read.delivery.length) {
      for (const d of read.delivery) delivery.add(d);
      prov['delivery'] = { from: 'inferred', evidence: read.evidence, confidence: 0.6 };
    }
  }
  if (delivery.size === 0 && contact['phone'] !== undefined) {
    // A phone number and no address or other words: most likely a phone service, but check.
    delivery.add('phone');
    prov['delivery'] = { from: 'inferred', evidence: ['a phone number and no address'], confidence: 0.5 };
  }
  if (delivery.size === 0) {
    const fallback = mapping.defaults?.delivery?.length ? mapping.defaults.delivery : ['in-person'];
    for (const d of fallback) delivery.add(d);
    prov['delivery'] = { from: 'default' };
    defaults.push(`delivery: not in the source or its text, so ${[...delivery].join(', ')}`);
  }
  service['delivery'] = [...delivery];

  // Areas: the source's area names, then its postcodes, then the mapping's default, else unknown.
  const areas = new Set<string>();
  for (const sa of list(record['service_areas'])) {
    for (const key of ['name', 'service_area']) {
      const v = str(sa[key]);
      const id = v === undefined ? undefined : ctx.areaByName.get(matchKey(v));
      if (id) areas.add(id);
    }
  }
  for (const postcode of postcodes) {
    const outward = postcode.replace(/\s+/g, '');
    const hit = ctx.prefixes.find(([prefix]) => outward.startsWith(prefix));
    if (hit) areas.add(hit[1]);
  }
  if (areas.size > 0) service['areas'] = [...areas];
  else if (mapping.defaults?.areas !== undefined) {
    const fallback = mapping.defaults.areas;
    service['areas'] = fallback;
    prov['areas'] = { from: 'default' };
    defaults.push(
      `areas: none of its areas or postcodes is in the mapping, so ${fallback === 'all' ? 'all' : fallback.join(', ')}`,
    );
  } else service['areas'] = UNKNOWN;
  if (Object.keys(prov).length) service['provenance'] = prov;

  // Opening hours: HSDS 3 schedules (byday) and ORUK 1.0 regular_schedules (weekday names).
  const sessions = new Map<string, Day[]>();
  const notes: string[] = [];
  for (const s of list(record['schedules'])) {
    const freq = str(s['freq'])?.toUpperCase();
    const opens = clock(s['opens_at']);
    const closes = clock(s['closes_at']);
    const days = (str(s['byday']) ?? '')
      .split(',')
      .map((d) => (/^[A-Z]{2}$/i.test(d.trim()) ? weekday(d.trim()) : undefined));
    const text = htmlToText(s['description']);
    if (text) notes.push(text);
    if ((freq && freq !== 'WEEKLY') || !opens || !closes || days.some((d) => d === undefined) || days.length === 0) {
      if (opens || closes || str(s['byday']))
        tidied.push('hours: a schedule that is not a plain weekly one was left out');
      continue;
    }
    const key = `${opens}-${closes}`;
    sessions.set(key, [...(sessions.get(key) ?? []), ...(days as Day[])]);
  }
  for (const s of list(record['regular_schedules'])) {
    const day = weekday(s['weekday']);
    const opens = clock(s['opens_at']);
    const closes = clock(s['closes_at']);
    if (!day || !opens || !closes) {
      tidied.push('hours: a regular schedule without a day or times was left out');
      continue;
    }
    const key = `${opens}-${closes}`;
    sessions.set(key, [...(sessions.get(key) ?? []), day]);
  }
  if (sessions.size) {
    service['hours'] = [...sessions.entries()].map(([key, days]) => {
      const [opens, closes] = key.split('-');
      return { days: DAYS.filter((d) => days.includes(d)), opens, closes };
    });
  }
  if (notes.length) service['hoursNote'] = [...new Set(notes)].join('\n');

  // Costs: only what the source says. Never assume free.
  const costs = [
    htmlToText(record['fees_description']),
    htmlToText(record['fees']),
    ...list(record['cost_options']).map((c) =>
      [
        str(c['option']),
        c['amount'] !== undefined && !isBlank(c['amount'])
          ? `${str(c['currency']) === 'GBP' || !c['currency'] ? '£' : `${str(c['currency'])} `}${str(c['amount'])}`
          : undefined,
        str(c['amount_description']),
      ]
        .filter(Boolean)
        .join(' '),
    ),
  ].filter((v): v is string => !!v);
  service['free'] = false;
  if (costs.length) service['cost'] = [...new Set(costs)].join('\n');
  else defaults.push('cost: the source does not say, so it is not marked free');

  const languages = new Set<string>();
  for (const l of list(record['languages'])) {
    const code = str(l['code'])?.toLowerCase();
    const byName = LANGUAGE_NAMES[(str(l['name']) ?? str(l['language']) ?? '').toLowerCase()];
    const tag = code && /^[a-z]{2,3}$/.test(code) ? code : byName;
    if (tag) languages.add(tag);
    else tidied.push(`languages: "${str(l['name']) ?? str(l['language']) ?? ''}" is not a language the importer knows`);
  }
  if (languages.size) service['languages'] = [...languages];
  else if (mapping.defaults?.languages) service['languages'] = mapping.defaults.languages;

  // HSDS 3.0 keeps a free-text `wait_time` (deprecated; gone from ORUK 3.0). Undated and unattributed,
  // it is read only as a suggestion on the review sheet, never written as the feed's wait.
  const waitTime = htmlToText(record['wait_time']);
  if (waitTime) built.waitText = `Waiting time: ${waitTime}`;

  const reviewed = toIsoDate(record['assured_date']) ?? toIsoDate(record['last_modified']);
  if (reviewed) service['lastReviewed'] = reviewed;
  else {
    service['lastReviewed'] = mapping.defaults?.lastReviewed ?? '2000-01-01';
    defaults.push(
      mapping.defaults?.lastReviewed
        ? `review date: not in the source, so ${mapping.defaults.lastReviewed}`
        : 'review date: not in the source, so 2000-01-01 (the finder will say it may be out of date)',
    );
  }
  return { ...built, service };
}

/** Runs the mapping over every source record. Exported for tests. */
export function importRecords(
  records: readonly SourceRecord[],
  mapping: Mapping,
  input: string,
  notes: string[],
  options: SettleOptions = { scopeAll: false, reviewedBy: '', reviewSource: '' },
): ImportOutcome {
  const ctx: Context = {
    mapping,
    terms: termLookup(mapping),
    unmatchedTerms: new Map(),
    areaByName: new Map(
      (mapping.areas ?? []).flatMap((a) => [
        ...(typeof a.name === 'string' ? [a.name] : Object.values(a.name)).map(
          (n) => [matchKey(n), a.id] as [string, string],
        ),
        ...(a.match ?? []).map((n) => [matchKey(n), a.id] as [string, string]),
      ]),
    ),
    prefixes: (mapping.areas ?? [])
      .flatMap((a) => a.postcodePrefixes.map((p) => [p.replace(/\s+/g, '').toUpperCase(), a.id] as [string, string]))
      .sort((a, b) => b[0].length - a[0].length),
  };
  const ids = new IdRegistry();
  const seenSource = new Map<string, string>();
  const candidates: Candidate[] = [];
  const hardSkips: SkippedEntry[] = [];
  const unused = new Map<string, number>();
  for (const { source, record } of records) {
    unusedFields(record, unused);
    const sourceId = str(record['id']);
    const built = buildService(record, ctx);
    const entry = {
      source,
      ...(sourceId === undefined ? {} : { id: sourceId }),
      ...(built.name === undefined ? {} : { name: built.name }),
    };
    if (built.skip || !built.service || !built.facts) {
      hardSkips.push({ ...entry, reason: built.skip ?? 'could not be read' });
      continue;
    }
    if (sourceId !== undefined && seenSource.has(sourceId)) {
      if (seenSource.get(sourceId) === built.name) {
        hardSkips.push({ ...entry, reason: 'the same service (same id and name) appears earlier in the source' });
        continue;
      }
      built.tidied.push(`id: "${sourceId}" is also used by "${seenSource.get(sourceId) ?? ''}" in the source`);
    }
    if (sourceId !== undefined) seenSource.set(sourceId, built.name ?? '');
    const wanted = slugId(sourceId) ?? slugId(built.name) ?? 'service';
    if (sourceId === undefined) built.tidied.push(`id: none in the source, so "${wanted}" from the name`);
    const claimed = ids.claim(wanted);
    if (claimed.changed) built.tidied.push(`id: "${wanted}" was taken, so this service is "${claimed.id}"`);
    candidates.push({
      source,
      id: claimed.id,
      name: built.name ?? claimed.id,
      service: { id: claimed.id, ...built.service },
      facts: built.facts,
      youngTypes: built.youngTypes,
      adultTypes: built.adultTypes,
      ...(built.mappingScope ? { mappingScope: built.mappingScope } : {}),
      ...(built.waitText ? { waitText: built.waitText } : {}),
      defaults: built.defaults,
      tidied: built.tidied,
    });
  }
  const settled = settle(candidates, hardSkips, options);
  const unmapped: UnmappedField[] = [
    ...[...unused.entries()].map(([field, count]) => ({ field, count })),
    ...[...ctx.unmatchedTerms.entries()].map(([term, count]) => ({
      field: `taxonomy term or audience type "${term}" (not in the mapping or the built-in table)`,
      count,
    })),
  ].sort((a, b) => b.count - a.count);
  return {
    kind: 'Open Referral / HSDS',
    input,
    feed: buildFeed(mapping, settled.services),
    unmapped,
    notes,
    ...settledOutcome(settled, options),
  };
}

export async function importHsdsCommand(
  input: string,
  options: ImportOptions & { mapping?: string },
): Promise<CommandResult> {
  let mapping: Mapping = {};
  let outcome: ImportOutcome;
  try {
    if (options.mapping !== undefined) mapping = parseMapping(await readJson(options.mapping), options.mapping);
    const read = await readHsds(input);
    if (read.records.length === 0) throw new ReadError(`No services were found in ${input}.\n${read.notes.join('\n')}`);
    outcome = importRecords(read.records, mapping, input, read.notes, await settleOptions(options));
  } catch (error) {
    if (error instanceof ReadError || (error instanceof Error && error.message.startsWith('The mapping file'))) {
      return { code: 2, stdout: '', stderr: `${error.message}\n` };
    }
    throw error;
  }
  const result = finishImport(outcome, options);
  // Paging and other notes about the source as a whole matter before the counts.
  const notes = outcome.notes.filter((n) => n.startsWith('This is page'));
  return notes.length ? { ...result, stdout: `${notes.join('\n')}\n${result.stdout}` } : result;
}
