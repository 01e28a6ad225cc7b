/**
 * The quick checker is only allowed in the browser because of these tests: on random valid and
 * broken entries it accepts exactly what zod accepts and outputs exactly what zod outputs, and
 * when it is unsure it defers (never accepts) so zod gives the precise warning.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { SHAPES, quickEnvelope, quickService } from '../../src/feed/fast-check.ts';
import { parseFeed } from '../../src/feed/parse.ts';
import { EMAIL, ISO_DATE } from '../../src/feed/patterns.ts';
import { readFeed } from '../../src/feed/read.ts';
import * as schema from '../../src/feed/schema.ts';
import { AUDIENCES, DAYS, DELIVERY, LEVELS } from '../../src/feed/vocabulary.ts';
import { minimalFeed, minimalService, sampleFeed } from './fixtures.ts';

const RUNS = 1000;
/** Property runs on a busy two-core machine take seconds, not the default five-second budget. */
const SLOW = 60_000;

// Valid values first (with the padding and odd characters zod trims or keeps), then broken copies.
const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/);
const langTag = fc.constantFrom('en', 'gd', 'pl', 'uk', 'ar', 'pa-Arab', 'bfi');
const words = fc.oneof(
  fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim().length > 0),
  fc.constantFrom(' padded ', '\u00a0x\u00a0', 'ok', 'Ceòl'),
);
const text = fc.oneof(words, fc.dictionary(langTag, words, { minKeys: 1, maxKeys: 3 }));
const url = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.constantFrom(' https://example.org/a ', 'https://exa\tmple.org/\n', 'mailto:a@b.co', 'http:x'),
);
const email = fc.constantFrom('a@b.co', 'a.b@c.org', "o'neil@x.uk", 'help+kids@example.scot');
const date = fc.oneof(
  fc
    .date({ min: new Date('1990-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.constant('2024-02-29'),
);
const clock = fc.oneof(fc.stringMatching(/^([01]\d|2[0-3]):[0-5]\d$/), fc.constant('24:00'));
const age = fc.integer({ min: 0, max: 120 });
const ageRange = fc.tuple(age, age).map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) }));
const list = <T>(item: fc.Arbitrary<T>, minLength = 0, maxLength = 3) => fc.array(item, { minLength, maxLength });
const some = <T>(values: readonly T[]) => fc.uniqueArray(fc.constantFrom(...values), { minLength: 1 });
const entry = (model: Record<string, fc.Arbitrary<unknown>>, required: string[]) =>
  fc.record(model, { requiredKeys: required });

const validService = entry(
  {
    id: slug,
    name: text,
    organisation: text,
    description: text,
    topics: list(slug, 1),
    ages: ageRange,
    audiences: some(AUDIENCES),
    access: entry(
      { selfReferral: fc.boolean(), referralFrom: list(slug), whoCanContact: some(AUDIENCES), howTo: text },
      ['selfReferral'],
    ),
    contact: entry({ phone: words, sms: words, smsBody: words, email, web: url, form: url }, []),
    delivery: some(DELIVERY),
    locations: list(
      entry(
        {
          name: text,
          address: words,
          postcode: words,
          lat: fc.double({ min: -90, max: 90, noNaN: true }),
          lon: fc.double({ min: -180, max: 180, noNaN: true }),
          accessibility: text,
        },
        [],
      ),
    ),
    areas: fc.oneof(fc.constant('all'), list(slug, 1)),
    hours: list(entry({ days: some(DAYS), opens: clock, closes: clock }, ['days', 'opens', 'closes'])),
    open247: fc.boolean(),
    hoursNote: text,
    free: fc.boolean(),
    cost: text,
    languages: list(langTag),
    groups: list(slug),
    level: fc.constantFrom(...LEVELS),
    nextSteps: text,
    lastReviewed: date,
    wait: fc.record({ days: fc.integer({ min: 0, max: 730 }), updated: date, by: words }),
  },
  ['id', 'name', 'description', 'topics', 'ages', 'access', 'contact', 'delivery', 'areas', 'lastReviewed'],
);

const validUrgentContact = entry(
  {
    id: slug,
    name: text,
    description: text,
    phone: words,
    sms: words,
    smsBody: words,
    web: url,
    hours: text,
    open247: fc.boolean(),
    ages: ageRange,
    checked: date,
  },
  ['id', 'name', 'description', 'hours', 'checked'],
);
const validEnvelope = entry(
  {
    version: fc.constantFrom('1.0', '1.2', '1.10'),
    partnership: entry(
      {
        name: text,
        website: url,
        feedbackUrl: url,
        reviewPeriodDays: fc.integer({ min: 1, max: 3650 }),
        defaultLanguage: langTag,
        timeZone: words,
      },
      ['name'],
    ),
    updated: date,
    urgentHelp: list(validUrgentContact, 0, 2),
    urgentHelpMode: fc.constantFrom('extend', 'replace'),
    areas: list(entry({ id: slug, name: text, postcodePrefixes: list(words) }, ['id', 'name']), 0, 2),
    topics: list(entry({ id: slug, name: text, keywords: list(words) }, ['id', 'name']), 0, 2),
    services: list(fc.constantFrom(1, null, {}, { id: 'x' }), 0, 2),
  },
  ['version', 'partnership', 'updated', 'services'],
);

