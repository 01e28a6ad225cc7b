/**
 * What `report` measures in a feed: where the gaps are (topics by age bands by areas, for all
 * services and for those people can contact themselves), likely duplicates, listings past their
 * review period, and listings with no way to get in touch. Shared by the Markdown and HTML reports.
 */
import { agesOf, isSelfReferral, listedAreas } from '../feed/known.ts';
import type { Feed } from '../feed/parse.ts';
import type { Service } from '../feed/schema.ts';
import { dialable } from '../feed/links.ts';
import { pickText } from '../i18n/text.ts';
import { daysBetween } from './clean.ts';

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
  all: number;
  /** Services people can contact themselves, without a referral. */
  self: number;
}

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
  empty: { area: string; topic: string; band: string }[];
  noSelfReferral: { area: string; topic: string; band: string }[];
  duplicates: DuplicateGroup[];
  stale: (ServiceRef & { lastReviewed: string; days: number })[];
  noContact: ServiceRef[];
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
  for (const area of areas) {
    const areaCounts: Record<string, Count[]> = {};
    const areaTotals: Record<string, Count> = {};
    counts[area.id] = areaCounts;
    totals[area.id] = areaTotals;
    const here = services.filter((s) => s.areas === 'all' || area.id === 'all' || listedAreas(s).includes(area.id));
    for (const topic of topics) {
      const onTopic = here.filter((s) => s.topics.includes(topic.id));
      areaTotals[topic.id] = { all: onTopic.length, self: onTopic.filter(isSelfReferral).length };
      areaCounts[topic.id] = AGE_BANDS.map((band) => {
        const fits = onTopic.filter((s) => {
          const ages = agesOf(s);
          return ages !== undefined && ages.min <= band.max && ages.max >= band.min;
        });
        const count = { all: fits.length, self: fits.filter(isSelfReferral).length };
        const cell = { area: area.name, topic: topic.name, band: band.label };
        if (count.all === 0) empty.push(cell);
        else if (count.self === 0) noSelfReferral.push(cell);
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

  const period = feed.partnership.reviewPeriodDays;
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
  };
}
