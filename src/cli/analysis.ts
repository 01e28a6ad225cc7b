/**
 * What `report` measures in a feed: where the gaps are (topics by age bands by areas, for all
 * services and for those people can contact themselves), likely duplicates, listings past their
 * review period, and listings with no way to get in touch. Shared by the Markdown and HTML reports.
 *
 * Cover counts only what the source, a review or the service's own text says: a value the import's
 * mapping filled in (`default`) is the same for every service and says nothing about this one, so
 * it is counted as not known, never as cover. Counts say how much rests on a reading of the text.
 */
import { provenanceOf } from '../feed/known.ts';
import type { Feed } from '../feed/parse.ts';
import type { AgeRange, Service } from '../feed/schema.ts';
import { canSelfRefer, statedAges, statedAreas, topicProvenance } from '../feed/stated.ts';
import { dialable } from '../feed/links.ts';
import { pickText } from '../i18n/text.ts';
import { daysBetween } from './clean.ts';
import { waitWords } from './wait.ts';

export interface AgeBand {
  label: string;
  min: number;
  max: number;
}

/** Bands that match how support is usually organised: early years, primary, secondary, 16–17, young adults. */
export const AGE_BANDS: readonly AgeBand[] = [
  { label: '0–4', min: 0, max: 4 },
  { label: '5–10', min: 5, max: 10 },
  { label: '11–15', min: 11, max: 15 },
  { label: '16–17', min: 16, max: 17 },
  { label: '18–25', min: 18, max: 25 },
];

export interface Count {
  /** Services that cover it by what the source, a review or their own text says. */
  all: number;
  /** Services people can contact themselves, without a referral (a stated yes, not a default). */
  self: number;
  /** Of `all`, those counted on a value read from the text (topic, ages or area), not stated. */
  inferred: number;
  /**
   * Services here with the topic that are left out because a value is not known or only a
   * mapping default: their ages (age-band cells only), their areas, or the topic itself.
   */
  notKnown: { ages: number; areas: number; topic: number };
}

/** A cell nothing was counted in. */
export const NO_COUNT: Count = { all: 0, self: 0, inferred: 0, notKnown: { ages: 0, areas: 0, topic: 0 } };

/** Where a value came from, or that the feed does not know it. */
export type ValueState = 'source' | 'reviewed' | 'inferred' | 'default' | 'unknown';

/** How many values of one field are in each state. */
export type StateCounts = Record<ValueState, number>;

export interface Named {
  id: string;
  name: string;
}

export interface ServiceRef extends Named {
  organisation?: string;
}

export interface DuplicateGroup {
  /** What they share: "phone", "email", "web" or "similar name". */
  kind: 'phone' | 'email' | 'web' | 'similar name';
  value: string;
  services: ServiceRef[];
}

/** How long people wait, for the services on one topic or in one area. */
export interface WaitRow extends Named {
  services: number;
  /** Services that say how long people usually wait. */
  known: number;
  /** The middle wait in days of those that say (the mean of the two middle ones, rounded). */
  medianDays?: number;
  longest?: { days: number; service: ServiceRef };
  /** Waits said longer ago than the review period. */
  stale: number;
}

/**
 * Where support on a topic ends at an age in an area and no service on that topic there takes
 * anyone a year older: the point a young person is left with nothing after.
 */
export interface AgeEnd {
  area: string;
  topic: string;
  /** The oldest age served by the services that stop here. */
  endsAt: number;
  ending: ServiceRef[];
  /** Services on the topic here that do not say their ages, so may carry on. */
  unknownAges: number;
  /** Services on the topic in other areas that take people a year older: where to look. */
  elsewhere: ServiceRef[];
}

/** The oldest age the feed is for: support ending at 25 is where adult services take over. */
export const OLDEST = 25;

