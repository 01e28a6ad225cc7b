/**
 * How useful a real council directory becomes: the realistic ORUK 1.0 export
 * (test/fixtures/realistic/) imported exactly as an officer would, then
 *   (a) every source entry accounted for: imported, left out with a reason, or lost silently;
 *   (b) topic inference precision and recall against the ground truth (in-scope services only);
 *   (c) guided precision at 5 over the persona set, computed as the element computes it.
 * A benchmark, not a test: it exits 0 when targets are missed, and 1 only when services were
 * lost silently.
 *
 *   npm run bench:relevance
 *   npm run bench:relevance -- --verbose      (every persona's top five, every reason)
 *   npm run bench:relevance -- --mapping m.json   (with a mapping, to compare)
 *   npm run bench:relevance -- --oracle           (also on a feed built from the truth: ranking alone)
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { slugId } from '../src/cli/clean.ts';
import { htmlToText } from '../src/cli/html-to-text.ts';
import { run } from '../src/cli/main.ts';
import { DEFAULT_TOPICS } from '../src/feed/default-topics.ts';
import { parseFeed, type Feed } from '../src/feed/parse.ts';
import { prepareFeed } from '../src/feed/prepared.ts';
import type { Answers } from '../src/match/answers.ts';
import { pickText } from '../src/i18n/text.ts';
import type { Truth, TruthEntry } from '../test/fixtures/realistic/generate.ts';
import { PERSONAS, type Persona } from '../test/fixtures/realistic/personas.ts';
import { guidedResults, guidedSearch, type GuidedSearch } from './guided.ts';

const TARGETS = { precision: 0.8, recall: 0.7, p5: 0.7 };
/** A Tuesday afternoon in term time, so opening hours rank the same on every run. */
const NOW = new Date('2026-03-10T15:30:00Z');

const FIXTURES = fileURLToPath(new URL('../test/fixtures/realistic/', import.meta.url));
const EXPORT = join(FIXTURES, 'oruk1-list-export.json');
const TRUTH = join(FIXTURES, 'oruk1-list-export.truth.json');
const verbose = process.argv.includes('--verbose');
/** `--oracle` also scores the personas on a feed built from the truth: the ranking's ceiling. */
const oracle = process.argv.includes('--oracle');
/** `--mapping file.json` imports with a mapping, to compare with the default (none). */
const mappingAt = process.argv.indexOf('--mapping');
const mapping = mappingAt > 0 ? process.argv[mappingAt + 1] : undefined;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const fmt = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? ' n/a' : x.toFixed(2));
const mark = (value: number | undefined, target: number) =>
  value !== undefined && value >= target ? 'met' : 'NOT met';

/** Rows of every Markdown table in a report, as header → cell maps. */
export function markdownTables(markdown: string): Record<string, string>[][] {
  const tables: Record<string, string>[][] = [];
  const lines = markdown.split('\n');
  const cells = (line: string) =>
    line
      .trim()
      .replace(/^\||\|$/g, '')
      .split(/(?<!\\)\|/)
      .map((c) => c.trim().replace(/\\\|/g, '|'));
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!line.trim().startsWith('|') || !/^\s*\|[\s:|-]+\|\s*$/.test(lines[i + 1] ?? '')) continue;
    const header = cells(line);
    const rows: Record<string, string>[] = [];
    for (i += 2; i < lines.length && (lines[i] ?? '').trim().startsWith('|'); i++) {
      const row = cells(lines[i] ?? '');
      rows.push(Object.fromEntries(header.map((h, k) => [h, row[k] ?? ''])));
    }
    tables.push(rows);
  }
  return tables;
}

/** A reason's kind: its wording with quoted values, lists in brackets and numbers taken out. */
function reasonKind(reason: string): string {
  return reason
    .replace(/"[^"]*"/g, '"…"')
    .replace(/\([^)]*\)/g, '(…)')
    .replace(/\d+/g, 'N');
}

/** The entry index in the export from "oruk1-list-export.json content[12]". */
function sourceIndex(where: string | undefined): number | undefined {
  const m = /content?s?\[(\d+)\]/.exec(where ?? '');
  return m ? Number(m[1]) : undefined;
}

/**
 * The topics the feed says a service has, and which of them were inferred, when the feed says so
 * (a `provenance` on the service with entries `from: 'inferred'`; read loosely, as its shape is new).
 */
