/**
 * The review sheet: a CSV a spreadsheet opens (UTF-8 with a byte-order mark, CRLF, every cell
 * quoted) with one row per service, kept or left out. For each value a person should check it
 * shows the value, where it came from, the source's words that gave it, and an empty "confirm or
 * correct" column. Read back with `--review`, a "yes" confirms, a new value replaces, "unknown"
 * clears, and "include"/"exclude" in scope bring a service in or leave it out; each is then
 * marked `reviewed` in the feed and carried to the next sheet, so corrections survive later
 * imports. A bad cell is named by row and column and changes nothing else.
 */
import { parse } from 'csv-parse/sync';
import { AUDIENCES, type ProvenanceEntry, type Wait } from '../../feed/schema.ts';
import { UNKNOWN } from '../../feed/vocabulary.ts';
import { cleanEmail, cleanLine, cleanWeb, isDialable, toIsoDate } from '../clean.ts';
import { parseWaitCell, waitWithDays, type WaitReading } from '../wait.ts';

type Json = Record<string, unknown>;

/** A field a person reviews: its column name and where it lives in the feed. */
export interface ReviewField {
  column: string;
  /** The provenance key, and the path of the value in the service. */
  key: string;
}

const REVIEW_FIELDS: readonly ReviewField[] = [
  { column: 'topics', key: 'topics' },
  { column: 'ages', key: 'ages' },
  { column: 'audiences', key: 'audiences' },
  { column: 'self-referral', key: 'access.selfReferral' },
  { column: 'referral from', key: 'access.referralFrom' },
  { column: 'phone', key: 'contact.phone' },
  { column: 'email', key: 'contact.email' },
  { column: 'web', key: 'contact.web' },
  { column: 'areas', key: 'areas' },
];

/**
 * The wait: Open Referral has no field for it, so it comes only from a person. Beside the usual
 * four columns are two more a person fills in, as a wait is never written without when it was
 * said and who said it. A reading of the service's own words shows in the evidence column as a
 * suggestion, and reaches the feed only when someone confirms it.
 */
const WAIT = 'wait';
const WAIT_DATE = 'wait: date said';
const WAIT_BY = 'wait: who said';

/** The scope column: "yes"/"no" as decided; a reviewer writes "include" or "exclude". */
const SCOPE_COLUMN = 'in scope';

const FIXED = ['id', 'name', 'kept or left out', 'reason', 'reviewer'] as const;

const suffixes = ['', ': from', ': evidence', ': confirm or correct'] as const;

export function reviewHeader(): string[] {
  const blocks = (columns: string[]): string[] => columns.flatMap((c) => suffixes.map((s) => `${c}${s}`));
  return [
    ...FIXED,
    ...blocks([...REVIEW_FIELDS.map((f) => f.column), WAIT]),
    WAIT_DATE,
    WAIT_BY,
    ...blocks([SCOPE_COLUMN]),
  ];
}

const CONFIRM = new Set(['yes', 'y', '✓', '✔', 'ok', 'confirm', 'confirmed', 'correct', 'x']);
const INCLUDE = new Set(['include', 'in', 'keep']);
const EXCLUDE = new Set(['exclude', 'out', 'leave out', 'remove', 'no']);

function get(service: Json, key: string): unknown {
  const [a, b] = key.split('.');
  const top = service[a ?? ''];
  return b === undefined ? top : top && typeof top === 'object' ? (top as Json)[b] : undefined;
}

function set(service: Json, key: string, value: unknown): void {
  const [a = '', b] = key.split('.');
  if (b === undefined) {
    service[a] = value;
    return;
  }
  const inner = (service[a] ?? {}) as Json;
  if (value === undefined) Reflect.deleteProperty(inner, b);
  else inner[b] = value;
  service[a] = inner;
}

