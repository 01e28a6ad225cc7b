/**
 * The last steps both importers share, once every source entry is a candidate service: apply
 * the review sheet's corrections, decide scope (the mapping's rule, the built-in rule or
 * `--scope all`, then the reviewer's include/exclude), and account for every entry as kept or
 * left out with a reason, on the next review sheet as well as in the report.
 */
import { agesOf } from '../../feed/known.ts';
import type { Service } from '../../feed/schema.ts';
import type { ImportedService, ImportOutcome, SkippedEntry } from '../outcome.ts';
import type { TextFacts } from './complete.ts';
import {
  applyCorrection,
  goneRow,
  reviewHeader,
  reviewRow,
  scopeChoice,
  type Correction,
  type ReadSheet,
} from './review-sheet.ts';
import { decideScope, type ScopeDecision } from './scope.ts';
import { readWait, type WaitReading } from '../wait.ts';

type Json = Record<string, unknown>;

/** A source entry built into a service, before scope and review. */
export interface Candidate {
  source: string;
  id: string;
  name: string;
  service: Json;
  facts: TextFacts;
  youngTypes: string[];
  adultTypes: { type: string; label: string }[];
  /** The mapping's own scope rule, when it has one; it replaces the built-in rule. */
  mappingScope?: ScopeDecision;
  defaults: string[];
  tidied: string[];
  /** Source words about waiting that are not in the service's texts (HSDS 3.0 `wait_time`). */
  waitText?: string;
}

export interface SettleOptions {
  /** `--scope all`: keep every service. */
  scopeAll: boolean;
  review?: ReadSheet | undefined;
  /** Who reviewed, when the sheet has no reviewer: its file name and date. */
  reviewedBy: string;
  reviewSource: string;
}

export interface Settled {
  services: Json[];
  imported: ImportedService[];
  skipped: SkippedEntry[];
  sheet: string[][];
  /** Bad review cells and review rows that could not be used, each naming row and column. */
  reviewProblems: string[];
  /** Services the reviewer brought in or left out. */
  reviewedScope: number;
}

/** The parts of an import's outcome that settling gives, the same for both importers. */
export function settledOutcome(
  settled: Settled,
  options: SettleOptions,
): Pick<ImportOutcome, 'imported' | 'skipped' | 'sheet' | 'reviewProblems' | 'reviewSource' | 'reviewedScope'> {
  return {
    imported: settled.imported,
    skipped: settled.skipped,
    sheet: settled.sheet,
    reviewProblems: settled.reviewProblems,
    ...(options.reviewSource ? { reviewSource: options.reviewSource } : {}),
    reviewedScope: settled.reviewedScope,
  };
}

/** Every language's text of a feed value, or nothing. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return value && typeof value === 'object' ? Object.values(value).filter((v) => typeof v === 'string') : [];
}

/**
 * What the service's own words say about its wait, for the review sheet only. The feed's wait
 * comes from the source or a person; a reading of the text is a suggestion until confirmed.
 */
function suggestWait(c: Candidate): WaitReading | undefined {
  const s = c.service;
  const access = s['access'] && typeof s['access'] === 'object' ? (s['access'] as Json)['howTo'] : undefined;
  const words = [
    ...texts(s['name']),
    ...texts(s['description']),
    ...texts(access),
    ...texts(s['hoursNote']),
    c.waitText ?? '',
  ];
  return readWait(words.join('\n\n'));
}

/** Every candidate kept or left out, and every hard skip, with the review sheet to write next. */
export function settle(
  candidates: readonly Candidate[],
  hardSkips: readonly SkippedEntry[],
  options: SettleOptions,
): Settled {
  const corrections = options.review?.corrections ?? new Map<string, Correction>();
  const reviewProblems = [...(options.review?.problems ?? [])];
  const used = new Set<string>();
  const out: Settled = {
    services: [],
    imported: [],
    skipped: [],
    sheet: [reviewHeader()],
    reviewProblems,
    reviewedScope: 0,
  };
  for (const c of candidates) {
    const correction = corrections.get(c.id);
    const suggestion = suggestWait(c);
    if (correction) {
      used.add(c.id);
      reviewProblems.push(
        ...applyCorrection(
          c.service,
          correction,
          correction.reviewer ?? options.reviewedBy,
          options.reviewSource,
          suggestion,
        ),
      );
    }
    let decision: ScopeDecision = options.scopeAll
      ? { keep: true, reason: 'kept: --scope all keeps every service' }
      : (c.mappingScope ??
        decideScope({
          ages: agesOf(c.service as Pick<Service, 'ages'>),
          topics: (c.service['topics'] as string[] | undefined) ?? [],
          young: c.facts.young,
          families: c.facts.families,
          adultsOnly: c.facts.adultsOnly,
          audienceEvidence: c.facts.audienceEvidence,
          adultTopics: c.facts.adultTopics,
          youngTypes: c.youngTypes,
          adultTypes: c.adultTypes,
        }));
    const choice = scopeChoice(correction);
    const by = correction?.reviewer ?? options.reviewedBy;
    if (choice === 'include' && !decision.keep) {
      decision = { keep: true, reason: `included by review (${by}); the rule said: ${decision.reason}` };
      out.reviewedScope++;
    } else if (choice === 'exclude' && decision.keep) {
      decision = { keep: false, reason: `left out by review (${by})` };
      out.reviewedScope++;
    }
    out.sheet.push(
      reviewRow(
        c.service,
        { id: c.id, name: c.name, kept: decision.keep, reason: decision.reason, inScope: decision.keep },
        correction,
        suggestion,
      ),
    );
    if (!decision.keep) {
      out.skipped.push({ source: c.source, id: c.id, name: c.name, reason: `out of scope: ${decision.reason}` });
      continue;
    }
    const service = c.service;
    const prov = service['provenance'];
    if (prov && typeof prov === 'object' && Object.keys(prov).length === 0) delete service['provenance'];
    if (c.defaults.length) service['importWarnings'] = c.defaults;
    out.services.push(service);
    out.imported.push({ source: c.source, id: c.id, name: c.name, defaults: c.defaults, tidied: c.tidied });
  }
  for (const s of hardSkips) {
    out.skipped.push(s);
    const id = s.id ?? s.source;
    const correction = corrections.get(id);
    if (correction) {
      used.add(id);
      if (scopeChoice(correction) === 'include')
        reviewProblems.push(`${options.reviewSource} row ${correction.row}: "${id}" cannot be included: ${s.reason}.`);
    }
    out.sheet.push(
      reviewRow(undefined, { id, name: s.name ?? '', kept: false, reason: s.reason, inScope: false }, correction),
    );
  }
  for (const correction of corrections.values()) if (!used.has(correction.id)) out.sheet.push(goneRow(correction));
  return out;
}
