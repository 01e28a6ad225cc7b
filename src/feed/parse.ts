/**
 * The strict feed parser: zod's word on every part, with a warning for each problem. Node tools
 * and the npm build use it directly; in the browser it is a lazily loaded file that read.ts
 * fetches only when the quick checker finds something to report.
 */
import * as z from 'zod/mini';
import { assembleFeed, checkVersion, serviceLabel, type CheckedService, type ParsedFeed } from './assemble.ts';
import { DEFAULT_TOPICS } from './default-topics.ts';
import { FeedError } from './errors.ts';
import { quickEnvelope, quickService } from './fast-check.ts';
import { feedEnvelope, service as serviceSchema, type FeedEnvelope } from './schema.ts';

export type { CheckedService, Feed, ParsedFeed } from './assemble.ts';

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

/** The envelope by zod, or a FeedError naming its first problem. */
export function strictEnvelope(json: unknown): FeedEnvelope {
  const envelope = feedEnvelope.safeParse(json, { reportInput: true });
  if (envelope.success) return envelope.data;
  const first = envelope.error.issues[0];
  const detail = first ? describeIssue(first) : { field: '', message: 'unknown problem' };
  throw new FeedError('shape', `The feed's ${detail.field || 'top level'} is not right: ${detail.message}.`, {
    cause: envelope.error,
  });
}

/** One listing by zod: the service, or a warning for each problem. */
export function strictService(raw: unknown, index: number): CheckedService {
  const result = serviceSchema.safeParse(raw, { reportInput: true });
  if (result.success) return { service: result.data, warnings: [] };
  const where = serviceLabel(raw, index);
  return { warnings: result.error.issues.map((issue) => ({ where, ...describeIssue(issue), effect: 'skipped' })) };
}

/**
 * Checks a decoded feed document. The envelope (version, partnership, areas…) must be right or
 * nothing can be shown sensibly; services are checked one at a time so that one mistake in a
 * listing never hides the others. The quick checker goes first; zod judges whatever it defers.
 */
export function parseFeed(json: unknown): ParsedFeed {
  checkVersion(json);
  const envelope = quickEnvelope(json) ?? strictEnvelope(json);
  const checked = envelope.services.map((raw, index) => {
    const service = quickService(raw);
    return service ? { service, warnings: [] } : strictService(raw, index);
  });
  return assembleFeed(envelope, checked, DEFAULT_TOPICS);
}