/** A service a young person can stay with from 16 to 25, across the moves at 16 and 18. */
export function isBridging(ages: { min: number; max: number } | undefined): boolean {
  return ages !== undefined && ages.min <= 16 && ages.max >= OLDEST;
}

export interface Analysis {
  partnership: string;
  updated: string;
  today: string;
  reviewPeriodDays: number;
  services: number;
  topics: Named[];
  areas: Named[];
  bands: readonly AgeBand[];
  /** counts[area][topic][band] */
  counts: Record<string, Record<string, Count[]>>;
  /** Topic × area totals over all ages. */
  totals: Record<string, Record<string, Count>>;
  /**
   * Cells with no service counted, each with why (see `whyNone`); `notKnown` when services there
   * do not say their ages or areas, or have the topic only by a mapping default.
   */
  empty: { area: string; topic: string; band: string; why: string; notKnown: boolean }[];
  noSelfReferral: { area: string; topic: string; band: string }[];
  duplicates: DuplicateGroup[];
  stale: (ServiceRef & { lastReviewed: string; days: number })[];
  noContact: ServiceRef[];
  /**
   * For ages, areas, self-referral and topics (each topic of each service): how many values came
   * from the source, a review, the text, a mapping default, or are unknown.
   */
  values: { field: 'topics' | 'ages' | 'areas' | 'selfReferral'; label: string; counts: StateCounts }[];
  /** Provenance entries for the other fields (audiences, contact details, groups, delivery…). */
  otherValues: StateCounts;
  /** Waits by topic and by area, longest first. */
  waitsByTopic: WaitRow[];
  waitsByArea: WaitRow[];
  /** Services that say how long people wait, of all services. */
  waitsKnown: number;
  /** Of those, waits said longer ago than the review period. */
  waitsStale: number;
  ageEnds: AgeEnd[];
  /** bridging[area][topic]: services there spanning 16 to 25. */
  bridging: Record<string, Record<string, number>>;
}

function noStates(): StateCounts {
  return { source: 0, reviewed: 0, inferred: 0, default: 0, unknown: 0 };
}

/** The fields whose source the report counts, with the feed's name for each. */
const VALUE_FIELDS = [
  { field: 'ages', path: 'ages', label: 'Ages' },
  { field: 'areas', path: 'areas', label: 'Areas' },
  { field: 'selfReferral', path: 'access.selfReferral', label: 'Self-referral' },
] as const;

function stateOf(service: Service, path: string): ValueState {
  const value = path === 'ages' ? service.ages : path === 'areas' ? service.areas : service.access.selfReferral;
  return value === 'unknown' ? 'unknown' : provenanceOf(service, path);
}

function valueCounts(services: readonly Service[]): Pick<Analysis, 'values' | 'otherValues'> {
  const topics = noStates();
  for (const s of services) for (const t of s.topics) topics[topicProvenance(s, t)]++;
  const values: Analysis['values'] = [
    { field: 'topics', label: 'Topics (each topic of each service)', counts: topics },
  ];
  for (const { field, path, label } of VALUE_FIELDS) {
    const counts = noStates();
    for (const s of services) counts[stateOf(s, path)]++;
    values.push({ field, label, counts });
  }
  const otherValues = noStates();
  const counted = new Set<string>(VALUE_FIELDS.map((f) => f.path));
  for (const s of services) {
    for (const [field, entry] of Object.entries(s.provenance ?? {})) {
      if (field !== 'topics' && !field.startsWith('topics.') && !counted.has(field)) otherValues[entry.from]++;
    }
  }
  return { values, otherValues };
}

/**
 * What a cell that counts no service says instead of a bare "none": which values are not known
 * (so the gap may not be real), or that services on the topic here serve other ages, or that no
 * service here has the topic at all. `total` is the all-ages count, for an age-band cell.
 */
