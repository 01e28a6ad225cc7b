import { describe, expect, it } from 'vitest';
import { skippedServices } from '../../src/feed/errors.ts';
import { parseFeed } from '../../src/feed/parse.ts';
import { ENGLISH, Localizer } from '../../src/i18n/localize.ts';
import { openState } from '../../src/schedule/open-state.ts';
import { urgentContacts } from '../../src/urgent/defaults.ts';
import { codeOf, minimalFeed, minimalService, sampleFeed } from './fixtures.ts';

const l = new Localizer(ENGLISH);

function feedWith(extra: Record<string, unknown>, services = [minimalService()]) {
  return { ...minimalFeed(services), ...extra };
}

describe('one bad entry outside the services loses only itself', () => {
  it('drops a null postcode prefix and keeps the area and every service', () => {
    const feed = sampleFeed();
    const areas = feed['areas'] as { postcodePrefixes: unknown[] }[];
    areas[0]!.postcodePrefixes.push(null);
    const total = feed.services.length;
    const { feed: parsed, warnings } = parseFeed(feed);
    expect(parsed.services).toHaveLength(total);
    expect(parsed.areas).toHaveLength(areas.length);
    expect(parsed.areas[0]!.postcodePrefixes).not.toContain(null);
    expect(warnings).toEqual([
      expect.objectContaining({
        section: 'areas',
        field: `postcodePrefixes.${areas[0]!.postcodePrefixes.length - 1}`,
        effect: 'kept',
      }),
    ]);
    expect(skippedServices(warnings)).toBe(0);
  });

  it('drops an area without a name, with a warning, and keeps the others', () => {
    const { feed, warnings } = parseFeed(
      feedWith({
        areas: [{ id: 'north', name: 'North' }, { id: 'east' }, 'nonsense', { id: 'north', name: 'Again' }],
      }),
    );
    expect(feed.areas.map((a) => a.id)).toEqual(['north']);
    expect(feed.services).toHaveLength(1);
    expect(warnings.filter((w) => w.section === 'areas' && w.effect === 'skipped').map((w) => w.where)).toEqual([
      'area "east"',
      'areas[2]',
      'area "north"',
    ]);
  });

  it('drops a bad topic and a bad keyword, and keeps the rest', () => {
    const { feed, warnings } = parseFeed(
      feedWith({
        topics: [
          { id: 'wellbeing', name: 'Wellbeing', keywords: ['ok', 3] },
          { id: 'Bad Id', name: 'Bad' },
        ],
      }),
    );
    expect(feed.topics.map((t) => t.id)).toEqual(['wellbeing']);
    expect(feed.topics[0]!.keywords).toEqual(['ok']);
    expect(warnings.map((w) => [w.section, w.effect])).toEqual([
      ['topics', 'kept'],
      ['topics', 'skipped'],
    ]);
  });

  it('falls back to the everyday topics when none of the feed’s own can be used', () => {
    const { feed, warnings } = parseFeed(feedWith({ topics: [{ id: 'x' }] }));
    expect(feed.topics.length).toBeGreaterThan(10);
    expect(warnings.some((w) => w.message.includes('built-in everyday topics'))).toBe(true);
  });

  it('treats a list that is not a list as empty, with a warning', () => {
    const { feed, warnings } = parseFeed(feedWith({ areas: 'north', urgentHelp: {} }));
    expect(feed.areas).toEqual([]);
    expect(feed.urgentHelp).toEqual([]);
    expect(warnings.map((w) => w.where)).toEqual(expect.arrayContaining(['areas', 'urgentHelp']));
    expect(feed.services).toHaveLength(1);
  });

  it('drops a bad urgent contact, salvages one with a bad web address, and drops one with no way to reach it', () => {
    const base = { name: 'Line', description: 'A line', hours: '24/7', checked: '2026-11-01' };
    const { feed, warnings } = parseFeed(
      feedWith({
        urgentHelp: [
          { ...base, id: 'good', phone: '0800 000 000' },
          { ...base, id: 'bad-web', phone: '0800 000 001', web: 'not a url' },
          { ...base, id: 'no-date', phone: '0800 000 002', checked: undefined },
          { ...base, id: 'nothing' },
        ],
      }),
    );
    expect(feed.urgentHelp.map((c) => c.id)).toEqual(['good', 'bad-web']);
    expect(feed.urgentHelp[1]!.web).toBeUndefined();
    expect(warnings.filter((w) => w.effect === 'skipped').map((w) => w.where)).toEqual([
      'urgent contact "no-date"',
      'urgent contact "nothing"',
    ]);
  });

  it('drops a bad optional partnership field to its default', () => {
    const { feed, warnings } = parseFeed(
      feedWith({
        partnership: { name: 'P', reviewPeriodDays: -4, feedbackUrl: 'nope', website: 'https://p.example/' },
      }),
    );
    expect(feed.partnership).toMatchObject({ name: 'P', reviewPeriodDays: 180, website: 'https://p.example/' });
    expect(feed.partnership.feedbackUrl).toBeUndefined();
    expect(warnings.map((w) => w.field).sort()).toEqual(['feedbackUrl', 'reviewPeriodDays']);
  });

  it('still refuses a feed with no partnership name, clearly', () => {
    expect(codeOf(() => parseFeed(feedWith({ partnership: { timeZone: 'Europe/London' } })))).toBe('shape');
    expect(() => parseFeed(feedWith({ partnership: {} }))).toThrow(/partnership\.name/);
  });
});

