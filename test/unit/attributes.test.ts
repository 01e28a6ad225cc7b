import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_TIMEOUT_MS,
  MIN_MAX_BYTES,
  MIN_TIMEOUT_MS,
  parseAudience,
  parseByteSize,
  parseDuration,
  parseHeadingLevel,
  parseMode,
  parseStickyTop,
} from '../../src/ui/attributes.ts';

describe('feed-timeout', () => {
  it.each([
    ['15000', 15_000],
    ['15s', 15_000],
    ['15 s', 15_000],
    ['1.5s', 1_500],
    ['2m', 120_000],
    ['2min', 120_000],
    ['500ms', 1_000], // raised to the minimum
    ['15', 1_000], // a bare number is milliseconds, raised to the minimum
    ['1h', 15_000], // unknown unit: the default
    ['abc', 15_000],
    ['', 15_000],
    ['-5s', 15_000],
    ['0', 15_000],
    ['Infinity', 15_000],
    ['100m', MAX_TIMEOUT_MS],
  ])('%j is %i ms', (value, expected) => {
    expect(parseDuration(value, 15_000)).toBe(expected);
  });

  it('is always a usable number of milliseconds, whatever is written', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const ms = parseDuration(value, 15_000);
        expect(Number.isInteger(ms)).toBe(true);
        expect(ms).toBeGreaterThanOrEqual(MIN_TIMEOUT_MS);
        expect(ms).toBeLessThanOrEqual(MAX_TIMEOUT_MS);
      }),
    );
  });
});

describe('feed-max-bytes', () => {
  it.each([
    ['5242880', 5_242_880],
    ['5MB', 5 * 1024 * 1024],
    ['5 mb', 5 * 1024 * 1024],
    ['5M', 5 * 1024 * 1024],
    ['512KB', 512 * 1024],
    ['1.5MiB', 1.5 * 1024 * 1024],
    ['1GB', 1024 ** 3],
    ['10', MIN_MAX_BYTES],
    ['five', 32],
    ['', 32],
    ['-1', 32],
    ['0', 32],
    ['5 MBs', 32],
  ])('%j is %i bytes', (value, expected) => {
    expect(parseByteSize(value, 32)).toBe(expected);
  });

  it('never turns the cap off', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const bytes = parseByteSize(value, 4096);
        expect(Number.isFinite(bytes)).toBe(true);
        expect(bytes).toBeGreaterThanOrEqual(MIN_MAX_BYTES);
      }),
    );
  });
});

describe('heading-level', () => {
  it.each([
    ['3', 3],
    [' 4 ', 4],
    ['1', 1],
    ['6', 6],
    ['0', 1],
    ['-2', 1],
    ['9', 6],
    ['abc', 2],
    ['2.5', 2],
    ['', 2],
  ])('%j is %i', (value, expected) => {
    expect(parseHeadingLevel(value)).toBe(expected);
  });

  it('is null-safe', () => {
    expect(parseHeadingLevel(null)).toBe(2);
  });
});

describe('mode and audience', () => {
  it('accept their values in any case and fall back otherwise', () => {
    expect(parseMode('browse')).toBe('browse');
    expect(parseMode(' Browse ')).toBe('browse');
    expect(parseMode('list')).toBe('guided');
    expect(parseMode(null)).toBe('guided');
    expect(parseAudience('parent-carer')).toBe('parent-carer');
    expect(parseAudience('PROFESSIONAL')).toBe('professional');
    expect(parseAudience('teacher')).toBe('');
    expect(parseAudience(null)).toBe('');
  });
});

describe('sticky-top', () => {
  it.each([
    ['64', '64px'],
    [' 64PX ', '64px'],
    ['4.5rem', '4.5rem'],
    ['3em', '3em'],
    ['0', '0px'],
    ['auto', ''],
    ['-10px', ''],
    ['10vh', ''],
    ['calc(10px)', ''],
    ['', ''],
    [null, ''],
  ])('%s is %s', (value, expected) => {
    expect(parseStickyTop(value)).toBe(expected);
  });

  it('gives only a plain CSS length or nothing, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        expect(parseStickyTop(value)).toMatch(/^(|\d+(\.\d+)?(px|rem|em))$/);
      }),
    );
  });
});