export function whyNone(count: Count, total?: Count): string {
  const n = (x: number, what: string): string => `${what} for ${x} ${x === 1 ? 'service' : 'services'}`;
  const parts: string[] = [];
  if (count.notKnown.ages) parts.push(n(count.notKnown.ages, 'ages not known'));
  if (count.notKnown.areas) parts.push(n(count.notKnown.areas, 'areas not known'));
  if (count.notKnown.topic) parts.push(n(count.notKnown.topic, 'topic only a mapping default'));
  if (parts.length) return parts.join('; ');
  return total && total.all > 0 ? 'none for these ages' : 'none: no service here has this topic';
}

/** Whether an empty cell's services are there but not known to fit, rather than a real gap. */
export function notKnownHere(count: Count): boolean {
  return count.notKnown.ages + count.notKnown.areas + count.notKnown.topic > 0;
}

/** " (16 where ages, areas or topics are not known)": the empty cells that may not be gaps. */
export function emptyNote(a: Pick<Analysis, 'empty'>): string {
  const unsure = a.empty.filter((g) => g.notKnown).length;
  return unsure ? ` (${unsure.toLocaleString('en-GB')} where ages, areas or topics are not known)` : '';
}

/**
 * The report's sentences on values the feed does not know and where values came from, shared by
 * the pages and the command's own output.
 */
export function valueSentences(a: Pick<Analysis, 'values' | 'otherValues'>): string[] {
  const n = (x: number): string => x.toLocaleString('en-GB');
  const byField = new Map(a.values.map((v) => [v.field, v.counts]));
  const missing = (field: 'ages' | 'areas' | 'selfReferral', what: string): string => {
    const c = byField.get(field) ?? noStates();
    return `${n(c.unknown + c.default)} ${what} (${n(c.unknown)} unknown, ${n(c.default)} only a mapping default)`;
  };
  const total = (state: ValueState) => a.values.reduce((sum, v) => sum + v.counts[state], 0) + a.otherValues[state];
  return [
    `Services with no known ages: ${missing('ages', 'services')}; no known areas: ${missing('areas', 'services')}; no known self-referral answer: ${missing('selfReferral', 'services')}. The finder tells people to ask these services, and the gap tables do not count them as cover.`,
    `Values read from the services' own text (inferred): ${n(total('inferred'))}; reviewed by people: ${n(total('reviewed'))}; filled in by the import's mapping (defaults, never counted as cover): ${n(total('default'))}.`,
  ];
}

/** " (1 inferred)" after a count that rests partly on readings of the text; empty otherwise. */
export function inferredNote(count: Count): string {
  return count.inferred ? ` (${count.inferred} inferred)` : '';
}

function text(value: Parameters<typeof pickText>[0], lang: string): string {
  return pickText(value, [lang]).text;
}

function ref(service: Service, lang: string): ServiceRef {
  const r: ServiceRef = { id: service.id, name: text(service.name, lang) };
  if (service.organisation) r.organisation = text(service.organisation, lang);
  return r;
}

/** Words that say nothing about what a service is, left out when comparing names. */
const FILLER = new Set([
  'the',
  'a',
  'an',
  'and',
  'of',
  'for',
  'service',
  'services',
  'project',
  'group',
  'sample',
  'team',
]);

function nameWords(name: string): Set<string> {
  return new Set(
    name
      .toLowerCase()
      .replace(/&/g, ' and ')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 1 && !FILLER.has(w)),
  );
}

/** Share of words two names have in common (Jaccard): 1 is the same words, 0 none. */
export function nameSimilarity(a: string, b: string): number {
  const x = nameWords(a);
  const y = nameWords(b);
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return common / (x.size + y.size - common);
}

function normaliseWeb(href: string): string {
  try {
    const url = new URL(href);
    return `${url.host.replace(/^www\./, '')}${url.pathname.replace(/\/+$/, '')}`.toLowerCase();
  } catch {
    return href.toLowerCase();
  }
}

function normalisePhone(number: string): string {
  const digits = dialable(number);
  return digits.startsWith('+44') ? `0${digits.slice(3)}` : digits;
}