describe('time zones', () => {
  it.each(['Europe/Edinburgh', 'UK', 'GMT+1', '', 'Mars/Olympus'])(
    '"%s" becomes Europe/London, with a warning',
    (zone) => {
      const { feed, warnings } = parseFeed(feedWith({ partnership: { name: 'P', timeZone: zone } }));
      expect(feed.partnership.timeZone).toBe('Europe/London');
      expect(warnings.some((w) => w.field === 'timeZone')).toBe(true);
      // Nothing downstream throws.
      expect(() => openState([], false, new Date(), feed.partnership.timeZone)).not.toThrow();
    },
  );

  it('keeps real zones, in their canonical spelling', () => {
    for (const [zone, canonical] of [
      ['Europe/London', 'Europe/London'],
      ['europe/london', 'Europe/London'],
      ['Europe/Dublin', 'Europe/Dublin'],
      ['UTC', 'UTC'],
    ]) {
      const { feed, warnings } = parseFeed(feedWith({ partnership: { name: 'P', timeZone: zone } }));
      expect(feed.partnership.timeZone).toBe(canonical);
      expect(warnings).toEqual([]);
    }
  });
});

describe('urgent help with "replace"', () => {
  const base = { name: 'Local', description: 'Local', hours: 'Always', checked: '2026-11-01' };

  it('never removes 999 and the phone lines for a web-only list', () => {
    const { feed, warnings } = parseFeed(
      feedWith({ urgentHelpMode: 'replace', urgentHelp: [{ ...base, id: 'web-only', web: 'https://x.example/' }] }),
    );
    expect(feed.urgentHelpMode).toBe('extend');
    expect(warnings.some((w) => w.field === 'urgentHelpMode')).toBe(true);
    const shown = urgentContacts(l, feed).map((c) => c.id);
    expect(shown).toEqual(expect.arrayContaining(['999', 'childline', 'samaritans', 'web-only']));
  });

  it('replaces the built-ins with a list that has a phone line, but keeps 999 first', () => {
    const { feed, warnings } = parseFeed(
      feedWith({ urgentHelpMode: 'replace', urgentHelp: [{ ...base, id: 'local', phone: '0131 496 0000' }] }),
    );
    expect(feed.urgentHelpMode).toBe('replace');
    expect(warnings.some((w) => w.message.includes('999 is always shown'))).toBe(true);
    expect(urgentContacts(l, feed).map((c) => c.id)).toEqual(['999', 'local']);
    expect(urgentContacts(l, feed, 30).map((c) => c.id)).toEqual(['999', 'local']);
  });

  it('does not add a second 999 when the feed has its own', () => {
    const { feed, warnings } = parseFeed(
      feedWith({
        urgentHelpMode: 'replace',
        urgentHelp: [{ ...base, id: 'emergency', phone: '999', ages: { min: 0, max: 5 } }],
      }),
    );
    expect(warnings).toEqual([]);
    expect(urgentContacts(l, feed, 40).map((c) => c.id)).toEqual(['emergency']);
  });

  it('treats an unknown mode as extend, with a warning', () => {
    const { feed, warnings } = parseFeed(feedWith({ urgentHelpMode: 'swap' }));
    expect(feed.urgentHelpMode).toBe('extend');
    expect(warnings).toHaveLength(1);
  });
});

describe('versions', () => {
  it('accepts a newer minor version with a warning', () => {
    const { feed, warnings } = parseFeed(feedWith({ version: '1.4', somethingNew: { a: 1 } }));
    expect(feed.services).toHaveLength(1);
    expect(warnings).toEqual([expect.objectContaining({ section: 'version', effect: 'kept' })]);
    expect(skippedServices(warnings)).toBe(0);
  });

  it('refuses a newer major version clearly', () => {
    expect(codeOf(() => parseFeed(feedWith({ version: '2.0' })))).toBe('version');
    expect(() => parseFeed(feedWith({ version: '3.1' }))).toThrow(/version 3\.1.*version 1\.x/);
  });
});

describe('references', () => {
  it('drops unknown topic and area references and keeps the service', () => {
    const { feed, warnings } = parseFeed(
      minimalFeed([minimalService({ topics: ['made-up', 'sleep'], areas: ['nowhere', 'north'] })]),
    );
    expect(feed.services[0]).toMatchObject({ topics: ['sleep'], areas: ['north'] });
    expect(warnings.map((w) => w.message).sort()).toEqual([
      'unknown area "nowhere" left out',
      'unknown topic "made-up" left out',
    ]);
  });

  it('keeps a service whose every reference is unknown', () => {
    const { feed } = parseFeed(minimalFeed([minimalService({ topics: ['made-up'], areas: ['nowhere'] })]));
    expect(feed.services).toHaveLength(1);
    expect(feed.services[0]).toMatchObject({ topics: [], areas: [] });
  });

  it('counts only services as listings not shown', () => {
    const { warnings } = parseFeed(
      feedWith({ areas: [{ id: 'x' }] }, [minimalService(), minimalService({ id: 'b', ages: 'x' }), minimalService()]),
    );
    expect(skippedServices(warnings)).toBe(2);
  });
});
