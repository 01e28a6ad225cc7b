import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importRecords, clock } from '../../../src/cli/hsds-import.ts';
import { readHsds, splitConcatenatedJson, tableName } from '../../../src/cli/hsds-read.ts';
import { parseMapping } from '../../../src/cli/mapping.ts';
import { parseFeed } from '../../../src/feed/parse.ts';
import { cli, EXAMPLES, FIXTURES, readJsonFile, tempDir, writeJson } from './helpers.ts';

const MAPPING = join(FIXTURES, 'mapping.json');

async function importFixture(name: string): Promise<{
  code: number;
  stdout: string;
  feed: ReturnType<typeof readJsonFile>;
  report: string;
  byName: (name: string) => Record<string, unknown>;
}> {
  const dir = tempDir();
  const out = join(dir, 'feed.json');
  const reportPath = join(dir, 'report.md');
  const result = await cli(
    'import-hsds',
    join(FIXTURES, name),
    '--mapping',
    MAPPING,
    '--out',
    out,
    '--report',
    reportPath,
  );
  const feed = readJsonFile(out);
  return {
    code: result.code,
    stdout: result.stdout,
    feed,
    report: readFileSync(reportPath, 'utf8'),
    byName: (n) => {
      const found = feed.services.find((s) => s['name'] === n);
      if (!found) throw new Error(`no service "${n}" in ${feed.services.map((s) => String(s['name'])).join(', ')}`);
      return found;
    },
  };
}

describe('import-hsds reads every shape an export comes in', () => {
  it.each([
    ['HSDS 3 plain array of services', 'hsds3-services.json', 3],
    ['HSDS 3 single service with camelCase names', 'hsds3-single-camel.json', 1],
    ['HSDS 3 paged service_list with contents', 'hsds3-service-list.json', 2],
    ['HSDS 3 whole-dataset JSON of tables', 'hsds3-dataset.json', 1],
    ['HSDS 3 tabular data package (folder of CSVs)', 'hsds3-package', 2],
    ['ORUK 1.0 page with content', 'oruk1-page.json', 2],
    ['ORUK 1.0 pages’ arrays concatenated', 'oruk1-concatenated.json', 3],
  ])('%s', async (_label, file, count) => {
    const { code, feed } = await importFixture(file);
    expect(code).toBe(0);
    expect(feed.services).toHaveLength(count);
    // Whatever the shape, the finder takes every service.
    const { feed: parsed, warnings } = parseFeed(feed);
    expect(parsed.services).toHaveLength(count);
    expect(warnings.filter((w) => w.effect === 'skipped')).toEqual([]);
  });

  it('nests tabular rows under their service: phones, places, hours and terms', async () => {
    const { byName } = await importFixture('hsds3-package');
    expect(byName('Teen Talk')).toMatchObject({
      organisation: 'Northside Youth',
      description: 'Talking therapy for teenagers.',
      topics: ['feeling-low'],
      ages: { min: 13, max: 18 },
      contact: { phone: '0117 496 0333', web: 'https://teentalk.org.uk/' },
      locations: [{ name: 'Teen Hub', address: '9 High St, Northside', postcode: 'NS2 9ZZ', lat: 51.5, lon: -2.6 }],
      areas: ['northside'],
      hours: [{ days: ['tue', 'thu'], opens: '15:30', closes: '18:00' }],
      lastReviewed: '2026-04-01',
    });
    expect(byName('Little Steps')).toMatchObject({ topics: ['parenting'], cost: '£3 a session', free: false });
  });

  it('reads whole-dataset schedules that hang off service_at_location', async () => {
    const { byName } = await importFixture('hsds3-dataset.json');
    expect(byName('Family Hub')).toMatchObject({
      hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '17:00' }],
      areas: ['riverside'],
      cost: 'Some activities cost £1.',
    });
  });

  it('reads ORUK 1.0 eligibilitys, regular_schedules with weekday names, physical_addresses and service_taxonomys', async () => {
    const { byName } = await importFixture('oruk1-page.json');
    expect(byName('ORUK Service 1')).toMatchObject({
      organisation: 'Riverside Council',
      ages: { min: 8, max: 17 },
      hours: [{ days: ['mon', 'fri'], opens: '09:00', closes: '12:00' }],
      locations: [
        { name: 'Library', address: '3 Book St, Riverside', postcode: 'RV4 3BB', accessibility: 'Lift to all floors' },
      ],
      topics: ['feeling-low'],
      areas: ['riverside'],
      languages: ['cy'],
      contact: { phone: '0117 496 0501' },
    });
    // "Free" in the source's own words is kept as words; it is never assumed.
    expect(byName('ORUK Service 2')).toMatchObject({ cost: 'Free', free: false });
  });

  it('reads camelCase field names as their Open Referral names', async () => {
    const { byName, report } = await importFixture('hsds3-single-camel.json');
    expect(byName('Camel Case Café')).toMatchObject({
      description: 'Meet up & chat.',
      ages: { min: 12, max: 19 },
      topics: ['identity'],
      groups: ['lgbtq'],
      lastReviewed: '2026-01-10',
      contact: { phone: '0117 496 0777' },
    });
    expect(report).toMatch(/camelCase \(.*minimumAge/);
  });

  it('fetches a paged service_list from a web address, page by page', async () => {
    const page = (n: number): unknown => ({
      total_items: 3,
      total_pages: 3,
      page_number: n,
      size: 1,
      contents: [
        {
          id: `web-${n}`,
          name: `Web ${n}`,
          description: 'x',
          status: 'active',
          minimum_age: 5,
          maximum_age: 9,
          attributes: [{ taxonomy_term: { name: 'Mental health' } }],
        },
      ],
    });
    const server = createServer((req, res) => {
      const n = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('page') ?? '1');
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(page(n)));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      const read = await readHsds(`http://127.0.0.1:${port}/services`);
      expect(read.records.map((r) => r.record['id'])).toEqual(['web-1', 'web-2', 'web-3']);
    } finally {
      server.close();
    }
  });
});

