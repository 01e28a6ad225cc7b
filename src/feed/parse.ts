import * as z from 'zod/mini';
import { DEFAULT_TOPICS } from './default-topics.ts';
import { canonicalTimeZone, checkList, salvageEntry } from './entries.ts';
import { FeedError, type FeedWarning } from './errors.ts';
import { dialable } from './links.ts';
import {
  area as areaSchema,
  FEED_MAJOR_VERSION,
  FEED_MINOR_VERSION,
  feedEnvelope,
  partnership as partnershipSchema,
  service as serviceSchema,
  topic as topicSchema,
  urgentContact as urgentContactSchema,
  type Area,
  type Partnership,
  type Service,
  type Topic,
  type UrgentContact,
} from './schema.ts';

/**
 * The envelope with its lists and the partnership left open: those are checked entry by entry
 * below, so a wrong area or topic loses only itself.
 */
const envelopeFrame = z.object({
  ...feedEnvelope.def.shape,
  partnership: z.optional(z.unknown()),
  urgentHelp: z.optional(z.unknown()),
  urgentHelpMode: z.optional(z.unknown()),
  areas: z.optional(z.unknown()),
  topics: z.optional(z.unknown()),
});

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

/**
 * Plain words for a validation problem. zod/mini ships without message catalogs (they would cost
 * every phone several kilobytes), so the issue's own data is turned into a short sentence here.
 */
export function issueMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `is missing (expected ${issue.expected})` : `should be ${issue.expected}`;
    case 'too_small':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `needs at least ${String(issue.minimum)} ${issue.origin === 'array' ? 'entries' : 'characters'}`
        : `should be at least ${String(issue.minimum)}`;
    case 'too_big':
      return `should be at most ${String(issue.maximum)}`;
    case 'invalid_format':
      return `is not a valid ${issue.format === 'regex' ? 'value' : issue.format}`;
    case 'invalid_value':
      return `should be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      return 'is not in a form this field accepts';
    default:
      return issue.message;
  }
}

function describeIssue(issue: z.core.$ZodIssue): { field: string; message: string } {
  return { field: issue.path.map(String).join('.'), message: issueMessage(issue) };
}

function idOf(raw: unknown): string | undefined {
  if (raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string' && raw.id.length <= 64) {
    return raw.id;
  }
  return undefined;
}

/**
 * Checks a decoded feed document. The envelope (version, partnership, areas…) must be right or
 * nothing can be shown sensibly; services are checked one at a time so that one mistake in a
 * listing never hides the others.
 */
export function parseFeed(json: unknown): ParsedFeed {
  if (!json || typeof json !== 'object' || Array.isArray(json)) {
    throw new FeedError('shape', 'The feed is not a JSON object, so it cannot be a Support Finder feed.');
  }
  const warnings: FeedWarning[] = [];
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'string' || typeof version === 'number') {
    const [major, minor] = String(version).split('.').map(Number);
    if (major !== FEED_MAJOR_VERSION) {
      throw new FeedError(
        'version',
        `The feed is version ${String(version)}, but this finder reads version ${FEED_MAJOR_VERSION}.x feeds.`,
      );
    }
    if (minor !== undefined && minor > FEED_MINOR_VERSION) {
      warnings.push({
        where: 'feed',
        field: 'version',
        message: `version ${String(version)} is newer than this finder (${FEED_MAJOR_VERSION}.${FEED_MINOR_VERSION}); fields it does not know are ignored`,
        effect: 'kept',
        section: 'version',
      });
    }
  }
  const envelope = envelopeFrame.safeParse(json, { reportInput: true });
  if (!envelope.success) {
    const first = envelope.error.issues[0];
    const detail = first ? describeIssue(first) : { field: '', message: 'unknown problem' };
    throw new FeedError('shape', `The feed's ${detail.field || 'top level'} is not right: ${detail.message}.`, {
      cause: envelope.error,
    });
  }
  const partnership = checkPartnership(envelope.data.partnership, warnings);
  const areas = checkList(areaSchema, envelope.data.areas, { lists: ['postcodePrefixes'] }, 'areas', describeIssue);
  warnings.push(...areas.warnings);
  const ownTopics = checkList(topicSchema, envelope.data.topics, { lists: ['keywords'] }, 'topics', describeIssue);
  warnings.push(...ownTopics.warnings);
  const urgent = checkUrgentHelp(envelope.data.urgentHelp, envelope.data.urgentHelpMode, warnings);

  const services: Service[] = [];
  const seen = new Set<string>();
  envelope.data.services.forEach((raw, index) => {
    const id = idOf(raw);
    const where = id ? `service "${id}"` : `services[${index}]`;
    const result = serviceSchema.safeParse(raw, { reportInput: true });
    if (!result.success) {
      for (const issue of result.error.issues) {
        warnings.push({ where, ...describeIssue(issue), effect: 'skipped' });
      }
      return;
    }
    if (seen.has(result.data.id)) {
      warnings.push({ where, field: 'id', message: 'another service already has this id', effect: 'skipped' });
      return;
    }
    seen.add(result.data.id);
    services.push(result.data);
  });

  // A feed that lists topics but none usable gets the everyday list rather than no topics at all.
  const topics = ownTopics.items.length > 0 ? ownTopics.items : [...DEFAULT_TOPICS];
  if (envelope.data.topics !== undefined && ownTopics.items.length === 0) {
    warnings.push({
      where: 'topics',
      field: '',
      message: 'no usable topics; the built-in everyday topics are used',
      effect: 'kept',
      section: 'topics',
    });
  }
  const kept = dropUnknownReferences(services, new Set(topics.map((t) => t.id)), areas.items, warnings);

  return {
    feed: {
      version: envelope.data.version,
      partnership,
      updated: envelope.data.updated,
      areas: areas.items,
      topics,
      ...urgent,
      services: kept,
    },
    warnings,
  };
}

