/**
 * Reads every shape an Open Referral export comes in and hands back one nested record per
 * service, in HSDS 3 field names:
 * - HSDS 3.0 / ORUK 3.0: one service, an array of services, a paged `service_list` (`contents`),
 *   a whole-dataset JSON of tables, or a tabular data package (a folder of CSV files);
 * - ORUK 1.0: pages with `content`, those pages' arrays concatenated, `regular_schedules`,
 *   `eligibilitys`, `physical_addresses`, `service_taxonomys`.
 * camelCase names (`serviceId`) are read as snake_case (`service_id`).
 */
import { parse } from 'csv-parse/sync';
import { basename, extname, join } from 'node:path';
import { scanJson } from '../feed/decode.ts';
import { isFolder, isUrl, listFolder, parseJson, ReadError, readText } from './io.ts';

type Json = Record<string, unknown>;

/** A service as found in the source, with where it was. */
export interface SourceRecord {
  source: string;
  record: Json;
}

export interface SourceRead {
  records: SourceRecord[];
  notes: string[];
}

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function snake(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

/** A copy with every key in snake_case; `renamed` collects the keys that changed. */
export function snakeKeys(value: unknown, renamed: Set<string>): unknown {
  if (Array.isArray(value)) return value.map((v) => snakeKeys(v, renamed));
  if (!isObject(value)) return value;
  const out: Json = {};
  for (const [key, v] of Object.entries(value)) {
    const name = snake(key);
    if (name !== key) renamed.add(key);
    out[name] = snakeKeys(v, renamed);
  }
  return out;
}

/**
 * Several JSON documents one after another ("[…][…]" or "{…}\n{…}"), as pages saved to one file:
 * JSON.parse refuses such a file, so it is split, only once that has happened.
 */
export function splitConcatenatedJson(text: string): string[] {
  return scanJson(text).spans.map(([start, end]) => text.slice(start, end));
}

function parseJsonDocuments(text: string, source: string): unknown[] {
  try {
    return [JSON.parse(text) as unknown];
  } catch {
    const parts = splitConcatenatedJson(text);
    if (parts.length > 1) return parts.map((p) => parseJson(p, source));
    return [parseJson(text, source)];
  }
}

/** Table names as in HSDS files, singular: services.csv, service.csv and `services` are all `service`. */
export function tableName(name: string): string {
  const n = snake(basename(name, extname(name)));
  if (n.endsWith('ies')) return `${n.slice(0, -3)}y`;
  if (n.endsWith('sses') || n.endsWith('xes')) return n.slice(0, -2);
  if (n.endsWith('ys')) return n.slice(0, -1);
  if (n.endsWith('s') && !n.endsWith('ss')) return n.slice(0, -1);
  return n;
}

/** Known tables of a whole-dataset JSON or a data package, to tell one from a single service. */
const TABLES = new Set([
  'service',
  'organization',
  'location',
  'service_at_location',
  'address',
  'physical_address',
  'phone',
  'schedule',
  'regular_schedule',
  'holiday_schedule',
  'language',
  'accessibility',
  'accessibility_for_disability',
  'service_area',
  'cost_option',
  'contact',
  'attribute',
  'taxonomy_term',
  'taxonomy',
  'service_taxonomy',
  'eligibility',
  'funding',
  'program',
  'required_document',
  'metadata',
]);

type Tables = Map<string, Json[]>;

function rows(tables: Tables, name: string): Json[] {
  return tables.get(name) ?? [];
}

/** Ids are compared as text: a CSV's "12" and a JSON 12 are the same row. */
function idText(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

function where(table: Json[], key: string, value: unknown): Json[] {
  const wanted = idText(value);
  if (wanted === undefined || wanted === '') return [];
  return table.filter((row) => idText(row[key]) === wanted);
}

/** Nests the rows of a tabular dataset under each service, as the HSDS API would return it. */
export function assembleTables(tables: Tables): Json[] {
  const services = rows(tables, 'service');
  const byId = (name: string): Map<string, Json> =>
    new Map(rows(tables, name).map((r) => [String(r['id']), r] as [string, Json]));
  const orgs = byId('organization');
  const locations = byId('location');
  const terms = byId('taxonomy_term');
  const taxonomies = byId('taxonomy');
  const phones = rows(tables, 'phone');
  const locationParts = (location: Json): Json => ({
    ...location,
    addresses: location['addresses'] ?? where(rows(tables, 'address'), 'location_id', location['id']),
    physical_addresses:
      location['physical_addresses'] ?? where(rows(tables, 'physical_address'), 'location_id', location['id']),
    accessibility: Array.isArray(location['accessibility'])
      ? location['accessibility']
      : where(rows(tables, 'accessibility'), 'location_id', location['id']),
    accessibility_for_disabilities: where(rows(tables, 'accessibility_for_disability'), 'location_id', location['id']),
    phones: location['phones'] ?? where(phones, 'location_id', location['id']),
  });
  return services.map((service) => {
    const id = service['id'];
    const nested: Json = { ...service };
    const attach = (key: string, value: Json[]): void => {
      if (!Array.isArray(nested[key]) && value.length > 0) nested[key] = value;
    };
    const org = orgs.get(String(service['organization_id']));
    if (!isObject(nested['organization']) && org) nested['organization'] = org;
    attach('phones', where(phones, 'service_id', id));
    attach(
      'contacts',
      where(rows(tables, 'contact'), 'service_id', id).map((c) => ({
        ...c,
        phones: where(phones, 'contact_id', c['id']),
      })),
    );
    const sals = where(rows(tables, 'service_at_location'), 'service_id', id);
    attach('schedules', [
      ...where(rows(tables, 'schedule'), 'service_id', id),
      ...sals.flatMap((sal) => where(rows(tables, 'schedule'), 'service_at_location_id', sal['id'])),
    ]);
    attach('regular_schedules', [
      ...where(rows(tables, 'regular_schedule'), 'service_id', id),
      ...sals.flatMap((sal) => where(rows(tables, 'regular_schedule'), 'service_at_location_id', sal['id'])),
    ]);
    attach('eligibilitys', where(rows(tables, 'eligibility'), 'service_id', id));
    attach('service_areas', where(rows(tables, 'service_area'), 'service_id', id));
    attach('languages', where(rows(tables, 'language'), 'service_id', id));
    attach('cost_options', where(rows(tables, 'cost_option'), 'service_id', id));
    attach(
      'attributes',
      where(rows(tables, 'attribute'), 'link_id', id).map((a) => ({
        ...a,
        taxonomy_term: terms.get(String(a['taxonomy_term_id'])),
      })),
    );
    attach(
      'service_taxonomys',
      where(rows(tables, 'service_taxonomy'), 'service_id', id).map((st) => ({
        ...st,
        taxonomy: taxonomies.get(String(st['taxonomy_id'])) ?? terms.get(String(st['taxonomy_id'])),
      })),
    );
    attach(
      'service_at_locations',
      sals.map((sal) => {
        const location = locations.get(String(sal['location_id']));
        return location ? { ...sal, location: locationParts(location) } : sal;
      }),
    );
    return nested;
  });
}

function looksLikeService(value: unknown): value is Json {
  return isObject(value) && ('name' in value || 'id' in value) && !('content' in value) && !('contents' in value);
}

/** Finds the services in one decoded JSON document, whatever its shape. */
function collect(value: unknown, source: string, out: SourceRecord[], notes: string[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      if (isObject(item) && (Array.isArray(item['content']) || Array.isArray(item['contents']))) {
        collect(item, `${source}[${i}]`, out, notes);
      } else if (looksLikeService(item)) out.push({ source: `${source}[${i}]`, record: item });
      else notes.push(`${source}[${i}] is not a service (it has no id or name), so it was not read.`);
    });
    return;
  }
  if (!isObject(value)) {
    notes.push(`${source} holds no services.`);
    return;
  }
  const page = value['contents'] ?? value['content'];
  if (Array.isArray(page)) {
    collect(page, `${source} ${'contents' in value ? 'contents' : 'content'}`, out, notes);
    return;
  }
  const tableKeys = Object.keys(value).filter((k) => Array.isArray(value[k]) && TABLES.has(tableName(k)));
  if (tableKeys.includes('services') || tableKeys.includes('service')) {
    const tables: Tables = new Map();
    for (const key of tableKeys) tables.set(tableName(key), (value[key] as unknown[]).filter(isObject));
    assembleTables(tables).forEach((record, i) => out.push({ source: `${source} services[${i}]`, record }));
    return;
  }
  if (looksLikeService(value)) {
    out.push({ source, record: value });
    return;
  }
  notes.push(`${source} is not a service, a list of services or a page of services, so nothing was read from it.`);
}