export function topicsOf(service: Json): { topics: string[]; inferred?: string[] } {
  const topics = Array.isArray(service['topics']) ? service['topics'].filter((t) => typeof t === 'string') : [];
  const provenance = service['provenance'];
  const entries: Json[] = [];
  if (Array.isArray(provenance)) entries.push(...provenance.filter(isObject));
  else if (isObject(provenance)) {
    for (const [field, value] of Object.entries(provenance)) {
      for (const v of Array.isArray(value) ? value : [value]) if (isObject(v)) entries.push({ field, ...v });
    }
  }
  const fieldOf = (e: Json) => [e['field'], e['path'], e['key']].find((v) => typeof v === 'string') ?? '';
  const aboutTopics = entries.filter((e) => /^topics?\b/.test(fieldOf(e)));
  if (aboutTopics.length === 0) return { topics };
  const inferred = new Set<string>();
  for (const e of aboutTopics.filter((x) => x['from'] === 'inferred')) {
    const value = e['value'] ?? e['values'] ?? e['topic'];
    const named = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
    const path = /^topics?\[(\d+)\]$/.exec(fieldOf(e));
    if (named.length) named.forEach((t) => inferred.add(t));
    else if (path) {
      const t = topics[Number(path[1])];
      if (t) inferred.add(t);
    } else topics.forEach((t) => inferred.add(t));
  }
  return { topics, inferred: topics.filter((t) => inferred.has(t)) };
}

/** Whether a listing, by its truth, answers a persona: the right concept, for them, at their age. */
export function isRelevant(truth: TruthEntry | undefined, persona: Persona): boolean {
  if (!truth || !truth.inScope) return false;
  if (!truth.concepts.some((c) => persona.expected.includes(c))) return false;
  const forThem =
    truth.audiences.includes('young-person') ||
    (persona.seeker === 'parent-carer' && truth.audiences.includes('parent-carer')) ||
    (persona.seeker === 'professional' && truth.audiences.includes('professional'));
  if (!forThem || truth.audiences.includes('adults-only')) return false;
  const { min = 0, max = 200 } = truth.ages ?? {};
  return persona.age >= min && persona.age <= max;
}

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows
    .map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/**
 * Each persona's first five guided results on a feed, printed as a table; returns the average
 * precision at 5 (0 for everyone when there is no feed).
 */
function scorePersonas(
  feed: Feed | undefined,
  truthOf: (s: { id: string; name?: unknown }) => TruthEntry | undefined,
): number {
  const services = feed?.services ?? [];
  const prepared = feed && services.length ? prepareFeed(feed) : undefined;
  const searches = new Map<string, GuidedSearch>();
  const truthById = new Map(services.map((s) => [s.id, truthOf({ id: s.id, name: pickText(s.name, ['en']).text })]));
  const available = (persona: Persona) =>
    new Set([...truthById.values()].filter((t) => isRelevant(t, persona)).map((t) => t?.duplicateOf ?? t?.index)).size;
  const rows = [['persona', 'seeker', 'age', 'lang', 'P@5', 'best', 'first five (+ relevant, - not)']];
  let sum = 0;
  for (const persona of PERSONAS) {
    let top: { name: string; relevant: boolean; id: string }[] = [];
    if (prepared && feed) {
      let search = searches.get(persona.lang);
      if (!search) searches.set(persona.lang, (search = guidedSearch(feed, persona.lang)));
      const answers: Answers = {
        seeker: persona.seeker,
        age: persona.age,
        topics: [...persona.topics],
        query: persona.ownWords,
        delivery: [],
      };
      top = guidedResults(prepared, answers, search, NOW)
        .results.slice(0, 5)
        .map((r) => ({
          id: r.service.id,
          name: pickText(r.service.name, ['en']).text,
          relevant: isRelevant(truthById.get(r.service.id), persona),
        }));
    }
    const p5 = top.filter((r) => r.relevant).length / 5;
    sum += p5;
    const names = top.map((r) => `${r.relevant ? '+' : '-'} ${r.name}`);
    const missing = (persona.expectedServiceIds ?? []).filter((id) => !top.some((r) => truthById.get(r.id)?.id === id));
    rows.push([
      persona.id,
      persona.seeker,
      String(persona.age),
      persona.lang,
      p5.toFixed(1),
      (Math.min(5, available(persona)) / 5).toFixed(1),
      top.length === 0
        ? '(no results)'
        : (verbose ? names : names.map((n) => n.slice(0, 38))).join(' | ') +
          (missing.length ? `  (expected listing not in the first five: ${missing.length})` : ''),
    ]);
  }
  console.log(table(rows));
  console.log('\n"best" is what a perfect ranking could score from the services in the feed.');
  return sum / PERSONAS.length;
}

