/**
 * The gap report as one self-contained HTML page: inline styles, no scripts, no fonts or images
 * from anywhere, so it opens offline from an email attachment. The heat map is a real table
 * (caption, header cells with scope) and every cell shows its number, so colour is never the
 * only way to read it.
 */
import {
  AGE_END_INTRO,
  ageEndSentence,
  emptyNote,
  inferredNote,
  NO_COUNT,
  notKnownHere,
  valueSentences,
  waitCells,
  waitSentences,
  whyNone,
  type Analysis,
  type Count,
  type ServiceRef,
} from './analysis.ts';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Heat levels: none, one, a few, several, many. */
function level(count: number): number {
  if (count === 0) return 0;
  if (count === 1) return 1;
  if (count <= 3) return 2;
  if (count <= 6) return 3;
  return 4;
}

/** A count with how much of it was read from the text, or, for none, why: never a bare "none". */
function cell(count: Count, total?: Count): string {
  if (count.all === 0) {
    const why = escapeHtml(whyNone(count, total));
    return notKnownHere(count) ? `<td class="hu">${why}</td>` : `<td class="h0"><strong>${why}</strong></td>`;
  }
  const self =
    count.self === 0 ? '<span class="ref">referral only</span>' : `<span class="self">${count.self} self</span>`;
  return `<td class="h${level(count.all)}">${count.all}${inferredNote(count)}<br>${self}</td>`;
}

/** Where the values came from, field by field. */
function valuesTable(a: Analysis): string {
  const rows = [...a.values, { label: 'Other fields (audiences, contact details, groups…)', counts: a.otherValues }];
  return [
    '<div class="wrap"><table>',
    '<caption>Where values came from</caption>',
    '<thead><tr><th scope="col">Values</th><th scope="col">From the source</th><th scope="col">Reviewed</th><th scope="col">Read from the text</th><th scope="col">Mapping default</th><th scope="col">Unknown</th></tr></thead><tbody>',
    ...rows.map(
      ({ label, counts: c }) =>
        `<tr><th scope="row">${escapeHtml(label)}</th>${[c.source, c.reviewed, c.inferred, c.default, c.unknown]
          .map((x) => `<td>${x}</td>`)
          .join('')}</tr>`,
    ),
    '</tbody></table></div>',
  ].join('');
}

/** Waits by topic or by area, longest first, as a table with a caption. */
function waitTable(a: Analysis, by: 'topic' | 'area'): string {
  const rows = by === 'topic' ? a.waitsByTopic : a.waitsByArea;
  const head = ['Services', 'Say how long', 'Typical wait (median)', 'Longest wait', 'Say nothing'];
  return [
    '<div class="wrap"><table>',
    `<caption>How long people wait, by ${by}, longest first</caption>`,
    `<thead><tr><th scope="col">${by === 'topic' ? 'Topic' : 'Area'}</th>${head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead><tbody>`,
    ...rows.map(
      (row) =>
        `<tr><th scope="row">${escapeHtml(row.name)}</th>${waitCells(row)
          .map((c, i) => `<td${i === 2 || i === 3 ? ' class="words"' : ''}>${escapeHtml(c)}</td>`)
          .join('')}</tr>`,
    ),
    '</tbody></table></div>',
  ].join('');
}

/** Where support ends with nothing after, by area, then the bridging services by topic and area. */
function ageEnds(a: Analysis): string[] {
  const parts = ['<h2 id="age-ends">Where support ends with nothing after</h2>', `<p>${escapeHtml(AGE_END_INTRO)}</p>`];
  if (a.ageEnds.length === 0)
    parts.push('<p>None: wherever support on a topic ends before 25, another service carries on.</p>');
  for (const area of a.areas) {
    const here = a.ageEnds.filter((e) => e.area === area.name);
    if (here.length)
      parts.push(
        `<h3>${escapeHtml(area.name)}</h3>`,
        `<ul class="list">${here.map((e) => `<li>${escapeHtml(ageEndSentence(e))}</li>`).join('')}</ul>`,
      );
  }
  parts.push(
    topicByArea(
      a,
      'Bridging services (ages 16 to 25) by topic and area',
      (area, topic) => `<td>${a.bridging[area]?.[topic] ?? 0}</td>`,
    ),
  );
  return parts;
}

