/**
 * Waiting times for the partnership tools: a spreadsheet or review-sheet cell read as days, days
 * said back in plain words, and what a service's own text says about its wait. Open Referral has
 * no field for a wait, so a reading of the text is only ever a suggestion for a person to confirm:
 * nothing here writes a wait into a feed.
 */
import { negatedBefore, wordRegExp } from './infer/text.ts';

/** The longest wait the feed accepts (two years); anything longer is a mistake or not a wait. */
export const MAX_WAIT_DAYS = 730;

const UNIT = String.raw`(hours?|hrs?|days?|working\s+days?|weeks?|wks?|months?|years?)`;
const NUMBER = String.raw`(\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
/** "6 weeks", "4-6 weeks", "48 hours": the amount (or both ends) and the unit. */
const QUANTITY = String.raw`${NUMBER}(?:\s*(?:-|–|to)\s*${NUMBER})?\s*${UNIT}`;

const WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

/**
 * Calendar days in one unit. A month is 30 days, so "4 months" is 120, no more precise than said;
 * a working day is 7/5 of a day, so "10 working days" is two weeks.
 */
function unitDays(unit: string): number {
  const u = unit.toLowerCase();
  if (u.startsWith('working')) return 7 / 5;
  if (u.startsWith('h')) return 1 / 24;
  if (u.startsWith('w')) return 7;
  if (u.startsWith('m')) return 30;
  if (u.startsWith('y')) return 365;
  return 1;
}

function amount(word: string): number {
  return WORDS[word.toLowerCase()] ?? Number(word);
}

/** Whole days, rounded up: "36 hours" is 2 days, as nobody is seen sooner than said. */
function toDays(n: number, unit: string): number {
  return Math.ceil(n * unitDays(unit) - 1e-9);
}

/** Cells that mean the same day: a drop-in, a walk-in, a line that answers. */
const SAME_DAY =
  /^(?:same[\s-]?day|drop[\s-]?in|walk[\s-]?in|no\s+wait(?:ing)?(?:\s+list)?|immediate(?:ly)?|today|0)$/i;

/** Cells that say nobody knows. */
const UNKNOWN_CELL = /^(?:unknown|not\s+known|don[’']?t\s+know|\?+|n\/?a|-+)$/i;

export type WaitCell =
  | { days: number; note?: string }
  | { unknown: true }
  | {
      error: string;
    };

/**
 * A wait as a person writes it in a spreadsheet: "same day", "drop-in", "3 days", "6 weeks",
 * "about 4 months", "6-8 weeks" (the longer end, so no one is promised sooner), a number of days,
 * or "unknown". Empty cells are unknown too.
 */
export function parseWaitCell(cell: string | undefined): WaitCell {
  const text = (cell ?? '')
    .trim()
    .replace(/^(?:usually|typically|currently|about|around|approx(?:imately|\.)?|roughly|up\s+to|c\.|~)\s*/i, '')
    .replace(/\s+/g, ' ');
  if (text === '' || UNKNOWN_CELL.test(text)) return { unknown: true };
  if (SAME_DAY.test(text)) return { days: 0 };
  let days: number | undefined;
  let note: string | undefined;
  const plain = /^\d+$/.exec(text);
  const q = new RegExp(String.raw`^${QUANTITY}$`, 'i').exec(text);
  if (plain) days = Number(text);
  else if (q?.[1] && q[3]) {
    days = toDays(Math.max(amount(q[1]), amount(q[2] ?? q[1])), q[3]);
    if (q[2] !== undefined) note = `"${text}" is a range, so the longer end (${days} days) was used`;
  }
  if (days === undefined || !Number.isFinite(days))
    return {
      error: `"${cell?.trim() ?? ''}" is not a wait the tool can read: write "same day", a number of days, or "3 days", "6 weeks", "4 months" (or "unknown")`,
    };
  if (days > MAX_WAIT_DAYS)
    return {
      error: `"${cell?.trim() ?? ''}" is more than two years (${MAX_WAIT_DAYS} days), the longest wait a feed can hold`,
    };
  return note ? { days, note } : { days };
}

/**
 * Days in plain words, rounded as a person would say them: "same day", "3 days", "6 weeks",
 * "4 months". Under two weeks in days, then weeks up to twelve, then months (a month is 30 days).
 */
export function waitWords(days: number): string {
  const plural = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`;
  if (days <= 0) return 'same day';
  if (days < 14) return plural(days, 'day');
  if (days <= 84) return plural(Math.round(days / 7), 'week');
  if (days < 700) return plural(Math.round(days / 30), 'month');
  return plural(Math.round(days / 365), 'year');
}

