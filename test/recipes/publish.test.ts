import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness.ts';

const EXAMPLES = join(ROOT, 'data-schema/examples');
const GOOD = readFileSync(join(EXAMPLES, 'services.example.csv'), 'utf8');
const HEADER = GOOD.slice(0, GOOD.indexOf('\n') + 1);

describe('examples/publish/publish.sh', () => {
  // One folder as a partnership's server would have it: config files, a served folder, logs.
  const dir = mkdtempSync(join(tmpdir(), 'sf-publish-'));
  const published = join(dir, 'public/feed.json');

  function publish(csv: string | undefined) {
    const source = join(dir, 'services.csv');
    if (csv !== undefined) writeFileSync(source, csv);
    return spawnSync('sh', [join(ROOT, 'examples/publish/publish.sh')], {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        SOURCE: csv === undefined ? join(dir, 'missing.csv') : source,
        BASE: join(EXAMPLES, 'base.example.json'),
        PUBLISH_DIR: join(dir, 'public'),
        LOG_DIR: join(dir, 'logs'),
        SUPPORT_FINDER_FEED: `node ${join(ROOT, 'dist/cli/support-finder-feed.js')}`,
      },
    });
  }

  it('publishes a good import with its cache headers, and keeps the reports', () => {
    const run = publish(GOOD);
    expect(run.status, run.stderr).toBe(0);
    expect((JSON.parse(readFileSync(published, 'utf8')) as { services: unknown[] }).services).toHaveLength(3);
    expect(readFileSync(join(dir, 'public/_headers'), 'utf8')).toMatch(/Access-Control-Allow-Origin: \*/);
    const [runDir] = readdirSync(join(dir, 'logs'));
    for (const file of ['import-report.md', 'validate.txt', 'report.html', 'report.md']) {
      expect(existsSync(join(dir, 'logs', runDir ?? '', file)), file).toBe(true);
    }
  });

  it("is what the GitHub Actions workflow runs, with the release zip's tool", () => {
    const workflow = readFileSync(join(ROOT, 'examples/publish/publish-feed.yml'), 'utf8');
    expect(workflow).toMatch(/run: sh publish\.sh/);
    // The zip's layout (checked in package.test.ts) puts the tool at cli/support-finder-feed.js.
    expect(workflow).toMatch(/SUPPORT_FINDER_FEED: node tools\/support-finder\/cli\/support-finder-feed\.js/);
    expect(workflow).not.toMatch(/npm install[^\n]*support-finder@/);
  });

  const firstRow = GOOD.slice(HEADER.length).split(/\n(?=[a-z-]+,)/)[0] ?? '';
  const broken: [string, string | undefined, RegExp][] = [
    [
      'a row with mistakes',
      `${GOOD}broken-row,Broken row,Org,Desc,feeling-low,ten,,young-person,maybe${','.repeat(29)}\n`,
      /the import found mistakes/,
    ],
    ['no services', HEADER, /the new feed has 0 services/],
    ['far fewer services than the published feed', `${HEADER}${firstRow}\n`, /1 services, the published one 3/],
    ['a spreadsheet that is not there', undefined, /the import found mistakes in .*missing\.csv/],
  ];
  for (const [what, csv, reason] of broken) {
    it(`fails loudly on ${what} and leaves the last good feed in place`, () => {
      const before = readFileSync(published);
      const run = publish(csv);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/^FEED NOT PUBLISHED: /);
      expect(run.stderr).toMatch(reason);
      expect(run.stderr).toContain('The last good feed is still published');
      expect(readFileSync(published).equals(before)).toBe(true);
    });
  }
});