/** The middle of some numbers: the mean of the two middle ones when there is an even count, rounded. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : Math.round(((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2);
}

/** Longest first, then the longest typical wait; rows where no service says come last. */
function byLongest(a: WaitRow, b: WaitRow): number {
  return (
    (b.longest?.days ?? -1) - (a.longest?.days ?? -1) ||
    (b.medianDays ?? -1) - (a.medianDays ?? -1) ||
    a.name.localeCompare(b.name)
  );
}

function waitRow(named: Named, services: readonly Service[], lang: string, today: string, period: number): WaitRow {
  const said = services.filter((s) => s.wait !== undefined);
  const row: WaitRow = {
    ...named,
    services: services.length,
    known: said.length,
    stale: said.filter((s) => s.wait && daysBetween(s.wait.updated, today) > period).length,
  };
  const medianDays = median(said.map((s) => s.wait?.days ?? 0));
  if (medianDays !== undefined) row.medianDays = medianDays;
  const longest = said.reduce<Service | undefined>(
    (a, s) => ((s.wait?.days ?? 0) > (a?.wait?.days ?? -1) ? s : a),
    undefined,
  );
  if (longest?.wait) row.longest = { days: longest.wait.days, service: ref(longest, lang) };
  return row;
}

/**
 * Each age at which services on a topic in an area stop, with nobody there on that topic for the
 * year after: "loss, Firth West: ends at 18". Ages come only from what services say (not
 * defaults); services that give no ages are counted, as they may carry on.
 */
function ageEndsIn(
  area: Named,
  topic: Named,
  onTopic: readonly Service[],
  everywhere: readonly Service[],
  lang: string,
): AgeEnd[] {
  const known = onTopic.flatMap((s) => {
    const ages = statedAges(s);
    return ages ? [{ s, ages }] : [];
  });
  const covers = (ages: AgeRange | undefined, age: number): boolean =>
    ages !== undefined && ages.min <= age && ages.max >= age;
  const ends = [...new Set(known.map((x) => x.ages.max))].filter((age) => age < OLDEST).sort((a, b) => a - b);
  return ends
    .filter((age) => !known.some((x) => covers(x.ages, age + 1)))
    .map((age) => ({
      area: area.name,
      topic: topic.name,
      endsAt: age,
      ending: known.filter((x) => x.ages.max === age).map((x) => ref(x.s, lang)),
      unknownAges: onTopic.length - known.length,
      elsewhere: everywhere.filter((s) => covers(statedAges(s), age + 1)).map((s) => ref(s, lang)),
    }));
}