describe('import-hsds with real-data problems', () => {
  it('turns HTML descriptions into plain text with paragraphs and list items', async () => {
    const { byName } = await importFixture('hsds3-services.json');
    const description = String(byName('Youth Space Drop-in')['description']);
    expect(description).toBe(
      'We help young people aged 11–18 who feel low… & isolated.\n\nWe offer:\n\n• One-to-one chats\n• Group sessions\n\nFind out more on our website (https://youthspace.org.uk/about).',
    );
    expect(description).not.toMatch(/<|&nbsp;|\u200b|\u00a0/);
  });

  it('treats <p><br></p> as no description, and applies the mapping’s default with a warning', async () => {
    const { byName } = await importFixture('hsds3-services.json');
    const carers = byName('Young Carers Group');
    expect(carers['description']).toBe('Contact the service to find out what it offers.');
    expect(carers['importWarnings']).toContain(
      'description: none in the source, so "Contact the service to find out what it offers."',
    );
  });

  it('keeps UUID-shaped ids that are not RFC 4122, and gives a reused id a suffix', async () => {
    const { byName, report } = await importFixture('hsds3-services.json');
    expect(byName('Youth Space Drop-in')['id']).toBe('a1b2c3d4-e5f6-0890-cbcd-ef1234567890');
    expect(byName('Young Carers Group')['id']).toBe('a1b2c3d4-e5f6-0890-cbcd-ef1234567890-2');
    expect(report).toMatch(/is also used by "Youth Space Drop-in" in the source/);
  });

  it('lists every source service not taken, with its reason', async () => {
    const { report } = await importFixture('hsds3-services.json');
    expect(report).toMatch(/\| hsds3-services\.json\[2\] \| svc-no-name \| \(no name\) \| it has no name \|/);
    expect(report).toMatch(
      /svc-adults \| Adult Counselling \| out of scope: the mapping's scope: it is for ages 30–99 and has none of the scope terms/,
    );
    expect(report).toMatch(/svc-defunct \| Old Club \| its status is "defunct"/);
  });

  it('reads empty strings and ages of -1 as "not set", and records each default on the service', async () => {
    const { byName } = await importFixture('hsds3-services.json');
    const carers = byName('Young Carers Group');
    expect(carers['ages']).toEqual({ min: 0, max: 25 });
    expect(carers['importWarnings']).toEqual(
      expect.arrayContaining([
        'ages: none in the source or its text, so 0–25',
        'self-referral: not in the source or its text, so no',
      ]),
    );
    // A mapping default is never shown as fact: the feed says where it came from.
    expect(carers['provenance']).toMatchObject({
      ages: { from: 'default' },
      'access.selfReferral': { from: 'default' },
      // A reading of the source, however unsure, comes before the mapping's default.
      delivery: { from: 'inferred', evidence: ['a phone number and no address'], confidence: 0.5 },
    });
    const parents = byName('Parent Line');
    expect(parents['provenance']).toMatchObject({ areas: { from: 'default' } });
    expect(parents['contact']).toEqual({ phone: '0800 123 4567' });
    expect(parents['lastReviewed']).toBe('2000-01-01');
  });

  it('drops placeholder emails and example.com addresses; mends www. and http:www. addresses', async () => {
    const { byName } = await importFixture('hsds3-services.json');
    expect(byName('Parent Line')['contact']).not.toHaveProperty('email');
    expect(byName('Parent Line')['contact']).not.toHaveProperty('web');
    expect(byName('Youth Space Drop-in')['contact']).toMatchObject({
      web: 'https://www.youthspace.org.uk/',
      email: 'info@youthspace.org.uk',
    });
    expect(byName('Young Carers Group')['contact']).toMatchObject({
      web: 'http://www.carers-north.org.uk/',
      email: 'help@carers-north.org.uk',
    });
  });

  it('takes phones from contacts, splitting the label out of the number', async () => {
    const { byName } = await importFixture('hsds3-services.json');
    const youth = byName('Youth Space Drop-in');
    expect(youth['contact']).toMatchObject({ phone: '0117 496 0123' });
    expect(youth['access']).toMatchObject({
      howTo: 'Youth line: 0117 496 0123\n\nOther numbers: Office 0117 496 0999',
    });
  });

  it('never copies vendor pc_* fields or metadata into the feed or the report, but names them as not used', async () => {
    const { feed, report } = await importFixture('hsds3-services.json');
    const everything = JSON.stringify(feed) + report;
    expect(everything).not.toMatch(/jane\.staff@|bob\.officer@|call Jane|Teens/);
    expect(report).toMatch(/`pc_metadata\.pc_staff_email` \| 1 \|/);
    expect(report).toMatch(/`metadata\[\]\.updated_by` \| 1 \|/);
    expect(report).toMatch(/`pc_target_audience` \| 1 \|/);
    expect(report).toMatch(
      /taxonomy term or audience type "Sports clubs" \(not in the mapping or the built-in table\)/,
    );
  });

  it('reads timestamps with no time zone as their date', async () => {
    const { byName } = await importFixture('hsds3-services.json');
    expect(byName('Young Carers Group')['lastReviewed']).toBe('2024-02-03');
  });

  it('keeps fees only in words and never marks a service free by default', async () => {
    const { feed, byName } = await importFixture('hsds3-services.json');
    expect(byName('Youth Space Drop-in')).toMatchObject({
      cost: '£2 per session; free for anyone on free school meals.',
      free: false,
    });
    expect(feed.services.every((s) => s['free'] === false)).toBe(true);
    expect(byName('Parent Line')['importWarnings']).toContain(
      'cost: the source does not say, so it is not marked free',
    );
  });

  it('keeps descriptions of 1,000 to over 3,000 characters whole (the card shortens them)', () => {
    // Seeded so the text is the same every run.
    let seed = 7;
    const random = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const words = ['support', 'young', 'people', 'families', 'worry', 'school', 'group', 'session', 'help', 'talk'];
    const sentence = (): string =>
      `${Array.from({ length: 12 }, () => words[Math.floor(random() * words.length)]).join(' ')}.`;
    const records = [1000, 2200, 3400].map((size, i) => {
      let html = '';
      while (html.length < size) html += `<p>${sentence()} ${sentence()}</p><ul><li>${sentence()}</li></ul>`;
      return {
        source: `s${i}`,
        record: {
          id: `long-${i}`,
          name: `Long ${i}`,
          description: html,
          status: 'active',
          minimum_age: 5,
          maximum_age: 18,
          attributes: [{ taxonomy_term: { name: 'Mental health' } }],
        },
      };
    });
    const mapping = parseMapping(JSON.parse(readFileSync(MAPPING, 'utf8')), 'mapping.json');
    const outcome = importRecords(records, mapping, 'generated', []);
    const lengths = (outcome.feed['services'] as { description: string }[]).map((s) => s.description.length);
    expect(lengths[0]).toBeGreaterThan(800);
    expect(lengths[2]).toBeGreaterThan(3000);
    for (const s of outcome.feed['services'] as { description: string }[]) {
      expect(s.description).not.toMatch(/<|>/);
      expect(s.description).toMatch(/\n\n• /);
    }
  });
});

