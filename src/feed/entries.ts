import * as z from 'zod/mini';
import { safeParse } from './derive-check.ts';
import type { FeedWarning } from './errors.ts';

/**
 * Checking the parts of a feed around the services (partnership, areas, topics, urgent help)
 * entry by entry. Feeds are edited by hand: one typo in one area's postcode list must cost that
 * one prefix, not every service in the partnership.
 */

/** How forgiving to be with one kind of entry. */
export interface Salvage {
  /** Fields that may be dropped when wrong (the schema gives a default or does without). */
  optional?: readonly string[];
  /** Lists whose wrong items may be dropped one by one, e.g. `postcodePrefixes`. */
  lists?: readonly string[];
}

const ENTRY_NAME = { areas: 'area', topics: 'topic', urgentHelp: 'urgent contact' } as const;

export type Describe = (issue: z.core.$ZodIssue) => { field: string; message: string };

/**
 * Parses one entry; when it fails only in fields `how` allows to lose, drops those and tries once
 * more. Returns the entry (or undefined when it cannot be used) and a warning per dropped part.
 */
export function salvageEntry<S extends z.ZodMiniType>(
  schema: S,
  raw: unknown,
  how: Salvage,
  where: string,
  describe: Describe,
): { data?: z.infer<S>; warnings: FeedWarning[] } {
  const first = safeParse(schema, raw);
  if (first.success) return { data: first.data, warnings: [] };
  const skipped = (issues: readonly z.core.$ZodIssue[]) => ({
    warnings: issues.map((issue) => ({ where, ...describe(issue), effect: 'skipped' as const })),
  });
  if (!z.core.util.isObject(raw)) return skipped(first.error.issues);

  const dropKeys = new Set<string>();
  const dropItems = new Map<string, Set<number>>();
  for (const issue of first.error.issues) {
    const [key, index] = issue.path;
    if (typeof key !== 'string') return skipped(first.error.issues);
    if (how.lists?.includes(key) && typeof index === 'number' && Array.isArray(raw[key])) {
      dropItems.set(key, (dropItems.get(key) ?? new Set()).add(index));
    } else if (how.optional?.includes(key)) {
      dropKeys.add(key);
    } else {
      return skipped(first.error.issues);
    }
  }
  const copy = Object.fromEntries(Object.entries(raw).filter(([key]) => !dropKeys.has(key)));
  for (const [key, indexes] of dropItems) {
    copy[key] = (raw[key] as unknown[]).filter((_, i) => !indexes.has(i));
  }
  const second = safeParse(schema, copy);
  if (!second.success) return skipped(second.error.issues);
  return {
    data: second.data,
    warnings: first.error.issues.map((issue) => {
      const { field, message } = describe(issue);
      return { where, field, message: `${message}; left out`, effect: 'kept' as const };
    }),
  };
}

/**
 * Checks a list of entries that each have an `id`: wrong entries are dropped one by one, and a
 * second entry with an id already seen is dropped, so lookups by id stay unambiguous.
 */
export function checkList<S extends z.ZodMiniType<{ id: string }>>(
  schema: S,
  raw: unknown,
  how: Salvage,
  section: keyof typeof ENTRY_NAME,
  describe: Describe,
): { items: z.infer<S>[]; warnings: FeedWarning[] } {
  const warnings: FeedWarning[] = [];
  const one = ENTRY_NAME[section];
  if (raw === undefined) return { items: [], warnings };
  if (!Array.isArray(raw)) {
    warnings.push({ where: section, field: '', message: 'should be a list', effect: 'skipped', section });
    return { items: [], warnings };
  }
  const items: z.infer<S>[] = [];
  const seen = new Set<string>();
  raw.forEach((entry: unknown, index) => {
    const rawId =
      z.core.util.isObject(entry) && typeof entry['id'] === 'string' && entry['id'].length <= 64 ? entry['id'] : '';
    const where = rawId ? `${one} "${rawId}"` : `${section}[${index}]`;
    const result = salvageEntry(schema, entry, how, where, describe);
    warnings.push(...result.warnings.map((w) => ({ ...w, section })));
    if (!result.data) return;
    const id = (result.data as { id: string }).id;
    if (seen.has(id)) {
      warnings.push({ where, field: 'id', message: `another ${one} already has this id`, effect: 'skipped', section });
      return;
    }
    seen.add(id);
    items.push(result.data);
  });
  return { items, warnings };
}
