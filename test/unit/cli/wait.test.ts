import { describe, expect, it } from 'vitest';
import { parseWaitCell, readWait, waitWithDays, waitWords } from '../../../src/cli/wait.ts';

describe('a wait written in a cell', () => {
  it('reads plain words, numbers of days and ranges (as their longer end)', () => {
    const days = (cell: string): unknown => parseWaitCell(cell);
    expect(days('same day')).toEqual({ days: 0 });
    expect(days('Drop-in')).toEqual({ days: 0 });
    expect(days('3 days')).toEqual({ days: 3 });
    expect(days('about 6 weeks')).toEqual({ days: 42 });
    expect(days('4 months')).toEqual({ days: 120 });
    expect(days('48 hours')).toEqual({ days: 2 });
    expect(days('10 working days')).toEqual({ days: 14 });
    expect(days('two weeks')).toEqual({ days: 14 });
    expect(days('21')).toEqual({ days: 21 });
    expect(days('6-8 weeks')).toEqual({
      days: 56,
      note: '"6-8 weeks" is a range, so the longer end (56 days) was used',
    });
  });

  it('reads empty and "unknown" as nobody saying, and names what it cannot read', () => {
    expect(parseWaitCell('')).toEqual({ unknown: true });
    expect(parseWaitCell(undefined)).toEqual({ unknown: true });
    expect(parseWaitCell('Unknown')).toEqual({ unknown: true });
    expect(parseWaitCell('soonish')).toEqual({
      error:
        '"soonish" is not a wait the tool can read: write "same day", a number of days, or "3 days", "6 weeks", "4 months" (or "unknown")',
    });
    // "none" could mean no wait or no information: never guessed either way.
    expect(parseWaitCell('none')).toHaveProperty('error');
    expect(parseWaitCell('-3')).toHaveProperty('error');
    expect(parseWaitCell('3 years')).toEqual({
      error: '"3 years" is more than two years (730 days), the longest wait a feed can hold',
    });
  });

  it('says days back as a person would', () => {
    expect([0, 1, 13, 14, 42, 84, 90, 126, 300, 730].map(waitWords)).toEqual([
      'same day',
      '1 day',
      '13 days',
      '2 weeks',
      '6 weeks',
      '12 weeks',
      '3 months',
      '4 months',
      '10 months',
      '2 years',
    ]);
    expect(waitWithDays(42)).toBe('6 weeks (42 days)');
    expect(waitWithDays(3)).toBe('3 days');
  });
});

describe('what a service’s own words say about its wait', () => {
  it('reads a stated length with its words, and the longest of several', () => {
    expect(readWait('There is a waiting list of about 6 weeks for one-to-one counselling.')).toEqual({
      days: 42,
      evidence: ['waiting list of about 6 weeks'],
      confidence: 0.7,
    });
    expect(readWait('Young people are usually seen within 48 hours.')?.days).toBe(2);
    expect(readWait('We have an 18 week wait for assessment.')?.days).toBe(126);
    expect(readWait('Waiting time: 4-6 weeks')?.days).toBe(42);
    const two = readWait(
      'Drop in on Tuesdays. Counselling has a waiting list of 8 weeks; we will call you back within 2 days.',
    );
    expect(two).toMatchObject({ days: 56, confidence: 0.5 });
  });

  it('reads drop-in words as the same day, but not when negated, and nothing from text that does not say', () => {
    expect(readWait('Drop in, no appointment needed.')).toEqual({
      days: 0,
      evidence: ['Drop in', 'no appointment needed'],
      confidence: 0.6,
    });
    expect(readWait('This is not a drop-in service.')).toBeUndefined();
    expect(readWait('We offer counselling for young people aged 11 to 18.')).toBeUndefined();
  });
});