/** A value as the sheet shows it: lists with "; ", ages "11-18", yes/no, or "unknown". */
function showValue(service: Json, field: ReviewField): string {
  const value = get(service, field.key);
  if (value === undefined || value === UNKNOWN) return UNKNOWN;
  if (Array.isArray(value)) return value.length ? value.join('; ') : UNKNOWN;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (value && typeof value === 'object' && 'min' in value) {
    const ages = value as { min: number; max: number };
    return `${ages.min}-${ages.max}`;
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function provenanceOf(service: Json): Record<string, ProvenanceEntry> {
  const p = service['provenance'];
  return p && typeof p === 'object' ? (p as Record<string, ProvenanceEntry>) : {};
}

/** Where a value came from, as the sheet says it: source, inferred, reviewed, default or unknown. */
function showFrom(service: Json, field: ReviewField): string {
  const entry = provenanceOf(service)[field.key];
  if (entry) return entry.from;
  return showValue(service, field) === UNKNOWN ? UNKNOWN : 'source';
}

function showEvidence(service: Json, field: ReviewField): string {
  const entry = provenanceOf(service)[field.key];
  if (!entry) return '';
  const words = (entry.evidence ?? []).map((w) => `“${w}”`).join(', ');
  const sure = entry.confidence === undefined ? '' : ` (${Math.round(entry.confidence * 100)}% sure)`;
  return entry.from === 'reviewed' ? `reviewed by ${entry.by ?? 'someone'}` : `${words}${sure}`.trim();
}

/** A row's officer entries, by column, kept as written so they can be carried to the next sheet. */
export interface Correction {
  row: number;
  id: string;
  name: string;
  reviewer?: string;
  /** Confirm-or-correct cells that are filled, by field column (or SCOPE_COLUMN). */
  cells: Map<string, string>;
}

export interface ReadSheet {
  corrections: Map<string, Correction>;
  problems: string[];
}

/** A cell as a spreadsheet would see it: text that starts like a formula is protected with '. */
function protect(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function unprotect(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  const line = (row: readonly string[]): string => row.map((c) => `"${protect(c).replace(/"/g, '""')}"`).join(',');
  return `\uFEFF${rows.map(line).join('\r\n')}\r\n`;
}

/** Reads an edited sheet. Rows without an id and columns it does not know are reported, never fatal. */
export function readReviewSheet(text: string, source: string): ReadSheet {
  const problems: string[] = [];
  const corrections = new Map<string, Correction>();
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g) ?? []).length > (firstLine.match(/,/g) ?? []).length ? ';' : ',';
  let rows: string[][];
  try {
    rows = parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: true });
  } catch (error) {
    return { corrections, problems: [`${source} could not be read as CSV: ${(error as Error).message}`] };
  }
  const [header = [], ...body] = rows;
  const columns = header.map((h) => cleanLine(h).toLowerCase());
  const at = (name: string): number => columns.indexOf(name);
  if (at('id') < 0) {
    problems.push(`${source} has no "id" column, so none of its corrections could be matched to a service.`);
    return { corrections, problems };
  }
  body.forEach((row, i) => {
    const cell = (name: string): string => {
      const index = at(name);
      return index < 0 ? '' : cleanLine(unprotect(row[index] ?? ''));
    };
    const id = cell('id');
    const rowNumber = i + 2;
    const cells = new Map<string, string>();
    for (const column of [...REVIEW_FIELDS.map((f) => f.column), WAIT, SCOPE_COLUMN]) {
      const value = cell(`${column}: confirm or correct`);
      if (value !== '') cells.set(column, value);
    }
    for (const column of [WAIT_DATE, WAIT_BY]) {
      const value = cell(column);
      if (value !== '') cells.set(column, value);
    }
    if (id === '') {
      if (cells.size > 0)
        problems.push(`${source} row ${rowNumber}: there is no id, so its corrections were not used.`);
      return;
    }
    if (cells.size === 0) return;
    const reviewer = cell('reviewer');
    corrections.set(id, {
      row: rowNumber,
      id,
      name: cell('name'),
      ...(reviewer ? { reviewer } : {}),
      cells,
    });
  });
  return { corrections, problems };
}

/** A slug list cell: "feeling-low; sleep". */
function slugs(cell: string): string[] | undefined {
  const list = cell
    .split(/[;,|\n]/)
    .map((v) => v.trim().toLowerCase().replace(/\s+/g, '-'))
    .filter((v) => v !== '');
  return list.every((v) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v)) ? list : undefined;
}

/** A new value from a correction cell, or a message saying what the cell should hold. */
function parseValue(field: ReviewField, cell: string): { value: unknown } | { error: string } {
  const text = cell.trim();
  switch (field.key) {
    case 'topics':
    case 'access.referralFrom': {
      const list = slugs(text);
      return list?.length
        ? { value: list }
        : { error: 'should be ids separated by semicolons, e.g. feeling-low; sleep' };
    }
    case 'audiences': {
      const list = slugs(text);
      const wrong = (list ?? [text]).filter((a) => !(AUDIENCES as readonly string[]).includes(a));
      return list?.length && wrong.length === 0
        ? { value: list }
        : { error: `should be one or more of ${AUDIENCES.join(', ')}, separated by semicolons` };
    }
    case 'ages': {
      const m = /^(\d{1,3})\s*(?:-|–|to)\s*(\d{1,3})$/i.exec(text) ?? /^(\d{1,3})\s*\+$/.exec(text);
      const min = Number(m?.[1]);
      const max = m?.[2] === undefined ? 120 : Number(m[2]);
      return m && min <= max && max <= 120
        ? { value: { min, max } }
        : { error: 'should be two ages such as 11-18 (or 18+), youngest first, at most 120' };
    }
    case 'access.selfReferral':
      return { error: 'should be yes, no or unknown' };
    case 'contact.phone':
      return isDialable(text) ? { value: text } : { error: 'is not a phone number that can be dialled' };
    case 'contact.email': {
      const cleaned = cleanEmail(text);
      return cleaned.value ? { value: cleaned.value } : { error: 'is not a valid email address' };
    }
    case 'contact.web': {
      const cleaned = cleanWeb(text);
      return cleaned.value ? { value: cleaned.value } : { error: 'is not a web address (https://…)' };
    }
    case 'areas': {
      if (text.toLowerCase() === 'all') return { value: 'all' };
      const list = slugs(text);
      return list?.length ? { value: list } : { error: 'should be all, or area ids separated by semicolons' };
    }
    default:
      return { error: 'cannot be corrected here' };
  }
}

