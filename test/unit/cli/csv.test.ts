import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { columnLetter, CSV_COLUMNS, parseHours, splitCell } from '../../../src/cli/csv-import.ts';
import { parseFeed } from '../../../src/feed/parse.ts';
import { cli, EXAMPLES, readJsonFile, tempDir } from './helpers.ts';

const TEMPLATE = join(EXAMPLES, '../template.csv');
const EXAMPLE = join(EXAMPLES, 'services.example.csv');
const BASE = join(EXAMPLES, 'base.example.json');

describe('import-csv', () => {
  it('round trip: the filled example becomes a feed that validates and the finder reads whole', async () => {
    const dir = tempDir();
    const out = join(dir, 'feed.json');
    const report = join(dir, 'report.md');
    const result = await cli('import-csv', EXAMPLE, '--base', BASE, '--out', out, '--report', report);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Wrote .*feed\.json: 3 services/);
    const validated = await cli('validate', out);
    expect(validated.code).toBe(0);
    expect(validated.stdout).toMatch(/No problems found/);
    const { feed, warnings } = parseFeed(readJsonFile(out));
    expect(warnings).toEqual([]);
    const spark = feed.services.find((s) => s.id === 'spark-club')!;
    // Per-language columns become translations; multi-value cells become lists.
    expect(spark.name).toEqual({ en: 'Spark Club (sample)', gd: 'Club Spark (eisimpleir)' });
    expect(spark.topics).toEqual(['feeling-low', 'friendships', 'school-stress']);
    expect(spark.hours).toEqual([
      { days: ['wed'], opens: '16:00', closes: '18:30' },
      { days: ['sat'], opens: '10:00', closes: '12:00' },
    ]);
    expect(spark.description).toMatchObject({ en: expect.stringContaining('\n• games and food\n') as string });
    const counselling = feed.services.find((s) => s.id === 'counselling-firth')!;
    expect(counselling.free).toBe(false);
    expect(counselling.access.referralFrom).toEqual(['gp', 'school', 'social-work']);
    expect(readFileSync(report, 'utf8')).toMatch(/Every source entry is in the feed/);
  });

  it('has a template whose header is every column the importer reads', () => {
    const header = readFileSync(TEMPLATE, 'utf8').split('\n')[0]!.split(',');
    expect(header.slice(0, CSV_COLUMNS.length)).toEqual([...CSV_COLUMNS]);
  });

  it('names the row and column of every mistake, and drops no row silently', async () => {
    const dir = tempDir();
    const lines = readFileSync(EXAMPLE, 'utf8').trimEnd().split('\n');
    const header = lines[0]!.split(',');
    const at = (name: string): number => header.indexOf(name);
    const row = (values: Record<string, string>): string =>
      header.map((h) => JSON.stringify(values[h] ?? '')).join(',');
    const good = {
      name: 'Good',
      description: 'Fine.',
      topics: 'sleep',
      age_min: '5',
      age_max: '11',
      self_referral: 'yes',
      delivery: 'phone',
      areas: 'all',
      last_reviewed: '2026-10-01',
      phone: '0117 496 0000',
    };
    const csv = [
      lines[0],
      row(good),
      row({ ...good, name: 'Bad ages', age_min: 'eleven' }),
      row({ ...good, name: 'Bad delivery', delivery: 'carrier pigeon', self_referral: 'maybe' }),
      header.map(() => '').join(','),
      row({ ...good, name: '' }),
      row({ ...good, name: 'Good', description: 'Same name, so the id needs a suffix.' }),
    ].join('\n');
    const file = join(dir, 'services.csv');
    writeFileSync(file, `${csv}\n`);
    const report = join(dir, 'report.md');
    const result = await cli('import-csv', file, '--out', join(dir, 'feed.json'), '--report', report);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      new RegExp(
        `row 3 \\(Bad ages\\): column ${columnLetter(at('age_min'))} "age_min": "eleven" should be a whole number`,
      ),
    );
    expect(result.stderr).toMatch(
      /row 4 \(Bad delivery\): column I "self_referral": "maybe" should be yes or no; column S "delivery": should be one of: "in-person", "phone"/,
    );
    expect(result.stderr).toMatch(/row 6: column B "name": is missing/);
    const md = readFileSync(report, 'utf8');
    expect(md).toMatch(/\| row 5 \| {2}\| \(no name\) \| the row is empty \|/);
    const feed = readJsonFile(join(dir, 'feed.json'));
    expect(feed.services.map((s) => s['id'])).toEqual(['good', 'good-2']);
    expect(md).toMatch(/"good" is used by an earlier row, so this one is "good-2"/);
  });

  it('reads "unknown" in the ages, self-referral and areas cells as the service not saying', async () => {
    const dir = tempDir();
    const header = readFileSync(EXAMPLE, 'utf8').split('\n')[0]!.split(',');
    const row = (values: Record<string, string>): string =>
      header.map((h) => JSON.stringify(values[h] ?? '')).join(',');
    const csv = [
      header.join(','),
      row({
        name: 'Teen Talk',
        description: 'A weekly group for teenagers.',
        topics: 'feeling-low',
        age_min: 'unknown',
        age_max: 'Unknown',
        self_referral: 'unknown',
        delivery: 'group',
        areas: 'unknown',
        last_reviewed: '2026-10-01',
      }),
    ].join('\n');
    const file = join(dir, 'services.csv');
    writeFileSync(file, `${csv}\n`);
    const result = await cli('import-csv', file, '--out', join(dir, 'feed.json'), '--scope', 'all');
    expect(result.stderr).toBe('');
    const [service] = readJsonFile(join(dir, 'feed.json')).services;
    expect(service?.['ages']).toBe('unknown');
    expect(service?.['areas']).toBe('unknown');
    expect((service?.['access'] as Record<string, unknown>)['selfReferral']).toBe('unknown');
  });

  it('reads waits in plain words, and leaves out a wait with no date or no one who said it', async () => {
    const dir = tempDir();
    const header = readFileSync(EXAMPLE, 'utf8').split('\n')[0]!.split(',');
    const row = (values: Record<string, string>): string =>
      header.map((h) => JSON.stringify(values[h] ?? '')).join(',');
    const base = {
      description: 'A weekly group.',
      topics: 'feeling-low',
      age_min: '11',
      age_max: '18',
      self_referral: 'yes',
      delivery: 'group',
      areas: 'all',
      last_reviewed: '2026-10-01',
      phone: '0117 496 0000',
      wait_updated: '14/10/2026',
      wait_by: 'the service',
    };
    const csv = [
      header.join(','),
      row({ ...base, name: 'Drop In', wait: 'drop-in' }),
      row({ ...base, name: 'Weeks', wait: 'about 6-8 weeks' }),
      row({ ...base, name: 'Months', wait: '4 months' }),
      row({ ...base, name: 'Not known', wait: 'unknown' }),
      row({ ...base, name: 'Undated', wait: '3 days', wait_updated: '' }),
      row({ ...base, name: 'Nobody said', wait: '21', wait_by: ' ' }),
      row({ ...base, name: 'Soonish', wait: 'soonish' }),
      row({ ...base, name: 'Bad date', wait: '2 weeks', wait_updated: 'last March' }),
    ].join('\n');
    const file = join(dir, 'services.csv');
    writeFileSync(file, `${csv}\n`);
    const result = await cli('import-csv', file, '--out', join(dir, 'feed.json'));
    const letter = (name: string): string => columnLetter(header.indexOf(name));
    // An unreadable wait or date is a mistake to fix, named by row and column.
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `row 8 (Soonish): column ${letter('wait')} "wait": "soonish" is not a wait the tool can read`,
    );
    expect(result.stderr).toContain(
      `row 9 (Bad date): column ${letter('wait_updated')} "wait_updated": "last March" should be a date`,
    );
    // A wait with no date or no one named is a warning: the service is in, the wait is not.
    expect(result.stderr).toMatch(/2 rows are in the feed without a value given:/);
    expect(result.stderr).toContain(
      `row 6 (Undated): column ${letter('wait_updated')} "wait_updated": the wait "3 days" has no date (wait_updated), so it was left out`,
    );
    expect(result.stderr).toMatch(/row 7 \(Nobody said\): .*"wait_by": the wait "21" has no one named as saying so/);
    const services = readJsonFile(join(dir, 'feed.json')).services;
    const waits = new Map(services.map((s) => [String(s['name']), s['wait']]));
    expect(Object.fromEntries(waits)).toEqual({
      'Drop In': { days: 0, updated: '2026-10-14', by: 'the service' },
      Weeks: { days: 56, updated: '2026-10-14', by: 'the service' },
      Months: { days: 120, updated: '2026-10-14', by: 'the service' },
      'Not known': undefined,
      Undated: undefined,
      'Nobody said': undefined,
    });
    const md = readFileSync(join(dir, 'feed.import-report.md'), 'utf8');
    expect(md).toContain('wait: "…" is a range, so the longer end (56 days) was used');
  });

  it('reports columns it does not know, and a missing required column', async () => {
    const dir = tempDir();
    const file = join(dir, 'odd.csv');
    writeFileSync(file, 'name,description,favourite_colour\nA,B,blue\n');
    const result = await cli('import-csv', file, '--out', join(dir, 'feed.json'));
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/no "delivery" column/);
    const md = readFileSync(join(dir, 'feed.import-report.md'), 'utf8');
    expect(md).toMatch(/`column "favourite_colour"` \| 1 \|/);
  });

  it('exits 2 for a file it cannot read', async () => {
    expect((await cli('import-csv', '/no/such/file.csv')).code).toBe(2);
  });

  it('reads multi-value cells and opening hours', () => {
    expect(splitCell('a; b |c\nd;;')).toEqual(['a', 'b', 'c', 'd']);
    expect(parseHours('mon-fri 09:00-17:00; sat 10.00 - 12.30')).toEqual({
      hours: [
        { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '17:00' },
        { days: ['sat'], opens: '10:00', closes: '12:30' },
      ],
    });
    expect(parseHours('fri-mon 20:00-02:00').hours[0]?.days).toEqual(['fri', 'sat', 'sun', 'mon']);
    expect(parseHours('whenever').error).toMatch(/not in the form/);
    expect(columnLetter(0)).toBe('A');
    expect(columnLetter(27)).toBe('AB');
  });
});