const oracleId = (t: TruthEntry) => `s${t.index}`;

/**
 * The feed a perfect importer would write: the in-scope services only, with their true topics
 * (those the finder knows), ages (0 to 25 when the text gives none), audiences and self-referral.
 * With it, (d) measures the ranking alone.
 */
function oracleFeed(source: Json, truth: Truth): Feed {
  const known = new Set(DEFAULT_TOPICS.map((t) => t.id));
  const entries = source['content'] as Json[];
  const services = truth.services
    .filter((t) => t.inScope && t.duplicateOf === undefined)
    .map((t) => {
      const entry = entries[t.index] ?? {};
      const topics = t.concepts.filter((c) => known.has(c));
      const audiences = t.audiences.filter((a) => a !== 'adults-only');
      return {
        id: oracleId(t),
        name: t.name,
        description: htmlToText(entry['description']) ?? t.name,
        topics: topics.length ? topics : ['wellbeing'],
        ages: { min: t.ages?.min ?? 0, max: t.ages?.max ?? 25 },
        audiences: audiences.length ? audiences : ['young-person'],
        access: { selfReferral: t.selfContact === true },
        contact: {},
        delivery: [
          entry['attending_type'] === 'Phone' ? 'phone' : entry['attending_type'] === 'Online' ? 'online' : 'in-person',
        ],
        areas: 'all',
        lastReviewed: '2026-01-01',
      };
    });
  return parseFeed({ version: '1.0', updated: '2026-01-01', partnership: { name: 'Ashbury (truth)' }, services }).feed;
}

/** One import run as an officer runs it, and every source entry accounted for from its report. */
async function importAndAccount(argv: string[], entries: number, dir: string) {
  mkdirSync(dir, { recursive: true });
  const out = join(dir, 'feed.json');
  const reportPath = join(dir, 'feed.import-report.md');
  const [command = '', input = '', ...rest] = argv;
  const result = await run([command, input, '--out', out, ...rest]);
  let feedJson: unknown;
  try {
    feedJson = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : undefined;
  } catch {
    feedJson = undefined;
  }
  const rawServices =
    isObject(feedJson) && Array.isArray(feedJson['services']) ? feedJson['services'].filter(isObject) : [];
  const report = existsSync(reportPath) ? readFileSync(reportPath, 'utf8') : '';
  const tables = markdownTables(report);
  // Tables of entries (not summaries by reason): a reason beside where, which or what entry.
  const isEntryTable = (t: Record<string, string>[]) =>
    t[0] !== undefined && 'Reason' in t[0] && ['Where in the source', 'Id', 'Name'].some((c) => c in (t[0] ?? {}));
  const leftOutRows = tables.filter(isEntryTable).flat();
  // An entry listed in two tables is still one entry.
  const leftOut = [
    ...new Map(leftOutRows.map((r, i) => [r['Where in the source'] || `${r['Id'] ?? ''}#${i}`, r])).values(),
  ];
  const listedImported = tables.filter((t) => t[0] && !('Reason' in t[0]) && 'Where in the source' in t[0]).flat();
  return {
    code: result.code,
    said: `${result.stdout}${result.stderr}`.trim().split('\n'),
    feedJson,
    rawServices,
    report,
    reportPath,
    leftOut,
    listedImported,
    lost: entries - rawServices.length - leftOut.length,
  };
}

