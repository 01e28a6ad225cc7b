import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse, nameSimilarity, valueSentences, whyNone } from '../../../src/cli/analysis.ts';
import { reportHtml } from '../../../src/cli/report-html.ts';
import { reportMarkdown } from '../../../src/cli/report-md.ts';
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
    // A gap says why: never a bare "none".
    expect(html).toMatch(
      /<td class="h0"><strong>none(: no service here has this topic| for these ages)<\/strong><\/td>/,
    );
    expect(html).not.toMatch(/<strong>none<\/strong><\/td>/);
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
    expect(a.empty).toContainEqual({
      area: 'North',
      topic: 'Bullying',
      band: '11–15',
      why: 'none: no service here has this topic',
      notKnown: false,
    });
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

describe('report on values the feed does not know', () => {
  const a = analyse(
    feedFor([
      // Known: counts as cover.
      minimalService({ id: 'known', topics: ['sleep'], ages: { min: 11, max: 15 }, areas: ['north'] }),
      // Read from the text: counts, marked as inferred.
      minimalService({
        id: 'read',
        topics: ['sleep'],
        ages: { min: 11, max: 15 },
        areas: ['north'],
        provenance: { ages: { from: 'inferred', evidence: ['11 to 15'] }, 'topics.sleep': { from: 'reviewed' } },
      }),
      // Unknown ages: not in any band, and said so.
      minimalService({ id: 'no-ages', topics: ['sleep'], ages: 'unknown', areas: ['north'] }),
      // Every value a mapping default: never cover, a defaulted yes not self-referral.
      minimalService({
        id: 'defaults',
        topics: ['bullying'],
        ages: { min: 0, max: 25 },
        areas: 'all',
        access: { selfReferral: true },
        provenance: {
          'topics.bullying': { from: 'default' },
          ages: { from: 'default' },
          areas: { from: 'default' },
          'access.selfReferral': { from: 'default' },
        },
      }),
      minimalService({ id: 'bully-ages', topics: ['bullying'], ages: { min: 5, max: 10 }, areas: ['north'] }),
    ]),
    TODAY,
  );
  const sleep = a.counts['north']!['sleep']!;
  const bullying = a.counts['north']!['bullying']!;

  it('counts a value read from the text apart, and never a mapping default as cover', () => {
    expect(sleep.map((c) => `${c.all}/${c.inferred}`)).toEqual(['0/0', '0/0', '2/1', '0/0', '0/0']);
    // The defaulted service covers nothing: bullying for ages 5–10 is the other service alone.
    expect(bullying.map((c) => c.all)).toEqual([0, 1, 0, 0, 0]);
    expect(bullying[1]!.self).toBe(1);
    expect(a.totals['south']!['bullying']!.all).toBe(0);
  });

  it('says why a cell has no service instead of a bare “none”', () => {
    expect(whyNone(sleep[0]!, a.totals['north']!['sleep'])).toBe('ages not known for 1 service');
    expect(whyNone(bullying[0]!, a.totals['north']!['bullying'])).toBe('topic only a mapping default for 1 service');
    expect(whyNone(a.counts['north']!['anger']![0]!, a.totals['north']!['anger'])).toBe(
      'none: no service here has this topic',
    );
    const md = reportMarkdown(a);
    expect(md).toContain(
      '| Sleep | **ages not known for 1 service** | **ages not known for 1 service** | 2 (1 inferred), 2 self |',
    );
    expect(md).not.toMatch(/\*\*none\*\*(?! marks)/);
    const html = reportHtml(a);
    expect(html).toContain('<td class="hu">ages not known for 1 service</td>');
    expect(html).toContain('2 (1 inferred)<br>');
  });

  it('says how many values are unknown, read from the text, reviewed and defaulted', () => {
    const ages = a.values.find((v) => v.field === 'ages')!.counts;
    expect(ages).toEqual({ source: 2, reviewed: 0, inferred: 1, default: 1, unknown: 1 });
    const topics = a.values.find((v) => v.field === 'topics')!.counts;
    expect(topics).toEqual({ source: 3, reviewed: 1, inferred: 0, default: 1, unknown: 0 });
    const [missing, where] = valueSentences(a);
    expect(missing).toContain('Services with no known ages: 2 services (1 unknown, 1 only a mapping default)');
    expect(where).toContain('filled in by the import');
    expect(reportMarkdown(a)).toContain('| Ages | 2 | 0 | 1 | 1 | 1 |');
  });
});