// What goes wrong in real feeds, and what a hostile one might try.
const junk = fc.oneof(
  fc.constantFrom(null, true, 0, -1, 1.5, 121, -0, '', '  ', '\t\n', [], {}, 'x', 'A', '__proto__', 'all'),
  fc.constantFrom('javascript:alert(1)', 'not a url', 'a@b', '2026-02-29', '2026-13-01', '24:01', '9:00', 'EN'),
  fc.constantFrom('en_GB', '-a', 'x'.repeat(65), 'urgent', 'Mon', 'post', 'v1.0', '1.0.0', 'merge'),
  fc.constantFrom(Number.NaN, Infinity, undefined, Object.create(null) as unknown, new Date(0)),
  fc.string({ maxLength: 6 }),
  fc.integer(),
);

/** Every place inside a value, as a path of keys. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((k) => paths((value as Record<string | number, unknown>)[k], [...prefix, k]))];
}

/** A copy with up to three places broken: a value replaced, a key removed, or an unknown key added. */
function broken(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const oddKey = fc.constantFrom('fr', 'EN', 'en_GB', '__proto__', 'toString', '12', 'constructor');
  const edit = fc.tuple(fc.nat(), fc.constantFrom('replace', 'delete', 'extra', 'language'), junk, oddKey);
  return fc.tuple(valid, fc.array(edit, { minLength: 1, maxLength: 3 })).map(([value, edits]) => {
    let copy = structuredClone(value);
    for (const [pick, action, bad, odd] of edits) {
      const all = paths(copy);
      const path = all[pick % all.length] ?? [];
      if (path.length === 0) {
        copy = bad;
        continue;
      }
      const parent = path.slice(0, -1).reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], copy);
      if (typeof parent !== 'object' || parent === null) continue;
      const key = path[path.length - 1] as string | number;
      const target = parent as Record<string | number, unknown>;
      if (action === 'replace') target[key] = bad;
      else if (action === 'delete') Reflect.deleteProperty(target, key);
      else if (action === 'extra') target[`${String(key)}x`] = bad;
      else if (!Array.isArray(target))
        Object.defineProperty(target, odd, { value: 'x', enumerable: true, writable: true, configurable: true });
    }
    return copy;
  });
}

const service = fc.oneof(validService, broken(validService));
const envelope = fc.oneof(validEnvelope, broken(validEnvelope));

/** What a feed looks like after JSON.parse: no undefined, NaN or odd prototypes. */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value) || 'null') as unknown;

/** zod's verdict without the inputs it quotes: what a warning says. */
const verdict = (result: ReturnType<z.ZodMiniType['safeParse']>) =>
  result.success ? result.data : result.error.issues.map((i) => [i.path, i.code, i.message]);

function sameAsZod(
  check: (raw: unknown, inPlace?: boolean) => unknown,
  zodSchema: z.ZodMiniType,
  raw: unknown,
  json: boolean,
): void {
  const strict = zodSchema.safeParse(raw);
  if (json) {
    // A decoded document reshaped where it lies gives the same value; deferred half-way, zod's
    // verdict on what is left is the same as on the original.
    const mine = structuredClone(raw);
    const reshaped = check(mine, true);
    if (reshaped === undefined) expect(verdict(zodSchema.safeParse(mine))).toStrictEqual(verdict(strict));
    else expect(reshaped).toStrictEqual(strict.data);
  }
  const quick = check(raw);
  if (quick !== undefined) {
    // Never accepts what zod rejects, and outputs exactly what zod outputs.
    expect(strict.success).toBe(true);
    expect(quick).toStrictEqual(strict.data);
  } else if (json) {
    // On JSON it defers only when zod has something to report.
    expect(strict.success).toBe(false);
  }
}

