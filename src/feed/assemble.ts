/**
 * The feed from its checked parts: the version gate, the labels in warnings, and the rules that
 * need the whole feed (first of each id, known topics and areas, time zone, urgent help).
 */
import { DEFAULT_TOPICS } from './default-topics.ts';
import { FeedError, type FeedWarning } from './errors.ts';
import { listedAreas } from './known.ts';
import { dialable } from './links.ts';
import type { Area, FeedEnvelope, Partnership, Service, Topic, UrgentContact } from './schema.ts';
import { zoneClock } from '../schedule/open-state.ts';
import { FEED_MAJOR_VERSION, FEED_MINOR_VERSION } from './vocabulary.ts';

/** The zone used when a feed's own is not one the platform knows. */
export const FALLBACK_TIME_ZONE = 'Europe/London';

/** A feed ready for the finder: every service in it passed validation. */
export interface Feed {
  version: string;
  partnership: Partnership;
  updated: string;
  urgentHelp: UrgentContact[];
  urgentHelpMode: 'extend' | 'replace';
  areas: Area[];
  /** The feed's own topics, or the shipped everyday-language list when it has none. */
  topics: Topic[];
  services: Service[];
}

export interface ParsedFeed {
  feed: Feed;
  warnings: FeedWarning[];
}

/** The parts around the listings after checking, with what was dropped or defaulted on the way. */
export interface CheckedEnvelope {
  envelope: FeedEnvelope;
  warnings: FeedWarning[];
}

/** One listing after checking: the service when it passed, and what was wrong when it did not. */
export interface CheckedService {
  service?: Service | undefined;
  warnings: readonly FeedWarning[];
}

/** Refuses what is not a feed object, or a feed of a major version this build cannot read. */
export function checkVersion(json: unknown): asserts json is object {
  if (!json || typeof json !== 'object' || Array.isArray(json)) {
    throw new FeedError('shape', 'The feed is not a JSON object, so it cannot be a Support Finder feed.');
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'string' || typeof version === 'number') {
    const major = Number(String(version).split('.')[0]);
    if (major !== FEED_MAJOR_VERSION) {
      throw new FeedError(
        'version',
        `The feed is version ${String(version)}, but this finder reads version ${FEED_MAJOR_VERSION}.x feeds.`,
      );
    }
  }
}

/** How a warning names a listing: its id when it has a usable one, else its position. */
export function serviceLabel(raw: unknown, index: number): string {
  if (raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string' && raw.id.length <= 64) {
    return `service "${raw.id}"`;
  }
  return `services[${index}]`;
}

/** The feed's own topics, or the shipped everyday-language list when it has none. */
export function topicsOf(envelope: FeedEnvelope): Topic[] {
  return envelope.topics ?? [...DEFAULT_TOPICS];
}

/**
 * The feed from a checked envelope and its services (see serviceKeeper): a time zone the platform
 * does not know falls back to the UK's, and urgent help always keeps a phone line.
 */
export function assembleFeed(
  envelope: FeedEnvelope,
  services: Service[],
  envelopeWarnings: readonly FeedWarning[] = [],
): ParsedFeed {
  const warnings: FeedWarning[] = [...versionWarnings(envelope.version), ...envelopeWarnings];
  const partnership = checkTimeZone(envelope.partnership, warnings);
  const urgent = checkUrgentHelp(envelope.urgentHelp ?? [], envelope.urgentHelpMode, warnings);
  return {
    feed: {
      version: envelope.version,
      partnership,
      updated: envelope.updated,
      areas: envelope.areas,
      topics: topicsOf(envelope),
      ...urgent,
      services,
    },
    warnings,
  };
}

/** A minor version newer than this build's is read, with a word that some fields may be ignored. */
function versionWarnings(version: string): FeedWarning[] {
  const minor = Number(version.split('.')[1]);
  if (!(minor > FEED_MINOR_VERSION)) return [];
  return [
    {
      where: 'feed',
      field: 'version',
      message: `version ${version} is newer than this finder (${FEED_MAJOR_VERSION}.${FEED_MINOR_VERSION}); fields it does not know are ignored`,
      effect: 'kept',
      section: 'version',
    },
  ];
}

/**
 * The IANA name the platform knows for `zone`, or undefined. "Europe/Edinburgh", "UK" and
 * "GMT+1" look plausible but are not zones: accepting them would make every later opening-hours
 * calculation throw a RangeError, so they are caught here, once.
 */
