/**
 * What an import produced, shared by `import-csv` and `import-hsds`: the feed, every source entry
 * accounted for (in the feed, or skipped with its reason), every default and tidy-up applied, and
 * every source field that was not used. Writing the files and the exit code are the same for both.
 */
import { today as todayDate } from './clean.ts';
import { writeText } from './io.ts';
import { importReportMarkdown } from './import-report.ts';
import { validateJson, type CommandResult, type ValidationReport } from './validate.ts';

/** One service that made it into the feed, with where it came from and what was changed. */
export interface ImportedService {
  /** Where in the source: "row 5", "services[3]", "page 2, content[7]". */
  source: string;
  id: string;
  name: string;
  /** Values the source did not give, so a default was used. Also written on the service as importWarnings. */
  defaults: string[];
  /** Values that were tidied or left out because they were unusable (a placeholder email, say). */
  tidied: string[];
}

/** A source entry that is not in the feed, and why. */
export interface SkippedEntry {
  source: string;
  id?: string;
  name?: string;
  reason: string;
  /** True when the officer must fix the source (a CSV row with a mistake), not just note it. */
  error?: boolean;
}

/** A source field that nothing in the feed comes from; names only, never values (they may be personal). */
export interface UnmappedField {
  field: string;
  count: number;
}

export interface ImportOutcome {
  kind: 'CSV' | 'Open Referral / HSDS';
  input: string;
  feed: Record<string, unknown>;
  imported: ImportedService[];
  skipped: SkippedEntry[];
  unmapped: UnmappedField[];
  /** Problems with the input as a whole (a missing column, an unreadable mapping). */
  notes: string[];
}

export interface WriteOptions {
  out?: string;
  report?: string;
  today?: string;
}

/** A note's kind: its wording with the quoted source values taken out, so alike notes count together. */
export function noteKind(note: string): string {
  return note.replace(/"[^"]*"/g, '"…"');
}

/** Counts how many services each kind of default or tidy-up touched, most first. */
export function countByKind(lists: readonly (readonly string[])[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const list of lists) {
    for (const kind of new Set(list.map(noteKind))) {
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]);
}

/** Writes the feed and the report, validates the feed, and says in a few lines what happened. */
export function finishImport(
  outcome: ImportOutcome,
  options: WriteOptions,
): CommandResult & { validation: ValidationReport } {
  const out = options.out ?? 'feed.json';
  const validation = validateJson(outcome.feed, out, options.today ?? todayDate());
  writeText(out, `${JSON.stringify(outcome.feed, null, 2)}\n`);
  const reportPath = options.report ?? out.replace(/\.json$/i, '') + '.import-report.md';
  writeText(reportPath, importReportMarkdown(outcome, validation));
  const n = (x: number): string => x.toLocaleString('en-GB');
  const lines = [
    `Wrote ${out}: ${n(outcome.imported.length)} ${outcome.imported.length === 1 ? 'service' : 'services'}.`,
    `${n(outcome.skipped.length)} source ${outcome.skipped.length === 1 ? 'entry was' : 'entries were'} not included; ${
      outcome.unmapped.length
    } source ${outcome.unmapped.length === 1 ? 'field was' : 'fields were'} not used.`,
  ];
  for (const [kind, count] of countByKind(outcome.imported.map((s) => s.defaults)).slice(0, 8)) {
    lines.push(`  ${n(count)} ${count === 1 ? 'service' : 'services'}: ${kind}`);
  }
  lines.push(
    validation.ok
      ? `The feed is valid (${n(validation.warnings)} ${validation.warnings === 1 ? 'warning' : 'warnings'}).`
      : `The feed has ${n(validation.errors)} errors: run "support-finder-feed validate ${out}" to see them.`,
    `Details of everything defaulted, skipped and not used: ${reportPath}`,
  );
  const code = validation.ok && outcome.skipped.every((s) => s.error !== true) ? 0 : 1;
  return { code, stdout: `${lines.join('\n')}\n`, stderr: '', validation };
}