describe('the quick checker', () => {
  it('uses zod’s own date and e-mail patterns', () => {
    expect(ISO_DATE.source).toBe(z.regexes.date.source);
    expect(EMAIL.source).toBe(z.regexes.email.source);
  });

  it('has every object of the schema, key for key, optional where zod is, with zod’s defaults', () => {
    for (const [name, shape] of Object.entries(SHAPES)) {
      const zodObject = (schema as unknown as Record<string, z.ZodMiniObject>)[name];
      expect(zodObject, name).toBeDefined();
      const zodShape = zodObject?.def.shape ?? {};
      expect(Object.keys(shape), name).toEqual(Object.keys(zodShape));
      for (const [key, member] of Object.entries<z.core.$ZodType>(zodShape)) {
        const check = shape[key];
        const kind = member._zod.def.type;
        expect('optional' in (check ?? {}), `${name}.${key} optional`).toBe(kind === 'optional');
        if (kind === 'default') {
          expect(check?.(undefined), `${name}.${key} default`).toEqual(z.parse(member, undefined));
        }
      }
    }
  });

  it(
    'agrees with zod on random services, as JSON',
    () => {
      fc.assert(
        fc.property(service, (raw) => sameAsZod(quickService, schema.service, asJson(raw), true)),
        { numRuns: RUNS },
      );
    },
    SLOW,
  );

  it(
    'agrees with zod on random services with undefined, NaN and odd prototypes, or defers',
    () => {
      fc.assert(
        fc.property(service, (raw) => sameAsZod(quickService, schema.service, raw, false)),
        { numRuns: RUNS },
      );
    },
    SLOW,
  );

  it(
    'agrees with zod on random feed envelopes',
    () => {
      fc.assert(
        fc.property(envelope, (raw) => {
          sameAsZod(quickEnvelope, schema.feedEnvelope, asJson(raw), true);
          sameAsZod(quickEnvelope, schema.feedEnvelope, raw, false);
        }),
        { numRuns: RUNS / 2 },
      );
    },
    SLOW,
  );

  it('agrees with zod on web addresses, plain ones taken without the URL parser among them', () => {
    const label = fc.stringMatching(/^([xX][nN]--)?[a-zA-Z0-9-]{1,6}$/);
    const host = fc.array(label, { minLength: 1, maxLength: 4 }).map((labels) => labels.join('.'));
    const port = fc.option(
      fc.integer({ min: 0, max: 99_999 }).map((p) => `:${p}`),
      { nil: '' },
    );
    const after = fc.stringMatching(/^([/?#][\x20-\x7e]{0,10})?$/);
    const scheme = fc.constantFrom('http://', 'https://', 'HTTPS://', 'ftp://', 'https:/', '');
    const address = fc.tuple(scheme, host, port, after).map((parts) => parts.join(''));
    const tricky = fc.constantFrom(
      'http://1.2.3.999/',
      'https://example.999',
      'https://a..b/',
      'https://-.org',
      'https://xn--a.com/',
      'https://XN--a.com/',
      'https://a.Xn--b/',
      'https://a.b/xn--c',
      'https://a.b:99999/',
      'https://a.b/ c',
    );
    fc.assert(
      fc.property(fc.oneof(address, tricky, url), (web) =>
        sameAsZod(quickService, schema.service, minimalService({ contact: { web } }), true),
      ),
      { numRuns: 600 },
    );
  });

  it('passes every service of the sample feed as zod outputs it', () => {
    for (const raw of sampleFeed().services) {
      expect(quickService(raw)).toStrictEqual(schema.service.parse(raw));
    }
  });

  it('defers on values only zod can judge precisely: a padded link is trimmed, a bad one deferred', () => {
    expect(quickService(minimalService({ contact: { web: ' https://example.org/ ' } }))?.contact.web).toBe(
      'https://example.org/',
    );
    expect(quickService(minimalService({ contact: { web: 'not a url' } }))).toBeUndefined();
    expect(quickService(minimalService({ name: { __proto__: null, en: 'x' } }))).toBeDefined();
    const proto = JSON.parse('{"en":"Hi","__proto__":"x"}') as unknown;
    expect(quickService(minimalService({ name: proto }))?.name).toStrictEqual({ en: 'Hi' });
    expect(quickService(minimalService({ name: JSON.parse('{"__proto__":"x"}') }))).toBeUndefined();
  });
});

describe('readFeed', () => {
  it('builds the same feed and warnings as parseFeed, broken listings included', async () => {
    const feed = sampleFeed();
    feed.services[3] = { ...feed.services[3], ages: { min: 18, max: 5 } };
    feed.services[5] = { ...feed.services[5], contact: { web: 'javascript:alert(1)' } };
    feed.services.push({ ...feed.services[0] });
    feed.services.push({ ...minimalService(), topics: ['not-a-topic'] });
    await expect(readFeed(structuredClone(feed), { sliceMs: 0 })).resolves.toStrictEqual(parseFeed(feed));
  });

  it('refuses a broken envelope with the same words as parseFeed', async () => {
    const broken = { ...minimalFeed(), updated: 'yesterday' };
    expect(() => parseFeed(broken)).toThrow(/updated/);
    await expect(readFeed(broken)).rejects.toThrow(/updated/);
  });

  it('stops between slices when the load is cancelled', async () => {
    const controller = new AbortController();
    const many = minimalFeed(Array.from({ length: 2000 }, (_, i) => minimalService({ id: `s-${i}` })));
    const reading = readFeed(many, { signal: controller.signal, sliceMs: 0 });
    controller.abort();
    await expect(reading).rejects.toThrow();
  });
});
