import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse, nameSimilarity } from '../../../src/cli/analysis.ts';
import { parseFeed } from '../../../src/feed/parse.ts';
import { minimalFeed, minimalService } from '../fixtures.ts';
import { cli, EXAMPLES, tempDir, TODAY, writeJson } from './helpers.ts';

function feedFor(services: Record<string, unknown>[]): ReturnType<typeof parseFeed>['feed'] {
  return parseFeed(minimalFeed(services)).feed;
}

describe('report', () => {
  it('writes a self-contained HTML page and a Markdown report for the sample feed', async () => {
    const dir = tempDir();
    const out = join(dir, 'report.html');
    const result = await cli('report', join(EXAMPLES, 'sample-feed.json'), '--out', out);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/49 services\. \d+ gaps/);
    const html = readFileSync(out, 'utf8');
    // Opens offline: nothing is fetched, nothing runs.
    expect(html).not.toMatch(/<script|<link|<img|\bsrc=|url\(|@import|https?:\/\//);
    expect(html).toMatch(/<table>\s*<caption>Glenmore North: services by topic and age band \(\d+ gaps\)<\/caption>/);
    expect(html).toMatch(/<th scope="col">Ages 0–4<\/th>/);
    expect(html).toMatch(/<th scope="row">Feeling worried or anxious<\/th>/);
    expect(html).toMatch(/<td class="h0"><strong>none<\/strong><\/td>/);
    const md = readFileSync(join(dir, 'report.md'), 'utf8');
    expect(md).toMatch(/^# Support Finder report: Glenmore and Firth/);
    expect(md).toMatch(/## Not reviewed within 180 days\n\n- Living with Teenagers/);
  });

  it('exits 2 for a file it cannot read and 1 for a feed the finder cannot use', async () => {
    expect((await cli('report', '/no/such/feed.json')).code).toBe(2);
    const bad = writeJson(tempDir(), 'bad.json', { version: '1.0', services: [] });
    const result = await cli('report', bad, '--out', join(tempDir(), 'r.html'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/validate/);
  });

  it('counts services per topic, age band and area, with self-referral ones apart, and calls out empty cells', () => {
    const a = analyse(
      feedFor([
        minimalService({ id: 'x', topics: ['sleep'], ages: { min: 11, max: 15 }, areas: ['north'] }),
        minimalService({
          id: 'y',
          topics: ['sleep'],
          ages: { min: 0, max: 25 },
          areas: 'all',
          access: { selfReferral: false },
        }),
      ]),
      TODAY,
    );
    const sleep = a.counts['north']!['sleep']!;
    expect(sleep.map((c) => `${c.all}/${c.self}`)).toEqual(['1/0', '1/0', '2/1', '1/0', '1/0']);
    expect(a.noSelfReferral).toContainEqual({ area: 'North', topic: 'Sleep', band: '0–4' });
    expect(a.empty).toContainEqual({ area: 'North', topic: 'Bullying', band: '11–15' });
  });

  it('finds likely duplicates, stale listings and dead ends', () => {
    const a = analyse(
      feedFor([
        minimalService({
          id: 'a',
          name: 'Teen Talk Counselling',
          organisation: 'Org A',
          contact: { phone: '0117 496 0000', web: 'https://www.teen.org.uk/' },
        }),
        minimalService({
          id: 'b',
          name: 'Teen Talk counselling service',
          organisation: 'Org B',
          contact: { phone: '+44 117 496 0000', web: 'https://teen.org.uk' },
        }),
        minimalService({ id: 'c', name: 'Quiet Room', contact: {}, lastReviewed: '2025-01-01' }),
      ]),
      TODAY,
    );
    expect(a.duplicates.map((d) => `${d.kind}:${d.services.map((s) => s.id).join('+')}`)).toEqual([
      'phone:a+b',
      'web:a+b',
      'similar name:a+b',
    ]);
    expect(a.stale.map((s) => s.id)).toEqual(['c']);
    expect(a.noContact.map((s) => s.id)).toEqual(['c']);
    expect(nameSimilarity('Sleep Clinic', 'Youth Club')).toBe(0);
  });
});
