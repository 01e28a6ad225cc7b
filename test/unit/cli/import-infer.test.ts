import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/cli/infer/review-sheet.ts';
import { parseFeed } from '../../../src/feed/parse.ts';
import { cli, FIXTURES, readJsonFile, tempDir, writeJson } from './helpers.ts';

const ORUK1 = join(FIXTURES, 'oruk1-council-list.json');
const ORUK3 = join(FIXTURES, 'oruk3-full-services.json');
const CSV = join(FIXTURES, 'council-services.csv');

type Service = Record<string, unknown> & {
  provenance?: Record<string, { from: string; evidence?: string[]; confidence?: number; by?: string }>;
};

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  dir: string;
  out: string;
  sheetPath: string;
  feed: () => { services: Service[] };
  report: () => string;
  sheet: () => string[][];
  byName: (name: string) => Service;
}

async function runImport(command: string, input: string, ...extra: string[]): Promise<Run> {
  const dir = extra.includes('--out') ? '' : tempDir();
  const out = extra.includes('--out') ? (extra[extra.indexOf('--out') + 1] ?? '') : join(dir, 'feed.json');
  const result = await cli(command, input, ...(extra.includes('--out') ? extra : [...extra, '--out', out]));
  const sheetPath = out.replace(/\.json$/, '.review.csv');
  const feed = (): { services: Service[] } => readJsonFile(out);
  return {
    ...result,
    dir,
    out,
    sheetPath,
    feed,
    report: () => readFileSync(out.replace(/\.json$/, '.import-report.md'), 'utf8'),
    sheet: () => {
      const rows: string[][] = parse(readFileSync(sheetPath, 'utf8'), { bom: true });
      return rows;
    },
    byName: (name) => {
      const found = feed().services.find((s) => s['name'] === name);
      if (!found) throw new Error(`no "${name}" in the feed`);
      return found;
    },
  };
}

function sourceCount(): number {
  return (JSON.parse(readFileSync(ORUK1, 'utf8')) as { content: unknown[] }).content.length;
}

