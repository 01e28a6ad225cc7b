/**
 * What every way of checking a feed shares once its parts are checked: the version gate, the
 * labels in warnings, and the final feed (first of each id, known topics and areas). No zod here,
 * so the browser's quick reader and the strict parser build exactly the same feed.
 */
import { FeedError, type FeedWarning } from './errors.ts';
import type { Area, FeedEnvelope, Partnership, Service, Topic, UrgentContact } from './schema.ts';
import { FEED_MAJOR_VERSION } from './vocabulary.ts';

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
 * The feed from a checked envelope and its listings, checked in the envelope's order.
 * `defaultTopics` is the shipped list, for a feed with none of its own; callers pass it in so
 * the browser fetches it only for such a feed.
 */
export function assembleFeed(
  envelope: FeedEnvelope,
  checked: readonly CheckedService[],
  defaultTopics: readonly Topic[] = [],
): ParsedFeed {
  const warnings: FeedWarning[] = [];
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

  const topics = envelope.topics ?? [...defaultTopics];
  const topicIds = new Set(topics.map((t) => t.id));
  const areaIds = new Set(envelope.areas.map((a) => a.id));
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

  const { services: _raw, topics: _topics, ...rest } = envelope;
  return { feed: { ...rest, urgentHelp: rest.urgentHelp ?? [], topics, services }, warnings };
}
