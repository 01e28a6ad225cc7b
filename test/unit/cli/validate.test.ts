import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ValidationReport } from '../../../src/cli/validate.ts';
import { minimalFeed, minimalService } from '../fixtures.ts';
import { cli, EXAMPLES, tempDir, writeJson } from './helpers.ts';

describe('validate', () => {
  it('passes the sample feed with exit code 0 (warnings allowed)', async () => {
    const result = await cli('validate', join(EXAMPLES, 'sample-feed.json'));
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/49 services, 49 will show in the finder/);
    expect(result.stdout).toMatch(/3 services were not reviewed within the review period/);
  });

  it('exits 2 when the file cannot be read or is not JSON', async () => {
    const dir = tempDir();
    const missing = await cli('validate', join(dir, 'nope.json'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/There is no file/);
    writeFileSync(join(dir, 'broken.json'), '{"version": "1.0",\n  "services": [,]}');
    const broken = await cli('validate', join(dir, 'broken.json'));
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/not valid JSON: a problem at line 2/);
  });

  it('exits 2 for a command line that makes no sense, and 0 for help', async () => {
    expect((await cli('frobnicate', 'x')).code).toBe(2);
    expect((await cli('validate')).code).toBe(2);
    expect((await cli('--help')).stdout).toMatch(/import-hsds/);
  });

  it('lists every problem at once: counts by rule first, then each with its path, id and name', async () => {
    const feed = minimalFeed([
      minimalService({ id: 'a', name: 'Alpha Club', ages: undefined }),
      minimalService({ id: 'b', name: 'Beta Line', ages: undefined, description: '  ' }),
      minimalService({ id: 'c', name: 'Gamma', contact: { email: 'x@y.org.', web: 'www.gamma.org' } }),
    ]);
    (feed['partnership'] as Record<string, unknown>)['website'] = 'wellbeing.example.org';
    const result = await cli('validate', writeJson(tempDir(), 'feed.json', feed));
    expect(result.code).toBe(1);
    const [summary = '', details = ''] = result.stdout.split('Every problem:');
    expect(summary).toMatch(/ERROR {4}2 services have no ages\n +What to do: Add the ages served/);
    expect(summary).toMatch(/1 service has an empty description/);
    expect(summary).toMatch(/1 service: web address must start with https:\/\//);
    expect(summary).toMatch(/problem in the feed's partnership\.website: must start with https:\/\//);
    expect(details).toMatch(/services\[0\]\.ages — service "a" \(Alpha Club\): is missing/);
    expect(details).toMatch(
      /services\[1\]\.description — service "b" \(Beta Line\): is empty \(the finder skips this service\)/,
    );
    expect(details).toMatch(
      /services\[2\]\.contact\.email — service "c" \(Gamma\): .*\(the finder leaves this field out\)/,
    );
    expect(result.stdout).toMatch(/3 services, 1 will show/);
    expect(result.stdout).not.toMatch(/not in a form this field accepts/);
  });

  it('warns about stale listings, unknown references, duplicate ids, dead ends, undiallable phones and missing languages', async () => {
    const feed = minimalFeed([
      minimalService({ id: 'old', lastReviewed: '2024-01-01' }),
      minimalService({ id: 'refs', topics: ['made-up'], areas: ['nowhere'] }),
      minimalService({ id: 'twice' }),
      minimalService({ id: 'twice', name: 'Second' }),
      minimalService({ id: 'silent', contact: {} }),
      minimalService({ id: 'words', contact: { phone: 'Ring the office' } }),
      minimalService({ id: 'polish', name: { pl: 'Klub' } }),
      minimalService({ id: 'insecure', contact: { web: 'http://insecure.org.uk/' } }),
      minimalService({ id: 'half', name: { en: 'Club', gd: 'Club' }, description: 'English only.' }),
      minimalService({ id: 'markup', description: '<p>We help&nbsp;you.</p>' }),
    ]);
    const result = await cli('validate', writeJson(tempDir(), 'feed.json', feed), '--json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as ValidationReport;
    const byRule = Object.fromEntries(report.rules.map((r) => [r.rule, r.summary]));
    expect(byRule).toMatchObject({
      stale: '1 service was not reviewed within the review period',
      'unknown-topic': '1 service uses a topic that the feed does not list',
      'unknown-area': '1 service uses an area that the feed does not list',
      'duplicate-id': '1 service has an id another service already uses',
      'no-contact': '1 service has no way to get in touch',
      undiallable: '1 phone number cannot be dialled',
      'missing-language': "1 text has translations but none in the feed's default language",
      http: '1 link starts with http:// instead of https://',
      'partial-translation': '2 texts lack a language that other texts of the same service have',
      html: '1 text has HTML in it, which the finder shows as typed',
    });
    expect(report.problems.find((p) => p.rule === 'duplicate-id')).toMatchObject({
      path: 'services[3].id',
      serviceId: 'twice',
      serviceName: 'Second',
    });
    expect(report.errors).toBe(0);
  });

  it('reads a feed from a web address', async () => {
    const { createServer } = await import('node:http');
    const body = JSON.stringify(minimalFeed());
    const server = createServer((req, res) => {
      if (req.url === '/feed.json') res.writeHead(200, { 'content-type': 'application/json' }).end(body);
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      expect((await cli('validate', `http://127.0.0.1:${port}/feed.json`)).code).toBe(0);
      const missing = await cli('validate', `http://127.0.0.1:${port}/gone.json`);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toMatch(/answered 404/);
    } finally {
      server.close();
    }
  });
});

describe('validate on values the feed does not know', () => {
  it('explains "unknown" as a warning that is fine to publish, and a mapping default as unknown to the finder', async () => {
    const feed = minimalFeed([
      minimalService({ id: 'a', ages: 'unknown', areas: 'unknown', access: { selfReferral: 'unknown' } }),
      minimalService({ id: 'b', access: { selfReferral: 'unknown' } }),
      minimalService({
        id: 'c',
        access: { selfReferral: true },
        provenance: { 'access.selfReferral': { from: 'default' }, 'topics.wellbeing': { from: 'default' } },
      }),
    ]);
    const result = await cli('validate', writeJson(tempDir(), 'feed.json', feed));
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/3 services, 3 will show/);
    expect(result.stdout).toMatch(
      /warning {2}2 services do not say whether people can get in touch themselves \("unknown"\): fine to publish, but worth asking\n +What to do: Ask the service/,
    );
    expect(result.stdout).toMatch(/1 service does not say the ages served \("unknown"\)/);
    expect(result.stdout).toMatch(/1 service does not say the areas served/);
    expect(result.stdout).toMatch(/services\[0\]\.ages — service "a" \(Drop-in\): is "unknown": fine to publish/);
    expect(result.stdout).toMatch(
      /1 service has their self-referral answer filled in by the import's mapping, not the source: the finder treats it as unknown/,
    );
    expect(result.stdout).toMatch(/services\[2\]\.provenance\["topics\.wellbeing"\]/);
  });

  it('names "unknown" in what to do about a self-referral answer that is neither', async () => {
    const feed = minimalFeed([minimalService({ id: 'a', access: { selfReferral: 'maybe' } })]);
    const result = await cli('validate', writeJson(tempDir(), 'feed.json', feed));
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /What to do: Say whether people can get in touch themselves: true, false, or "unknown"/,
    );
  });
});

describe('validate on waiting times', () => {
  const wait = (updated: string, days = 42): Record<string, unknown> => ({ days, updated, by: 'the service' });

  it('warns about a wait said longer ago than the review period, or dated in the future, judged as of today', async () => {
    // TODAY is 2026-11-27 and the review period 180 days: 2026-05-31 is 180 days before, 2026-05-30 is 181.
    const feed = minimalFeed([
      minimalService({ id: 'fresh', wait: wait('2026-11-01') }),
      minimalService({ id: 'edge', wait: wait('2026-05-31') }),
      minimalService({ id: 'stale', name: 'Old Wait', wait: wait('2026-05-30', 0) }),
      minimalService({ id: 'slip', name: 'Typo', wait: wait('2062-10-14') }),
      minimalService({ id: 'none' }),
    ]);
    const result = await cli('validate', writeJson(tempDir(), 'feed.json', feed), '--json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as ValidationReport;
    const byRule = Object.fromEntries(report.rules.map((r) => [r.rule, r.summary]));
    expect(byRule['stale-wait']).toBe('1 service gives a wait said longer ago than the review period');
    expect(byRule['future-wait']).toBe('1 service gives a wait dated in the future');
    expect(report.problems.filter((p) => p.rule.endsWith('-wait')).map((p) => [p.serviceId, p.path])).toEqual([
      ['stale', 'services[2].wait.updated'],
      ['slip', 'services[3].wait.updated'],
    ]);
    expect(report.problems.find((p) => p.rule === 'stale-wait')?.message).toBe(
      'the wait was said on 2026-05-30, 181 days ago; the review period is 180 days, so it may no longer be true',
    );
    // The lastReviewed of these services is recent: the wait is judged on its own date.
    expect(byRule['stale']).toBeUndefined();
  });

  it('follows the partnership’s own review period', async () => {
    const feed = minimalFeed([minimalService({ wait: wait('2026-10-01') })]);
    (feed['partnership'] as Record<string, unknown>)['reviewPeriodDays'] = 30;
    const result = await cli('validate', writeJson(tempDir(), 'feed.json', feed));
    expect(result.stdout).toMatch(
      /services\[0\]\.wait\.updated — service "drop-in" \(Drop-in\): the wait was said on 2026-10-01, 57 days ago; the review period is 30 days/,
    );
    expect(result.stdout).toMatch(/What to do: Ask the service how long people wait now/);
  });

  it('says what to write for a wait the finder cannot read', async () => {
    const feed = minimalFeed([minimalService({ wait: { days: 1000, updated: '2026-10-01', by: '' } })]);
    const result = await cli('validate', writeJson(tempDir(), 'feed.json', feed));
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /What to do: Write the usual wait as a whole number of days, from 0 \(seen the same day\) to 730\./,
    );
    expect(result.stdout).toMatch(/What to do: Name who said how long the wait is/);
  });
});