function empty(field: ReviewField): unknown {
  switch (field.key) {
    case 'ages':
    case 'areas':
    case 'access.selfReferral':
      return UNKNOWN;
    case 'topics':
    case 'audiences':
    case 'access.referralFrom':
      return [];
    default:
      return undefined;
  }
}

/** What a correction says about scope: undefined when it says nothing. */
export function scopeChoice(correction: Correction | undefined): 'include' | 'exclude' | 'confirm' | undefined {
  const cell = correction?.cells.get(SCOPE_COLUMN)?.toLowerCase();
  if (cell === undefined) return undefined;
  if (INCLUDE.has(cell)) return 'include';
  if (EXCLUDE.has(cell)) return 'exclude';
  if (CONFIRM.has(cell)) return 'confirm';
  return undefined;
}

/**
 * Applies one row's corrections to a service: confirmed and corrected values are marked
 * `reviewed` with `by`. Returns a message for each cell that could not be used.
 */
export function applyCorrection(
  service: Json,
  correction: Correction,
  by: string,
  source: string,
  suggestion?: WaitReading,
): string[] {
  const problems: string[] = [];
  const prov = { ...provenanceOf(service) };
  const reviewed: ProvenanceEntry = { from: 'reviewed', by };
  for (const field of REVIEW_FIELDS) {
    const cell = correction.cells.get(field.column);
    if (cell === undefined) continue;
    const lower = cell.toLowerCase();
    // In the self-referral column "yes" and "no" are the answer itself, not a tick.
    const answer = field.key === 'access.selfReferral' && /^(?:yes|y|no|n)$/.test(lower);
    if (answer) {
      set(service, field.key, lower.startsWith('y'));
      prov[field.key] = { ...reviewed };
    } else if (CONFIRM.has(lower)) {
      prov[field.key] = { ...reviewed };
    } else if (lower === UNKNOWN) {
      set(service, field.key, empty(field));
      prov[field.key] = { ...reviewed };
    } else {
      const parsed = parseValue(field, cell);
      if ('error' in parsed) {
        problems.push(
          `${source} row ${correction.row}, column "${field.column}: confirm or correct": "${cell}" ${parsed.error}. That value was left as it was.`,
        );
        continue;
      }
      set(service, field.key, parsed.value);
      prov[field.key] = { ...reviewed };
    }
    if (field.key === 'topics') {
      for (const key of Object.keys(prov)) if (key.startsWith('topics.')) Reflect.deleteProperty(prov, key);
      for (const topic of (service['topics'] as string[] | undefined) ?? []) prov[`topics.${topic}`] = { ...reviewed };
    }
  }
  const waitProblem = applyWait(service, correction, prov, { ...reviewed }, suggestion);
  if (waitProblem) problems.push(`${source} row ${correction.row}, ${waitProblem} The wait was left as it was.`);
  const scope = correction.cells.get(SCOPE_COLUMN);
  if (scope !== undefined && scopeChoice(correction) === undefined) {
    problems.push(
      `${source} row ${correction.row}, column "${SCOPE_COLUMN}: confirm or correct": "${scope}" should be include, exclude or yes.`,
    );
  }
  service['provenance'] = prov;
  return problems;
}

function isWait(value: unknown): value is Wait {
  return !!value && typeof value === 'object' && typeof (value as Wait).days === 'number';
}

/**
 * Applies the wait columns: "yes" confirms the wait shown, or else the one the text suggests; a
 * new wait ("6 weeks") replaces it; "unknown" clears it. A new or suggested wait needs the date it
 * was said and who said it; without them nothing changes. Returns what was wrong, if anything.
 */
