/**
 * The derived checker may stand in for zod only because of these tests: on random valid and broken
 * services, envelopes and parts it outputs exactly what zod outputs, rejects exactly what zod
 * rejects (so it never accepts what zod would not), leaves its input as it was, and on valid values
 * judges every construct of schema.ts itself rather than quietly asking zod.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { derive, FAIL } from '../../src/feed/derive-check.ts';
import * as schema from '../../src/feed/schema.ts';
import { AUDIENCES, DAYS, DELIVERY, LEVELS, PROVENANCE } from '../../src/feed/vocabulary.ts';
import { minimalService, sampleFeed } from './fixtures.ts';

const RUNS = 500;
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
    ages: fc.oneof(ageRange, fc.constant('unknown')),
    audiences: some(AUDIENCES),
    access: entry(
      {
        selfReferral: fc.oneof(fc.boolean(), fc.constant('unknown')),
        referralFrom: list(slug),
        whoCanContact: some(AUDIENCES),
        howTo: text,
      },
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
    areas: fc.oneof(fc.constantFrom('all', 'unknown'), list(slug, 1)),
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
    onlyFor: list(slug),
    wait: fc.record({ days: fc.integer({ min: 0, max: 730 }), updated: date, by: words }),
    provenance: fc.dictionary(
      fc.constantFrom('topics', 'ages', 'access.selfReferral', 'wait'),
      entry(
        {
          from: fc.constantFrom(...PROVENANCE),
          evidence: list(words),
          confidence: fc.double({ min: 0, max: 1, noNaN: true }),
          by: words,
        },
        ['from'],
      ),
    ),
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
const asJson = (value: unknown): unknown => (JSON.parse(JSON.stringify([value])) as unknown[])[0];

/** The derived checker agrees with zod on `raw` and leaves it as it was. */
function sameAsZod(zodSchema: z.ZodMiniType, raw: unknown, json = true): void {
  const before = structuredClone(raw);
  const quick = derive(zodSchema)(raw);
  const strict = z.safeParse(zodSchema, raw);
  // (toEqual: structuredClone gives null-prototype objects the usual prototype.)
  expect(raw).toEqual(before);
  if (quick === FAIL) expect(strict.success, 'zod accepts what the derived checker rejects').toBe(false);
  else {
    expect(strict.success, 'the derived checker accepts what zod rejects').toBe(true);
    // An array reused from input that is not JSON keeps any other properties it was given.
    const items = (v: unknown): unknown =>
      Array.isArray(v)
        ? Array.from(v, items)
        : v && typeof v === 'object'
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, items(x)]))
          : v;
    if (json) expect(quick).toStrictEqual(strict.data);
    else expect(items(quick)).toStrictEqual(items(strict.data));
  }
}

const PARTS = {
  localisedText: text,
  contact: entry({ phone: words, sms: words, smsBody: words, email, web: url, form: url }, []),
  ageRange,
  wait: fc.record({ days: fc.integer({ min: 0, max: 730 }), updated: date, by: words }),
  partnership: validEnvelope.map((e) => (e as { partnership: unknown }).partnership),
  urgentContact: validUrgentContact,
} as const;

describe('the checker derived from the zod schema', () => {
  it(
    'agrees with zod on random services, as JSON and with undefined, NaN and odd prototypes',
    () => {
      fc.assert(
        fc.property(service, (raw) => {
          sameAsZod(schema.service, asJson(raw));
          sameAsZod(schema.service, raw, false);
        }),
        { numRuns: RUNS },
      );
    },
    SLOW,
  );

  it(
    'agrees with zod when any one place of a valid service or envelope holds a wrong value',
    () => {
      const wrong = ['', '  ', null, -1, 1.5, 121, 'x', 'unknown', [], {}, [''], { en: ' ' }];
      fc.assert(
        fc.property(validService, validEnvelope, (one, envelope) => {
          for (const [zodSchema, valid] of [
            [schema.service, one],
            [schema.feedEnvelope, envelope],
          ] as const) {
            const json = asJson(valid);
            for (const path of paths(json).slice(1)) {
              for (const bad of wrong) {
                const copy = structuredClone(json) as Record<string | number, unknown>;
                const parent = path.slice(0, -1).reduce<unknown>((o, k) => (o as typeof copy)[k], copy) as typeof copy;
                parent[path[path.length - 1] as string | number] = structuredClone(bad);
                sameAsZod(zodSchema, copy);
              }
            }
          }
        }),
        { numRuns: RUNS / 25 },
      );
    },
    SLOW,
  );

  it(
    'agrees with zod on random feed envelopes and whole documents',
    () => {
      fc.assert(
        fc.property(envelope, service, (raw, one) => {
          sameAsZod(schema.feedEnvelope, asJson(raw));
          sameAsZod(schema.feedEnvelope, raw, false);
          sameAsZod(schema.feedDocument, asJson({ ...(raw as object), services: [one] }));
        }),
        { numRuns: RUNS / 2 },
      );
    },
    SLOW,
  );

  it(
    'agrees with zod on random parts: text, contacts, ages, waits, partnerships, urgent contacts',
    () => {
      for (const [name, valid] of Object.entries(PARTS)) {
        const zodSchema = (schema as unknown as Record<string, z.ZodMiniType>)[name] as z.ZodMiniType;
        fc.assert(
          fc.property(fc.oneof(valid, broken(valid), junk), (raw) => {
            sameAsZod(zodSchema, asJson(raw));
            sameAsZod(zodSchema, raw, false);
          }),
          { numRuns: RUNS / 2 },
        );
      }
    },
    SLOW,
  );

  it('keeps the parts it need not change and copies the rest', () => {
    const raw = sampleFeed().services[0] as Record<string, unknown>;
    const out = derive(schema.service)({ ...raw, extra: 1 }) as Record<string, unknown>;
    expect(out).not.toHaveProperty('extra');
    expect(out['contact']).toBe(raw['contact']);
    const name = { en: ' Hi ', cy: 'Helo' };
    expect(derive(schema.localisedText)(name)).toStrictEqual({ en: 'Hi', cy: 'Helo' });
    expect(name.en).toBe(' Hi ');
    expect(derive(schema.localisedText)(JSON.parse('{"en":"Hi","__proto__":"x"}'))).toStrictEqual({ en: 'Hi' });
    expect(derive(schema.localisedText)(JSON.parse('{"__proto__":"x"}'))).toBe(FAIL);
    expect(derive(schema.service)(minimalService({ contact: { web: ' https://example.org/ ' } }))).toMatchObject({
      contact: { web: 'https://example.org/' },
    });
  });
});