/** The other realistic sources through their importers: counts only, and what a saved page says. */
async function otherSources(dir: string): Promise<number> {
  const count = (file: string, key: string) => {
    const doc = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as Json;
    return Array.isArray(doc[key]) ? doc[key].length : 0;
  };
  const csvRows = (JSON.parse(readFileSync(join(FIXTURES, 'partnership-services.truth.json'), 'utf8')) as Truth)
    .services.length;
  const sources: [string, string[], number][] = [
    [
      'ORUK 3.0 full services',
      ['import-hsds', join(FIXTURES, 'hsds3-full-services.json')],
      count('hsds3-full-services.json', 'contents'),
    ],
    [
      'ORUK 1.0 saved page 1 of 9',
      ['import-hsds', join(FIXTURES, 'oruk1-page-1-of-9.json')],
      count('oruk1-page-1-of-9.json', 'content'),
    ],
    [
      'HSDS 3 saved page 1 of 9',
      ['import-hsds', join(FIXTURES, 'hsds3-page-1-of-9.json')],
      count('hsds3-page-1-of-9.json', 'contents'),
    ],
    ['officer CSV', ['import-csv', join(FIXTURES, 'partnership-services.csv')], csvRows],
  ];
  const rows = [['source', 'in source', 'imported', 'left out', 'lost silently', 'exit code']];
  const pageNotes: string[] = [];
  let lost = 0;
  for (const [label, argv, entries] of sources) {
    const r = await importAndAccount(argv, entries, join(dir, label.replace(/\W+/g, '-')));
    lost += Math.abs(r.lost);
    rows.push([
      label,
      String(entries),
      String(r.rawServices.length),
      String(r.leftOut.length),
      String(r.lost),
      String(r.code),
    ]);
    if (label.includes('page')) {
      const said = r.said.filter((l) => !l.includes(dir) && /\bpages?\b|more services|total/i.test(l));
      pageNotes.push(
        `${label}: ${said.length ? said.join(' / ') : '(the importer says nothing about the other pages)'}`,
      );
    }
  }
  console.log(table(rows));
  console.log(`\n${pageNotes.join('\n')}`);
  return lost;
}