function applyWait(
  service: Json,
  correction: Correction,
  prov: Record<string, ProvenanceEntry>,
  reviewed: ProvenanceEntry,
  suggestion: WaitReading | undefined,
): string | undefined {
  const cell = correction.cells.get(WAIT);
  const dateCell = correction.cells.get(WAIT_DATE);
  const byCell = correction.cells.get(WAIT_BY);
  const column = (name: string): string => `column "${name}"`;
  if (cell === undefined) {
    return dateCell === undefined && byCell === undefined
      ? undefined
      : `${column(WAIT_DATE)}: a date or name was given but "${WAIT}: confirm or correct" is empty: write yes to confirm the wait, or the wait itself (e.g. 6 weeks).`;
  }
  const lower = cell.toLowerCase();
  const current = isWait(service['wait']) ? service['wait'] : undefined;
  let days: number;
  let evidence: string[] | undefined;
  if (CONFIRM.has(lower)) {
    const confirmed = current?.days ?? suggestion?.days;
    if (confirmed === undefined)
      return `${column(`${WAIT}: confirm or correct`)}: "${cell}" confirms nothing, as no wait is shown or suggested: write the wait, e.g. 6 weeks.`;
    days = confirmed;
    if (!current) evidence = suggestion?.evidence;
  } else {
    const parsed = parseWaitCell(cell);
    if ('error' in parsed) return `${column(`${WAIT}: confirm or correct`)}: ${parsed.error}.`;
    if ('unknown' in parsed) {
      Reflect.deleteProperty(service, 'wait');
      prov['wait'] = reviewed;
      return undefined;
    }
    days = parsed.days;
  }
  // The date and name already in the feed still hold when the same wait is confirmed.
  const same = current !== undefined && current.days === days;
  const updated = dateCell === undefined ? (same ? current.updated : undefined) : toIsoDate(dateCell);
  if (dateCell !== undefined && updated === undefined)
    return `${column(WAIT_DATE)}: "${dateCell}" should be a date such as 2026-10-14.`;
  const said = byCell ?? (same ? current.by : undefined);
  if (updated === undefined || said === undefined) {
    const lacking = [
      ...(updated === undefined ? [`"${WAIT_DATE}"`] : []),
      ...(said === undefined ? [`"${WAIT_BY}"`] : []),
    ];
    return `${column(`${WAIT}: confirm or correct`)}: the wait "${cell}" needs ${lacking.join(' and ')} filled in (when it was said and who said it), never guessed.`;
  }
  service['wait'] = { days, updated, by: said };
  prov['wait'] = evidence ? { ...reviewed, evidence } : reviewed;
  return undefined;
}

/** The wait as the sheet shows it: "6 weeks (42 days), said 2026-10-14 by the service". */
function showWait(service: Json): string {
  const wait = service['wait'];
  return isWait(wait) ? `${waitWithDays(wait.days)}, said ${wait.updated} by ${wait.by}` : UNKNOWN;
}

/** The suggestion from the text, when the feed has no wait: never in the feed until confirmed. */
function showWaitEvidence(service: Json, suggestion: WaitReading | undefined): string {
  if (isWait(service['wait']) || !suggestion) return showEvidence(service, { column: WAIT, key: 'wait' });
  const words = suggestion.evidence.map((w) => `“${w}”`).join(', ');
  return `the text suggests ${waitWithDays(suggestion.days)}: ${words} (${Math.round(
    suggestion.confidence * 100,
  )}% sure); not in the feed until you confirm it with yes, a date and who said it`;
}

/** One row of the sheet for a service, kept or left out. */
export function reviewRow(
  service: Json | undefined,
  entry: { id: string; name: string; kept: boolean; reason: string; inScope: boolean },
  correction: Correction | undefined,
  suggestion?: WaitReading,
): string[] {
  const row: string[] = [
    entry.id,
    entry.name,
    entry.kept ? 'kept' : 'left out',
    entry.reason,
    correction?.reviewer ?? '',
  ];
  for (const field of REVIEW_FIELDS) {
    row.push(
      service ? showValue(service, field) : '',
      service ? showFrom(service, field) : '',
      service ? showEvidence(service, field) : '',
      correction?.cells.get(field.column) ?? '',
    );
  }
  const waitField = { column: WAIT, key: 'wait' };
  row.push(
    service ? showWait(service) : '',
    service ? showFrom(service, waitField) : '',
    service ? showWaitEvidence(service, suggestion) : '',
    ...[WAIT, WAIT_DATE, WAIT_BY].map((c) => correction?.cells.get(c) ?? ''),
  );
  const choice = scopeChoice(correction);
  row.push(
    entry.inScope ? 'yes' : 'no',
    choice === 'include' || choice === 'exclude' ? 'reviewed' : 'inferred',
    entry.reason,
    correction?.cells.get(SCOPE_COLUMN) ?? '',
  );
  return row;
}

/** A row carrying forward corrections for a service that is no longer in the source. */
export function goneRow(correction: Correction): string[] {
  return reviewRow(
    undefined,
    { id: correction.id, name: correction.name, kept: false, reason: 'no longer in the source', inScope: false },
    correction,
  ).map((cell, i) => (i === 2 ? 'no longer in the source' : cell));
}
