/**
 * Ages read from a service's text: "aged 16 to 25", "11–18 year olds", "under 18s", "over 50s",
 * "50+", "all ages", and school stages as a weaker hint. "Young people" alone gives no ages (it is
 * an audience, read in audiences.ts): a guess at numbers would be a default shown as fact.
 */
import { negatedBefore } from './text.ts';

export interface InferredAges {
  min: number;
  max: number;
  evidence: string[];
  confidence: number;
}

interface Reading {
  min: number;
  max: number;
  words: string;
  confidence: number;
  /** "up to 25" beside "11-19" raises the oldest age; it does not make the youngest 0. */
  upTo?: boolean;
}

/** Oldest age the feed allows, used for "and over". */
const OLDEST = 120;

const DASH = String.raw`\s*(?:-|–|—|to|and)\s*`;
const NUM = String.raw`(\d{1,2})`;
/** Words after "up to N" that show N counts something other than years. */
const NOT_YEARS =
  /^\s*(?:people|persons|hours?|minutes?|mins?|weeks?|days?|months?|sessions?|places?|participants?|children|adults|families|miles?|times|pounds|%|per\s*cent|percent|guests|members|visits?|£)/i;

/** A plausible age range: numbers the feed accepts, the right way round. */
function range(min: number, max: number): { min: number; max: number } | undefined {
  if (!Number.isInteger(min) || !Number.isInteger(max) || min < 0 || max > OLDEST) return undefined;
  return min <= max ? { min, max } : undefined;
}