/** The words with the exact days where they round: "6 weeks (42 days)", "3 days", "same day". */
export function waitWithDays(days: number): string {
  const words = waitWords(days);
  return words.endsWith(' days') || days === 0 ? words : `${words} (${days} days)`;
}

/** What a service's own words say about its wait, for a person to confirm; never a value by itself. */
export interface WaitReading {
  days: number;
  /** The words that gave it, as in the text. */
  evidence: string[];
  /** How sure the reading is, 0 to 1. */
  confidence: number;
}

/** A stated length of wait: "waiting list of about 6 weeks", "seen within 48 hours", "wait is 4-6 weeks". */
const DURATION_PHRASES = [
  String.raw`(?:waiting\s+(?:list|lists|time|times)|wait(?:\s+times?)?)\s*:?\s+(?:is\s+|are\s+|of\s+|at\s+)?(?:currently\s+|usually\s+|typically\s+|normally\s+)?(?:about\s+|around\s+|approximately\s+|roughly\s+|up\s+to\s+|over\s+|under\s+|less\s+than\s+)?${QUANTITY}`,
  String.raw`(?:seen|contacted|offered\s+an?\s+(?:appointment|assessment|first\s+session)|see\s+you|respond|reply|call\s+you\s+back|get\s+back\s+to\s+you)\s+(?:with)?in\s+${QUANTITY}`,
  String.raw`${QUANTITY}\s+wait(?:ing\s+(?:list|time))?`,
];

/** Words that say people are seen the same day. */
const SAME_DAY_PHRASES = [
  String.raw`drop[\s-]?ins?`,
  String.raw`walk[\s-]?ins?`,
  String.raw`just\s+(?:turn|come|pop)\s+(?:up|along|in)`,
  String.raw`no\s+appointments?\s+(?:is\s+|are\s+)?(?:needed|necessary|required)`,
  String.raw`no\s+need\s+to\s+book`,
  String.raw`no\s+waiting\s+list`,
  String.raw`seen\s+(?:on\s+)?the\s+same\s+day`,
  String.raw`same[\s-]day\s+(?:appointments?|support|response)`,
];

/**
 * Reads a service's text for what it says about waiting. A stated length wins over drop-in words
 * (a drop-in with a waiting list for counselling waits for the counselling); of several lengths the
 * longest is suggested. Negated words ("not a drop-in") are not read.
 */
export function readWait(text: string): WaitReading | undefined {
  const lengths: { days: number; words: string }[] = [];
  for (const source of DURATION_PHRASES) {
    for (const m of text.matchAll(wordRegExp(source))) {
      const q = wordRegExp(QUANTITY, 'iu').exec(m[0]);
      if (!q?.[1] || !q[3]) continue;
      const days = toDays(Math.max(amount(q[1]), amount(q[2] ?? q[1])), q[3]);
      if (days <= MAX_WAIT_DAYS && !negatedBefore(text, m.index)) lengths.push({ days, words: m[0] });
    }
  }
  if (lengths.length) {
    const longest = Math.max(...lengths.map((l) => l.days));
    const days = new Set(lengths.map((l) => l.days));
    return {
      days: longest,
      evidence: [...new Set(lengths.map((l) => l.words))],
      confidence: days.size > 1 ? 0.5 : 0.7,
    };
  }
  const same: string[] = [];
  for (const source of SAME_DAY_PHRASES) {
    for (const m of text.matchAll(wordRegExp(source))) {
      // "No appointment needed" starts with its own "no"; for other words a "not" before undoes them.
      if (/^no\b/i.test(m[0]) || !negatedBefore(text, m.index)) same.push(m[0]);
    }
  }
  return same.length ? { days: 0, evidence: [...new Set(same)], confidence: same.length > 1 ? 0.6 : 0.5 } : undefined;
}
