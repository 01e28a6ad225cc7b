/**
 * `import-csv`: a feed from a spreadsheet laid out like data-schema/template.csv, one service per
 * row. Cells with several values are separated by semicolons (or | or a new line inside the
 * cell); translations go in extra columns such as `name@gd`. Every row ends up in the feed or in
 * the report with its row number, column and what to fix.
 */
import { parse } from 'csv-parse/sync';
import { DAYS, DELIVERY, AUDIENCES, LEVELS, service as serviceSchema } from '../feed/schema.ts';
import { issueMessage } from '../feed/parse.ts';
import { cleanText, IdRegistry, isBlank, slugId, toIsoDate } from './clean.ts';
import { parseWaitCell } from './wait.ts';
import { buildFeed } from './envelope.ts';
import { ReadError, readJson, readText } from './io.ts';
import { UNKNOWN } from '../feed/vocabulary.ts';
import { completeFromText } from './infer/complete.ts';
import { settleOptions, type ImportOptions } from './infer/review-io.ts';
import { settle, settledOutcome, type Candidate, type SettleOptions } from './infer/settle.ts';
import { finishImport, type ImportOutcome, type SkippedEntry } from './outcome.ts';
import type { CommandResult } from './validate.ts';

/** The template's columns, in order. Those marked localised may also have `column@lang` copies. */
export const CSV_COLUMNS = [
  'id',
  'name',
  'organisation',
  'description',
  'topics',
  'age_min',
  'age_max',
  'audiences',
  'self_referral',
  'referral_from',
  'who_can_contact',
  'how_to_contact',
  'phone',
  'sms',
  'sms_text',
  'email',
  'web',
  'form',
  'delivery',
  'areas',
  'location_name',
  'address',
  'postcode',
  'latitude',
  'longitude',
  'accessibility',
  'hours',
  'open_24_7',
  'hours_note',
  'free',
  'cost',
  'languages',
  'groups',
  'level',
  'next_steps',
  'last_reviewed',
  'wait',
  'wait_updated',
  'wait_by',
] as const;

type Column = (typeof CSV_COLUMNS)[number];

/**
 * Columns every row needs. Topics, ages, self-referral and areas may be left empty: they are
 * then read from the name and description where the text says them, and written as unknown
 * (or no topic) where it does not, for a person to fill in on the review sheet. A missing
 * review date becomes 2000-01-01 (shown as possibly out of date), and one age alone means
 * "from 0" or "and over"; both are listed as defaults.
 */
const REQUIRED: readonly Column[] = ['name', 'description', 'delivery'];

const LOCALISED = new Set<Column>([
  'name',
  'organisation',
  'description',
  'how_to_contact',
  'location_name',
  'accessibility',
  'hours_note',
  'cost',
  'next_steps',
]);

/** Where each feed field comes from, so schema problems can name the column. */
const COLUMN_OF: Record<string, Column> = {
  id: 'id',
  name: 'name',
  organisation: 'organisation',
  description: 'description',
  topics: 'topics',
  ages: 'age_min',
  'ages.min': 'age_min',
  'ages.max': 'age_max',
  audiences: 'audiences',
  'access.selfReferral': 'self_referral',
  'access.referralFrom': 'referral_from',
  'access.whoCanContact': 'who_can_contact',
  'access.howTo': 'how_to_contact',
  'contact.phone': 'phone',
  'contact.sms': 'sms',
  'contact.smsBody': 'sms_text',
  'contact.email': 'email',
  'contact.web': 'web',
  'contact.form': 'form',
  delivery: 'delivery',
  areas: 'areas',
  'locations.name': 'location_name',
  'locations.address': 'address',
  'locations.postcode': 'postcode',
  'locations.lat': 'latitude',
  'locations.lon': 'longitude',
  'locations.accessibility': 'accessibility',
  hours: 'hours',
  open247: 'open_24_7',
  hoursNote: 'hours_note',
  free: 'free',
  cost: 'cost',
  languages: 'languages',
  groups: 'groups',
  level: 'level',
  nextSteps: 'next_steps',
  lastReviewed: 'last_reviewed',
  wait: 'wait',
  'wait.days': 'wait',
  'wait.updated': 'wait_updated',
  'wait.by': 'wait_by',
};

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Several values in one cell: "feelings; sleep", "feelings | sleep" or one per line. */
export function splitCell(cell: string | undefined): string[] {
  if (cell === undefined) return [];
  return cell
    .split(/[;|\n]/)
    .map((v) => cleanText(v) ?? '')
    .filter((v) => v !== '');
}

const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['no', 'n', 'false', '0']);