describe('import-hsds on a council’s ORUK 1.0 list export with no mapping', () => {
  it('writes a useful feed the finder reads whole, and loses no entry silently', async () => {
    const run = await runImport('import-hsds', ORUK1);
    expect(run.code).toBe(0);
    const { feed, warnings } = parseFeed(readJsonFile(run.out));
    expect(warnings.filter((w) => w.effect === 'skipped')).toEqual([]);
    expect(feed.services.length).toBeGreaterThanOrEqual(10);
    // Every source entry is kept or listed as left out, in the report and on the review sheet.
    const sheet = run.sheet();
    const [header, ...rows] = sheet;
    expect(header?.slice(0, 4)).toEqual(['id', 'name', 'kept or left out', 'reason']);
    expect(rows).toHaveLength(sourceCount());
    const kept = rows.filter((r) => r[2] === 'kept').length;
    expect(kept).toBe(feed.services.length);
    const notInFeed = run.report().split('## Not in the feed')[1]?.split('## Source fields')[0] ?? '';
    const leftOut = notInFeed.split('\n').filter((l) => /^\| oruk1-council-list\.json content\[\d+\] \| /.test(l));
    expect(leftOut).toHaveLength(sourceCount() - kept);
  });

  it('reads topics, ages, audiences, self-referral and contacts from the text, with evidence', async () => {
    const run = await runImport('import-hsds', ORUK1);
    const youth = run.byName('Youth Counselling Service');
    expect(youth).toMatchObject({
      ages: { min: 11, max: 18 },
      access: { selfReferral: true },
      contact: { phone: '0117 496 0202', email: 'hello@youthcounselling.org.uk' },
    });
    expect(youth['topics']).toEqual(expect.arrayContaining(['wellbeing', 'feeling-worried']));
    expect(youth.provenance).toMatchObject({
      // The broad audience type "Mental Health" gives way to what the text names precisely.
      topics: {
        from: 'inferred',
        evidence: ['audience type or term "Mental Health"', 'Counselling', 'anxious', 'stressed'],
      },
      'topics.feeling-worried': { from: 'inferred', evidence: ['anxious', 'stressed'] },
      ages: { from: 'inferred', evidence: ['aged 11 to 18'], confidence: 0.9 },
      'access.selfReferral': { from: 'inferred', evidence: ['refer yourself'] },
      'contact.phone': { from: 'inferred', evidence: ['0117 496 0202'] },
    });
    const clinic = run.byName('Sexual Health Clinic');
    expect(clinic).toMatchObject({ topics: ['relationships-sex'], ages: { min: 0, max: 24 } });
    expect(clinic.provenance?.['topics.relationships-sex']?.evidence).toEqual(
      expect.arrayContaining(['Contraception', 'pregnancy']),
    );
    // Words both ways leave self-referral unknown, with the words in the report to check.
    expect(run.byName('Parenting Support Programme')['access']).toMatchObject({ selfReferral: 'unknown' });
    expect(run.report()).toContain(
      'self-referral: the text says both ways ("call us", "Referral from your health visitor"), so it is left unknown to check',
    );
    const bereaved = run.byName('Bereavement Support for Children');
    expect(bereaved['access']).toMatchObject({ selfReferral: false });
    expect((bereaved['access'] as { referralFrom: string[] }).referralFrom).toEqual(
      expect.arrayContaining(['gp', 'school']),
    );
    expect(run.byName('Housing Options Team')).toMatchObject({ topics: ['money-housing'], ages: { min: 16, max: 17 } });
  });

  it('writes unknown, never a default, for what neither the source nor the text says', async () => {
    const run = await runImport('import-hsds', ORUK1);
    const shed = run.byName("Men's Shed");
    expect(shed).toMatchObject({ ages: 'unknown', areas: 'unknown', access: { selfReferral: 'unknown' } });
    expect(shed.provenance).not.toHaveProperty('ages');
    for (const s of run.feed().services) expect(s['areas']).toBe('unknown');
  });

  it('leaves adult services out, each with a reason in plain words', async () => {
    const report = (await runImport('import-hsds', ORUK1)).report();
    expect(report).toMatch(/\| Dementia Friendly Cafe \| out of scope: dementia care \(audience type “Dementia”\) \|/);
    expect(report).toMatch(/\| Over 50s Gardening Group \| out of scope: for adults 50 and over \|/);
    expect(report).toMatch(/\| Job Club \| out of scope: for adults \(the text says “adults”\) \|/);
    expect(report).toMatch(/\| Stroke Survivors Club \| out of scope: stroke support/);
    expect(report).toMatch(/\| Volunteer to help prevent sexual harm \| out of scope: for adults/);
    expect(report).toMatch(
      /\| Debt and Money Advice \| out of scope: about money-housing, but nothing says it is for children, young people or families/,
    );
    expect(report).toMatch(/\| \(no name\) \| it has no name \|/);
    expect(report).toMatch(/\| Youth Counselling Service \| the same service \(same id and name\) appears earlier/);
  });

  it('says on stdout what was read, defaulted and left unknown, what to review first, and about the other pages', async () => {
    const { stdout } = await runImport('import-hsds', ORUK1);
    expect(stdout).toMatch(/^This is page 1 of 3 of a paged export: 43 more services are on the other 2 pages/);
    expect(stdout).toMatch(/give import-hsds the web address of the API/);
    expect(stdout).toMatch(
      /Read from the text \(inferred\): topics \d+, ages \d+, who it is for \d+, self-referral \d+/,
    );
    expect(stdout).toMatch(/Set by a mapping default: nothing\./);
    expect(stdout).toMatch(/Left unknown: .*areas \d+/);
    expect(stdout).toMatch(/Review first: \d+ services? \(no topic, or an unsure reading\)/);
    expect(stdout).toMatch(/\d+ source entries were left out \(\d+ out of scope\)/);
  });

  it('says how many services are on the other pages of a saved HSDS 3 page', async () => {
    const dir = tempDir();
    const input = writeJson(dir, 'page.json', {
      total_items: 40,
      total_pages: 4,
      page_number: 1,
      size: 1,
      contents: [{ id: 'y1', name: 'Youth Club', description: 'For young people aged 11-18.', status: 'active' }],
    });
    const run = await runImport('import-hsds', input, '--out', join(dir, 'feed.json'));
    expect(run.stdout).toMatch(/^This is page 1 of 4 of a paged export: 39 more services are on the other 3 pages/);
    expect(run.stdout).toMatch(/\?page=1, \?page=2/);
    expect(run.report()).toMatch(/This is page 1 of 4/);
  });

  it('keeps everything but unusable entries with --scope all', async () => {
    const run = await runImport('import-hsds', ORUK1, '--scope', 'all');
    expect(run.code).toBe(0);
    const names = run.feed().services.map((s) => s['name']);
    expect(names).toEqual(expect.arrayContaining(['Dementia Friendly Cafe', 'Job Club', 'Over 50s Gardening Group']));
    // Only the nameless entry and the repeated listing are left out.
    expect(names).toHaveLength(sourceCount() - 2);
  });

  it('lets a mapping’s terms match audience types and its scope keep them', async () => {
    const dir = tempDir();
    const mapping = writeJson(dir, 'mapping.json', {
      terms: { Dementia: { topics: ['caring'] } },
      scope: { terms: ['Dementia'] },
    });
    const run = await runImport('import-hsds', ORUK1, '--mapping', mapping, '--out', join(dir, 'feed.json'));
    expect(run.feed().services.map((s) => s['name'])).toEqual(['Dementia Friendly Cafe']);
    expect(run.byName('Dementia Friendly Cafe')['topics']).toEqual(['caring']);
    expect(run.report()).toMatch(/Job Club \| out of scope: the mapping's scope/);
  });

  it('exits 1 when it keeps no service, says what to do, and still writes the report and sheet', async () => {
    const dir = tempDir();
    const input = writeJson(dir, 'adults.json', [
      { id: 'a1', name: 'Over 60s Tea Dance', description: '<p>For over 60s.</p>', status: 'active' },
      { id: 'a2', name: 'Allotment Society', description: '<p>Grow your own veg.</p>', status: 'active' },
    ]);
    const run = await runImport('import-hsds', input, '--out', join(dir, 'feed.json'));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/No service was kept/);
    expect(run.stderr).toMatch(/--scope all/);
    expect(run.stderr).toMatch(/add a mapping/);
    expect(existsSync(join(dir, 'feed.json'))).toBe(false);
    expect(run.report()).toMatch(/Over 60s Tea Dance \| out of scope: for adults 60 and over/);
    expect(run.sheet()).toHaveLength(3);
  });
});

