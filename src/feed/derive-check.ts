/**
 * A quick checker read off the zod schema itself (`_zod.def`), so there is one validator, not a copy.
 * jitless zod builds a result, a fresh copy of every object and array and an issue list for every
 * value: at 5,000 services that is most of a load's time. These closures, built once per schema,
 * return zod's output but reuse each part of the input that zod would copy unchanged. What they
 * cannot judge goes to that sub-schema's own zod. On FAIL the caller asks zod, whose issues word
 * the warnings.
 */
import * as z from 'zod/mini';

/** zod rejects the value. */
export const FAIL = Symbol('zod rejects');
/** Not provable here: the nearest schema asks zod. */
const ASK = Symbol('ask zod');
type Core = (value: unknown) => unknown;
type Payload = { value: unknown; issues: unknown[] };
interface Schema {
  _zod: { def: Def; values?: Set<unknown>; optin?: string; optout?: string; traits: Set<string> } & {
    check?: (payload: Payload) => unknown;
  };
}
// Which fields a definition has depends on its `type` and `check`.
type Def = Partial<Record<'type' | 'check' | 'format' | 'mode' | 'discriminator', string>> &
  Partial<Record<'innerType' | 'element' | 'catchall' | 'keyType' | 'valueType', Schema>> &
  Partial<Record<'coerce' | 'partial' | 'inclusive', boolean> & Record<'checks' | 'options', Schema[]>> &
  Partial<{
    shape: Record<string, Schema>;
    pattern: RegExp;
    tx: Core;
    defaultValue: unknown;
    minimum: number;
    when: (p: Payload) => boolean;
  }>;

// String formats whose check in zod is only their pattern (a web address, for one, is parsed).
const PATTERN_ONLY = new Set(['regex', 'date', 'email']);
const built = new WeakMap<object, Core>();
const isObject = (v: unknown): v is Record<PropertyKey, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** zod's output for a value, or FAIL when zod rejects it; built once per schema. */
export function derive<S extends z.core.$ZodType>(schema: S): (value: unknown) => z.output<S> | typeof FAIL {
  let quick = built.get(schema);
  if (!quick) {
    const viaZod: Core = (value) => ((r) => (r.success ? r.data : FAIL))(z.safeParse(schema, value));
    const core = build(schema as unknown as Schema);
    quick = core ? (value) => settle(core(value), value, viaZod) : viaZod;
    built.set(schema, quick);
  }
  return quick as (value: unknown) => z.output<S> | typeof FAIL;
}

/** zod's safeParse, with the quick check first: zod runs only to say what is wrong. */
export function safeParse<S extends z.core.$ZodType>(schema: S, raw: unknown) {
  const data = derive(schema)(raw);
  return data === FAIL ? z.safeParse(schema, raw, { reportInput: true }) : { success: true as const, data };
}

const settle = (out: unknown, value: unknown, viaZod: Core) => (out === ASK ? viaZod(value) : out);
const sub = (schema: Schema | undefined): Core => derive(schema as unknown as z.core.$ZodType);

/** The checker for one schema, or undefined when any part of it is beyond this module. */
function build(schema: Schema): Core | undefined {
  const { def } = schema._zod;
  const type = def.coerce ? undefined : TYPES[def.type ?? '']?.(def, schema);
  const checks = [...(def.check ? [schema] : []), ...(def.checks ?? [])].map(check);
  if (!type || !checks.every(Boolean)) return undefined;
  return checks.length ? (value) => inTurn(checks as Core[], type(value)) : type;
}

function inTurn(checks: Core[], out: unknown) {
  for (const c of checks) if (out !== FAIL && out !== ASK) out = c(out);
  return out;
}

/** A union's output: its first option that fits, as in zod. */
function firstFit(options: Core[], value: unknown) {
  let out: unknown = FAIL;
  for (const option of options) if ((out = option(value)) !== FAIL) break;
  return out;
}

/** One of zod's checks on the output so far: zod runs them in order, and any issue fails. */
function check({ _zod: { def, check: run } }: Schema): Core | undefined {
  const { minimum = 0, pattern, when } = def;
  if (def.check === 'overwrite' && !when) return def.tx;
  if (def.check === 'string_format' && pattern && PATTERN_ONLY.has(def.format ?? '') && !when)
    return (v) => ((pattern.lastIndex = 0), pattern.test(v as string) ? v : FAIL);
  // zod counts a string's code points (one or two units each), an array's items.
  if (def.check === 'min_length') {
    return (v) => {
      const n = (v as string | unknown[]).length;
      return n < minimum ? FAIL : typeof v !== 'string' || Math.ceil(n / 2) >= minimum ? v : ASK;
    };
  }
  // Any other check (a number's bounds, a web address, a refinement) is zod's own, called as zod does.
  return (
    run &&
    ((value) => {
      const payload = { value, issues: [] };
      if (when && !when(payload)) return value;
      return run(payload) instanceof Promise ? ASK : payload.issues.length ? FAIL : payload.value;
    })
  );
}