/** Rows of a CSV table as objects keyed by the header. */
function csvRows(text: string, source: string): Json[] {
  try {
    return parse<Json>(text, { bom: true, columns: true, relax_column_count: true, skip_empty_lines: true });
  } catch (error) {
    throw new ReadError(`${source} could not be read as CSV: ${(error as Error).message}`);
  }
}

/** Pages after the first of a paged web address (HSDS `total_pages`, ORUK 1.0 `totalPages`). */
async function laterPages(first: Json, url: string): Promise<unknown[]> {
  const total = Number(first['total_pages'] ?? 1);
  if (!Number.isFinite(total) || total <= 1) return [];
  const start = Number(first['page_number'] ?? first['number'] ?? 1);
  const pages: unknown[] = [];
  // ORUK 1.0 numbers pages from 0, HSDS 3 from 1; either way, fetch the rest in order.
  const firstNumber = first['number'] !== undefined && first['page_number'] === undefined ? 0 : 1;
  for (let n = start + 1; n < firstNumber + Math.min(total, 500); n++) {
    const next = new URL(url);
    next.searchParams.set('page', String(n));
    pages.push(parseJson(await readText(next.href), next.href));
  }
  return pages;
}

/**
 * For a saved page of a paged API response (ORUK 1.0 `totalElements`/`totalPages`/`number`,
 * HSDS 3 `total_items`/`total_pages`/`page_number`): how many services are on the pages not in
 * the file, and how to fetch them. Undefined when the document is not a page or is the only one.
 */
