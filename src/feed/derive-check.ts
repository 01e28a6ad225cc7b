// One validator: this checker is read off the zod schema (`_zod.def`) and gives zod's output without jitless zod's
// results, copies and issue lists (most of a big load); what it cannot read is left to zod. FAIL: ask zod why.
import * as z from 'zod/mini';
export const FAIL = Symbol('zod rejects');
type Core = (value: unknown) => unknown;
const built = new WeakMap<object, Core>();
/** zod's output for a value, or FAIL when zod rejects it; built once per schema. */
export function derive<S extends z.core.$ZodType>(schema: S): (value: unknown) => z.output<S> | typeof FAIL {
  if (!built.has(schema)) built.set(schema, build(schema) ?? ((v) => zodData(z.safeParse(schema, v))));
  return built.get(schema) as (value: unknown) => z.output<S> | typeof FAIL;
}
/** zod's safeParse, with the derived check first: zod runs only to say what is wrong. */
export function safeParse<S extends z.core.$ZodType>(schema: S, raw: unknown) {
  const data = derive(schema)(raw);
  return data === FAIL ? z.safeParse(schema, raw, { reportInput: true }) : { success: true as const, data };
}
const zodData = (result: { success: boolean; data?: unknown }) => (result.success ? result.data : FAIL);
const next = (out: unknown, check: Core) => (out === FAIL ? out : check(out));
const payload: z.core.ParsePayload = { value: undefined, issues: [] };
/** The checker for one schema, or undefined when any part of it is beyond this module. */
function build(schema: z.core.$ZodType): Core | undefined {
  const { def, traits } = schema._zod;
  const type = 'coerce' in def && def.coerce ? undefined : TYPES[def.type]?.(def as never, schema);
  const checks = [...(traits.has('$ZodCheck') ? [schema] : []), ...(def.checks ?? [])].map((c) => zodCheck(c as never));
  if (!type || !checks.every(Boolean)) return undefined;
  return checks.length ? (value) => (checks as Core[]).reduce(next, type(value)) : type;
}
/** A check is zod's own, called as zod calls it on the output so far; one payload serves all. */
function zodCheck({ _zod: { check, def } }: { _zod: Partial<z.core.$ZodCheckInternals<never>> }): Core | undefined {
  if (!check) return undefined;
  return (value) => {
    payload.value = value;
    if (payload.issues.length) payload.issues = [];
    if (def?.when && !def.when(payload)) return value;
    if (check(payload as never) instanceof Promise) throw new z.core.$ZodAsyncError();
    return payload.issues.length ? FAIL : payload.value;
  };
}
const TYPES: Partial<Record<string, (def: never, schema: z.core.$ZodType) => Core | undefined>> = {
  string: () => (v) => (typeof v === 'string' ? v : FAIL),
  number: () => (v) => (typeof v === 'number' && Number.isFinite(v) ? v : FAIL),
  boolean: () => (v) => (typeof v === 'boolean' ? v : FAIL),
  unknown: () => (v) => v,
  enum: (_, { _zod: { values } }) => values && ((v) => (values.has(v as never) ? v : FAIL)),
  literal: (_, { _zod: { values } }) => values && ((v) => (values.has(v as never) ? v : FAIL)),
  optional: ({ innerType }: z.core.$ZodOptionalDef, { _zod: { traits } }) => {
    const [check, passes] = [derive(innerType), innerType._zod.optin !== 'defaulted'];
    return traits.has('$ZodExactOptional') ? undefined : (v) => (v === undefined && passes ? v : check(v));
  },
  default:
    (def: z.core.$ZodDefaultDef, _: unknown, check = derive(def.innerType)): Core =>
    (v) =>
      (v = v === undefined ? v : check(v)) === undefined ? def.defaultValue : v,
  union: ({ options, inclusive, ...def }: z.core.$ZodUnionDef) => {
    const checks = options.map((option) => derive(option));
    if ('discriminator' in def || inclusive === false) return undefined;
    return (v) => checks.reduce<unknown>((out, check) => (out === FAIL ? check(v) : out), FAIL);
  },
  array:
    ({ element }: z.core.$ZodArrayDef, _: unknown, item = derive(element)): Core =>
    (list) => {
      if (!Array.isArray(list)) return FAIL;
      let out = Object.getPrototypeOf(list) === Array.prototype ? undefined : ([] as unknown[]);
      for (let i = 0; i < list.length; i++) {
        const r = item(list[i]);
        if (r === FAIL) return FAIL;
        // zod's copy has no holes.
        if (!out && (r !== list[i] || !(i in list))) out = list.slice(0, i);
        if (out) out[i] = r;
      }
      return out ?? (list as unknown[]);
    },
  object: ({ shape, catchall }: z.core.$ZodObjectDef) => {
    const fields = Object.entries(shape).map(([key, s]) => ({
      key,
      check: derive(s),
      optin: s._zod.optin,
      optout: s._zod.optout,
    }));
    // A key Object.prototype also has is found on every object; such shapes are left to zod.
    if (catchall || fields.some(({ key }) => key in Object.prototype)) return undefined;
    return (input) => {
      if (!z.core.util.isObject(input)) return FAIL;
      // The input is its own output while it is a plain object with nothing to strip or change.
      let out = Object.getPrototypeOf(input) === Object.prototype ? undefined : { ...input };
      let named = 0;
      for (let i = 0; i < fields.length; i++) {
        // zod's handlePropertyResult: absent keys, optional ones and defaults.
        const { key, check, optin, optout } = fields[i] as (typeof fields)[number];
        const value = input[key];
        const present = value !== undefined || key in input;
        if (present) named++;
        const r = check(value);
        if (!present && optout === 'optional' && (optin === 'optional' || (r === FAIL && optin))) continue;
        if (r === FAIL || (!present && !optin)) return FAIL;
        if (r === undefined && !present && (optin !== 'defaulted' || optout === 'optional')) continue;
        // A spread copies quickest; a key the shape does not name goes below.
        if (r !== value || !present) (out ??= { ...input })[key] = r;
      }
      // Keys the shape does not name are stripped, so the output is a copy.
      return named < Object.keys(input).length ? namedOnly(out ?? input, fields) : (out ?? input);
    };
  },
  record: ({ keyType, valueType, mode, partial }: z.core.$ZodRecordDef) => {
    if (keyType._zod.values || mode === 'loose' || partial) return undefined;
    const [keyCheck, valueCheck] = [derive(keyType), derive(valueType)];
    return (input) => {
      if (!z.core.util.isPlainObject(input)) return FAIL;
      const out: Record<PropertyKey, unknown> = {};
      for (const key of Reflect.ownKeys(input)) {
        if (key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(input, key)) continue;
        // zod tries a numeric key again as a number, and skips a key that becomes __proto__.
        let k = keyCheck(key);
        if (k === FAIL && typeof key === 'string' && z.regexes.number.test(key)) k = keyCheck(Number(key));
        const r = k === FAIL ? FAIL : k === '__proto__' ? undefined : valueCheck(input[key]);
        if (r === FAIL) return FAIL;
        if (k !== '__proto__') out[k] = r;
      }
      return out;
    };
  },
};
function namedOnly(input: Record<PropertyKey, unknown>, fields: readonly { key: string }[]) {
  const out: Record<string, unknown> = {};
  for (const { key } of fields) if (key in input) out[key] = input[key];
  return out;
}
