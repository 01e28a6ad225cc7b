/**
 * Reading the element's attributes. They are typed by hand into CMS fields, so each one accepts
 * the forms people actually write ("15s", "5MB", "Browse") and falls back to its default for
 * anything else, instead of turning into NaN or switching a safety limit off. Pure: no lit.
 */
import { SEEKERS, type Seeker } from '../match/answers.ts';

/** The shape lit expects of an attribute converter; declared here so this module needs no lit. */
export interface AttributeConverter<T> {
  fromAttribute(value: string | null): T;
  toAttribute?(value: T): string | null;
}

export const DEFAULT_HEADING_LEVEL = 2;
/** The feed timeout may not be set shorter than this: a phone on a slow network needs time. */
export const MIN_TIMEOUT_MS = 1_000;
export const MAX_TIMEOUT_MS = 5 * 60_000;
/** Smaller than any real feed; a smaller cap would only refuse every feed. */
export const MIN_MAX_BYTES = 1024;

const TIME_UNITS: Record<string, number> = {
  ms: 1,
  s: 1000,
  sec: 1000,
  secs: 1000,
  m: 60_000,
  min: 60_000,
  mins: 60_000,
};
const SIZE_UNITS: Record<string, number> = {
  b: 1,
  k: 1024,
  kb: 1024,
  kib: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  mib: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
  gib: 1024 ** 3,
};

function withUnit(value: string | null | undefined, units: Record<string, number>, bare: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const match = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*([a-z]*)\s*$/i.exec(value);
  if (!match) return undefined;
  const unit = match[2]?.toLowerCase() ?? '';
  const factor = unit === '' ? bare : units[unit];
  if (factor === undefined) return undefined;
  const result = Number(match[1]) * factor;
  return Number.isFinite(result) && result > 0 ? Math.round(result) : undefined;
}

/**
 * Milliseconds from "15000", "15s", "2m", "1.5 s" or "500ms" (a bare number is milliseconds, as
 * documented). Anything unreadable gives `fallback`; a value outside 1 s to 5 min is brought
 * within it, so a "15" meant as seconds still gives the feed a second to arrive.
 */
export function parseDuration(value: string | null | undefined, fallback: number): number {
  const ms = withUnit(value, TIME_UNITS, 1);
  if (ms === undefined) return fallback;
  return Math.min(MAX_TIMEOUT_MS, Math.max(MIN_TIMEOUT_MS, ms));
}

/**
 * Bytes from "5242880", "5MB", "512 KB", "1.5MiB" (K, M and G are 1024-based, as operating
 * systems show file sizes). Anything unreadable gives `fallback`, so a typo can never turn the
 * size cap off.
 */
export function parseByteSize(value: string | null | undefined, fallback: number): number {
  const bytes = withUnit(value, SIZE_UNITS, 1);
  if (bytes === undefined) return fallback;
  return Math.max(MIN_MAX_BYTES, bytes);
}

/** A heading level from 1 to 6: "3" is 3, "9" is 6, "0" is 1, "abc" is the default 2. */
export function parseHeadingLevel(value: string | null | undefined, fallback = DEFAULT_HEADING_LEVEL): number {
  if (value === null || value === undefined || !/^\s*[+-]?\d+\s*$/.test(value)) return fallback;
  return Math.min(6, Math.max(1, Number(value)));
}

/** One of `allowed` (trimmed, any case), else `fallback`. */
export function parseChoice<T extends string>(value: string | null | undefined, allowed: readonly T[], fallback: T): T {
  const wanted = value?.trim().toLowerCase();
  return allowed.find((option) => option === wanted) ?? fallback;
}

export const MODES = ['guided', 'browse'] as const;
export type Mode = (typeof MODES)[number];

export function parseMode(value: string | null | undefined): Mode {
  return parseChoice(value, MODES, 'guided');
}

/** Who is looking, preselected with `audience`; an empty string means "ask". */
export function parseAudience(value: string | null | undefined): Seeker | '' {
  return parseChoice<Seeker | ''>(value, SEEKERS, '');
}

/**
 * Where the sticky quick-exit bar sits, set by hand: "64", "64px", "4rem" or "4em" (a plain number
 * is pixels), as a CSS length. Anything else, "auto" included, is "" and the finder finds the
 * page's own fixed header by itself.
 */
export function parseStickyTop(value: string | null | undefined): string {
  const match = /^\s*(\d{1,4}(?:\.\d+)?)\s*(px|rem|em)?\s*$/i.exec(value ?? '');
  if (!match) return '';
  return `${Number(match[1])}${match[2]?.toLowerCase() ?? 'px'}`;
}

/** Lit converters for the element's `@property` declarations. */
export const durationConverter = (fallback: number): AttributeConverter<number> => ({
  fromAttribute: (value) => parseDuration(value, fallback),
  toAttribute: (value) => String(value),
});

export const byteSizeConverter = (fallback: number): AttributeConverter<number> => ({
  fromAttribute: (value) => parseByteSize(value, fallback),
  toAttribute: (value) => String(value),
});

export const headingLevelConverter: AttributeConverter<number> = {
  fromAttribute: (value) => parseHeadingLevel(value),
  toAttribute: (value) => String(value),
};

export const stickyTopConverter: AttributeConverter<string> = {
  fromAttribute: (value) => parseStickyTop(value),
  toAttribute: (value) => value,
};