async function main(): Promise<number> {
  const source = JSON.parse(readFileSync(EXPORT, 'utf8')) as Json;
  const truth = JSON.parse(readFileSync(TRUTH, 'utf8')) as Truth;
  const entries = Array.isArray(source['content']) ? source['content'].length : 0;
  if (entries !== truth.services.length) {
    console.error(
      `The truth has ${truth.services.length} entries but the export ${entries}: run npm run fixtures:realistic.`,
    );
    return 1;
  }
  const dir = mkdtempSync(join(tmpdir(), 'bench-relevance-'));

  // (a) The import, as an officer runs it: no mapping, default options.
  console.log(`# Relevance benchmark on ${truth.source} (${entries} entries, seed ${truth.seed})\n`);
  const extra = mapping ? ['--mapping', mapping] : [];
  console.log(`$ support-finder-feed import-hsds ${truth.source} --out feed.json ${extra.join(' ')}`.trimEnd());
  const imported = await importAndAccount(['import-hsds', EXPORT, ...extra], entries, join(dir, 'oruk1'));
  console.log(imported.said.map((l) => `  | ${l}`).join('\n'));
  console.log(`  exit code ${imported.code}\n`);
  const { feedJson, rawServices, leftOut, listedImported, report, reportPath } = imported;
  let lost = imported.lost;

  console.log('## (a) Every source entry accounted for\n');
  const reasons = new Map<string, number>();
  for (const row of leftOut) {
    const kind = reasonKind(row['Reason'] ?? '(no reason given)');
    reasons.set(kind, (reasons.get(kind) ?? 0) + 1);
  }
  console.log(
    table([
      ['services in source', String(entries)],
      ['imported', String(rawServices.length)],
      ['left out, with a reason', String(leftOut.length)],
      ['LOST SILENTLY', `${lost}${lost === 0 ? '' : '   <-- every entry must be imported or listed as left out'}`],
    ]),
  );
  if (!report) console.log(`(no import report was written at ${reportPath}: left-out entries could not be counted)`);
  if (reasons.size) {
    console.log('\nLeft out, by reason:');
    const sorted = [...reasons].sort((a, b) => b[1] - a[1]);
    for (const [reason, count] of verbose ? sorted : sorted.slice(0, 12)) {
      console.log(`  ${String(count).padStart(5)}  ${reason}`);
    }
  }

  // Which source entry each feed service came from: the report's own list, else its id or name.
  const bySlug = new Map(truth.services.map((t) => [slugId(t.id) ?? t.id, t] as const));
  const byName = new Map(truth.services.map((t) => [t.name, t] as const));
  const fromReport = new Map<string, TruthEntry>();
  for (const row of listedImported) {
    const at = sourceIndex(row['Where in the source']);
    const t = at === undefined ? undefined : truth.services[at];
    if (t && row['Id']) fromReport.set(row['Id'], t);
  }
  const truthOf = (service: { id: string; name?: unknown }): TruthEntry | undefined => {
    const t = fromReport.get(service.id) ?? bySlug.get(service.id);
    if (t) return t;
    const name = typeof service.name === 'string' ? service.name : undefined;
    return name === undefined ? undefined : byName.get(name);
  };
  const original = (t: TruthEntry) => t.duplicateOf ?? t.index;

  // (b) Topic inference against the truth, in-scope services only.
  console.log('\n## (b) Topics the feed gives, against the truth (services in scope only)\n');
  const inScope = truth.services.filter((t) => t.inScope && t.duplicateOf === undefined);
  const truthTotal = inScope.reduce((n, t) => n + t.concepts.length, 0);
  const scored = new Set<number>();
  const counts = { all: { tp: 0, predicted: 0 }, inferred: { tp: 0, predicted: 0 } };
  let withProvenance = 0;
  let unmatched = 0;
  for (const service of rawServices) {
    const t = truthOf({ id: String(service['id']), name: service['name'] });
    if (!t) {
      unmatched++;
      continue;
    }
    if (!t.inScope || scored.has(original(t))) continue;
    scored.add(original(t));
    const { topics, inferred } = topicsOf(service);
    const right = (list: string[]) => list.filter((x) => (t.concepts as string[]).includes(x)).length;
    counts.all.tp += right(topics);
    counts.all.predicted += topics.length;
    if (inferred) {
      withProvenance++;
      counts.inferred.tp += right(inferred);
      counts.inferred.predicted += inferred.length;
    }
  }
  const precision = counts.all.predicted ? counts.all.tp / counts.all.predicted : undefined;
  const recall = truthTotal ? counts.all.tp / truthTotal : undefined;
  const rows = [
    ['', 'precision', 'recall', 'right / given / true'],
    [
      'all topics in the feed',
      fmt(precision),
      fmt(recall),
      `${counts.all.tp} / ${counts.all.predicted} / ${truthTotal}`,
    ],
  ];
  if (withProvenance > 0) {
    rows.push([
      'topics marked inferred',
      fmt(counts.inferred.predicted ? counts.inferred.tp / counts.inferred.predicted : undefined),
      fmt(counts.inferred.tp / truthTotal),
      `${counts.inferred.tp} / ${counts.inferred.predicted} / ${truthTotal}`,
    ]);
  }
  rows.push(['target', `≥ ${TARGETS.precision}`, `≥ ${TARGETS.recall}`, '']);
  console.log(table(rows));
  console.log(
    `\n${inScope.length} services are in scope by the truth; ${scored.size} of them are in the feed` +
      (withProvenance ? `, ${withProvenance} with provenance` : '') +
      (unmatched ? `; ${unmatched} feed services matched no source entry` : '') +
      '. Recall counts the in-scope services left out as topics not found.',
  );

  // (c) Guided precision at 5.
  console.log('\n## (c) Guided precision at 5, as the element ranks\n');
  let feed: Feed | undefined;
  try {
    feed = feedJson === undefined ? undefined : parseFeed(feedJson).feed;
  } catch (error) {
    console.log(`The feed could not be read by the finder: ${(error as Error).message}`);
  }
  if (!feed?.services.length) console.log('The imported feed has 0 services, so every persona scores 0.\n');
  const average = scorePersonas(feed, truthOf);

  let ceiling: number | undefined;
  if (oracle) {
    console.log(
      '\n## (d) The same personas on a feed built from the truth: what the ranking does with perfect inference\n',
    );
    const perfect = oracleFeed(source, truth);
    ceiling = scorePersonas(perfect, (s) => truth.services.find((t) => oracleId(t) === s.id));
  }

  console.log('\n## (e) The other realistic sources, accounted for\n');
  const otherLost = await otherSources(dir);
  lost += otherLost;

  console.log('\n## Summary\n');
  console.log(
    table([
      ['measure', 'value', 'target', ''],
      ['services lost silently', String(lost), '0', lost === 0 ? 'met' : 'NOT met'],
      ['topic precision', fmt(precision), `≥ ${TARGETS.precision}`, mark(precision, TARGETS.precision)],
      ['topic recall', fmt(recall), `≥ ${TARGETS.recall}`, mark(recall, TARGETS.recall)],
      [`guided P@5 (${PERSONAS.length} personas)`, fmt(average), `≥ ${TARGETS.p5}`, mark(average, TARGETS.p5)],
      ...(ceiling === undefined ? [] : [['guided P@5 on the truth feed (--oracle)', fmt(ceiling), '', '']]),
    ]),
  );
  rmSync(dir, { recursive: true, force: true });
  return lost === 0 ? 0 : 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main();
}