const DAY_NAMES: Record<string, (typeof DAYS)[number]> = Object.fromEntries(
  DAYS.flatMap((d, i) => {
    const long = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'][i] ?? d;
    return [
      [d, d],
      [long, d],
      [long.slice(0, 4), d],
    ];
  }),
);

/**
 * Weekly hours from a cell such as "mon-fri 09:00-17:00; sat 10:00-12:30". Returns an error
 * message for a part it cannot read.
 */
export function parseHours(cell: string): {
  hours: { days: string[]; opens: string; closes: string }[];
  error?: string;
} {
  const hours: { days: string[]; opens: string; closes: string }[] = [];
  for (const part of splitCell(cell)) {
    const m = /^(.+?)\s+(\d{1,2})[:.](\d{2})\s*[-–to]+\s*(\d{1,2})[:.](\d{2})$/i.exec(part);
    if (!m) return { hours, error: `"${part}" is not in the form "mon-fri 09:00-17:00"` };
    const days: string[] = [];
    for (const chunk of (m[1] ?? '').toLowerCase().split(/\s*,\s*|\s+and\s+|\s*&\s*/)) {
      const range = chunk.split(/\s*[-–]\s*|\s+to\s+/);
      const from = DAY_NAMES[range[0] ?? ''];
      const to = DAY_NAMES[range[range.length - 1] ?? ''];
      if (!from || !to) return { hours, error: `"${chunk}" is not a day of the week (write mon, tue … sun)` };
      for (let i = DAYS.indexOf(from); ; i = (i + 1) % 7) {
        const day = DAYS[i];
        if (day && !days.includes(day)) days.push(day);
        if (day === to) break;
      }
    }
    const pad = (h: string | undefined, min: string | undefined): string =>
      `${(h ?? '').padStart(2, '0')}:${min ?? ''}`;
    hours.push({ days, opens: pad(m[2], m[3]), closes: pad(m[4], m[5]) });
  }
  return { hours };
}

interface RowProblem {
  column: string;
  message: string;
}

type Json = Record<string, unknown>;

/** Reads the header: which column holds what, and translations such as name@gd. */
function readHeader(header: string[]): {
  index: Map<string, number>;
  translations: Map<Column, [string, number][]>;
  unknown: string[];
} {
  const index = new Map<string, number>();
  const translations = new Map<Column, [string, number][]>();
  const unknown: string[] = [];
  header.forEach((raw, i) => {
    const name = (cleanText(raw) ?? '').toLowerCase().replace(/\s+/g, '_');
    const [base = '', lang] = name.split('@');
    if ((CSV_COLUMNS as readonly string[]).includes(base)) {
      if (lang === undefined) index.set(base, i);
      else if (LOCALISED.has(base as Column) && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(lang)) {
        const list = translations.get(base as Column) ?? [];
        list.push([lang, i]);
        translations.set(base as Column, list);
      } else unknown.push(raw);
    } else if (name !== '') unknown.push(raw);
  });
  return { index, translations, unknown };
}

