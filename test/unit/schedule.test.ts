import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAYS, type OpeningHours } from '../../src/feed/schema.ts';
import { DAY_MINUTES, openState, openStateAt, WEEK_MINUTES, weekMinute } from '../../src/schedule/open-state.ts';

const clock = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const session: fc.Arbitrary<OpeningHours> = fc.record({
  days: fc.uniqueArray(fc.constantFrom(...DAYS), { minLength: 1, maxLength: 7 }),
  opens: clock,
  closes: clock,
});
const week = fc.array(session, { minLength: 1, maxLength: 4 });
const minuteOfWeek = fc.integer({ min: 0, max: WEEK_MINUTES - 1 });

const toMinutes = (c: string) => Number(c.slice(0, 2)) * 60 + Number(c.slice(3));

/** The obvious, slow model: mark every open minute of the week. */
function openMinutes(hours: readonly OpeningHours[]): boolean[] {
  const open = new Array<boolean>(WEEK_MINUTES).fill(false);
  for (const s of hours) {
    const start = toMinutes(s.opens);
    let end = toMinutes(s.closes);
    if (end <= start) end += DAY_MINUTES;
    for (const day of s.days) {
      const base = DAYS.indexOf(day) * DAY_MINUTES;
      for (let m = base + start; m < base + end; m++) open[m % WEEK_MINUTES] = true;
    }
  }
  return open;
}

describe('opening hours, property-based', () => {
  it('says open exactly when the slow model does', () => {
    fc.assert(
      fc.property(week, minuteOfWeek, (hours, minute) => {
        const state = openStateAt(hours, false, minute);
        const model = openMinutes(hours);
        if (model.every(Boolean)) expect(['always', 'open']).toContain(state.kind);
        else expect(state.kind === 'open' || state.kind === 'always').toBe(model[minute]);
      }),
    );
  });

  it('closes at the first closed minute after now', () => {
    fc.assert(
      fc.property(week, minuteOfWeek, (hours, minute) => {
        const state = openStateAt(hours, false, minute);
        if (state.kind !== 'open') return;
        const model = openMinutes(hours);
        let m = minute;
        while (model[m % WEEK_MINUTES]) m++;
        expect(state.closes).toBe(
          `${String(Math.floor((m % DAY_MINUTES) / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`,
        );
      }),
    );
  });

  it('opens next at the first open minute after now, counting days correctly', () => {
    fc.assert(
      fc.property(week, minuteOfWeek, (hours, minute) => {
        const state = openStateAt(hours, false, minute);
        if (state.kind !== 'closed') return;
        const model = openMinutes(hours);
        let m = minute;
        while (!model[m % WEEK_MINUTES]) m++;
        expect(state.opens.inDays).toBe(Math.floor(m / DAY_MINUTES) - Math.floor(minute / DAY_MINUTES));
        expect(state.opens.day).toBe(DAYS[Math.floor((m % WEEK_MINUTES) / DAY_MINUTES)]);
        expect(toMinutes(state.opens.time)).toBe(m % DAY_MINUTES);
      }),
    );
  });
});

describe('opening hours, examples', () => {
  const weekdays: OpeningHours[] = [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '17:00' }];

  it('reads the clock in the partnership’s time zone, whatever the device’s', () => {
    // 08:30 UTC in July is 09:30 in Scotland (BST): open.
    expect(openState(weekdays, false, new Date('2026-07-01T08:30:00Z'), 'Europe/London')).toEqual({
      kind: 'open',
      closes: '17:00',
    });
    // The same instant is 04:30 in New York: the service's own zone decides, not the device's.
    expect(openState(weekdays, false, new Date('2026-07-01T08:30:00Z'), 'America/New_York').kind).toBe('closed');
    // 08:30 UTC in December is 08:30 in Scotland (GMT): opens today at 09:00.
    expect(openState(weekdays, false, new Date('2026-12-02T08:30:00Z'), 'Europe/London')).toEqual({
      kind: 'closed',
      opens: { day: 'wed', inDays: 0, time: '09:00' },
    });
  });

  it('handles the weekend, "opens tomorrow" and next week', () => {
    // Friday 18:00 → Monday 09:00, three days on.
    expect(openState(weekdays, false, new Date('2026-11-27T18:00:00Z'))).toEqual({
      kind: 'closed',
      opens: { day: 'mon', inDays: 3, time: '09:00' },
    });
    // Thursday 20:00 → tomorrow.
    const thursday = openState(weekdays, false, new Date('2026-11-26T20:00:00Z'));
    expect(thursday.kind === 'closed' && thursday.opens.inDays).toBe(1);
  });

  it('runs overnight sessions past midnight, including Sunday into Monday', () => {
    const nights: OpeningHours[] = [{ days: ['sun'], opens: '20:00', closes: '02:00' }];
    // Monday 01:00 is still Sunday night's session.
    expect(openState(nights, false, new Date('2026-11-30T01:00:00Z'))).toEqual({ kind: 'open', closes: '02:00' });
    expect(openState(nights, false, new Date('2026-11-30T03:00:00Z'))).toEqual({
      kind: 'closed',
      opens: { day: 'sun', inDays: 6, time: '20:00' },
    });
  });

  it('joins back-to-back sessions and knows 24/7', () => {
    const weekend: OpeningHours[] = [
      { days: ['fri'], opens: '18:00', closes: '24:00' },
      { days: ['sat', 'sun'], opens: '00:00', closes: '24:00' },
      { days: ['mon'], opens: '00:00', closes: '06:00' },
    ];
    // Saturday noon: open until Monday 06:00, not "closes at midnight".
    expect(openState(weekend, false, new Date('2026-11-28T12:00:00Z'))).toEqual({ kind: 'open', closes: '06:00' });
    const allWeek: OpeningHours[] = [{ days: [...DAYS], opens: '00:00', closes: '24:00' }];
    expect(openState(allWeek, false, new Date()).kind).toBe('always');
    expect(openState([], true, new Date()).kind).toBe('always');
    expect(openState([], false, new Date()).kind).toBe('unknown');
  });
});

describe('the week minute', () => {
  // Remembered per zone and minute: the answers must be those of each zone's own clock.
  it('is the same through a minute, moves at its end, and follows the zone asked about', () => {
    const mondayNoonLondon = 0 * DAY_MINUTES + 12 * 60;
    expect(weekMinute(new Date('2026-11-30T12:00:00Z'), 'Europe/London')).toBe(mondayNoonLondon);
    expect(weekMinute(new Date('2026-11-30T12:00:59.999Z'), 'Europe/London')).toBe(mondayNoonLondon);
    expect(weekMinute(new Date('2026-11-30T12:01:00Z'), 'Europe/London')).toBe(mondayNoonLondon + 1);
    expect(weekMinute(new Date('2026-11-30T12:01:00Z'), 'America/New_York')).toBe(7 * 60 + 1);
    expect(weekMinute(new Date('2026-11-30T12:01:00Z'), 'Europe/London')).toBe(mondayNoonLondon + 1);
    // British Summer Time: an hour on from UTC; Sunday 23:30 UTC is Monday 00:30 in London.
    expect(weekMinute(new Date('2026-07-05T23:30:00Z'), 'Europe/London')).toBe(30);
    expect(weekMinute(new Date('2026-07-05T23:30:00Z'), 'UTC')).toBe(6 * DAY_MINUTES + 23 * 60 + 30);
  });
});
