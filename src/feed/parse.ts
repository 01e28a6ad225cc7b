/**
 * The feed checker: zod's word on every part (first through the checker derived from its schema, so zod
 * runs on faults), a warning per problem. Node tools use parseFeed; the browser readFeed, in slices.
 */
import * as z from 'zod/mini';
import {
  assembleFeed,
  checkVersion,
  serviceKeeper,
  serviceLabel,
  type CheckedService,
  type CheckedEnvelope,
  type ParsedFeed,
} from './assemble.ts';
import { safeParse } from './derive-check.ts';
import { checkList, salvageEntry } from './entries.ts';
import { FeedError, type FeedWarning } from './errors.ts';
import {
  area as areaSchema,
  feedEnvelope,
  partnership as partnershipSchema,
  service as serviceSchema,
  topic as topicSchema,
  urgentContact as urgentContactSchema,
  type Partnership,
} from './schema.ts';
import { finish, inSlices, yieldToPage } from '../schedule/tasks.ts';

export type { Feed, ParsedFeed } from './assemble.ts';

/**
 * Plain words for a validation problem. zod/mini ships without message catalogs (they would cost
 * every phone several kilobytes), so the issue's own data is turned into a short sentence here.
 */
export function issueMessage(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  const blank = typeof input === 'string' && input.trim() === '';
  switch (issue.code) {
    case 'invalid_type':
      return input === undefined ? 'is missing' : `should be ${issue.expected}`;
    case 'too_small':
      if (issue.minimum === 1 && (issue.origin === 'string' || issue.origin === 'array')) return 'is empty';
      return issue.origin === 'array' || issue.origin === 'string'
        ? `needs at least ${String(issue.minimum)} ${issue.origin === 'array' ? 'entries' : 'characters'}`
        : `should be at least ${String(issue.minimum)}`;
    case 'too_big':
      return `should be at most ${String(issue.maximum)}`;
    case 'invalid_format':
      if (blank) return 'is empty';
      if (issue.format === 'url') return 'must start with https://';
      if (issue.format === 'email') return 'is not a valid email address';
      return `is not a valid ${issue.format === 'regex' ? 'value' : issue.format}`;
    case 'invalid_value':
      return `should be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      // Localised text is a union (a string or translations); "missing" and "empty" say more than "no form fits".
      if (input === undefined) return 'is missing';
      if (blank) return 'is empty';
      return unionExpectation(issue.errors) ?? 'is not in a form this field accepts';
    default:
      return issue.message;
  }
}

/**
 * "should be object or "unknown"": what each form of a union wanted, when the value fitted none of
 * them at its root (a value that fitted a form in part is better described as "not in a form").
 */
function unionExpectation(branches: readonly (readonly z.core.$ZodIssue[])[]): string | undefined {
  const wanted: string[] = [];
  for (const [first] of branches) {
    if (!first || first.path.length > 0) return undefined;
    if (first.code === 'invalid_type') wanted.push(first.expected);
    else if (first.code === 'invalid_value') wanted.push(...first.values.map((v) => JSON.stringify(v)));
    else return undefined;
  }
  return wanted.length ? `should be ${[...new Set(wanted)].join(' or ')}` : undefined;
}

function describeIssue(issue: z.core.$ZodIssue): { field: string; message: string } {
  return { field: issue.path.map(String).join('.'), message: issueMessage(issue) };
}

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

/**
 * The envelope by zod, each entry of its lists on its own: a wrong area, topic or urgent contact
 * loses only itself. What cannot be saved (no version, no partnership name) is a FeedError.
 */
export function strictEnvelope(json: unknown): CheckedEnvelope {
  const frame = safeParse(envelopeFrame, json);
  if (!frame.success) {
    const first = frame.error.issues[0];
    const detail = first ? describeIssue(first) : { field: '', message: 'unknown problem' };
    throw new FeedError('shape', `The feed's ${detail.field || 'top level'} is not right: ${detail.message}.`, {
      cause: frame.error,
    });
  }
  const data = frame.data;
  const warnings: FeedWarning[] = [];
  const partnership = checkPartnership(data.partnership, warnings);
  const areas = checkList(areaSchema, data.areas, { lists: ['postcodePrefixes'] }, 'areas', describeIssue);
  const topics = checkList(topicSchema, data.topics, { lists: ['keywords'] }, 'topics', describeIssue);
  const optional = ['phone', 'sms', 'smsBody', 'web', 'ages', 'open247'];
  const urgent = checkList(urgentContactSchema, data.urgentHelp, { optional }, 'urgentHelp', describeIssue);
  warnings.push(...areas.warnings, ...topics.warnings, ...urgent.warnings);
  let urgentHelpMode: 'extend' | 'replace' = 'extend';
  if (data.urgentHelpMode === 'replace') urgentHelpMode = 'replace';
  else if (data.urgentHelpMode !== undefined && data.urgentHelpMode !== 'extend') {
    warnings.push({
      where: 'feed',
      field: 'urgentHelpMode',
      message: 'should be "extend" or "replace"; "extend" is used',
      effect: 'kept',
      section: 'urgentHelp',
    });
  }
  // A feed that lists topics but none usable gets the everyday list rather than no topics at all.
  if (data.topics !== undefined && topics.items.length === 0) {
    warnings.push({
      where: 'topics',
      field: '',
      message: 'no usable topics; the built-in everyday topics are used',
      effect: 'kept',
      section: 'topics',
    });
  }
  return {
    envelope: {
      version: data.version,
      updated: data.updated,
      partnership,
      areas: areas.items,
      ...(topics.items.length > 0 ? { topics: topics.items } : {}),
      ...(data.urgentHelp === undefined ? {} : { urgentHelp: urgent.items }),
      urgentHelpMode,
      services: data.services,
    },
    warnings,
  };
}