/** A table with topics down the side and areas across the top, each cell from `td`. */
function topicByArea(a: Analysis, caption: string, td: (area: string, topic: string) => string): string {
  return [
    '<div class="wrap"><table>',
    `<caption>${escapeHtml(caption)}</caption>`,
    `<thead><tr><th scope="col">Topic</th>${a.areas.map((area) => `<th scope="col">${escapeHtml(area.name)}</th>`).join('')}</tr></thead><tbody>`,
    ...a.topics.map(
      (topic) =>
        `<tr><th scope="row">${escapeHtml(topic.name)}</th>${a.areas.map((area) => td(area.id, topic.id)).join('')}</tr>`,
    ),
    '</tbody></table></div>',
  ].join('');
}

function who(s: ServiceRef): string {
  return `<strong>${escapeHtml(s.name)}</strong> <code>${escapeHtml(s.id)}</code>${
    s.organisation ? ` · ${escapeHtml(s.organisation)}` : ''
  }`;
}

const STYLE = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #4a4a4a; --line: #c8c8c8; }
* { box-sizing: border-box; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); margin: 0; background: #fff; }
main { max-width: 72rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 2px solid var(--ink); padding-bottom: .25rem; }
h3 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; }
.meta { color: var(--muted); margin: 0 0 1rem; }
.tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: .75rem; margin: 1rem 0; padding: 0; list-style: none; }
.tiles li { border: 1px solid var(--line); border-left: 6px solid #2a6f97; border-radius: 6px; padding: .6rem .8rem; }
.tiles li.alert { border-left-color: #b3261e; }
.tiles b { display: block; font-size: 1.8rem; line-height: 1.1; }
.wrap { overflow-x: auto; }
table { border-collapse: collapse; margin: .5rem 0 1rem; min-width: 32rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid var(--line); padding: .3rem .55rem; vertical-align: top; }
thead th { background: #f2f2f2; }
th[scope=row] { text-align: left; font-weight: 500; background: #fafafa; }
td { text-align: center; min-width: 5.5rem; font-variant-numeric: tabular-nums; }
td.words { text-align: left; }
td .self, td .ref { font-size: .8rem; color: var(--muted); }
td.h0 { background: #fde0dd; color: #8a1c14; outline: 2px dashed #b3261e; outline-offset: -3px; }
td.hu { background: #fff4d6; color: #5c4300; font-size: .85rem; }
td.h1 { background: #e8f1f8; }
td.h2 { background: #c6dcec; }
td.h3 { background: #8fbbd9; }
td.h4 { background: #4f8fbf; color: #fff; }
td.h4 .self, td.h4 .ref { color: #fff; }
.legend { display: flex; flex-wrap: wrap; gap: .5rem; padding: 0; list-style: none; font-size: .9rem; }
.legend span { display: inline-block; width: 1.2rem; height: 1.2rem; vertical-align: middle; border: 1px solid var(--line); margin-right: .3rem; }
ul.list li { margin: .2rem 0; }
code { font-size: .85em; background: #f2f2f2; padding: 0 .2rem; border-radius: 3px; }
@media print { h2 { break-after: avoid; } table { break-inside: avoid; } }
`;

export function reportHtml(a: Analysis): string {
  const n = (x: number): string => x.toLocaleString('en-GB');
  const cells = a.areas.length * a.topics.length * a.bands.length;
  const parts: string[] = [];
  const tile = (value: number, label: string, alert: boolean): string =>
    `<li${alert ? ' class="alert"' : ''}><b>${n(value)}</b>${escapeHtml(label)}</li>`;
  parts.push(
    `<ul class="tiles">`,
    tile(a.services, 'services in the feed', false),
    tile(
      a.empty.length,
      `of ${n(cells)} topic, age and area combinations with no service counted${emptyNote(a)}`,
      a.empty.length > 0,
    ),
    tile(a.noSelfReferral.length, 'combinations reachable only by referral', a.noSelfReferral.length > 0),
    tile(
      a.duplicates.length,
      a.duplicates.length === 1 ? 'group of likely duplicates' : 'groups of likely duplicates',
      a.duplicates.length > 0,
    ),
    tile(a.stale.length, `listings not reviewed within ${a.reviewPeriodDays} days`, a.stale.length > 0),
    tile(a.noContact.length, 'listings with no way to get in touch', a.noContact.length > 0),
    tile(a.services - a.waitsKnown, 'services that say nothing about how long people wait', false),
    tile(a.ageEnds.length, 'places where support on a topic ends at an age with nothing after', a.ageEnds.length > 0),
    `</ul>`,
  );
  parts.push(
    '<h2 id="known">What is known, and where it came from</h2>',
    ...valueSentences(a).map((line) => `<p>${escapeHtml(line)}</p>`),
    valuesTable(a),
    '<p>In the tables, each cell shows how many services cover that topic (and age band) in the area, how many of those were read from the services’ own text (“inferred”), and how many people can contact themselves (“self”). A value the import’s mapping filled in never counts. Cells marked <strong>none</strong> are gaps; a cell that says ages or areas are “not known” has services that may cover it: ask them.</p>',
    '<ul class="legend" aria-label="Colour key">',
    '<li><span style="background:#fde0dd"></span>none</li><li><span style="background:#fff4d6"></span>not known</li><li><span style="background:#e8f1f8"></span>1</li><li><span style="background:#c6dcec"></span>2–3</li><li><span style="background:#8fbbd9"></span>4–6</li><li><span style="background:#4f8fbf"></span>7 or more</li>',
    '</ul>',
  );
  if (a.areas.length > 1) {
    parts.push(
      '<h2 id="overview">At a glance: topics in each area, all ages</h2>',
      topicByArea(a, 'Services by topic and area, all ages', (area, topic) =>
        cell(a.totals[area]?.[topic] ?? NO_COUNT),
      ),
    );
  }
  parts.push('<h2 id="gaps">Gaps: topics by age, in each area</h2>');
  for (const area of a.areas) {
    const gaps = a.topics.reduce(
      (sum, t) => sum + (a.counts[area.id]?.[t.id] ?? []).filter((c) => c.all === 0 && !notKnownHere(c)).length,
      0,
    );
    parts.push(
      `<h3>${escapeHtml(area.name)}</h3>`,
      '<div class="wrap"><table>',
      `<caption>${escapeHtml(area.name)}: services by topic and age band (${n(gaps)} gaps)</caption>`,
      `<thead><tr><th scope="col">Topic</th>${a.bands.map((b) => `<th scope="col">Ages ${escapeHtml(b.label)}</th>`).join('')}</tr></thead><tbody>`,
    );
    for (const topic of a.topics) {
      const row = a.counts[area.id]?.[topic.id] ?? [];
      const total = a.totals[area.id]?.[topic.id];
      parts.push(`<tr><th scope="row">${escapeHtml(topic.name)}</th>${row.map((c) => cell(c, total)).join('')}</tr>`);
    }
    parts.push('</tbody></table></div>');
  }
  const section = (id: string, title: string, items: string[], none: string): void => {
    parts.push(`<h2 id="${id}">${escapeHtml(title)}</h2>`);
    parts.push(
      items.length
        ? `<ul class="list">${items.map((i) => `<li>${i}</li>`).join('')}</ul>`
        : `<p>${escapeHtml(none)}</p>`,
    );
  };
  parts.push(
    '<h2 id="waits">How long people wait</h2>',
    ...waitSentences(a).map((line) => `<p>${escapeHtml(line)}</p>`),
    '<p>A typical wait is the middle one of the services that say (half wait less, half more). “Same day” is a drop-in or a line that answers.</p>',
    waitTable(a, 'topic'),
    waitTable(a, 'area'),
    ...ageEnds(a),
  );
  section(
    'duplicates',
    'Likely duplicates',
    a.duplicates.map(
      (d) => `Same ${escapeHtml(d.kind)} <code>${escapeHtml(d.value)}</code>: ${d.services.map(who).join('; ')}`,
    ),
    'None found.',
  );
  section(
    'stale',
    `Not reviewed within ${a.reviewPeriodDays} days`,
    a.stale.map((s) => `${who(s)}: last reviewed ${escapeHtml(s.lastReviewed)} (${n(s.days)} days ago)`),
    'None.',
  );
  section('no-contact', 'No way to get in touch', a.noContact.map(who), 'None.');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Support Finder report: ${escapeHtml(a.partnership)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Support Finder report</h1>
<p class="meta">${escapeHtml(a.partnership)} · feed updated ${escapeHtml(a.updated)} · report made ${escapeHtml(a.today)}</p>
${parts.join('\n')}
</main>
</body>
</html>
`;
}
