/**
 * Fills what a service's source fields leave out from its own text, and says so. Both importers
 * build a service from the fields they read (writing "unknown" where a field is missing), then
 * call `completeFromText`: each inference rule fills only an empty or unknown value, and records
 * `provenance[field] = { from: 'inferred', evidence, confidence }`. What the text does not give
 * either stays unknown or takes the mapping's default, written `{ from: 'default' }`.
 */
import type { Audience, ProvenanceEntry } from '../../feed/schema.ts';
import { UNKNOWN } from '../../feed/vocabulary.ts';
import { inferAges } from './ages.ts';
import { inferAudiences } from './audiences.ts';
import { inferContacts } from './contacts.ts';
import { inferReferral } from './referral.ts';
import { adultTopics, inferTopics } from './topics.ts';

type Json = Record<string, unknown>;

/** The words scope and the report need about one service, beyond its feed fields. */
export interface TextFacts {
  /** The text names children, young people, parents, pupils or schools. */
  young: boolean;
  /** The text names families only ("stroke survivors and their families"). */
  families: boolean;
  /** The text names only adults. */
  adultsOnly: boolean;
  /** Words about who it is for, for the scope reason. */
  audienceEvidence: string[];
  /** Adult-only needs named ("dementia care"), with the words. */
  adultTopics: { label: string; evidence: string }[];
  /**
   * The text says both that people can refer themselves and that they need a referral: a note
   * for the report with the words, since the value is left unknown.
   */
  referralConflict?: string;
}

/** Mapping defaults, used only when neither the source nor the text gives the value. */
export interface Defaults {
  topics?: string[];
  selfReferral?: boolean;
  ages?: { min: number; max: number };
  /**
   * The topics present came from the built-in audience-type table, whose words are broad
   * ("Mental Health" is wellbeing): the text may add more precise ones beside them.
   */
  addToTopics?: boolean;
  /** Topics from broad audience types only, dropped when the text names more precise ones. */
  broadTopics?: readonly string[];
}

function provenance(service: Json): Record<string, ProvenanceEntry> {
  const existing = service['provenance'];
  if (existing && typeof existing === 'object') return existing as Record<string, ProvenanceEntry>;
  const created: Record<string, ProvenanceEntry> = {};
  service['provenance'] = created;
  return created;
}

function inferred(evidence: readonly string[], confidence: number): ProvenanceEntry {
  return {
    from: 'inferred',
    ...(evidence.length ? { evidence: [...evidence] } : {}),
    confidence: Math.round(confidence * 100) / 100,
  };
}

/**
 * Reads the service's name and text (description, eligibility, how to apply) for every value
 * its source left empty, and applies the mapping's defaults to what is still missing. Changes
 * `service` in place; returns what scope needs. `defaultsUsed` gets a line per default applied.
 */
