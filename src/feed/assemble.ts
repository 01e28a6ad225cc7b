/**
 * What every way of checking a feed shares once its parts are checked: the version gate, the
 * labels in warnings, and the final feed (first of each id, known topics and areas). No zod here,
 * so the browser's quick reader and the strict parser build exactly the same feed.
 */
import { DEFAULT_TOPICS } from './default-topics.ts';
import { FeedError, type FeedWarning } from './errors.ts';
import { dialable } from './links.ts';
import type { Area, FeedEnvelope, Partnership, Service, Topic, UrgentContact } from './schema.ts';
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

/** One listing after checking: the service when it passed, and what was wrong when it did not. */
export interface CheckedService {
  service?: Service;
  warnings: FeedWarning[];
}

/** An envelope after the strict checker left out its wrong parts, with a warning for each. */
export interface CheckedEnvelope {
  envelope: FeedEnvelope;
  warnings: FeedWarning[];
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

/**
 * The IANA name the platform knows for `zone`, or undefined. "Europe/Edinburgh", "UK" and
 * "GMT+1" look plausible but are not zones: accepting them would make every later opening-hours
 * calculation throw a RangeError, so they are caught here, once.
 */
export function canonicalTimeZone(zone: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/**
 * The feed from a checked envelope and its listings, checked in the envelope's order; every
 * check a valid schema cannot express (a time zone the platform knows, 999 kept, references
 * that resolve) is made here, so the quick and the strict reader agree.
 */
export function assembleFeed(
  envelope: FeedEnvelope,
  checked: readonly CheckedService[],
  envelopeWarnings: readonly FeedWarning[] = [],
): ParsedFeed {
  const warnings: FeedWarning[] = [...envelopeWarnings];
  const [, minor] = envelope.version.split('.').map(Number);
  if (minor !== undefined && minor > FEED_MINOR_VERSION) {
    warnings.push({
      where: 'feed',
      field: 'version',
      message: `${envelope.version} is newer than this finder (${FEED_MAJOR_VERSION}.${FEED_MINOR_VERSION}); fields it does not know are ignored`,
      effect: 'kept',
      section: 'version',
    });
  }
  const services: Service[] = [];
  const seen = new Set<string>();
  checked.forEach(({ service, warnings: own }, index) => {
    warnings.push(...own);
    if (!service) return;
    if (seen.has(service.id)) {
      const where = serviceLabel(envelope.services[index], index);
      warnings.push({ where, field: 'id', message: 'another service already has this id', effect: 'skipped' });
      return;
    }
    seen.add(service.id);
    services.push(service);
  });

  const topics = envelope.topics ?? [...DEFAULT_TOPICS];
  const { services: _raw, topics: _topics, ...rest } = envelope;
  return {
    feed: {
      ...rest,
      partnership: checkTimeZone(envelope.partnership, warnings),
      ...checkUrgentHelp(envelope.urgentHelp ?? [], envelope.urgentHelpMode, warnings),
      topics,
      services: dropUnknownReferences(services, topics, envelope.areas, warnings),
    },
    warnings,
  };
}

function checkTimeZone(partnership: Partnership, warnings: FeedWarning[]): Partnership {
  const zone = canonicalTimeZone(partnership.timeZone);
  if (zone === partnership.timeZone) return partnership;
  if (!zone) {
    warnings.push({
      where: 'partnership',
      field: 'timeZone',
      message: `"${partnership.timeZone}" is not a time zone name such as "Europe/London"; ${FALLBACK_TIME_ZONE} is used`,
      effect: 'kept',
      section: 'partnership',
    });
  }
  return { ...partnership, timeZone: zone ?? FALLBACK_TIME_ZONE };
}

/**
 * The feed's urgent contacts. `replace` may never leave a person in crisis without a number to
 * ring: a replacement list with no phone line keeps the built-in ones, and 999 is shown whatever
 * the feed says (see `urgentContacts`). A contact with no way to get in touch is left out.
 */
function checkUrgentHelp(
  list: readonly UrgentContact[],
  mode: 'extend' | 'replace',
  warnings: FeedWarning[],
): { urgentHelp: UrgentContact[]; urgentHelpMode: 'extend' | 'replace' } {
  const section = 'urgentHelp';
  const warn = (where: string, message: string, effect: 'kept' | 'skipped') =>
    warnings.push({ where, field: where === 'feed' ? 'urgentHelpMode' : '', message, effect, section });
  const urgentHelp = list.filter((c) => {
    if (c.phone || c.sms || c.web) return true;
    warn(`urgent contact "${c.id}"`, 'has no phone, text or web address to get in touch', 'skipped');
    return false;
  });
  if (mode === 'replace' && !urgentHelp.some((c) => c.phone)) {
    warn('feed', '"replace" would leave no phone line to ring, so the built-in urgent contacts are kept too', 'kept');
    return { urgentHelp, urgentHelpMode: 'extend' };
  }
  if (mode === 'replace' && !urgentHelp.some((c) => c.phone && dialable(c.phone) === '999')) {
    warn('feed', '999 is always shown, even with "replace"', 'kept');
  }
  return { urgentHelp, urgentHelpMode: mode };
}

/**
 * A service's topics and areas must name entries the feed has: an unknown id would show as a
 * raw slug or match nothing. The reference is dropped and the service kept.
 */
function dropUnknownReferences(
  services: Service[],
  topics: readonly Topic[],
  areas: readonly Area[],
  warnings: FeedWarning[],
): Service[] {
  const topicIds = new Set(topics.map((t) => t.id));
  const areaIds = new Set(areas.map((a) => a.id));
  return services.map((service) => {
    const where = `service "${service.id}"`;
    const badTopics = service.topics.filter((t) => !topicIds.has(t));
    const badAreas = service.areas === 'all' ? [] : service.areas.filter((a) => !areaIds.has(a));
    for (const t of badTopics) {
      warnings.push({ where, field: 'topics', message: `unknown topic "${t}" left out`, effect: 'kept' });
    }
    for (const a of badAreas) {
      warnings.push({ where, field: 'areas', message: `unknown area "${a}" left out`, effect: 'kept' });
    }
    if (badTopics.length === 0 && badAreas.length === 0) return service;
    return {
      ...service,
      topics: service.topics.filter((t) => topicIds.has(t)),
      areas: service.areas === 'all' ? 'all' : service.areas.filter((a) => areaIds.has(a)),
    };
  });
}