/** Turns one row into a feed service, collecting every problem with its column. */
function rowToService(
  row: string[],
  header: ReturnType<typeof readHeader>,
  defaultLanguage: string,
): { service: Json; problems: RowProblem[]; warnings: RowProblem[]; defaults: string[]; tidied: string[] } {
  const problems: RowProblem[] = [];
  const warnings: RowProblem[] = [];
  const tidied: string[] = [];
  const defaults: string[] = [];
  const cell = (column: Column): string | undefined => {
    const i = header.index.get(column);
    const value = i === undefined ? undefined : row[i];
    return value === undefined || isBlank(value) ? undefined : value;
  };
  const text = (column: Column): string | Record<string, string> | undefined => {
    const main = cleanText(cell(column));
    const extra = (header.translations.get(column) ?? [])
      .map(([lang, i]) => [lang, cleanText(row[i])] as const)
      .filter((e): e is readonly [string, string] => e[1] !== undefined);
    if (extra.length === 0) return main;
    return Object.fromEntries([...(main === undefined ? [] : [[defaultLanguage, main] as const]), ...extra]);
  };
  const list = (column: Column): string[] | undefined => {
    const values = splitCell(cell(column));
    return values.length ? values : undefined;
  };
  const slugs = (column: Column): string[] | undefined =>
    list(column)?.map((v) => v.toLowerCase().replace(/\s+/g, '-'));
  // "unknown" says what an empty cell says: the service does not say (the text may, see below).
  const isUnknown = (column: Column) => cell(column)?.trim().toLowerCase() === UNKNOWN;
  const yesNo = (column: Column): boolean | undefined => {
    const value = cell(column)?.trim().toLowerCase();
    if (value === undefined || value === UNKNOWN) return undefined;
    if (YES.has(value)) return true;
    if (NO.has(value)) return false;
    problems.push({ column, message: `"${cell(column) ?? ''}" should be yes or no` });
    return undefined;
  };
  const whole = (column: Column): number | undefined => {
    const value = cell(column)?.trim();
    if (value === undefined || isUnknown(column)) return undefined;
    if (!/^\d+$/.test(value)) {
      problems.push({ column, message: `"${value}" should be a whole number of years` });
      return undefined;
    }
    return Number(value);
  };
  const decimal = (column: Column): number | undefined => {
    const value = cell(column)?.trim();
    if (value === undefined) return undefined;
    const n = Number(value);
    if (!Number.isFinite(n)) problems.push({ column, message: `"${value}" should be a number such as 56.1165` });
    return Number.isFinite(n) ? n : undefined;
  };

  const service: Json = {};
  const set = (key: string, value: unknown): void => {
    if (value !== undefined) service[key] = value;
  };
  set('id', cell('id')?.trim());
  set('name', text('name'));
  set('organisation', text('organisation'));
  set('description', text('description'));
  set('topics', slugs('topics'));
  const min = whole('age_min');
  const max = whole('age_max');
  // One age given: "age_max 12" means up to 12 (from 0); "age_min 16" means 16 and over.
  if (min !== undefined && max === undefined) defaults.push(`ages: no age_max given, so ${min}–120`);
  if (min === undefined && max !== undefined) defaults.push(`ages: no age_min given, so 0–${max}`);
  if (min !== undefined || max !== undefined) service['ages'] = { min: min ?? 0, max: max ?? 120 };
  set('audiences', slugs('audiences'));
  const access: Json = {};
  const selfReferral = yesNo('self_referral');
  if (selfReferral !== undefined) access['selfReferral'] = selfReferral;
  if (list('referral_from')) access['referralFrom'] = slugs('referral_from');
  if (list('who_can_contact')) access['whoCanContact'] = slugs('who_can_contact');
  if (text('how_to_contact') !== undefined) access['howTo'] = text('how_to_contact');
  service['access'] = access;
  const contact: Json = {};
  for (const [column, key] of [
    ['phone', 'phone'],
    ['sms', 'sms'],
    ['sms_text', 'smsBody'],
    ['email', 'email'],
    ['web', 'web'],
    ['form', 'form'],
  ] as const) {
    const value = cleanText(cell(column));
    if (value !== undefined) contact[key] = value;
  }
  service['contact'] = contact;
  set('delivery', slugs('delivery'));
  const areas = isUnknown('areas') ? undefined : list('areas');
  if (areas) service['areas'] = areas.length === 1 && areas[0]?.toLowerCase() === 'all' ? 'all' : slugs('areas');
  const location: Json = {};
  if (text('location_name') !== undefined) location['name'] = text('location_name');
  if (cleanText(cell('address')) !== undefined) location['address'] = cleanText(cell('address'));
  if (cleanText(cell('postcode')) !== undefined) location['postcode'] = cleanText(cell('postcode'))?.toUpperCase();
  if (decimal('latitude') !== undefined) location['lat'] = decimal('latitude');
  if (decimal('longitude') !== undefined) location['lon'] = decimal('longitude');
  if (text('accessibility') !== undefined) location['accessibility'] = text('accessibility');
  if (Object.keys(location).length > 0) service['locations'] = [location];
  const hoursCell = cell('hours');
  if (hoursCell !== undefined) {
    const parsed = parseHours(hoursCell);
    if (parsed.error) problems.push({ column: 'hours', message: parsed.error });
    else service['hours'] = parsed.hours;
  }
  set('open247', yesNo('open_24_7'));
  set('hoursNote', text('hours_note'));
  set('free', yesNo('free'));
  set('cost', text('cost'));
  set('languages', list('languages'));
  set('groups', slugs('groups'));
  set('level', cell('level')?.trim().toLowerCase());
  set('nextSteps', text('next_steps'));
  const reviewed = cell('last_reviewed');
  if (reviewed !== undefined) {
    const date = toIsoDate(reviewed);
    if (date === undefined)
      problems.push({ column: 'last_reviewed', message: `"${reviewed}" should be a date such as 2026-03-31` });
    else service['lastReviewed'] = date;
  } else {
    // As for Open Referral imports: an old date, so the finder says the listing may be out of date.
    service['lastReviewed'] = '2000-01-01';
    defaults.push('review date: none given, so 2000-01-01 (the finder will say it may be out of date)');
  }
  readWait(cell, service, problems, warnings, tidied);
  return { service, problems, warnings, defaults, tidied };
}

