import type { Day, OpeningHours } from '../feed/schema.ts';
import { DAYS } from '../feed/vocabulary.ts';
import { memoByKey, memoOne } from '../match/memo.ts';

export const DAY_MINUTES = 24 * 60;
export const WEEK_MINUTES = 7 * DAY_MINUTES;

export type OpenState =
  | { kind: 'always' }
  | { kind: 'open'; closes: string }
  | { kind: 'closed'; opens: { day: Day; inDays: number; time: string } }
  | { kind: 'unknown' };

/** Open states at one minute, by service id; a feed's are worked out per service as asked for. */
export interface OpenStates {
  get(id: string): OpenState | undefined;
}

/**
 * The week-clock formatter for a zone, made once (building one costs far more than using it, and
 * a finder asks about one zone many times); throws for a zone the platform does not know.
 */
export const zoneClock = memoByKey(
  (timeZone: string) =>
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }),
  64,
);

const MINUTE_MS = 60_000;

/**
 * The week minute of one minute since 1970 in a zone. Browse, results and cards ask for the same
 * minute several times at each key typed, and `formatToParts` is not cheap on a phone; zones are
 * whole minutes off UTC, so one answer holds for the whole minute.
 */
const weekMinuteAt = memoOne((timeZone: string, minute: number): number => {
  const parts = zoneClock(timeZone).formatToParts(minute * MINUTE_MS);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const day = DAYS.indexOf(get('weekday').toLowerCase().slice(0, 3) as Day);
  return day * DAY_MINUTES + Number(get('hour')) * 60 + Number(get('minute'));
});

/** Where `now` falls in the partnership's week: Monday 00:00 is minute 0. */
export function weekMinute(now: Date, timeZone: string): number {
  return weekMinuteAt(timeZone, Math.floor(now.getTime() / MINUTE_MS));
}

function clockMinutes(clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

function formatClock(minutes: number): string {
  const m = ((minutes % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Each session as [start, end) in week minutes; an overnight session ends the next day. */
function weekIntervals(hours: readonly OpeningHours[]): [number, number][] {
  const intervals: [number, number][] = [];
  for (const session of hours) {
    const opens = clockMinutes(session.opens);
    let closes = clockMinutes(session.closes);
    if (closes <= opens) closes += DAY_MINUTES;
    for (const day of session.days) {
      const base = DAYS.indexOf(day) * DAY_MINUTES;
      intervals.push([base + opens, base + closes]);
    }
  }
  return intervals.sort((a, b) => a[0] - b[0]);
}

/**
 * Whether a service is open at `now` in the partnership's time zone (never the device's: a
 * parent abroad still needs to know when a Glenmore service answers), and when that changes.
 */
export function openState(
  hours: readonly OpeningHours[],
  open247: boolean,
  now: Date,
  timeZone = 'Europe/London',
): OpenState {
  return openStateAt(hours, open247, weekMinute(now, timeZone));
}

/** The same at a minute of the partnership's week (Monday 00:00 is 0), worked out once for many services. */
export function openStateAt(hours: readonly OpeningHours[], open247: boolean, minute: number): OpenState {
  if (open247) return { kind: 'always' };
  const intervals = weekIntervals(hours);
  if (intervals.length === 0) return { kind: 'unknown' };
  // Sessions run past Sunday midnight into Monday, so look at last week's copy too.
  const shifted = intervals.flatMap(([s, e]): [number, number][] => [
    [s - WEEK_MINUTES, e - WEEK_MINUTES],
    [s, e],
    [s + WEEK_MINUTES, e + WEEK_MINUTES],
  ]);
  const current = shifted.find(([s, e]) => s <= minute && minute < e);
  if (current) {
    // Back-to-back sessions (Fri 18:00-24:00, Sat 00:00-24:00…) read as one opening.
    let end = current[1];
    for (let guard = 0; guard < shifted.length; guard++) {
      const next = shifted.find(([s, e]) => s <= end && e > end);
      if (!next) break;
      end = next[1];
      if (end - minute >= WEEK_MINUTES) return { kind: 'always' };
    }
    return { kind: 'open', closes: formatClock(end) };
  }
  const upcoming = shifted.filter(([s]) => s > minute).sort((a, b) => a[0] - b[0])[0];
  if (!upcoming) return { kind: 'unknown' };
  const start = upcoming[0];
  const dayIndex = Math.floor((((start % WEEK_MINUTES) + WEEK_MINUTES) % WEEK_MINUTES) / DAY_MINUTES);
  const inDays = Math.floor(start / DAY_MINUTES) - Math.floor(minute / DAY_MINUTES);
  return { kind: 'closed', opens: { day: DAYS[dayIndex] ?? 'mon', inDays, time: formatClock(start) } };
}
