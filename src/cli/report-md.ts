/** The gap report as Markdown, for pasting into a paper or an email. */
import {
  AGE_END_INTRO,
  ageEndSentence,
  emptyNote,
  inferredNote,
  NO_COUNT,
  valueSentences,
  waitCells,
  waitSentences,
  whyNone,
  type Analysis,
  type Count,
  type ServiceRef,
} from './analysis.ts';
import { mdCell } from './import-report.ts';

function who(s: ServiceRef): string {
  return `${mdCell(s.name)} (\`${s.id}\`${s.organisation ? `, ${mdCell(s.organisation)}` : ''})`;
}

/** "3 (1 inferred), 2 self", or why nothing is counted. */
function cell(count: Count, total?: Count): string {
  return count.all === 0 ? `**${whyNone(count, total)}**` : `${count.all}${inferredNote(count)}, ${count.self} self`;
}

/** Where the values came from, field by field. */
function valuesTable(a: Analysis): string[] {
  return [
    '| Values | From the source | Reviewed | Read from the text | Mapping default | Unknown |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...[...a.values, { label: 'Other fields (audiences, contact details, groups…)', counts: a.otherValues }].map(
      ({ label, counts: c }) =>
        `| ${mdCell(label)} | ${[c.source, c.reviewed, c.inferred, c.default, c.unknown].join(' | ')} |`,
    ),
  ];
}

/** A table with topics down the side and areas across the top, each cell from `td`. */
function topicByArea(a: Analysis, td: (area: string, topic: string) => string): string[] {
  return [
    `| Topic | ${a.areas.map((area) => mdCell(area.name)).join(' | ')} |`,
    `| --- | ${a.areas.map(() => '---:').join(' | ')} |`,
    ...a.topics.map((t) => `| ${mdCell(t.name)} | ${a.areas.map((area) => td(area.id, t.id)).join(' | ')} |`),
  ];
}

/** Waits by topic or by area, longest first. */
function waitTable(a: Analysis, by: 'topic' | 'area'): string[] {
  const rows = by === 'topic' ? a.waitsByTopic : a.waitsByArea;
  return [
    `| ${by === 'topic' ? 'Topic' : 'Area'} | Services | Say how long | Typical wait (median) | Longest wait | Say nothing |`,
    '| --- | ---: | ---: | --- | --- | ---: |',
    ...rows.map((row) => `| ${[row.name, ...waitCells(row)].map(mdCell).join(' | ')} |`),
  ];
}

/** Where support ends at an age with nothing after, by area, and the bridging services by topic and area. */
function ageEndLines(a: Analysis): string[] {
  const lines = ['', '## Where support ends with nothing after', '', AGE_END_INTRO, ''];
  if (a.ageEnds.length === 0)
    lines.push('None: wherever support on a topic ends before 25, another service carries on.');
  for (const area of a.areas) {
    const here = a.ageEnds.filter((e) => e.area === area.name);
    if (here.length)
      lines.push(`### ${mdCell(area.name)}`, '', ...here.map((e) => `- ${mdCell(ageEndSentence(e))}`), '');
  }
  lines.push(
    '### Bridging services (ages 16 to 25) by topic and area',
    '',
    ...topicByArea(a, (area, topic) => String(a.bridging[area]?.[topic] ?? 0)),
  );
  return lines;
}

export function reportMarkdown(a: Analysis): string {
  const n = (x: number): string => x.toLocaleString('en-GB');
  const cells = a.areas.length * a.topics.length * a.bands.length;
  const lines: string[] = [
    `# Support Finder report: ${mdCell(a.partnership)}`,
    '',
    `Feed updated ${a.updated}; report made ${a.today}. ${n(a.services)} services.`,
    '',
    `- **${n(a.empty.length)}** of ${n(cells)} topic, age and area combinations have **no service counted**${emptyNote(a)}.`,
    `- **${n(a.noSelfReferral.length)}** more have services, but **none people can contact themselves**.`,
    `- **${n(a.duplicates.length)}** ${a.duplicates.length === 1 ? 'group of listings looks' : 'groups of listings look'} like duplicates.`,
    `- **${n(a.stale.length)}** ${a.stale.length === 1 ? 'listing was' : 'listings were'} not reviewed within ${a.reviewPeriodDays} days.`,
    `- **${n(a.noContact.length)}** ${a.noContact.length === 1 ? 'listing has' : 'listings have'} no way to get in touch.`,
    `- **${n(a.waitsKnown)}** of ${n(a.services)} services say how long people wait${a.waitsByTopic[0]?.longest ? `; the longest is **${waitCells(a.waitsByTopic[0])[3]}**` : ''}.`,
    `- **${n(a.ageEnds.length)}** ${a.ageEnds.length === 1 ? 'place where' : 'places where'} support on a topic ends at an age with **nothing after** in the same area.`,
    '',
    '## What is known, and where it came from',
    '',
    ...valueSentences(a).flatMap((line) => [line, '']),
    ...valuesTable(a),
    '',
    'A value from the provider or the source counts as it stands; one read from the text counts too, marked "inferred"; a mapping default never counts (the finder and these tables treat it as unknown). "Other fields" counts only the values the feed says did not come from the source.',
    '',
    '## At a glance: topics in each area, all ages',
    '',
    ...topicByArea(a, (area, topic) => cell(a.totals[area]?.[topic] ?? NO_COUNT)),
    '',
    '## Gaps by area',
    '',
    'Each cell: services for that topic and age band in that area (how many of them were read from the text, if any), then how many people can contact themselves. A cell with no service says why: **none** marks a gap; "ages not known" means services there do not say their ages, so ask them.',
  ];
  for (const area of a.areas) {
    lines.push('', `### ${mdCell(area.name)}`, '', `| Topic | ${a.bands.map((b) => `Ages ${b.label}`).join(' | ')} |`);
    lines.push(`| --- | ${a.bands.map(() => '---:').join(' | ')} |`);
    for (const topic of a.topics) {
      const row = a.counts[area.id]?.[topic.id] ?? [];
      const total = a.totals[area.id]?.[topic.id];
      lines.push(`| ${mdCell(topic.name)} | ${row.map((c) => cell(c, total)).join(' | ')} |`);
    }
  }
  lines.push('', '## Gaps listed', '');
  if (a.empty.length === 0) lines.push('Every topic has a service for every age band in every area.');
  for (const g of a.empty) lines.push(`- ${mdCell(g.area)}: ${mdCell(g.topic)}, ages ${g.band}: ${g.why}`);
  if (a.noSelfReferral.length) {
    lines.push('', 'Only by referral (no service people can contact themselves):', '');
    for (const g of a.noSelfReferral) lines.push(`- ${mdCell(g.area)}: ${mdCell(g.topic)}, ages ${g.band}`);
  }
  lines.push('', '## How long people wait', '', ...waitSentences(a).flatMap((l) => [l, '']));
  lines.push(
    'A typical wait is the middle one of the services that say (half wait less, half more). "Same day" is a drop-in or a line that answers.',
    '',
    '### By topic, longest first',
    '',
    ...waitTable(a, 'topic'),
    '',
    '### By area, longest first',
    '',
    ...waitTable(a, 'area'),
    ...ageEndLines(a),
  );
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
