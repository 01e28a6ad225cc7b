/** The gap report as Markdown, for pasting into a paper or an email. */
import type { Analysis, ServiceRef } from './analysis.ts';
import { mdCell } from './import-report.ts';

function who(s: ServiceRef): string {
  return `${mdCell(s.name)} (\`${s.id}\`${s.organisation ? `, ${mdCell(s.organisation)}` : ''})`;
}

export function reportMarkdown(a: Analysis): string {
  const n = (x: number): string => x.toLocaleString('en-GB');
  const cells = a.areas.length * a.topics.length * a.bands.length;
  const lines: string[] = [
    `# Support Finder report: ${mdCell(a.partnership)}`,
    '',
    `Feed updated ${a.updated}; report made ${a.today}. ${n(a.services)} services.`,
    '',
    `- **${n(a.empty.length)}** of ${n(cells)} topic, age and area combinations have **no service at all**.`,
    `- **${n(a.noSelfReferral.length)}** more have services, but **none people can contact themselves**.`,
    `- **${n(a.duplicates.length)}** ${a.duplicates.length === 1 ? 'group of listings looks' : 'groups of listings look'} like duplicates.`,
    `- **${n(a.stale.length)}** ${a.stale.length === 1 ? 'listing was' : 'listings were'} not reviewed within ${a.reviewPeriodDays} days.`,
    `- **${n(a.noContact.length)}** ${a.noContact.length === 1 ? 'listing has' : 'listings have'} no way to get in touch.`,
    '',
    '## At a glance: topics in each area, all ages',
    '',
    `| Topic | ${a.areas.map((area) => mdCell(area.name)).join(' | ')} |`,
    `| --- | ${a.areas.map(() => '---:').join(' | ')} |`,
    ...a.topics.map((topic) => {
      const cells = a.areas.map((area) => a.totals[area.id]?.[topic.id] ?? { all: 0, self: 0 });
      return `| ${mdCell(topic.name)} | ${cells.map((c) => (c.all === 0 ? '**none**' : `${c.all} (${c.self})`)).join(' | ')} |`;
    }),
    '',
    '## Gaps by area',
    '',
    'Each cell: services for that topic and age band in that area, then (in brackets) how many people can contact themselves. **none** marks a gap.',
  ];
  for (const area of a.areas) {
    lines.push('', `### ${mdCell(area.name)}`, '', `| Topic | ${a.bands.map((b) => `Ages ${b.label}`).join(' | ')} |`);
    lines.push(`| --- | ${a.bands.map(() => '---:').join(' | ')} |`);
    for (const topic of a.topics) {
      const row = a.counts[area.id]?.[topic.id] ?? [];
      lines.push(
        `| ${mdCell(topic.name)} | ${row.map((c) => (c.all === 0 ? '**none**' : `${c.all} (${c.self})`)).join(' | ')} |`,
      );
    }
  }
  lines.push('', '## Gaps listed', '');
  if (a.empty.length === 0) lines.push('Every topic has a service for every age band in every area.');
  for (const g of a.empty) lines.push(`- ${mdCell(g.area)}: ${mdCell(g.topic)}, ages ${g.band}: no service`);
  if (a.noSelfReferral.length) {
    lines.push('', 'Only by referral (no service people can contact themselves):', '');
    for (const g of a.noSelfReferral) lines.push(`- ${mdCell(g.area)}: ${mdCell(g.topic)}, ages ${g.band}`);
  }
  lines.push('', '## Likely duplicates', '');
  if (a.duplicates.length === 0) lines.push('None found.');
  for (const d of a.duplicates) {
    lines.push(`- Same ${d.kind} (${mdCell(d.value)}): ${d.services.map(who).join('; ')}`);
  }
  lines.push('', `## Not reviewed within ${a.reviewPeriodDays} days`, '');
  if (a.stale.length === 0) lines.push('None.');
  for (const s of a.stale) lines.push(`- ${who(s)}: last reviewed ${s.lastReviewed} (${n(s.days)} days ago)`);
  lines.push('', '## No way to get in touch', '');
  if (a.noContact.length === 0) lines.push('None.');
  for (const s of a.noContact) lines.push(`- ${who(s)}`);
  return `${lines.join('\n')}\n`;
}