export function pagingNote(doc: unknown, onThisPage: number): string | undefined {
  if (!isObject(doc)) return undefined;
  const page = snakeKeys(doc, new Set()) as Json;
  const pages = Number(page['total_pages']);
  if (!Number.isFinite(pages) || pages <= 1) return undefined;
  const total = Number(page['total_elements'] ?? page['total_items']);
  const oruk = page['page_number'] === undefined && page['number'] !== undefined;
  const number = Number(page['page_number'] ?? page['number']);
  const shown = Number.isFinite(number) ? (oruk ? number + 1 : number) : undefined;
  const missing = Number.isFinite(total) ? Math.max(0, total - onThisPage) : undefined;
  return (
    `This is page ${shown ?? '?'} of ${pages} of a paged export: ${
      missing === undefined ? 'the other pages' : `${missing.toLocaleString('en-GB')} more services`
    } are on the other ${pages - 1} pages and were not read. ` +
    'To read them all, give import-hsds the web address of the API (for example https://…/services) instead of a saved file, and it fetches every page; ' +
    `or save every page (${oruk ? '?page=0, ?page=1, …' : '?page=1, ?page=2, …'}) one after another into one file, or as files in one folder.`
  );
}

/** Reads a file, folder or web address into service records. */
export async function readHsds(input: string): Promise<SourceRead> {
  const records: SourceRecord[] = [];
  const notes: string[] = [];
  const renamed = new Set<string>();
  const documents: [string, unknown][] = [];
  if (isFolder(input)) {
    const files = listFolder(input);
    const csvs = files.filter((f) => /\.csv$/i.test(f));
    if (csvs.length > 0) {
      const tables: Tables = new Map();
      for (const file of csvs) {
        const table = tableName(file);
        if (!TABLES.has(table)) notes.push(`${file} is not an Open Referral table, so it was not read.`);
        else
          tables.set(
            table,
            csvRows(await readText(join(input, file)), file).map((r) => snakeKeys(r, renamed) as Json),
          );
      }
      if (!tables.has('service')) throw new ReadError(`${input} has CSV files but no services.csv.`);
      assembleTables(tables).forEach((record, i) => records.push({ source: `services.csv row ${i + 2}`, record }));
    }
    for (const file of files.filter((f) => /\.json$/i.test(f) && f !== 'datapackage.json')) {
      for (const doc of parseJsonDocuments(await readText(join(input, file)), file)) documents.push([file, doc]);
    }
    if (csvs.length === 0 && documents.length === 0) throw new ReadError(`${input} has no .json or .csv files.`);
  } else if (/\.csv$/i.test(input) && !isUrl(input)) {
    const tables: Tables = new Map([
      ['service', csvRows(await readText(input), input).map((r) => snakeKeys(r, renamed) as Json)],
    ]);
    assembleTables(tables).forEach((record, i) => records.push({ source: `row ${i + 2}`, record }));
  } else {
    const docs = parseJsonDocuments(await readText(input), input);
    docs.forEach((doc, i) =>
      documents.push([docs.length > 1 ? `${basename(input)} part ${i + 1}` : basename(input), doc]),
    );
    const first = docs[0];
    if (isUrl(input) && isObject(first) && docs.length === 1) {
      const normalised = snakeKeys(first, new Set()) as Json;
      (await laterPages(normalised, input)).forEach((page, i) => documents.push([`page ${i + 2}`, page]));
    } else if (docs.length === 1) {
      const page = isObject(first) ? (first['content'] ?? first['contents']) : undefined;
      const note = pagingNote(first, Array.isArray(page) ? page.length : 0);
      if (note) notes.push(note);
    }
  }
  for (const [source, doc] of documents) collect(snakeKeys(doc, renamed), source, records, notes);
  if (renamed.size > 0) {
    const sample = [...renamed].slice(0, 5).join(', ');
    notes.push(
      `Field names in camelCase (${sample}${renamed.size > 5 ? ', …' : ''}) were read as their snake_case Open Referral names.`,
    );
  }
  return { records, notes };
}