export function analyse(feed: Feed, today: string): Analysis {
  const lang = feed.partnership.defaultLanguage;
  const services = feed.services;
  const topics = feed.topics.map((t) => ({ id: t.id, name: text(t.name, lang) }));
  const areas = feed.areas.length
    ? feed.areas.map((a) => ({ id: a.id, name: text(a.name, lang) }))
    : [{ id: 'all', name: 'Everywhere' }];
  const counts: Analysis['counts'] = {};
  const totals: Analysis['totals'] = {};
  const empty: Analysis['empty'] = [];
  const noSelfReferral: Analysis['noSelfReferral'] = [];
  const ageEnds: AgeEnd[] = [];
  const bridging: Analysis['bridging'] = {};
  const period = feed.partnership.reviewPeriodDays;
  const waitsByArea: WaitRow[] = [];
  for (const area of areas) {
    const areaCounts: Record<string, Count[]> = {};
    const areaTotals: Record<string, Count> = {};
    counts[area.id] = areaCounts;
    totals[area.id] = areaTotals;
    const anywhere = area.id === 'all';
    const here = services.filter((s) => {
      const areas = statedAreas(s);
      return anywhere || areas === 'all' || (areas !== undefined && areas.includes(area.id));
    });
    const areaUnknown = anywhere ? [] : services.filter((s) => statedAreas(s) === undefined);
    const areaInferred = (s: Service) => !anywhere && provenanceOf(s, 'areas') === 'inferred';
    waitsByArea.push(waitRow(area, here, lang, today, period));
    const areaBridging: Record<string, number> = {};
    bridging[area.id] = areaBridging;
    for (const topic of topics) {
      const has = (s: Service) => s.topics.includes(topic.id);
      const stated = (s: Service) => has(s) && topicProvenance(s, topic.id) !== 'default';
      const onTopic = here.filter(stated);
      const everywhere = services.filter((s) => stated(s) && !onTopic.includes(s));
      ageEnds.push(...ageEndsIn(area, topic, onTopic, everywhere, lang));
      areaBridging[topic.id] = onTopic.filter((s) => isBridging(statedAges(s))).length;
      const notKnown = {
        ages: 0,
        areas: areaUnknown.filter(stated).length,
        // Here or perhaps here: a topic only defaulted leaves open whether any such service covers it.
        topic: [...here, ...areaUnknown].filter((s) => has(s) && !stated(s)).length,
      };
      const tally = (fits: Service[], agesRead: (s: Service) => boolean, unknownAges: number): Count => ({
        all: fits.length,
        self: fits.filter(canSelfRefer).length,
        inferred: fits.filter((s) => topicProvenance(s, topic.id) === 'inferred' || areaInferred(s) || agesRead(s))
          .length,
        notKnown: { ...notKnown, ages: unknownAges },
      });
      areaTotals[topic.id] = tally(onTopic, () => false, 0);
      const unknownAges = onTopic.filter((s) => statedAges(s) === undefined).length;
      areaCounts[topic.id] = AGE_BANDS.map((band) => {
        const fits = onTopic.filter((s) => {
          const ages = statedAges(s);
          return ages !== undefined && ages.min <= band.max && ages.max >= band.min;
        });
        const count = tally(fits, (s) => provenanceOf(s, 'ages') === 'inferred', unknownAges);
        const cell = { area: area.name, topic: topic.name, band: band.label };
        if (count.all === 0) {
          empty.push({ ...cell, why: whyNone(count, areaTotals[topic.id]), notKnown: notKnownHere(count) });
        } else if (count.self === 0) noSelfReferral.push(cell);
        return count;
      });
    }
  }

  const duplicates: DuplicateGroup[] = [];
  const groupBy = (kind: DuplicateGroup['kind'], key: (s: Service) => string | undefined): void => {
    const groups = new Map<string, Service[]>();
    for (const s of services) {
      const k = key(s);
      if (k) groups.set(k, [...(groups.get(k) ?? []), s]);
    }
    for (const [value, members] of groups) {
      if (members.length > 1) duplicates.push({ kind, value, services: members.map((s) => ref(s, lang)) });
    }
  };
  groupBy('phone', (s) => (s.contact.phone ? normalisePhone(s.contact.phone) : undefined));
  groupBy('email', (s) => s.contact.email?.toLowerCase());
  groupBy('web', (s) => (s.contact.web ? normaliseWeb(s.contact.web) : undefined));
  const refs = services.map((s) => ref(s, lang));
  for (const [i, a] of refs.entries()) {
    for (const b of refs.slice(i + 1)) {
      if (a.organisation !== undefined && a.organisation === b.organisation) continue;
      if (nameSimilarity(a.name, b.name) >= 0.75) {
        duplicates.push({ kind: 'similar name', value: `${a.name} / ${b.name}`, services: [a, b] });
      }
    }
  }

  const stale = services
    .map((s) => ({ ...ref(s, lang), lastReviewed: s.lastReviewed, days: daysBetween(s.lastReviewed, today) }))
    .filter((s) => s.days > period)
    .sort((a, b) => b.days - a.days);
  const noContact = services
    .filter(
      (s) =>
        !s.contact.phone &&
        !s.contact.sms &&
        !s.contact.email &&
        !s.contact.web &&
        !s.contact.form &&
        !s.locations.some((l) => l.address || l.postcode),
    )
    .map((s) => ref(s, lang));

  return {
    partnership: text(feed.partnership.name, lang),
    updated: feed.updated,
    today,
    reviewPeriodDays: period,
    services: services.length,
    topics,
    areas,
    bands: AGE_BANDS,
    counts,
    totals,
    empty,
    noSelfReferral,
    duplicates,
    stale,
    noContact,
    ...valueCounts(services),
    waitsByTopic: topics
      .filter((t) => services.some((s) => s.topics.includes(t.id)))
      .map((t) =>
        waitRow(
          t,
          services.filter((s) => s.topics.includes(t.id) && topicProvenance(s, t.id) !== 'default'),
          lang,
          today,
          period,
        ),
      )
      .sort(byLongest),
    waitsByArea: waitsByArea.sort(byLongest),
    waitsKnown: services.filter((s) => s.wait !== undefined).length,
    waitsStale: services.filter((s) => s.wait && daysBetween(s.wait.updated, today) > period).length,
    ageEnds,
    bridging,
  };
}