/**
 * The partnership's name must be right (it is how people know whose list this is); anything
 * else wrong falls back to its default. A time zone is checked against the platform's own list.
 */
function checkPartnership(raw: unknown, warnings: FeedWarning[]): Partnership {
  const optional = ['website', 'feedbackUrl', 'reviewPeriodDays', 'defaultLanguage', 'timeZone'] as const;
  const result = salvageEntry(partnershipSchema, raw, { optional }, 'partnership', describeIssue);
  if (!result.data) {
    const first = result.warnings[0];
    const field = first?.field ? `partnership.${first.field}` : 'partnership';
    throw new FeedError('shape', `The feed's ${field} is not right: ${first?.message ?? 'it is missing'}.`);
  }
  warnings.push(...result.warnings.map((w) => ({ ...w, section: 'partnership' as const })));
  const zone = canonicalTimeZone(result.data.timeZone);
  if (!zone) {
    warnings.push({
      where: 'partnership',
      field: 'timeZone',
      message: `"${result.data.timeZone}" is not a time zone name (for example "Europe/London"); ${FALLBACK_TIME_ZONE} is used`,
      effect: 'kept',
      section: 'partnership',
    });
  }
  return { ...result.data, timeZone: zone ?? FALLBACK_TIME_ZONE };
}

/**
 * The feed's urgent contacts, each checked on its own. `replace` may never leave a person in
 * crisis without a number to ring: a replacement list with no phone line keeps the built-in
 * ones, and 999 is shown whatever the feed says (see `urgentContacts`).
 */
function checkUrgentHelp(
  rawList: unknown,
  rawMode: unknown,
  warnings: FeedWarning[],
): { urgentHelp: UrgentContact[]; urgentHelpMode: 'extend' | 'replace' } {
  const section = 'urgentHelp' as const;
  const optional = ['phone', 'sms', 'smsBody', 'web', 'ages', 'open247'];
  const list = checkList(urgentContactSchema, rawList, { optional }, section, describeIssue);
  warnings.push(...list.warnings);
  const urgentHelp = list.items.filter((c) => {
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
  let mode: 'extend' | 'replace' = 'extend';
  if (rawMode === 'replace') mode = 'replace';
  else if (rawMode !== undefined && rawMode !== 'extend') {
    warnings.push({
      where: 'feed',
      field: 'urgentHelpMode',
      message: 'should be "extend" or "replace"; "extend" is used',
      effect: 'kept',
      section,
    });
  }
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
 * A service's topics and areas must name entries the feed has: an unknown id would show as a
 * raw slug or match nothing. The reference is dropped and the service kept.
 */
function dropUnknownReferences(
  services: Service[],
  topicIds: ReadonlySet<string>,
  areas: readonly Area[],
  warnings: FeedWarning[],
): Service[] {
  const areaIds = new Set(areas.map((a) => a.id));
  return services.map((service) => {
    const where = `service "${service.id}"`;
    const unknownTopics = service.topics.filter((t) => !topicIds.has(t));
    const unknownAreas = service.areas === 'all' ? [] : service.areas.filter((a) => !areaIds.has(a));
    for (const t of unknownTopics) {
      warnings.push({ where, field: 'topics', message: `unknown topic "${t}" left out`, effect: 'kept' });
    }
    for (const a of unknownAreas) {
      warnings.push({ where, field: 'areas', message: `unknown area "${a}" left out`, effect: 'kept' });
    }
    if (unknownTopics.length === 0 && unknownAreas.length === 0) return service;
    return {
      ...service,
      topics: service.topics.filter((t) => topicIds.has(t)),
      areas: service.areas === 'all' ? 'all' : service.areas.filter((a) => areaIds.has(a)),
    };
  });
}