/**
 * The wait columns. A wait nobody dated or put a name to is left out with a warning, never given
 * a made-up date or author: the finder then says nothing about the wait, which is true.
 */
function readWait(
  cell: (column: Column) => string | undefined,
  service: Json,
  problems: RowProblem[],
  warnings: RowProblem[],
  tidied: string[],
): void {
  const given = cell('wait');
  const wait = parseWaitCell(given);
  if ('error' in wait) {
    problems.push({ column: 'wait', message: wait.error });
    return;
  }
  if ('unknown' in wait) return;
  const dateCell = cell('wait_updated');
  const updated = dateCell === undefined ? undefined : toIsoDate(dateCell);
  if (dateCell !== undefined && updated === undefined) {
    problems.push({ column: 'wait_updated', message: `"${dateCell.trim()}" should be a date such as 2026-10-14` });
    return;
  }
  const by = cleanText(cell('wait_by'));
  if (updated === undefined || by === undefined) {
    const lacking = [
      ...(updated === undefined ? ['no date (wait_updated)'] : []),
      ...(by === undefined ? ['no one named as saying so (wait_by)'] : []),
    ].join(' and ');
    warnings.push({
      column: updated === undefined ? 'wait_updated' : 'wait_by',
      message: `the wait "${(given ?? '').trim()}" has ${lacking}, so it was left out; the finder says nothing about this service's wait until both are filled in`,
    });
    return;
  }
  if (wait.note) tidied.push(`wait: ${wait.note}`);
  service['wait'] = { days: wait.days, updated, by };
}

function hint(column: string): string {
  switch (column) {
    case 'delivery':
      return ` (use: ${DELIVERY.join(', ')})`;
    case 'audiences':
    case 'who_can_contact':
      return ` (use: ${AUDIENCES.join(', ')})`;
    case 'level':
      return ` (use: ${LEVELS.join(', ')})`;
    default:
      return '';
  }
}

/** Reads the settings file given with --base: partnership, areas and topics. */
async function readBase(path: string | undefined): Promise<unknown> {
  return path === undefined ? undefined : readJson(path);
}

