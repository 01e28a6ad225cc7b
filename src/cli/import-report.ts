/** The Markdown report an import writes beside the feed: what was defaulted, skipped and not used. */
import { countByKind, type ImportOutcome } from './outcome.ts';
import type { ValidationReport } from './validate.ts';

/** Markdown table cells cannot hold pipes or line breaks. */
export function mdCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

export function importReportMarkdown(outcome: ImportOutcome, validation: ValidationReport): string {
  const n = (x: number): string => x.toLocaleString('en-GB');
  const { imported, skipped, unmapped } = outcome;
  const lines: string[] = [
    `# Import report`,
    '',
    `From ${outcome.kind} source \`${outcome.input}\`.`,
    '',
    `- **${n(imported.length)}** services are in the feed.`,
    `- **${n(skipped.length)}** source entries are not in the feed (listed below with the reason).`,
    `- **${n(imported.filter((s) => s.defaults.length > 0).length)}** services have at least one value set by a default, not by the source. Check these with the provider.`,
    `- **${n(unmapped.length)}** source fields were not used.`,
    `- The feed is ${validation.ok ? '**valid**' : `**not valid** (${n(validation.errors)} errors)`} with ${n(validation.warnings)} warnings; run \`support-finder-feed validate\` on it for the details.`,
  ];
  if (outcome.notes.length > 0) {
    lines.push('', '## About the source as a whole', '', ...outcome.notes.map((note) => `- ${note}`));
  }
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
  lines.push('', '## Not in the feed', '');
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