/**
 * The partnership's name must be right (it is how people know whose list this is); anything
 * else wrong falls back to its default.
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
  return result.data;
}

/** One listing by zod: the service, or a warning for each problem. */
export function strictService(raw: unknown, index: number): CheckedService {
  const result = safeParse(serviceSchema, raw);
  if (result.success) return { service: result.data, warnings: [] };
  const where = serviceLabel(raw, index);
  const salvaged = withoutBadOptionalFields(raw, result.error.issues);
  const retry = salvaged === undefined ? undefined : safeParse(serviceSchema, salvaged);
  if (retry?.success) {
    return {
      service: retry.data,
      warnings: result.error.issues.map((issue) => {
        const { field, message } = describeIssue(issue);
        return { where, field, message: `${message}, so it is left out`, effect: 'kept' };
      }),
    };
  }
  return { warnings: result.error.issues.map((issue) => ({ where, ...describeIssue(issue), effect: 'skipped' })) };
}

/** Optional parts of a service that can be left out on their own when they are malformed. */
// A wait that cannot be read is no wait: the card then says nothing rather than a guess.
const OPTIONAL_TOP = new Set(['organisation', 'hoursNote', 'cost', 'nextSteps', 'level', 'wait']);

/** The field to leave out for an issue, or undefined when the issue is in a field the service needs. */
export function optionalFieldAt(path: readonly PropertyKey[]): PropertyKey[] | undefined {
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
  // Only the objects on each path are copied: the rest may hold a value nested too deep to clone.
  type Json = Record<PropertyKey, unknown>;
  const shallow = (value: object) => (Array.isArray(value) ? [...(value as unknown[])] : { ...value }) as Json;
  const copy = shallow(raw);
  for (const path of paths as PropertyKey[][]) {
    let parent: Json | undefined = copy;
    for (const key of path.slice(0, -1)) {
      const child: unknown = parent?.[key];
      parent = parent && child && typeof child === 'object' ? (parent[key] = shallow(child)) : undefined;
    }
    if (parent) Reflect.deleteProperty(parent, path[path.length - 1] as PropertyKey);
  }
  return copy;
}

/**
 * The checks of a decoded feed document, pausing after each listing so that readFeed can give the
 * page a turn. The version and the partnership's name must be right or nothing can be shown
 * sensibly; every other part is checked entry by entry so that one mistake never hides the rest.
 * `items`: the listings as texts (see scanJson), each parsed when its turn comes; one that is not
 * JSON is left out on its own.
 */
function* checkFeed(json: unknown, items?: readonly string[]): Generator<void, ParsedFeed> {
  checkVersion(json);
  const { envelope, warnings } = strictEnvelope(json);
  const keeper = serviceKeeper(envelope, warnings);
  const count = items?.length ?? envelope.services.length;
  for (let index = 0; index < count; index++) {
    let raw: unknown = envelope.services[index];
    try {
      if (items) raw = JSON.parse(items[index] as string);
    } catch (cause) {
      const message = `is not valid JSON (${cause instanceof Error ? cause.message : String(cause)})`;
      warnings.push({ where: `services[${index}]`, field: '', message, effect: 'skipped' });
      continue;
    }
    keeper.add(strictService(raw, index), raw, index);
    yield;
  }
  return assembleFeed(envelope, keeper.kept, warnings);
}

/** Checks a decoded feed document in one go. */
export function parseFeed(json: unknown): ParsedFeed {
  return finish(checkFeed(json));
}

/**
 * Checks a decoded feed document as parseFeed does, in slices of `sliceMs` between which the page
 * goes first: a tap waits at most that long, well under the 50 ms that makes a long task. Stops
 * between slices once `signal` aborts (a newer feed replaced this one). `items`: see checkFeed.
 */
export async function readFeed(
  json: unknown,
  {
    signal,
    sliceMs = 16,
    items,
  }: { signal?: AbortSignal | undefined; sliceMs?: number; items?: readonly string[] } = {},
): Promise<ParsedFeed> {
  const parsed = await inSlices(checkFeed(json, items), sliceMs, signal);
  // What shows the feed starts in a task of its own, not at the end of the last slice.
  await yieldToPage();
  return parsed;
}