const TYPES: Record<string, (def: Def, schema: Schema) => Core | undefined> = {
  string: () => (v) => (typeof v === 'string' ? v : FAIL),
  number: () => (v) => (typeof v === 'number' && Number.isFinite(v) ? v : FAIL),
  boolean: () => (v) => (typeof v === 'boolean' ? v : FAIL),
  unknown: () => (v) => v,
  enum: (_, { _zod: { values } }) => values && ((v) => (values.has(v) ? v : FAIL)),
  literal: (_, { _zod: { values } }) => values && ((v) => (values.has(v) ? v : FAIL)),
  optional: ({ innerType }, { _zod: { traits } }) => {
    const [inner, passes] = [sub(innerType), innerType?._zod.optin !== 'defaulted'];
    return traits.has('$ZodExactOptional') ? undefined : (v) => (v === undefined && passes ? v : inner(v));
  },
  default: (def) => {
    const inner = sub(def.innerType);
    return (v) => ((v = v === undefined ? v : inner(v)) === undefined ? def.defaultValue : v);
  },
  union: ({ options = [], discriminator, inclusive }) => {
    const checks = options.map(sub);
    return discriminator === undefined && inclusive !== false ? (v) => firstFit(checks, v) : undefined;
  },
  array: ({ element }) => {
    const item = sub(element);
    return (input) => {
      if (!Array.isArray(input)) return FAIL;
      const list = input as unknown[];
      let out = Object.getPrototypeOf(list) === Array.prototype ? undefined : ([] as unknown[]);
      for (let i = 0; i < list.length; i++) {
        const r = item(list[i]);
        if (r === FAIL) return FAIL;
        // zod's copy has no holes.
        if (!out && (r !== list[i] || !(i in list))) out = list.slice(0, i);
        if (out) out[i] = r;
      }
      return out ?? list;
    };
  },
  object: ({ shape = {}, catchall }) => {
    const fields = Object.entries(shape).map(([k, s]) => [k, sub(s), s._zod.optin, s._zod.optout] as const);
    // A key Object.prototype also has is found on every object; such shapes are left to zod.
    if (catchall || fields.some(([key]) => key in Object.prototype)) return undefined;
    const known = new Set(Object.keys(shape));
    return (input) => {
      if (!isObject(input)) return FAIL;
      // The input is its own output while it is a plain object with nothing to strip or change.
      let out = Object.getPrototypeOf(input) === Object.prototype ? undefined : {};
      for (const key in input) if (!known.has(key)) out ??= {};
      for (let i = 0; i < fields.length; i++) {
        const [key, field, optin, optout] = fields[i] as (typeof fields)[number];
        // zod's handlePropertyResult: absent keys, optional ones and defaults.
        const present = key in input;
        const absentOptional = !present && optout === 'optional';
        if (absentOptional && optin === 'optional') continue;
        const r = field(input[key]);
        if (r === FAIL && absentOptional && optin !== undefined) continue;
        if (r === FAIL || (!present && optin === undefined)) return FAIL;
        if (r === undefined && !present && (optin !== 'defaulted' || optout === 'optional')) continue;
        if (!out && (r !== input[key] || !present))
          out = Object.fromEntries(fields.slice(0, i).flatMap(([k]) => (k in input ? [[k, input[k]]] : [])));
        if (out) (out as Record<string, unknown>)[key] = r;
      }
      return out ?? input;
    };
  },
  record: ({ keyType, valueType, mode, partial }) => {
    if (keyType?._zod.values || mode === 'loose' || partial) return undefined;
    const [keyCheck, valueCheck] = [sub(keyType), sub(valueType)];
    return (input) => {
      if (!isObject(input)) return FAIL;
      // zod's isPlainObject looks at the constructor: anything but Object is for zod to judge.
      if (typeof input['constructor'] === 'function' && input['constructor'] !== Object) return ASK;
      const out: Record<PropertyKey, unknown> = {};
      for (const key of Reflect.ownKeys(input)) {
        if (key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(input, key)) continue;
        let k = keyCheck(key);
        // zod tries a numeric key again as a number, and skips a key that becomes __proto__.
        if (k === FAIL && typeof key === 'string' && z.regexes.number.test(key)) k = keyCheck(Number(key));
        const r = k === FAIL ? FAIL : k === '__proto__' ? undefined : valueCheck(input[key]);
        if (r === FAIL) return FAIL;
        if (k !== '__proto__') out[k as PropertyKey] = r;
      }
      return out;
    };
  },
};
