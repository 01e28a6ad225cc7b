/**
 * A quick checker read off the zod schema itself, so there is one validator and no hand copy.
 *
 * jitless zod builds a result object, a fresh copy of every object and array, and an issue list for
 * each value it checks: at 5,000 services that garbage is most of the load's cost. The closures
 * built here once per schema walk the same definitions (`_zod.def`) and return zod's output, but
 * reuse every part of the input that zod would copy unchanged. Where they cannot be sure (a web
 * address, an unknown construct) the sub-value goes to that sub-schema's own zod. They give no
 * reasons: on FAIL the caller asks zod, whose issues then word the warnings as before.
 */
import * as z from 'zod/mini';

/** zod rejects the value. */
export const FAIL = Symbol('zod rejects');
/** Not provable here; the nearest schema asks zod (never seen outside this module). */
const ASK = Symbol('ask zod');
type Core = (value: unknown) => unknown;
type Check<T> = (value: unknown) => T | typeof FAIL;

interface Schema {
  _zod: {
    def: Def;
    values?: Set<unknown>;
    optin?: string;
    optout?: string;
    traits: Set<string>;
    check?: (payload: { value: unknown; issues: unknown[] }) => unknown;
  };
}
interface Def {
  type: string;
  check?: string;
  checks?: Schema[];
  coerce?: boolean;
  format?: string;
  pattern?: RegExp;
  when?: unknown;
  minimum?: number;
  value?: unknown;
  inclusive?: boolean;
  tx?: Core;
  innerType?: Schema;
  element?: Schema;
  shape?: Record<string, Schema>;
  catchall?: Schema;
  keyType?: Schema;
  valueType?: Schema;
  options?: Schema[];
  defaultValue?: unknown;
  mode?: string;
  partial?: boolean;
  discriminator?: string;
}

// String formats whose check in zod is only their pattern (url, for one, runs the URL parser).
const PATTERN_ONLY = new Set(['regex', 'date', 'email']);
const built = new WeakMap<object, Core>();
const isObject = (v: unknown): v is Record<PropertyKey, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** zod's output for a value, or FAIL when zod rejects it; built once per schema. */
export function derive<S extends z.core.$ZodType>(schema: S): Check<z.output<S>> {
  let quick = built.get(schema);
  if (!quick) {
    const viaZod = (value: unknown) => {
      const result = z.safeParse(schema, value);
      return result.success ? result.data : FAIL;
    };
    const core = build(schema as unknown as Schema);
    quick = core
      ? (value) => {
          const out = core(value);
          return out === ASK ? viaZod(value) : out;
        }
      : viaZod;
    built.set(schema, quick);
  }
  return quick as Check<z.output<S>>;
}

/** zod's safeParse through the quick check first: zod runs only to say what is wrong. */
export function safeParse<S extends z.core.$ZodType>(schema: S, raw: unknown) {
  const data = derive(schema)(raw);
  return data === FAIL ? z.safeParse(schema, raw, { reportInput: true }) : { success: true as const, data };
}

const sub = (schema: Schema | undefined) => derive(schema as unknown as z.core.$ZodType) as Core;

/** The checker for one schema, or undefined when any part of it is beyond this module. */
function build(schema: Schema): Core | undefined {
  const def = schema._zod.def;
  const type = def.coerce ? undefined : TYPES[def.type]?.(def, schema);
  const checks = [...(def.check ? [schema] : []), ...(def.checks ?? [])].map(check);
  if (!type || !checks.every(Boolean)) return undefined;
  if (!checks.length) return type;
  return (value) => {
    let out = type(value);
    for (const c of checks as Core[]) if (out !== FAIL && out !== ASK) out = c(out);
    return out;
  };
}

/** One of zod's checks, run on the output so far: zod runs them in order and any issue fails. */
function check({ _zod: { def, check: zodCheck } }: Schema): Core | undefined {
  const { minimum = 0, value: limit, pattern } = def;
  if (def.when && def.check !== 'min_length') return undefined;
  if (def.check === 'overwrite') return def.tx;
  if (def.check === 'min_length') {
    // zod counts a string's code points; each is one or two units.
    return (v) => {
      const { length } = v as string | unknown[];
      if (length < minimum) return FAIL;
      return typeof v !== 'string' || Math.ceil(length / 2) >= minimum ? v : ASK;
    };
  }
  if (typeof limit === 'number' && def.check === 'greater_than')
    return (v) => ((def.inclusive ? (v as number) >= limit : (v as number) > limit) ? v : FAIL);
  if (typeof limit === 'number' && def.check === 'less_than')
    return (v) => ((def.inclusive ? (v as number) <= limit : (v as number) < limit) ? v : FAIL);
  if (def.check === 'number_format' && def.format === 'safeint') return (v) => (Number.isSafeInteger(v) ? v : FAIL);
  if (def.check === 'string_format' && pattern && PATTERN_ONLY.has(def.format ?? '')) {
    return (v) => ((pattern.lastIndex = 0), pattern.test(v as string) ? v : FAIL);
  }
  // Any other check (a web address, a refinement) is zod's own check function, called as zod
  // calls it, but without the parse context and result objects around it.
  const run = zodCheck;
  if (!def.when && run) {
    return (value) => {
      const payload = { value, issues: [] };
      return run(payload) instanceof Promise ? ASK : payload.issues.length ? FAIL : payload.value;
    };
  }
  return undefined;
}