/** Builds the import from CSV text; separate from the file handling so it can be tested directly. */
export function importCsvText(
  text: string,
  input: string,
  base: unknown,
  options: SettleOptions = { scopeAll: false, reviewedBy: '', reviewSource: '' },
): ImportOutcome {
  const settings = (base && typeof base === 'object' ? base : {}) as Json;
  const partnership = (settings['partnership'] ?? {}) as Json;
  const defaultLanguage = typeof partnership['defaultLanguage'] === 'string' ? partnership['defaultLanguage'] : 'en';
  const firstLine = text.split('\n', 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g) ?? []).length > (firstLine.match(/,/g) ?? []).length ? ';' : ',';
  let rows: string[][];
  try {
    rows = parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    throw new ReadError(`${input} could not be read as CSV: ${(error as Error).message}`);
  }
  const [headerRow, ...body] = rows;
  if (!headerRow) throw new ReadError(`${input} is empty.`);
  const header = readHeader(headerRow);
  const notes: string[] = [];
  if (base === undefined) {
    notes.push(
      'No --base file was given, so the feed has a placeholder partnership name and no areas. See data-schema/examples/base.example.json.',
    );
  }
  const missing = REQUIRED.filter((c) => !header.index.has(c));
  if (missing.length > 0)
    notes.push(
      `The spreadsheet has no ${missing.map((c) => `"${c}"`).join(', ')} column: every row needs it. Copy the header row from data-schema/template.csv.`,
    );
  const unmapped = header.unknown.map((field) => ({
    field: `column "${field}"`,
    count: body.filter((r) => !isBlank(r[headerRow.indexOf(field)])).length,
  }));
  const candidates: Candidate[] = [];
  const skipped: SkippedEntry[] = [];
  const rowWarnings: string[] = [];
  const ids = new IdRegistry();
  const letter = (column: string): string => {
    const i = header.index.get(column);
    return i === undefined ? `column "${column}"` : `column ${columnLetter(i)} "${column}"`;
  };
  body.forEach((row, i) => {
    const rowNumber = i + 2; // the header is row 1, as in a spreadsheet
    const where = `row ${rowNumber}`;
    if (row.every((c) => isBlank(c))) {
      if (i < body.length - 1) skipped.push({ source: where, reason: 'the row is empty' });
      return;
    }
    const { service, problems, warnings, defaults, tidied: rowTidied } = rowToService(row, header, defaultLanguage);
    const name = cleanText(cell0(service['name']));
    const wantedId = slugId(service['id']) ?? slugId(name) ?? `row-${rowNumber}`;
    const tidied: string[] = [...rowTidied];
    const givenId = typeof service['id'] === 'string' ? service['id'] : undefined;
    if (givenId === undefined) tidied.push(`id: none given, made "${wantedId}" from the name`);
    else if (givenId !== wantedId) tidied.push(`id: "${givenId}" written as "${wantedId}"`);
    const claimed = ids.claim(wantedId);
    if (claimed.changed) tidied.push(`id: "${wantedId}" is used by an earlier row, so this one is "${claimed.id}"`);
    service['id'] = claimed.id;
    // What the row leaves empty is read from its own words, or written as unknown.
    if (service['topics'] === undefined) service['topics'] = [];
    if (service['ages'] === undefined) service['ages'] = UNKNOWN;
    if (service['areas'] === undefined) service['areas'] = UNKNOWN;
    const access = service['access'] as Json;
    if (access['selfReferral'] === undefined) access['selfReferral'] = UNKNOWN;
    const facts = completeFromText(
      service,
      { name: name ?? '', body: cleanText(cell0(service['description'])) ?? '' },
      {},
      defaults,
    );
    if (facts.referralConflict) tidied.push(facts.referralConflict);
    const result = serviceSchema.safeParse(service, { reportInput: true });
    if (!result.success) {
      for (const issue of result.error.issues) {
        const key = issue.path
          .filter((p) => typeof p !== 'number')
          .map(String)
          .join('.');
        const column = COLUMN_OF[key] ?? COLUMN_OF[key.split('.')[0] ?? ''] ?? key;
        const message = issueMessage(issue);
        if (!problems.some((p) => p.column === column)) {
          // zod's own list of allowed values is already in "should be one of" messages.
          problems.push({ column, message: message.startsWith('should be one of') ? message : message + hint(column) });
        }
      }
    }
    if (problems.length > 0) {
      skipped.push({
        source: where,
        id: claimed.id,
        ...(name === undefined ? {} : { name }),
        reason: problems.map((p) => `${letter(p.column)}: ${p.message}`).join('; '),
        error: true,
      });
      return;
    }
    for (const w of warnings) {
      const text = `${letter(w.column)}: ${w.message}`;
      tidied.push(text);
      rowWarnings.push(`${where}${name === undefined ? '' : ` (${name})`}: ${text}`);
    }
    candidates.push({
      source: where,
      id: claimed.id,
      name: name ?? claimed.id,
      service,
      facts,
      youngTypes: [],
      adultTypes: [],
      defaults,
      tidied,
    });
  });
  const settled = settle(candidates, skipped, options);
  return {
    kind: 'CSV',
    input,
    feed: buildFeed(base, settled.services),
    unmapped,
    notes,
    ...(rowWarnings.length ? { warnings: rowWarnings } : {}),
    ...settledOutcome(settled, options),
  };
}

function cell0(text: unknown): string | undefined {
  if (typeof text === 'string') return text;
  if (text && typeof text === 'object') return Object.values(text as Record<string, string>)[0];
  return undefined;
}

export async function importCsvCommand(
  input: string,
  options: ImportOptions & { base?: string },
): Promise<CommandResult> {
  let outcome: ImportOutcome;
  try {
    outcome = importCsvText(await readText(input), input, await readBase(options.base), await settleOptions(options));
  } catch (error) {
    if (error instanceof ReadError) return { code: 2, stdout: '', stderr: `${error.message}\n` };
    throw error;
  }
  const result = finishImport(outcome, options);
  const rowErrors = outcome.skipped.filter((s) => s.error);
  const details = rowErrors.map((s) => `  ${s.source}${s.name ? ` (${s.name})` : ''}: ${s.reason}`);
  const warnings = outcome.warnings ?? [];
  const stderr =
    (rowErrors.length
      ? `${rowErrors.length} ${rowErrors.length === 1 ? 'row has' : 'rows have'} mistakes and ${rowErrors.length === 1 ? 'is' : 'are'} not in the feed:\n${details.join('\n')}\n`
      : '') +
    (warnings.length
      ? `${warnings.length} ${warnings.length === 1 ? 'row is' : 'rows are'} in the feed without a value given:\n${warnings.map((w) => `  ${w}`).join('\n')}\n`
      : '');
  return {
    code: result.code,
    stdout: [...outcome.notes, ''].join('\n').trimStart() + result.stdout,
    stderr: stderr + result.stderr,
  };
}