export function canonicalTimeZone(zone: string): string | undefined {
  try {
    // The formatter "open now" uses later: one is made for the zone, not two.
    return zoneClock(zone).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** A time zone is checked against the platform's own list, once, so nothing later throws. */
function checkTimeZone(partnership: Partnership, warnings: FeedWarning[]): Partnership {
  const zone = canonicalTimeZone(partnership.timeZone);
  if (zone === partnership.timeZone) return partnership;
  if (!zone) {
    warnings.push({
      where: 'partnership',
      field: 'timeZone',
      message: `"${partnership.timeZone}" is not a time zone name (for example "Europe/London"); ${FALLBACK_TIME_ZONE} is used`,
      effect: 'kept',
      section: 'partnership',
    });
  }
  return { ...partnership, timeZone: zone ?? FALLBACK_TIME_ZONE };
}

/**
 * The feed's urgent contacts. `replace` may never leave a person in crisis without a number to
 * ring: a replacement list with no phone line keeps the built-in ones, and 999 is shown whatever
 * the feed says (see `urgentContacts`).
 */
function checkUrgentHelp(
  list: readonly UrgentContact[],
  requested: 'extend' | 'replace',
  warnings: FeedWarning[],
): { urgentHelp: UrgentContact[]; urgentHelpMode: 'extend' | 'replace' } {
  const section = 'urgentHelp' as const;
  const urgentHelp = list.filter((c) => {
    if (c.phone || c.sms || c.web) return true;
    warnings.push({
      where: `urgent contact "${c.id}"`,
      field: '',
      message: 'has no phone, text or web address to get in touch',
      effect: 'skipped',
      section,
    });
    return false;
  });
  let mode = requested;
  if (mode === 'replace') {
    if (!urgentHelp.some((c) => c.phone)) {
      warnings.push({
        where: 'feed',
        field: 'urgentHelpMode',
        message: '"replace" would leave no phone line to ring, so the built-in urgent contacts are kept as well',
        effect: 'kept',
        section,
      });
      mode = 'extend';
    } else if (!urgentHelp.some((c) => c.phone && dialable(c.phone) === '999')) {
      warnings.push({
        where: 'feed',
        field: 'urgentHelpMode',
        message: '999 is always shown, even with "replace"',
        effect: 'kept',
        section,
      });
    }
  }
  return { urgentHelp, urgentHelpMode: mode };
}

/**
 * The services that passed, taken one at a time in the feed's order (so a large feed is kept in the
 * same slices it is checked in): the first of each id, each naming only known topics and areas.
 * Their warnings go to `warnings`, in that order.
 */
export function serviceKeeper(envelope: FeedEnvelope, warnings: FeedWarning[]) {
  const topicIds = new Set(topicsOf(envelope).map((t) => t.id));
  const areaIds = new Set(envelope.areas.map((a) => a.id));
  const kept: Service[] = [];
  const seen = new Set<string>();
  return {
    kept,
    add({ service, warnings: own }: CheckedService, raw: unknown, index: number): void {
      if (own.length) warnings.push(...own);
      if (!service) return;
      if (seen.has(service.id)) {
        const where = serviceLabel(raw, index);
        warnings.push({ where, field: 'id', message: 'another service already has this id', effect: 'skipped' });
        return;
      }
      seen.add(service.id);
      kept.push(knownReferencesOnly(service, topicIds, areaIds, warnings));
    },
  };
}

/**
 * A service's topics and areas must name entries the feed has: an unknown id would show as a
 * raw slug or match nothing. The reference is dropped and the service kept.
 */
function knownReferencesOnly(
  service: Service,
  topicIds: ReadonlySet<string>,
  areaIds: ReadonlySet<string>,
  warnings: FeedWarning[],
): Service {
  const unknownTopics = service.topics.filter((t) => !topicIds.has(t));
  const unknownAreas = listedAreas(service).filter((a) => !areaIds.has(a));
  if (!unknownTopics.length && !unknownAreas.length) return service;
  const where = `service "${service.id}"`;
  for (const t of unknownTopics) {
    warnings.push({ where, field: 'topics', message: `unknown topic "${t}" left out`, effect: 'kept' });
  }
  for (const a of unknownAreas) {
    warnings.push({ where, field: 'areas', message: `unknown area "${a}" left out`, effect: 'kept' });
  }
  return {
    ...service,
    topics: service.topics.filter((t) => topicIds.has(t)),
    areas: Array.isArray(service.areas) ? service.areas.filter((a) => areaIds.has(a)) : service.areas,
  };
}