function readings(text: string): Reading[] {
  const out: Reading[] = [];
  const push = (min: number, max: number, words: string, confidence: number, upTo = false): void => {
    const r = range(min, max);
    if (r) out.push({ ...r, words: words.trim(), confidence, ...(upTo ? { upTo } : {}) });
  };
  const taken: [number, number][] = [];
  const free = (m: RegExpMatchArray): boolean => {
    const a = m.index ?? 0;
    const b = a + m[0].length;
    if (taken.some(([x, y]) => a < y && x < b)) return false;
    taken.push([a, b]);
    return true;
  };
  const scan = (re: RegExp, handle: (m: RegExpMatchArray) => void): void => {
    for (const m of text.matchAll(re)) if (free(m)) handle(m);
  };
  // "aged 16 to 25", "ages 5-11", "age 11 – 18", "children aged 8-12"
  scan(new RegExp(String.raw`\bage[ds]?\s+(?:from\s+|between\s+)?${NUM}${DASH}${NUM}\b`, 'gi'), (m) =>
    push(Number(m[1]), Number(m[2]), m[0], 0.9),
  );
  // "11–18 year olds", "16 to 25 years", "5-11 yrs", "from 0 to 19 years old"
  scan(new RegExp(String.raw`\b${NUM}${DASH}${NUM}\s*(?:-\s*)?(?:years?|yrs?)(?:[\s-]*olds?)?\b`, 'gi'), (m) =>
    push(Number(m[1]), Number(m[2]), m[0], 0.9),
  );
  // "aged 16 and over", "ages 50+", "aged 18 or over"
  scan(new RegExp(String.raw`\bage[ds]?\s+${NUM}\s*(?:\+|(?:and|or)\s+(?:over|above|older)|plus)`, 'gi'), (m) =>
    push(Number(m[1]), OLDEST, m[0], 0.9),
  );
  // "aged 19 or under", "aged 25 and younger"
  scan(new RegExp(String.raw`\bage[ds]?\s+${NUM}\s*(?:(?:and|or)\s+(?:under|below|younger))`, 'gi'), (m) =>
    push(0, Number(m[1]), m[0], 0.9),
  );
  // "aged 11" alone is not a range; "up to 19", "up to the age of 25"
  scan(/\bup\s+to\s+(?:the\s+age\s+of\s+|age\s+)?(\d{1,2})\b(?!\s*[-–:.]\d)/gi, (m) => {
    const after = text.slice((m.index ?? 0) + m[0].length);
    if (NOT_YEARS.test(after)) return;
    push(0, Number(m[1]), m[0], 0.7, true);
  });
  // "under 18s", "under-5s", "under 16" → 0 to one less; "not for under 18s" → that age and over
  scan(/\bunder[\s-]+(\d{1,2})(?:s\b|\s*(?:years?|yrs?)(?:\s*old)?|\b)(?!\s*[-–:.]\d)/gi, (m) => {
    const n = Number(m[1]);
    const after = text.slice((m.index ?? 0) + m[0].length);
    if (NOT_YEARS.test(after)) return;
    if (negatedBefore(text, m.index ?? 0)) push(n, OLDEST, m[0], 0.7);
    else push(0, Math.max(0, n - 1), m[0], 0.8);
  });
  // "over 50s", "over-18s", "over 65" → that age and over
  scan(/\bover[\s-]+(\d{1,2})(?:s\b|\s*(?:years?|yrs?)(?:\s*old)?|\b)(?!\s*[-–:.]\d)/gi, (m) => {
    const after = text.slice((m.index ?? 0) + m[0].length);
    if (NOT_YEARS.test(after)) return;
    push(Number(m[1]), OLDEST, m[0], 0.8);
  });
  // "50+", "18+ only" (not "£5+", not a phone number or a sum)
  scan(/(?<![£$\d.,+])\b(\d{1,2})\s?\+(?![\d\s]*\d{3})/g, (m) => push(Number(m[1]), OLDEST, m[0], 0.7));
  // "16-25s", "for 11-19s"
  scan(new RegExp(String.raw`\b${NUM}\s*[-–]\s*${NUM}s\b`, 'g'), (m) => push(Number(m[1]), Number(m[2]), m[0], 0.8));
  // A bare "16-25" only beside words about people's ages, and never a time ("10-12pm", "10-12:30").
  scan(new RegExp(String.raw`(?<![\d:.£/])\b${NUM}\s*[-–]\s*${NUM}\b(?![\d:]|\.\d|\s*(?:am|pm|noon)\b)`, 'gi'), (m) => {
    const around = text.slice(Math.max(0, (m.index ?? 0) - 40), (m.index ?? 0) + m[0].length + 40);
    const before = text.slice(Math.max(0, (m.index ?? 0) - 16), m.index ?? 0);
    if (
      /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?\b|\b(?:open|from|between|hours|room|unit|no\.?)\s*$/i.test(
        before,
      )
    )
      return;
    if (
      !/\b(?:young|youth|aged?|ages|children|child|kids|teens?|teenagers|pupils|students|people|boys|girls)\b/i.test(
        around,
      )
    )
      return;
    push(Number(m[1]), Number(m[2]), m[0], 0.6);
  });
  if (/\b(?:all|any)\s+ages\b/i.test(text) && !/\b(?:of\s+)?all\s+ages\s+(?:over|from|under)\b/i.test(text)) {
    const m = /\b(?:all|any)\s+ages\b/i.exec(text);
    if (m && !negatedBefore(text, m.index)) push(0, OLDEST, m[0], 0.7);
  }
  return out;
}

/** School stages, as a weaker hint used only when the text gives no numbers. */
const STAGES: readonly [RegExp, number, number][] = [
  [/\bprimary[\s-]+(?:school|aged?)\b/i, 4, 11],
  [/\bsecondary[\s-]+(?:school|aged?)\b/i, 11, 18],
  [/\bsixth[\s-]+form\b/i, 16, 18],
  [/\bnursery[\s-]+(?:school|aged?)\b|\bpre[\s-]?school(?:ers)?\b/i, 2, 4],
];

/**
 * The ages a text gives, joined into one range (youngest to oldest named), with the words that
 * gave them; undefined when it gives none.
 */
export function inferAges(text: string): InferredAges | undefined {
  let found = readings(text);
  if (found.length === 0) {
    found = STAGES.flatMap(([re, min, max]) => {
      const m = re.exec(text);
      return m ? [{ min, max, words: m[0], confidence: 0.5 }] : [];
    });
  }
  if (found.length === 0) return undefined;
  // "11-19 (up to 25 with SEND)" is 11 to 25: "up to" raises the oldest age, it does not lower the youngest.
  const ranges = found.filter((r) => !r.upTo);
  return {
    min: Math.min(...(ranges.length ? ranges : found).map((r) => r.min)),
    max: Math.max(...found.map((r) => r.max)),
    evidence: [...new Set(found.map((r) => r.words))],
    confidence: Math.min(...found.map((r) => r.confidence)),
  };
}