describe('every construct of schema.ts', () => {
  type Node = z.core.$ZodType;
  /** Every schema reachable from the exports of schema.ts. */
  function walk(node: Node, seen = new Set<Node>()): Set<Node> {
    if (seen.has(node)) return seen;
    seen.add(node);
    const def = node._zod.def as unknown as Record<string, unknown>;
    const { options = [], shape = {} } = def as { options?: unknown[]; shape?: Record<string, unknown> };
    const children = [def['innerType'], def['element'], def['keyType'], def['valueType'], def['catchall']];
    children.push(...options, ...Object.values(shape));
    for (const child of children) if (child) walk(child as Node, seen);
    return seen;
  }
  const exported = Object.values(schema as Record<string, unknown>).filter(
    (v): v is Node => typeof v === 'object' && v !== null && '_zod' in v,
  );
  const nodes = new Set(exported.flatMap((s) => [...walk(s)]));
  const runs: Node[] = [];
  const restore = [...nodes].map((node) => {
    const { run } = node._zod;
    return () => (node._zod.run = run);
  });
  afterEach(() => {
    for (const undo of restore) undo();
  });
  /** Counts every time zod itself parses a part, which the derived checker does only when unsure. */
  function counting() {
    runs.length = 0;
    for (const node of nodes) {
      const { run } = node._zod;
      node._zod.run = (payload, ctx) => (runs.push(node), run(payload, ctx));
    }
  }

  it('are all constructs the derived checker reads itself', () => {
    const types = new Set([...nodes].map((n) => n._zod.def.type));
    const checks = new Set(
      [...nodes].flatMap((n) => [n, ...(n._zod.def.checks ?? [])]).map((c) => (c._zod.def as { check?: string }).check),
    );
    // A new construct in the schema must be taught to derive-check.ts (or knowingly left to zod) here.
    expect([...types].sort()).toEqual([
      'array',
      'boolean',
      'default',
      'enum',
      'literal',
      'number',
      'object',
      'optional',
      'record',
      'string',
      'union',
      'unknown',
    ]);
    expect([...checks].sort()).toEqual([
      'custom',
      'greater_than',
      'less_than',
      'min_length',
      'number_format',
      'overwrite',
      'string_format',
      undefined,
    ]);
  });

  it('passes the sample feed, whole and service by service, without asking zod', () => {
    const feed = sampleFeed();
    const expected = schema.feedDocument.parse(structuredClone(feed));
    counting();
    expect(derive(schema.feedDocument)(feed)).toStrictEqual(expected);
    for (const raw of feed.services) expect(derive(schema.service)(raw)).not.toBe(FAIL);
    expect(runs.map((n) => n._zod.def.type)).toEqual([]);
  });

  it(
    'passes random valid services and envelopes without asking zod',
    () => {
      counting();
      fc.assert(
        fc.property(validService, validEnvelope, (one, envelope) => {
          expect(derive(schema.service)(asJson(one))).not.toBe(FAIL);
          expect(derive(schema.feedEnvelope)(asJson(envelope))).not.toBe(FAIL);
        }),
        { numRuns: RUNS / 5 },
      );
      expect(runs.map((n) => n._zod.def.type)).toEqual([]);
    },
    SLOW,
  );
});
