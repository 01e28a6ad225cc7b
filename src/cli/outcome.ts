/**
 * What an import produced, shared by `import-csv` and `import-hsds`: the feed, every source entry
 * accounted for (in the feed, or skipped with its reason), every default and tidy-up applied, and
 * every source field that was not used. Writing the files and the exit code are the same for both.
 */
import { today as todayDate } from './clean.ts';
import { importStats, type ImportStats } from './infer/stats.ts';
import { toCsv } from './infer/review-sheet.ts';
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
  /** Values left out of services that are in the feed, each naming its row and column (a wait with no date). */
  warnings?: string[];
  /** The review sheet to write, header first: one row per service, kept or left out. */
  sheet?: string[][];
  /** Review-sheet cells that could not be used, each naming its row and column. */
  reviewProblems?: string[];
  /** Where the corrections applied came from, for the report. */
  reviewSource?: string;
  /** Services brought in or left out by the reviewer. */
  reviewedScope?: number;
}

export interface WriteOptions {
  out?: string;
  report?: string;
  reviewOut?: string;
  today?: string;
}

/** Where the review sheet goes unless --review-out says: beside the feed, `feed.review.csv`. */
export function defaultReviewPath(out: string): string {
  return `${out.replace(/\.json$/i, '')}.review.csv`;
}

/** The counts stdout and the report share: values read from text, defaulted and unknown, by field. */
export function statsLines(stats: ImportStats, n: (x: number) => string): string[] {
  const lines: string[] = [];
  const read = stats.fields.filter((f) => f.inferred > 0).map((f) => `${f.label} ${n(f.inferred)}`);
  const defaulted = stats.fields.filter((f) => f.defaulted > 0).map((f) => `${f.label} ${n(f.defaulted)}`);
  const unknown = stats.fields.filter((f) => f.unknown > 0).map((f) => `${f.label} ${n(f.unknown)}`);
  const reviewed = stats.fields.filter((f) => f.reviewed > 0).map((f) => `${f.label} ${n(f.reviewed)}`);
  lines.push(`Read from the text (inferred): ${read.length ? read.join(', ') : 'nothing'}.`);
  lines.push(`Set by a mapping default: ${defaulted.length ? defaulted.join(', ') : 'nothing'}.`);
  lines.push(`Left unknown: ${unknown.length ? unknown.join(', ') : 'nothing'}.`);
  if (reviewed.length) lines.push(`Confirmed or corrected by review: ${reviewed.join(', ')}.`);
  return lines;
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
  const kept = outcome.imported.length;
  // An empty feed would replace a working one with nothing: the report and sheet say what to do instead.
  if (kept > 0) writeText(out, `${JSON.stringify(outcome.feed, null, 2)}\n`);
  const stats = importStats((outcome.feed['services'] as Record<string, unknown>[] | undefined) ?? []);
  const reportPath = options.report ?? out.replace(/\.json$/i, '') + '.import-report.md';
  writeText(reportPath, importReportMarkdown(outcome, validation, stats));
  const sheetPath = options.reviewOut ?? defaultReviewPath(out);
  if (outcome.sheet) writeText(sheetPath, toCsv(outcome.sheet));
  const n = (x: number): string => x.toLocaleString('en-GB');
  const outOfScope = outcome.skipped.filter((s) => s.reason.startsWith('out of scope')).length;
  const lines = [
    kept > 0
      ? `Wrote ${out}: ${n(kept)} ${kept === 1 ? 'service' : 'services'}.`
      : `Kept no services, so ${out} was not written.`,
    `${n(outcome.skipped.length)} source ${outcome.skipped.length === 1 ? 'entry was' : 'entries were'} left out (${n(outOfScope)} out of scope); ${outcome.unmapped.length} source ${outcome.unmapped.length === 1 ? 'field was' : 'fields were'} not used.`,
  ];
  for (const [kind, count] of countByKind(outcome.imported.map((s) => s.defaults)).slice(0, 8)) {
    lines.push(`  ${n(count)} ${count === 1 ? 'service' : 'services'}: ${kind}`);
  }
  if (outcome.sheet) {
    lines.push(...statsLines(stats, n));
    lines.push(
      `Review first: ${n(stats.reviewFirst.length)} ${stats.reviewFirst.length === 1 ? 'service' : 'services'} (no topic, or an unsure reading).`,
    );
    if (outcome.reviewSource) lines.push(`Applied the review sheet ${outcome.reviewSource}.`);
  }
  if (kept > 0) {
    lines.push(
      validation.ok
        ? `The feed is valid (${n(validation.warnings)} ${validation.warnings === 1 ? 'warning' : 'warnings'}).`
        : `The feed has ${n(validation.errors)} errors: run "support-finder-feed validate ${out}" to see them.`,
    );
  }
  lines.push(`Details of everything inferred, defaulted, left out and not used: ${reportPath}`);
  if (outcome.sheet)
    lines.push(
      `Review sheet (open it in a spreadsheet; confirm or correct, then import again with --review ${sheetPath}): ${sheetPath}`,
    );
  const problems = outcome.reviewProblems ?? [];
  const stderr: string[] = [];
  if (problems.length)
    stderr.push(`Some review sheet cells could not be used:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  if (kept === 0) {
    stderr.push(
      `No service was kept, out of ${n(outcome.skipped.length)} in the source. The report lists each with its reason (${reportPath}). ` +
        'To keep them: try --scope all to keep every service; or add a mapping (--mapping) whose terms or scope name your services; ' +
        `or write "include" in the "in scope: confirm or correct" column of ${sheetPath} and import again with --review.`,
    );
  }
  const code = kept > 0 && validation.ok && outcome.skipped.every((s) => s.error !== true) ? 0 : 1;
  return { code, stdout: `${lines.join('\n')}\n`, stderr: stderr.length ? `${stderr.join('\n')}\n` : '', validation };
}