export function completeFromText(
  service: Json,
  text: { name: string; body: string },
  defaults: Defaults,
  defaultsUsed: string[],
): TextFacts {
  const all = `${text.name}\n\n${text.body}`;
  const prov = provenance(service);

  const topics = Array.isArray(service['topics']) ? (service['topics'] as string[]) : [];
  if (topics.length === 0) {
    const found = inferTopics(text.name, text.body);
    if (found.length > 0) {
      service['topics'] = found.map((t) => t.topic);
      prov['topics'] = inferred(
        found.flatMap((t) => t.evidence),
        Math.min(...found.map((t) => t.confidence)),
      );
      for (const t of found) prov[`topics.${t.topic}`] = inferred(t.evidence, t.confidence);
    } else if (defaults.topics?.length) {
      service['topics'] = [...defaults.topics];
      prov['topics'] = { from: 'default' };
      defaultsUsed.push(`topics: none in the source or its text, so ${defaults.topics.join(', ')}`);
    } else service['topics'] = [];
  } else if (defaults.addToTopics) {
    const found = inferTopics(text.name, text.body);
    const broad = (defaults.broadTopics ?? []).filter((t) => !found.some((f) => f.topic === t));
    const kept = found.length > 0 ? topics.filter((t) => !broad.includes(t)) : topics;
    for (const t of found) {
      if (kept.includes(t.topic)) continue;
      kept.push(t.topic);
      prov[`topics.${t.topic}`] = inferred(t.evidence, t.confidence);
    }
    if (kept.length !== topics.length || kept.some((t, i) => t !== topics[i])) {
      service['topics'] = kept;
      const evidence = [...(prov['topics']?.evidence ?? []), ...found.flatMap((f) => f.evidence)];
      prov['topics'] = inferred(evidence, Math.min(...found.map((f) => f.confidence)));
    }
  }

  if (service['ages'] === UNKNOWN || service['ages'] === undefined) {
    const ages = inferAges(all);
    if (ages) {
      service['ages'] = { min: ages.min, max: ages.max };
      prov['ages'] = inferred(ages.evidence, ages.confidence);
    } else if (defaults.ages) {
      service['ages'] = { ...defaults.ages };
      prov['ages'] = { from: 'default' };
      defaultsUsed.push(`ages: none in the source or its text, so ${defaults.ages.min}–${defaults.ages.max}`);
    } else service['ages'] = UNKNOWN;
  }

  const who = inferAudiences(all);
  const audiences = Array.isArray(service['audiences']) ? (service['audiences'] as Audience[]) : [];
  if (audiences.length === 0 && who.audiences.length > 0) {
    service['audiences'] = who.audiences;
    prov['audiences'] = inferred(who.evidence, who.confidence);
  }

  const access = (service['access'] ?? {}) as Json;
  service['access'] = access;
  const referral = inferReferral(all);
  if (access['selfReferral'] === UNKNOWN || access['selfReferral'] === undefined) {
    if (referral.selfReferral !== undefined) {
      access['selfReferral'] = referral.selfReferral;
      prov['access.selfReferral'] = inferred(referral.evidence, referral.confidence);
    } else if (defaults.selfReferral !== undefined) {
      access['selfReferral'] = defaults.selfReferral;
      prov['access.selfReferral'] = { from: 'default' };
      defaultsUsed.push(`self-referral: not in the source or its text, so ${defaults.selfReferral ? 'yes' : 'no'}`);
    } else access['selfReferral'] = UNKNOWN;
  }
  const from = Array.isArray(access['referralFrom']) ? (access['referralFrom'] as string[]) : [];
  if (from.length === 0 && referral.referralFrom.length > 0) {
    access['referralFrom'] = referral.referralFrom;
    prov['access.referralFrom'] = inferred(referral.referrers, 0.6);
  }

  const contact = (service['contact'] ?? {}) as Json;
  service['contact'] = contact;
  const found = inferContacts(text.body);
  for (const key of ['phone', 'email', 'web'] as const) {
    const hit = found[key];
    if (contact[key] === undefined && hit) {
      contact[key] = hit.value;
      prov[`contact.${key}`] = inferred([hit.evidence], 0.9);
    }
  }

  if (Object.keys(prov).length === 0) delete service['provenance'];
  return {
    young: who.young,
    families: who.families,
    adultsOnly: who.adultsOnly,
    audienceEvidence: who.evidence,
    adultTopics: adultTopics(text.name, text.body),
    ...(referral.conflicting
      ? {
          referralConflict: `self-referral: the text says both ways (${referral.evidence
            .map((w) => `"${w}"`)
            .join(', ')}), so it is left unknown to check`,
        }
      : {}),
  };
}

const DELIVERY_WORDS: readonly [string, RegExp][] = [
  ['online', /\b(?:online|zoom|teams|virtual(?:ly)?|website|app)\b/i],
  ['video', /\bvideo\s+(?:calls?|chat|sessions?)\b/i],
  [
    'phone',
    /\b(?:(?:by|over\s+the|on\s+the|and)\s+(?:tele)?phone|(?:tele)?phone\s+(?:counselling|support|line|calls?|appointments?)|helpline|call\s+us)\b/i,
  ],
  ['text', /\b(?:text\s+(?:us|service|line)|sms)\b/i],
  ['chat', /\b(?:web\s?chat|live\s+chat|online\s+chat)\b/i],
  [
    'in-person',
    /\b(?:drop[\s-]?in|face[\s-]to[\s-]face|in\s+person|venue|centre|center|hall|library|clubs?|sessions?\s+at)\b/i,
  ],
  ['group', /\b(?:group\s+sessions?|support\s+groups?|groups?\s+(?:meet|work)|peer\s+groups?)\b/i],
];

/** How a service is offered, from its text ("drop in", "helpline", "online"), with the words. */
export function inferDelivery(text: string): { delivery: string[]; evidence: string[] } {
  const delivery: string[] = [];
  const evidence: string[] = [];
  for (const [value, re] of DELIVERY_WORDS) {
    const m = re.exec(text);
    if (m) {
      delivery.push(value);
      evidence.push(m[0]);
    }
  }
  return { delivery, evidence };
}
