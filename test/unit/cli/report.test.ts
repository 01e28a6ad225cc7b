import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ageEndSentence,
  analyse,
  median,
  nameSimilarity,
  valueSentences,
  waitCells,
  whyNone,
} from '../../../src/cli/analysis.ts';
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

describe('report on waits and on where support ends', () => {
  const wait = (days: number, updated = '2026-10-01'): Record<string, unknown> => ({
    days,
    updated,
    by: 'the service',
  });
  const a = analyse(
    feedFor([
      // Loss in the north ends at 18 with nothing for 19-year-olds there; the south has a 16–25 group.
      minimalService({
        id: 'grief-kids',
        name: 'Grief Kids',
        topics: ['loss'],
        ages: { min: 5, max: 18 },
        areas: ['north'],
        wait: wait(42),
      }),
      minimalService({
        id: 'after-loss',
        name: 'After Loss',
        topics: ['loss'],
        ages: { min: 16, max: 25 },
        areas: ['south'],
        wait: wait(120, '2026-01-05'),
      }),
      // Sleep in the north ends at 16, but a 12–25 line carries on: no gap.
      minimalService({ id: 'sleep-clinic', topics: ['sleep'], ages: { min: 2, max: 16 }, areas: ['north'] }),
      minimalService({
        id: 'night-line',
        topics: ['sleep'],
        ages: { min: 12, max: 25 },
        areas: 'all',
        wait: wait(0),
      }),
      // Anger in the north ends at 12; a service there that gives no ages may carry on.
      minimalService({ id: 'cool-heads', topics: ['anger'], ages: { min: 9, max: 12 }, areas: ['north'] }),
      minimalService({ id: 'anger-ages', topics: ['anger'], ages: 'unknown', areas: ['north'] }),
    ]),
    TODAY,
  );

  it('lists each age where support on a topic ends with nothing after in that area, never at 25', () => {
    expect(a.ageEnds.map((e) => `${e.area}: ${e.topic} ends at ${e.endsAt}`)).toEqual([
      'North: Anger and big feelings ends at 12',
      'North: Losing someone ends at 18',
    ]);
    const loss = a.ageEnds.find((e) => e.endsAt === 18)!;
    expect(loss.ending.map((s) => s.id)).toEqual(['grief-kids']);
    expect(loss.elsewhere.map((s) => s.id)).toEqual(['after-loss']);
    expect(ageEndSentence(loss)).toBe(
      'Losing someone: support ends at 18 (Grief Kids); nothing on this topic here from 19. Elsewhere in the partnership: After Loss.',
    );
    expect(ageEndSentence(a.ageEnds[0]!)).toMatch(/1 service on this topic here does not say its ages: ask/);
    expect(a.bridging['south']!['loss']).toBe(1);
    expect(a.bridging['north']!['loss']).toBe(0);
    // The 12–25 line is everywhere and spans 16 to 25, so it bridges sleep in the north too.
    expect(a.bridging['north']!['sleep']).toBe(1);
  });

  it('gives waits by topic and area, longest first, with the typical wait and how many say nothing', () => {
    expect(a.waitsByTopic.map((r) => r.id)).toEqual(['loss', 'sleep', 'anger']);
    const [loss, sleep, anger] = a.waitsByTopic;
    expect(waitCells(loss!)).toEqual(['2', '2 (1 out of date)', '12 weeks', '4 months: After Loss', '0']);
    expect(waitCells(sleep!)).toEqual(['2', '1', 'same day', 'same day: Drop-in', '1']);
    expect(waitCells(anger!)).toEqual(['2', '0', 'no service says', '–', '2']);
    expect(a.waitsByArea.map((r) => `${r.name} ${r.longest?.days ?? '-'}`)).toEqual(['South 120', 'North 42']);
    expect(a.waitsKnown).toBe(3);
    expect(a.waitsStale).toBe(1);
    expect(median([42, 120])).toBe(81);
    expect(median([0, 3, 300])).toBe(3);
  });

  it('shows both in the Markdown and the HTML report', () => {
    const md = reportMarkdown(a);
    expect(md).toContain('- **3** of 6 services say how long people wait; the longest is **4 months: After Loss**.');
    expect(md).toContain(
      '- **2** places where support on a topic ends at an age with **nothing after** in the same area.',
    );
    expect(md).toContain('| Losing someone | 2 | 2 (1 out of date) | 12 weeks | 4 months: After Loss | 0 |');
    expect(md).toMatch(
      /### North\n\n- Anger and big feelings: support ends at 12 .*\n- Losing someone: support ends at 18 \(Grief Kids\)/,
    );
    expect(md).toContain('1 wait was said more than 180 days ago and may no longer be true');
    const html = reportHtml(a);
    expect(html).toContain('<caption>How long people wait, by topic, longest first</caption>');
    expect(html).toContain(
      '<tr><th scope="row">Losing someone</th><td>2</td><td>2 (1 out of date)</td><td class="words">12 weeks</td><td class="words">4 months: After Loss</td><td>0</td></tr>',
    );
    expect(html).toContain('<li>Losing someone: support ends at 18 (Grief Kids); nothing on this topic here from 19.');
    expect(html).toMatch(/<b>2<\/b>places where support on a topic ends at an age with nothing after/);
  });

  it('says in the command output how many services give their wait and where support ends', async () => {
    const result = await cli('report', join(EXAMPLES, 'sample-feed.json'), '--out', join(tempDir(), 'r.html'));
    expect(result.stdout).toContain('32 of 49 services say how long people usually wait to be seen; 17 say nothing');
    expect(result.stdout).toMatch(/\d+ places where support on a topic ends at an age with nothing after/);
  });
});