/** The sentences that open the waits section, shared by the pages and the command's output. */
export function waitSentences(
  a: Pick<Analysis, 'services' | 'waitsKnown' | 'waitsStale' | 'reviewPeriodDays'>,
): string[] {
  const n = (x: number): string => x.toLocaleString('en-GB');
  const lines = [
    `${n(a.waitsKnown)} of ${n(a.services)} services say how long people usually wait to be seen; ${n(a.services - a.waitsKnown)} say nothing, and the finder never guesses a wait for them (it asks people to check with the service).`,
  ];
  if (a.waitsStale)
    lines.push(
      `${n(a.waitsStale)} ${a.waitsStale === 1 ? 'wait was' : 'waits were'} said more than ${n(a.reviewPeriodDays)} days ago and may no longer be true: \`support-finder-feed validate\` lists them.`,
    );
  return lines;
}

/** A wait row's cells, in the tables' order: services, say how long, typical, longest, say nothing. */
export function waitCells(row: WaitRow): [string, string, string, string, string] {
  const said = row.stale ? `${row.known} (${row.stale} out of date)` : String(row.known);
  return [
    String(row.services),
    said,
    row.medianDays === undefined ? 'no service says' : waitWords(row.medianDays),
    row.longest ? `${waitWords(row.longest.days)}: ${row.longest.service.name}` : '–',
    String(row.services - row.known),
  ];
}

/** What the age-ends section says first: how to read it, and what it leaves out. */
export const AGE_END_INTRO =
  'For each area and topic, the age at which services stop when no service on that topic in that area takes anyone a year older: a young person there reaching that age has nowhere on this topic to go next. Services for ages 16 to 25 ("bridging") carry people across the moves at 16 and 18. Ages 26 and over are outside the feed, so support ending at 25 is not listed.';

/** One age-end gap in plain words, without the area (the lists group by area). */
export function ageEndSentence(e: AgeEnd): string {
  const names = (list: readonly ServiceRef[]): string => list.map((s) => s.name).join(', ');
  const n = e.unknownAges;
  const unknown = n
    ? ` ${n} ${n === 1 ? 'service' : 'services'} on this topic here ${n === 1 ? 'does' : 'do'} not say ${n === 1 ? 'its' : 'their'} ages: ask, as ${n === 1 ? 'it' : 'they'} may carry on.`
    : '';
  const elsewhere = e.elsewhere.length
    ? ` Elsewhere in the partnership: ${names(e.elsewhere)}.`
    : ' Nowhere else in the partnership either.';
  return `${e.topic}: support ends at ${e.endsAt} (${names(e.ending)}); nothing on this topic here from ${e.endsAt + 1}.${elsewhere}${unknown}`;
}