describe('import-hsds on ORUK 3.0 full services', () => {
  it('takes ages, terms, contacts and phones from the fields, and fills the rest from text', async () => {
    const run = await runImport('import-hsds', ORUK3);
    expect(run.code).toBe(0);
    expect(parseFeed(readJsonFile(run.out)).warnings.filter((w) => w.effect === 'skipped')).toEqual([]);
    const camhs = run.byName('CAMHS Getting Help Team');
    expect(camhs).toMatchObject({
      ages: { min: 5, max: 17 },
      access: { selfReferral: false, referralFrom: ['gp', 'school', 'social-work'] },
      contact: { phone: '0117 496 0701' },
    });
    // Source fields need no provenance entry; text readings have one.
    expect(camhs.provenance).not.toHaveProperty('ages');
    expect(camhs.provenance?.['topics.feeling-worried']).toMatchObject({ from: 'inferred', evidence: ['anxiety'] });
    const talk = run.byName('Talk Time');
    expect(talk).toMatchObject({ ages: { min: 16, max: 25 }, access: { selfReferral: true } });
    expect(talk.provenance?.['ages']?.evidence).toEqual(['aged 16 to 25']);
    expect(run.byName('Family Nurse Partnership')['contact']).toEqual({ email: 'fnp@northside-nhs.uk' });
    const report = run.report();
    expect(report).toMatch(/Memory Matters \| out of scope: for adults 65 and over/);
    expect(report).toMatch(/Closed Youth Project \| its status is "inactive"/);
    // Childline names no topic the tool is sure of: kept, and first on the list to review.
    expect(run.byName('Childline')['topics']).toEqual([]);
    expect(report).toMatch(/## Review these first[\s\S]*\| Childline \| no topic; unsure reading of delivery \|/);
  });
});

describe('import-csv reads the same meaning from a spreadsheet’s words', () => {
  it('fills empty cells from the row’s text, leaves adults out, and names the row with a mistake', async () => {
    const run = await runImport('import-csv', CSV);
    expect(run.code).toBe(1); // one row has a mistake to fix
    expect(parseFeed(readJsonFile(run.out)).warnings.filter((w) => w.effect === 'skipped')).toEqual([]);
    const teen = run.byName('Teen Talk');
    expect(teen['topics']).toEqual(expect.arrayContaining(['feeling-worried', 'sleep']));
    expect(teen).toMatchObject({
      ages: { min: 13, max: 19 },
      access: { selfReferral: true },
      contact: { phone: '01234 567890', email: 'talk@teentalk.org.uk' },
      areas: 'unknown',
    });
    expect(run.byName('Spark Club').provenance ?? {}).not.toHaveProperty('topics');
    expect(run.report()).toMatch(
      /\| row 4 \| tea-dance \| Over 60s Tea Dance \| out of scope: for adults 60 and over \|/,
    );
    expect(run.stderr).toMatch(/row 6 \(Broken Row\): column F "age_min": "eleven" should be a whole number of years/);
    expect(run.sheet()).toHaveLength(6);
  });
});

describe('import-csv with the gaps officers leave', () => {
  it('reads one age as from 0 or and over, and a missing review date as old, each listed as a default', async () => {
    const dir = tempDir();
    const file = join(dir, 'gaps.csv');
    writeFileSync(
      file,
      'name,description,age_min,age_max,delivery\nJunior Club,A youth club for children.,,12,in-person\nTeen Club,A youth club for young people.,13,,in-person\n',
    );
    const run = await runImport('import-csv', file, '--out', join(dir, 'feed.json'));
    expect(run.code).toBe(0);
    expect(run.byName('Junior Club')).toMatchObject({
      ages: { min: 0, max: 12 },
      lastReviewed: '2000-01-01',
      importWarnings: [
        'ages: no age_min given, so 0–12',
        'review date: none given, so 2000-01-01 (the finder will say it may be out of date)',
      ],
    });
    expect(run.byName('Teen Club')['ages']).toEqual({ min: 13, max: 120 });
  });
});

/** Sets the confirm-or-correct cell of a row (by service name) in a parsed sheet. */
function edit(sheet: string[][], name: string, column: string, value: string): void {
  const header = sheet[0] ?? [];
  const row = sheet.find((r) => r[1] === name);
  const index = header.indexOf(column);
  if (!row || index < 0) throw new Error(`no row "${name}" or column "${column}"`);
  row[index] = value;
}

describe('the review round trip', () => {
  it('writes a sheet spreadsheets open: BOM, CRLF, every cell quoted, an empty column to confirm or correct', async () => {
    const run = await runImport('import-hsds', ORUK1);
    const raw = readFileSync(run.sheetPath, 'utf8');
    expect(raw.startsWith('\uFEFF"id","name","kept or left out","reason","reviewer","topics","topics: from"')).toBe(
      true,
    );
    expect(raw).toMatch(/\r\n/);
    expect(raw.replace(/\r\n/g, '')).not.toMatch(/\n(?!")/);
    const [header = [], ...rows] = run.sheet();
    const youth = rows.find((r) => r[1] === 'Youth Counselling Service') ?? [];
    const at = (c: string): string => youth[header.indexOf(c)] ?? '';
    expect(at('ages')).toBe('11-18');
    expect(at('ages: from')).toBe('inferred');
    expect(at('ages: evidence')).toBe('“aged 11 to 18” (90% sure)');
    expect(at('ages: confirm or correct')).toBe('');
    expect(at('areas: from')).toBe('unknown');
    expect(at('in scope')).toBe('yes');
  });

  it('applies corrections by id, marks them reviewed, and keeps them across later imports', async () => {
    const dir = tempDir();
    const out = join(dir, 'feed.json');
    const first = await runImport('import-hsds', ORUK1, '--out', out);
    const sheet = first.sheet();
    const header = sheet[0] ?? [];
    edit(sheet, 'Youth Counselling Service', 'ages: confirm or correct', 'yes');
    edit(sheet, 'Youth Counselling Service', 'topics: confirm or correct', 'feeling-worried; feeling-low');
    edit(sheet, 'Youth Counselling Service', 'reviewer', 'j.smith');
    edit(sheet, 'Debt and Money Advice', 'ages: confirm or correct', '16-25');
    edit(sheet, 'Debt and Money Advice', 'self-referral: confirm or correct', 'yes');
    edit(sheet, 'Debt and Money Advice', 'in scope: confirm or correct', 'include');
    edit(sheet, 'Rainbow Youth', 'ages: confirm or correct', 'eleven');
    edit(sheet, 'Kooth Online Support', 'web: confirm or correct', 'unknown');
    edit(sheet, 'Dementia Friendly Cafe', 'in scope: confirm or correct', 'include');
    edit(sheet, "Men's Shed", 'in scope: confirm or correct', 'exclude');
    const edited = join(dir, 'edited.csv');
    writeFileSync(edited, toCsv(sheet));

    const second = await runImport('import-hsds', ORUK1, '--out', out, '--review', edited);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/Applied the review sheet .*edited\.csv/);
    const youth = second.byName('Youth Counselling Service');
    expect(youth['topics']).toEqual(['feeling-worried', 'feeling-low']);
    expect(youth.provenance).toMatchObject({
      ages: { from: 'reviewed', by: 'j.smith' },
      topics: { from: 'reviewed', by: 'j.smith' },
      'topics.feeling-low': { from: 'reviewed', by: 'j.smith' },
    });
    expect(youth.provenance).not.toHaveProperty('topics.wellbeing');
    const debt = second.byName('Debt and Money Advice');
    // In the self-referral column, yes and no are the answer itself.
    expect(debt).toMatchObject({ ages: { min: 16, max: 25 }, access: { selfReferral: true } });
    expect(debt.provenance?.['access.selfReferral']?.from).toBe('reviewed');
    expect(debt.provenance?.['ages']?.by).toMatch(/^edited\.csv \d{4}-\d{2}-\d{2}$/);
    // Corrected values feed the scope rule: with ages 16-25 it is in without needing the "include".
    expect(second.sheet().find((r) => r[1] === 'Debt and Money Advice')?.[3]).toBe('for ages 16 to 25');
    const men = second.sheet().find((r) => r[1] === "Men's Shed");
    expect(men?.slice(2, 4)).toEqual(['left out', expect.stringMatching(/^left out by review \(edited\.csv /)]);
    expect(second.byName('Kooth Online Support')['contact']).toEqual({});
    expect(second.byName('Dementia Friendly Cafe')).toBeTruthy();
    expect(second.feed().services.map((s) => s['name'])).not.toContain("Men's Shed");
    // A bad cell is named by row and column; nothing else is lost.
    const rainbowRow = sheet.findIndex((r) => r[1] === 'Rainbow Youth') + 1;
    expect(second.stderr).toContain(
      `edited.csv row ${rainbowRow}, column "ages: confirm or correct": "eleven" should be two ages such as 11-18`,
    );
    expect(second.byName('Rainbow Youth')['ages']).toEqual({ min: 13, max: 19 });
    expect(second.report()).toMatch(/## Review sheet cells not used/);

    // The new sheet carries the corrections; a third import with it (here found beside the feed) keeps them.
    const carried = second.sheet();
    const youthRow = carried.find((r) => r[1] === 'Youth Counselling Service') ?? [];
    expect(youthRow[header.indexOf('topics: confirm or correct')]).toBe('feeling-worried; feeling-low');
    expect(youthRow[header.indexOf('topics: from')]).toBe('reviewed');
    const third = await runImport('import-hsds', ORUK1, '--out', out);
    expect(third.stdout).toMatch(/Applied the review sheet .*feed\.review\.csv/);
    expect(third.byName('Youth Counselling Service').provenance?.['topics']).toMatchObject({
      from: 'reviewed',
      by: 'j.smith',
    });
    expect(third.byName('Dementia Friendly Cafe')).toBeTruthy();
    expect(third.feed().services.map((s) => s['name'])).not.toContain("Men's Shed");
    const { feed } = parseFeed(readJsonFile(out));
    expect(feed.services.find((s) => s.name === 'Youth Counselling Service')?.provenance?.['ages']?.from).toBe(
      'reviewed',
    );
  });

  it('lists corrections for services no longer in the source', async () => {
    const dir = tempDir();
    const out = join(dir, 'feed.json');
    const first = await runImport('import-hsds', ORUK1, '--out', out);
    const sheet = first.sheet();
    edit(sheet, 'Kooth Online Support', 'ages: confirm or correct', 'yes');
    writeFileSync(first.sheetPath, toCsv(sheet));
    const page = JSON.parse(readFileSync(ORUK1, 'utf8')) as { content: { name: string }[] };
    page.content = page.content.filter((s) => s.name !== 'Kooth Online Support');
    const smaller = writeJson(dir, 'smaller.json', page);
    const second = await runImport('import-hsds', smaller, '--out', out);
    const gone = second.sheet().find((r) => r[1] === 'Kooth Online Support') ?? [];
    expect(gone.slice(2, 4)).toEqual(['no longer in the source', 'no longer in the source']);
    expect(gone).toContain('yes');
  });
});

/** Fills a service's wait cells: what to write, then the date said and who said it, if given. */
function editWait(sheet: string[][], name: string, wait: string, date?: string, who?: string): void {
  edit(sheet, name, 'wait: confirm or correct', wait);
  if (date !== undefined) edit(sheet, name, 'wait: date said', date);
  if (who !== undefined) edit(sheet, name, 'wait: who said', who);
}

describe('waits on the review sheet', () => {
  /** The council export, with a wait in one service's words and in another's HSDS 3.0 `wait_time`. */
  function exportWithWaits(dir: string): string {
    const page = JSON.parse(readFileSync(ORUK1, 'utf8')) as { content: Record<string, unknown>[] };
    const youth = page.content.find((s) => s['name'] === 'Youth Counselling Service')!;
    youth['description'] = `${String(youth['description'])}<p>There is a waiting list of about 6 weeks.</p>`;
    page.content.find((s) => s['name'] === 'Kooth Online Support')!['wait_time'] = 'usually seen within 48 hours';
    return writeJson(dir, 'export.json', page);
  }

  it('suggests what the text says, writes no unconfirmed wait, and keeps confirmed waits across imports', async () => {
    const dir = tempDir();
    const out = join(dir, 'feed.json');
    const input = exportWithWaits(dir);
    const first = await runImport('import-hsds', input, '--out', out);
    const sheet = first.sheet();
    const header = sheet[0] ?? [];
    const at = (name: string, column: string): string =>
      sheet.find((r) => r[1] === name)?.[header.indexOf(column)] ?? '';
    expect(header).toEqual(
      expect.arrayContaining(['wait', 'wait: from', 'wait: evidence', 'wait: confirm or correct', 'wait: date said']),
    );
    expect(at('Youth Counselling Service', 'wait')).toBe('unknown');
    expect(at('Youth Counselling Service', 'wait: evidence')).toBe(
      'the text suggests 6 weeks (42 days): “waiting list of about 6 weeks” (70% sure); not in the feed until you confirm it with yes, a date and who said it',
    );
    expect(at('Kooth Online Support', 'wait: evidence')).toMatch(/^the text suggests 2 days: “seen within 48 hours”/);
    expect(at('Rainbow Youth', 'wait: evidence')).toMatch(/^the text suggests same day: “Just turn up”/);
    // Read, never written: no service has a wait until a person confirms it.
    expect(first.feed().services.filter((s) => 'wait' in s)).toEqual([]);
    expect(first.report()).not.toContain('wait_time');

    edit(sheet, 'Youth Counselling Service', 'reviewer', 'j.smith');
    editWait(sheet, 'Youth Counselling Service', 'yes', '2026-11-20', 'the service, by phone');
    editWait(sheet, 'Kooth Online Support', '4 months', '01/10/2026', 'Kooth');
    // Confirmed with no date or name: not written, and said why.
    editWait(sheet, 'Rainbow Youth', 'yes');
    const edited = join(dir, 'edited.csv');
    writeFileSync(edited, toCsv(sheet));

    const second = await runImport('import-hsds', input, '--out', out, '--review', edited);
    expect(second.code).toBe(0);
    expect(second.byName('Youth Counselling Service')['wait']).toEqual({
      days: 42,
      updated: '2026-11-20',
      by: 'the service, by phone',
    });
    expect(second.byName('Youth Counselling Service').provenance?.['wait']).toEqual({
      from: 'reviewed',
      by: 'j.smith',
      evidence: ['waiting list of about 6 weeks'],
    });
    expect(second.byName('Kooth Online Support')['wait']).toEqual({ days: 120, updated: '2026-10-01', by: 'Kooth' });
    expect(second.byName('Rainbow Youth')).not.toHaveProperty('wait');
    const rainbowRow = sheet.findIndex((r) => r[1] === 'Rainbow Youth') + 1;
    expect(second.stderr).toContain(
      `edited.csv row ${rainbowRow}, column "wait: confirm or correct": the wait "yes" needs "wait: date said" and "wait: who said" filled in`,
    );
    const carried = second.sheet();
    const youth = carried.find((r) => r[1] === 'Youth Counselling Service') ?? [];
    expect(youth[header.indexOf('wait')]).toBe('6 weeks (42 days), said 2026-11-20 by the service, by phone');
    expect(youth[header.indexOf('wait: from')]).toBe('reviewed');
    expect(youth[header.indexOf('wait: who said')]).toBe('the service, by phone');

    // The sheet written beside the feed carries the waits into the next import.
    const third = await runImport('import-hsds', input, '--out', out);
    expect(third.byName('Youth Counselling Service')['wait']).toMatchObject({ days: 42, updated: '2026-11-20' });
    const { feed } = parseFeed(readJsonFile(out));
    expect(feed.services.find((s) => s.name === 'Kooth Online Support')?.wait?.days).toBe(120);
  });

  it('clears a wait with "unknown" and names a wait cell it cannot read', async () => {
    const dir = tempDir();
    const out = join(dir, 'feed.json');
    const input = exportWithWaits(dir);
    const first = await runImport('import-hsds', input, '--out', out);
    const sheet = first.sheet();
    editWait(sheet, 'Youth Counselling Service', 'a while', '2026-11-20', 'the service');
    editWait(sheet, 'Kooth Online Support', 'unknown');
    const edited = join(dir, 'edited.csv');
    writeFileSync(edited, toCsv(sheet));
    const second = await runImport('import-hsds', input, '--out', out, '--review', edited);
    expect(second.stderr).toMatch(/column "wait: confirm or correct": "a while" is not a wait the tool can read/);
    expect(second.byName('Youth Counselling Service')).not.toHaveProperty('wait');
    const kooth = second.byName('Kooth Online Support');
    expect(kooth).not.toHaveProperty('wait');
    expect(kooth.provenance?.['wait']?.from).toBe('reviewed');
  });
});