const TYPES: Record<string, (def: Def, schema: Schema) => Core | undefined> = {
  string: () => (v) => (typeof v === 'string' ? v : FAIL),
  number: () => (v) => (typeof v === 'number' && Number.isFinite(v) ? v : FAIL),
  boolean: () => (v) => (typeof v === 'boolean' ? v : FAIL),
  unknown: () => (v) => v,
  enum: (_, { _zod: { values } }) => values && ((v) => (values.has(v) ? v : FAIL)),
  literal: (_, { _zod: { values } }) => values && ((v) => (values.has(v) ? v : FAIL)),
  optional(def, schema) {
    if (schema._zod.traits.has('$ZodExactOptional')) return undefined;
    const inner = sub(def.innerType);
    const passes = def.innerType?._zod.optin !== 'defaulted';
    return (v) => (v === undefined && passes ? v : inner(v));
  },
  default(def) {
    const inner = sub(def.innerType);
    return (v) => (v === undefined ? def.defaultValue : (v = inner(v)) === undefined ? def.defaultValue : v);
  },
  union(def) {
    if (def.discriminator !== undefined || def.inclusive === false) return undefined;
    const options = (def.options ?? []).map(sub);
    return (v) => {
      for (const option of options) {
        const out = option(v);
        if (out !== FAIL) return out;
      }
      return FAIL;
    };
  },
  array(def) {
    const element = sub(def.element);
    return (value) => {
      if (!Array.isArray(value)) return FAIL;
      const input = value as unknown[];
      let out: unknown[] | undefined = Object.getPrototypeOf(input) === Array.prototype ? undefined : [];
      for (let i = 0; i < input.length; i++) {
        const item: unknown = input[i];
        const r = element(item);
        if (r === FAIL) return FAIL;
        // zod's copy has no holes.
        if (!out && (r !== item || (r === undefined && !(i in input)))) out = input.slice(0, i);
        if (out) out[i] = r;
      }
      return out ?? input;
    };
  },
  object(def) {
    const fields = Object.entries(def.shape ?? {}).filter(([key]) => key !== '__proto__');
    // A key Object.prototype also has would be found on every object; leave such shapes to zod.
    if (def.catchall || fields.some(([key]) => key in Object.prototype)) return undefined;
    const known = new Set(fields.map(([key]) => key));
    const checks = fields.map(([key, field]) => [key, sub(field), field._zod.optin, field._zod.optout] as const);
    return (input) => {
      if (!isObject(input)) return FAIL;
      // The input itself is the output while it is a plain object with nothing to strip or change.
      let out: Record<string, unknown> | undefined = Object.getPrototypeOf(input) === Object.prototype ? undefined : {};
      if (!out) for (const key in input) if (!known.has(key)) out = {};
      for (let i = 0; i < checks.length; i++) {
        const [key, field, optin, optout] = checks[i] as (typeof checks)[number];
        // zod's handlePropertyResult, for absent keys, optional ones and defaults.
        const present = key in input;
        if (!present && optout === 'optional' && optin === 'optional') continue;
        const value = input[key];
        const r = field(value);
        if (r === FAIL) {
          if (optin !== undefined && optout === 'optional' && !present) continue;
          return FAIL;
        }
        if (!present && optin === undefined) return FAIL;
        if (r === undefined && !present && !(optin === 'defaulted' && optout !== 'optional')) continue;
        if (!out && (r !== value || !present)) out = copyKeys(input, checks, i);
        if (out) out[key] = r;
      }
      return out ?? input;
    };
  },
  record(def) {
    if (def.keyType?._zod.values || def.mode === 'loose' || def.partial) return undefined;
    const keyCheck = sub(def.keyType);
    const valueCheck = sub(def.valueType);
    return (input) => {
      if (!isObject(input)) return FAIL;
      // zod's isPlainObject looks at the constructor; anything but Object is its to judge.
      const maker = input['constructor'];
      if (typeof maker === 'function' && maker !== Object) return ASK;
      let out: Record<PropertyKey, unknown> | undefined =
        Object.getPrototypeOf(input) === Object.prototype ? undefined : {};
      const keys = Reflect.ownKeys(input);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i] as PropertyKey;
        let k =
          key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(input, key) ? undefined : keyCheck(key);
        // zod tries a numeric key again as a number.
        if (k === FAIL && typeof key === 'string' && z.regexes.number.test(key)) k = keyCheck(Number(key));
        if (k === FAIL) return FAIL;
        const value = input[key];
        const r = k === undefined || k === '__proto__' ? undefined : valueCheck(value);
        if (r === FAIL) return FAIL;
        if (!out && (k !== key || r !== value)) out = copyKeys(input, keys, i);
        if (out && k !== undefined && k !== '__proto__') out[k as PropertyKey] = r;
      }
      return out ?? input;
    };
  },
};

/** A fresh object with the input's first `count` keys (those found unchanged before the first change). */
function copyKeys(
  input: Record<PropertyKey, unknown>,
  keys: readonly (PropertyKey | readonly [PropertyKey, ...unknown[]])[],
  count: number,
) {
  const out: Record<PropertyKey, unknown> = {};
  for (const entry of keys.slice(0, count)) {
    const key = Array.isArray(entry) ? (entry[0] as PropertyKey) : (entry as PropertyKey);
    if (key in input) out[key] = input[key];
  }
  return out;
}
