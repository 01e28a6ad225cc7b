/**
 * Counts for the officer: how many values of each field were read from text, defaulted, left
 * unknown or reviewed, and which services to review first (no topic, or a reading below 0.6).
 */
import type { ProvenanceEntry } from '../../feed/schema.ts';
import { UNKNOWN } from '../../feed/vocabulary.ts';

type Json = Record<string, unknown>;

/** Fields counted, by provenance key, with plain names. */
const COUNTED: readonly [string, string][] = [
  ['topics', 'topics'],
  ['ages', 'ages'],
  ['audiences', 'who it is for'],
  ['access.selfReferral', 'self-referral'],
  ['access.referralFrom', 'who refers'],
  ['contact.phone', 'phone'],
  ['contact.email', 'email'],
  ['contact.web', 'web address'],
  ['areas', 'areas'],
  ['wait', 'wait'],
];

export interface FieldCounts {
  field: string;
  label: string;
  inferred: number;
  defaulted: number;
  reviewed: number;
  unknown: number;
}

export interface ImportStats {
  fields: FieldCounts[];
  /** Ids of services to review first, with why. */
  reviewFirst: { id: string; name: string; why: string }[];
}

/** Below this, an inferred value is a guess worth a person's look first. */
const LOW_CONFIDENCE = 0.6;

function isUnknown(service: Json, key: string): boolean {
  switch (key) {
    case 'topics':
      return !Array.isArray(service['topics']) || service['topics'].length === 0;
    case 'ages':
    case 'areas':
      return service[key] === UNKNOWN || service[key] === undefined;
    case 'access.selfReferral':
      return (service['access'] as Json | undefined)?.['selfReferral'] === UNKNOWN;
    case 'wait':
      return service['wait'] === undefined;
    default:
      return false;
  }
}

function nameOf(service: Json): string {
  const name = service['name'];
  return typeof name === 'string' ? name : String(Object.values((name ?? {}) as Json)[0] ?? service['id']);
}

export function importStats(services: readonly Json[]): ImportStats {
  const fields = COUNTED.map(([field, label]) => ({
    field,
    label,
    inferred: 0,
    defaulted: 0,
    reviewed: 0,
    unknown: 0,
  }));
  const reviewFirst: ImportStats['reviewFirst'] = [];
  for (const service of services) {
    const prov = (service['provenance'] ?? {}) as Record<string, ProvenanceEntry>;
    for (const counts of fields) {
      const from = prov[counts.field]?.from;
      if (from === 'inferred') counts.inferred++;
      else if (from === 'default') counts.defaulted++;
      else if (from === 'reviewed') counts.reviewed++;
      if (from !== 'reviewed' && isUnknown(service, counts.field)) counts.unknown++;
    }
    const low = Object.entries(prov)
      .filter(([, e]) => e.from === 'inferred' && (e.confidence ?? 1) < LOW_CONFIDENCE)
      .map(([k]) => k);
    const why: string[] = [];
    if (isUnknown(service, 'topics') && prov['topics']?.from !== 'reviewed') why.push('no topic');
    if (low.length) why.push(`unsure reading of ${low.join(', ')}`);
    if (why.length) reviewFirst.push({ id: String(service['id']), name: nameOf(service), why: why.join('; ') });
  }
  return { fields, reviewFirst };
}
