/** The Markdown report an import writes beside the feed: what was inferred, defaulted, left out and not used. */
import type { ImportStats } from './infer/stats.ts';
import { countByKind, type ImportOutcome } from './outcome.ts';
import type { ValidationReport } from './validate.ts';

/** Markdown table cells cannot hold pipes or line breaks. */
export function mdCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

/** What was read from text, defaulted and left unknown, by field, and the services to review first. */
function statsSection(stats: ImportStats, n: (x: number) => string): string[] {
  const lines = [
    '',
    '## Read from the text, defaulted, unknown',
    '',
    'Values the source fields did not give were read from each service’s name and description, with the words that gave them written in the feed (`provenance`) and in the review sheet. Nothing here is shown to people as fact until a person confirms it.',
    '',
    '| Field | Read from the text | Set by a mapping default | Left unknown | Confirmed or corrected by review |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...stats.fields.map(
      (f) => `| ${f.label} | ${n(f.inferred)} | ${n(f.defaulted)} | ${n(f.unknown)} | ${n(f.reviewed)} |`,
    ),
    '',
    '## Review these first',
    '',
  ];
  if (stats.reviewFirst.length === 0) lines.push('None: every service has a topic and no unsure reading.');
  else {
    lines.push(
      `${n(stats.reviewFirst.length)} services have no topic or a reading the tool is unsure of.`,
      '',
      '| Id | Name | Why |',
      '| --- | --- | --- |',
      ...stats.reviewFirst.map((r) => `| ${mdCell(r.id)} | ${mdCell(r.name)} | ${mdCell(r.why)} |`),
    );
  }
  return lines;
}

export function importReportMarkdown(
  outcome: ImportOutcome,
  validation: ValidationReport,
  stats?: ImportStats,
): string {
  const n = (x: number): string => x.toLocaleString('en-GB');
  const { imported, skipped, unmapped } = outcome;
  const lines: string[] = [
    `# Import report`,
    '',
    `From ${outcome.kind} source \`${outcome.input}\`.`,
    '',
    `- **${n(imported.length)}** services are in the feed.`,
    `- **${n(skipped.length)}** source entries are not in the feed (listed below with the reason), **${n(
      skipped.filter((s) => s.reason.startsWith('out of scope')).length,
    )}** of them as out of scope.`,
    `- **${n(imported.filter((s) => s.defaults.length > 0).length)}** services have at least one value set by a default, not by the source. Check these with the provider.`,
    `- **${n(unmapped.length)}** source fields were not used.`,
    `- The feed is ${validation.ok ? '**valid**' : `**not valid** (${n(validation.errors)} errors)`} with ${n(validation.warnings)} warnings; run \`support-finder-feed validate\` on it for the details.`,
  ];
  if (imported.length === 0) {
    lines.push(
      '',
      '**No service was kept.** To keep them: import again with `--scope all`; or write a mapping whose `terms` or `scope` name your services; or write `include` in the review sheet’s “in scope: confirm or correct” column and import again with `--review`.',
    );
  }
  if (outcome.reviewSource) lines.push(`- Corrections were applied from the review sheet \`${outcome.reviewSource}\`.`);
  if (outcome.notes.length > 0) {
    lines.push('', '## About the source as a whole', '', ...outcome.notes.map((note) => `- ${note}`));
  }
  if (outcome.reviewProblems?.length) {
    lines.push('', '## Review sheet cells not used', '', ...outcome.reviewProblems.map((p) => `- ${p}`));
  }
  if (stats) lines.push(...statsSection(stats, n));
  const defaults = countByKind(imported.map((s) => s.defaults));
  const tidied = countByKind(imported.map((s) => s.tidied));
  lines.push('', '## Defaults applied', '');
  if (defaults.length === 0) lines.push('None: every value came from the source.');
  else {
    lines.push(
      '| Default | Services |',
      '| --- | ---: |',
      ...defaults.map(([kind, count]) => `| ${mdCell(kind)} | ${n(count)} |`),
    );
  }
  lines.push('', '## Values tidied or left out', '');
  if (tidied.length === 0) lines.push('None.');
  else {
    lines.push(
      '| What | Services |',
      '| --- | ---: |',
      ...tidied.map(([kind, count]) => `| ${mdCell(kind)} | ${n(count)} |`),
    );
  }
  lines.push(
    '',
    '## Not in the feed',
    '',
    'Every source entry left out, with the reason. Out of scope uses the rule in data-schema/README.md; `--scope all` keeps them all.',
    '',
  );
  if (skipped.length === 0) lines.push('Every source entry is in the feed.');
  else {
    lines.push(
      '| Where in the source | Id | Name | Reason |',
      '| --- | --- | --- | --- |',
      ...skipped.map(
        (s) =>
          `| ${mdCell(s.source)} | ${mdCell(s.id ?? '')} | ${mdCell(s.name ?? '(no name)')} | ${mdCell(s.reason)} |`,
      ),
    );
  }
  lines.push('', '## Source fields not used', '');
  if (unmapped.length === 0) lines.push('None.');
  else {
    lines.push(
      'Nothing in the feed comes from these fields. Values are not shown here, as some hold personal details.',
      '',
      '| Field | Entries that have it |',
      '| --- | ---: |',
      ...unmapped.map((u) => `| \`${mdCell(u.field)}\` | ${n(u.count)} |`),
    );
  }
  lines.push('', '## Every service in the feed', '');
  lines.push(
    '| Where in the source | Id | Name | Defaults applied | Tidied or left out |',
    '| --- | --- | --- | --- | --- |',
    ...imported.map(
      (s) =>
        `| ${mdCell(s.source)} | ${mdCell(s.id)} | ${mdCell(s.name)} | ${mdCell(s.defaults.join('; ') || '–')} | ${mdCell(
          s.tidied.join('; ') || '–',
        )} |`,
    ),
  );
  return `${lines.join('\n')}\n`;
}