describe('import-hsds mapping and scope', () => {
  it('uses the documented example mapping file as it stands', async () => {
    const dir = tempDir();
    const result = await cli(
      'import-hsds',
      join(FIXTURES, 'oruk1-page.json'),
      '--mapping',
      join(EXAMPLES, 'mapping.example.json'),
      '--out',
      join(dir, 'feed.json'),
    );
    expect(result.code).toBe(0);
    expect((await cli('validate', join(dir, 'feed.json'))).code).toBe(0);
  });

  it('exits 2 with every mistake in a mapping file named', async () => {
    const dir = tempDir();
    const mapping = writeJson(dir, 'mapping.json', { defaults: { delivery: ['teleport'], ages: { min: 20, max: 5 } } });
    const result = await cli(
      'import-hsds',
      join(FIXTURES, 'oruk1-page.json'),
      '--mapping',
      mapping,
      '--out',
      join(dir, 'f.json'),
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/defaults\.delivery\.0: should be one of/);
    expect(result.stderr).toMatch(/defaults\.ages\.max: min must not be above max/);
  });

  it('without defaults, writes what the source does not say as unknown instead of inventing values', async () => {
    const dir = tempDir();
    const mapping = writeJson(dir, 'mapping.json', { terms: { 'Mental health': { topics: ['feeling-low'] } } });
    const result = await cli(
      'import-hsds',
      join(FIXTURES, 'hsds3-service-list.json'),
      '--mapping',
      mapping,
      '--out',
      join(dir, 'f.json'),
    );
    expect(result.code).toBe(0);
    const feed = readJsonFile(join(dir, 'f.json'));
    const [one, two] = feed.services;
    expect(one).toMatchObject({ access: { selfReferral: 'unknown' }, areas: 'unknown' });
    // "Children and families" is not in this mapping; the built-in table knows it names families.
    expect(two).toMatchObject({ topics: [], audiences: ['young-person', 'parent-carer'] });
    const report = readFileSync(join(dir, 'f.import-report.md'), 'utf8');
    expect(report).toMatch(/\| list-2 \| Listed Two \| no topic \|/);
  });

  it('exits 2 when there is nothing to read', async () => {
    expect((await cli('import-hsds', '/no/such/export.json')).code).toBe(2);
  });
});

describe('reading helpers', () => {
  it('names tables the way HSDS files do', () => {
    expect(
      [
        'services.csv',
        'service_at_locations.csv',
        'taxonomies',
        'addresses.csv',
        'eligibilitys',
        'service_taxonomys',
        'accessibility.csv',
      ].map(tableName),
    ).toEqual([
      'service',
      'service_at_location',
      'taxonomy',
      'address',
      'eligibility',
      'service_taxonomy',
      'accessibility',
    ]);
  });

  it('splits JSON documents saved one after another', () => {
    expect(splitConcatenatedJson('[1,"]["]\n[{"a":"}"}]').map((p) => JSON.parse(p) as unknown)).toEqual([
      [1, ']['],
      [{ a: '}' }],
    ]);
  });

  it('reads clock times with seconds, zones and offsets', () => {
    expect(['09:00:00', '9:00', '09:00Z', '17:30+01:00', 'noon'].map(clock)).toEqual([
      '09:00',
      '09:00',
      '09:00',
      '17:30',
      undefined,
    ]);
  });
});
