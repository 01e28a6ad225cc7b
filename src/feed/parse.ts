import * as z from 'zod/mini';
import { DEFAULT_TOPICS } from './default-topics.ts';
import { FeedError, type FeedWarning } from './errors.ts';
import {
  FEED_MAJOR_VERSION,
  feedEnvelope,
  service as serviceSchema,
  type Area,
  type Partnership,
  type Service,
  type Topic,
  type UrgentContact,
} from './schema.ts';

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
  const input = (issue as { input?: unknown }).input;
  const blank = typeof input === 'string' && input.trim() === '';
  switch (issue.code) {
    case 'invalid_type':
      return input === undefined ? `is missing (expected ${issue.expected})` : `should be ${issue.expected}`;
    case 'too_small':
      if (issue.minimum === 1 && (issue.origin === 'string' || issue.origin === 'array')) return 'is empty';
      return issue.origin === 'array' || issue.origin === 'string'
        ? `needs at least ${String(issue.minimum)} ${issue.origin === 'array' ? 'entries' : 'characters'}`
        : `should be at least ${String(issue.minimum)}`;
    case 'too_big':
      return `should be at most ${String(issue.maximum)}`;
    case 'invalid_format':
      if (blank) return 'is empty';
      if (issue.format === 'url') return 'must be a full web address starting with https://';
      if (issue.format === 'email') return 'is not a valid email address';
      return `is not a valid ${issue.format === 'regex' ? 'value' : issue.format}`;
    case 'invalid_value':
      return `should be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      // Localised text is a union (a string or translations); "missing" and "empty" say more than "no form fits".
      if (input === undefined) return 'is missing';
      if (blank) return 'is empty';
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

/** Optional parts of a service that can be left out on their own when they are malformed. */
const OPTIONAL_TOP = new Set(['organisation', 'hoursNote', 'cost', 'nextSteps', 'level']);

/** The field to leave out for an issue, or undefined when the issue is in a field the service needs. */
function optionalFieldAt(path: readonly PropertyKey[]): PropertyKey[] | undefined {
  const [a, b, c] = path;
  if (a === 'contact' && typeof b === 'string') return [a, b];
  if (typeof a === 'string' && OPTIONAL_TOP.has(a)) return [a];
  if (a === 'access' && b === 'howTo') return [a, b];
  // Every field of a location is optional.
  if (a === 'locations' && typeof b === 'number' && typeof c === 'string') return [a, b, c];
  return undefined;
}

/**
 * A copy of the service without its malformed optional fields, so one bad email address or web
 * link never hides a listing that has a good phone number. Undefined when a needed field is wrong.
 */
function withoutBadOptionalFields(raw: unknown, issues: readonly z.core.$ZodIssue[]): unknown {
  const paths = issues.map((issue) => optionalFieldAt(issue.path));
  if (!raw || typeof raw !== 'object' || paths.some((p) => p === undefined)) return undefined;
  const copy = structuredClone(raw) as Record<PropertyKey, unknown>;
  for (const path of paths as PropertyKey[][]) {
    let parent: unknown = copy;
    for (const key of path.slice(0, -1)) parent = (parent as Record<PropertyKey, unknown> | undefined)?.[key];
    const last = path[path.length - 1];
    if (parent && typeof parent === 'object' && last !== undefined) Reflect.deleteProperty(parent, last);
  }
  return copy;
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
  const envelope = feedEnvelope.safeParse(json, { reportInput: true });
  if (!envelope.success) {
    const first = envelope.error.issues[0];
    const detail = first ? describeIssue(first) : { field: '', message: 'unknown problem' };
    throw new FeedError('shape', `The feed's ${detail.field || 'top level'} is not right: ${detail.message}.`, {
      cause: envelope.error,
    });
  }

  const warnings: FeedWarning[] = [];
  const services: Service[] = [];
  const seen = new Set<string>();
  envelope.data.services.forEach((raw, index) => {
    const id = idOf(raw);
    const where = id ? `service "${id}"` : `services[${index}]`;
    let result = serviceSchema.safeParse(raw, { reportInput: true });
    if (!result.success) {
      const salvaged = withoutBadOptionalFields(raw, result.error.issues);
      const retry = salvaged === undefined ? undefined : serviceSchema.safeParse(salvaged, { reportInput: true });
      if (!retry?.success) {
        for (const issue of result.error.issues) {
          warnings.push({ where, ...describeIssue(issue), effect: 'skipped' });
        }
        return;
      }
      for (const issue of result.error.issues) {
        const { field, message } = describeIssue(issue);
        warnings.push({ where, field, message: `${message}, so it is left out`, effect: 'kept' });
      }
      result = retry;
    }
    if (seen.has(result.data.id)) {
      warnings.push({ where, field: 'id', message: 'another service already has this id', effect: 'skipped' });
      return;
    }
    seen.add(result.data.id);
    services.push(result.data);
  });

  const topics = envelope.data.topics ?? [...DEFAULT_TOPICS];
  const topicIds = new Set(topics.map((t) => t.id));
  const areaIds = new Set(envelope.data.areas.map((a) => a.id));
  for (const service of services) {
    const where = `service "${service.id}"`;
    for (const t of service.topics) {
      if (!topicIds.has(t)) warnings.push({ where, field: 'topics', message: `unknown topic "${t}"`, effect: 'kept' });
    }
    if (service.areas !== 'all') {
      for (const a of service.areas) {
        if (!areaIds.has(a)) warnings.push({ where, field: 'areas', message: `unknown area "${a}"`, effect: 'kept' });
      }
    }
  }

  const { services: _raw, topics: _topics, ...rest } = envelope.data;
  return {
    feed: { ...rest, urgentHelp: rest.urgentHelp ?? [], topics, services },
    warnings,
  };
}
