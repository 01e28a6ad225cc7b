/**
 * The bench's arithmetic and verdicts, kept apart from Chromium so they can be unit-tested: the
 * summary of a set of fresh pages, and the targets of issue 24 checked against it.
 */

/** The q-quantile by nearest rank (q = 0.5 is the median, 0.95 the p95); NaN for no values. */
export function quantile(xs: readonly number[], q: number): number {
  const finite = xs.filter(Number.isFinite);
  if (!finite.length) return Number.NaN;
  const sorted = [...finite].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

export const median = (xs: readonly number[]): number => quantile(xs, 0.5);
export const p95 = (xs: readonly number[]): number => quantile(xs, 0.95);

/** How many times the floor a time is; NaN when either is unknown or the floor is not positive. */
export function ratio(time: number, floor: number): number {
  return Number.isFinite(time) && Number.isFinite(floor) && floor > 0 ? time / floor : Number.NaN;
}

/**
 * When the feed's last byte arrived, as the network gave it: the finder's own first byte plus the
 * time the same bytes took, in the same page just before, to reach a reader that kept up. Never
 * later than the finder's own `responseEnd`. That alone will not do: the browser stops taking
 * bytes while the page's main thread is too busy to read them, so a finder that blocks while
 * reading would push its own "last byte" later and look faster.
 */
export function lastByte(firstByte: number, promptTransfer: number, responseEnd = Number.NaN): number {
  const prompt = firstByte + promptTransfer;
  return Number.isFinite(responseEnd) ? Math.min(prompt, responseEnd) : prompt;
}

/** One fresh page: the bare parse, then the finder on the same bytes, on the same clock. */
export interface PageSample {
  /** `JSON.parse` of the feed's text in this page before the finder started. */
  parseMs: number;
  /** The feed's last byte to the first readable card painted (guided: of the results). */
  firstCardMs: number;
  /** The longest main-thread task from the feed's first byte to that card (0: none of 50 ms). */
  longestTaskMs: number;
  /** Services the finder said it shows, and left out (from `support-finder-load`). */
  services?: number;
  skipped?: number;
  /** Set when the finder reported the feed unusable or no card came. */
  error?: string;
}

export interface Summary {
  pages: number;
  parseMs: number;
  firstCardMs: number;
  /** The median of each page's own ratio, so a busy spell slows both sides of one ratio alike. */
  firstCardRatio: number;
  /** The longest over every page: a target of "no task over" is missed by any one. */
  longestTaskMs: number;
  services?: number;
  skipped?: number;
  errors: string[];
}

export function summarise(samples: readonly PageSample[]): Summary {
  const ok = samples.filter((s) => s.error === undefined);
  const last = ok.at(-1);
  return {
    pages: samples.length,
    parseMs: median(samples.map((s) => s.parseMs)),
    firstCardMs: median(ok.map((s) => s.firstCardMs)),
    firstCardRatio: median(ok.map((s) => ratio(s.firstCardMs, s.parseMs))),
    longestTaskMs: Math.max(0, ...samples.map((s) => s.longestTaskMs).filter(Number.isFinite)),
    ...(last?.services !== undefined ? { services: last.services } : {}),
    ...(last?.skipped !== undefined ? { skipped: last.skipped } : {}),
    errors: samples.flatMap((s) => (s.error === undefined ? [] : [s.error])),
  };
}

/** Key press to the next paint, one key at a time. */
export interface Keys {
  keys: number;
  median: number;
  p95: number;
}

export function keys(times: readonly number[]): Keys {
  return { keys: times.length, median: median(times), p95: p95(times) };
}

/** One measured setting: a feed, a mode and a CPU throttle. */
export interface Cell {
  feed: string;
  /** Services in the feed, and whether one of them was broken on purpose. */
  size: number;
  broken: boolean;
  mode: 'browse' | 'guided';
  throttle: number;
  summary: Summary;
  /** Browse only, on the sizes' feeds. */
  keys?: Keys;
}

export interface Verdict {
  target: string;
  /** What was measured, in words, for the table. */
  measured: string;
  pass: boolean;
}

/** The size at which issue 24 sets its targets. */
export const TARGET_SIZE = 5000;

const ms = (x: number) => (Number.isFinite(x) ? `${Math.round(x)} ms` : 'none');
const times = (x: number) => (Number.isFinite(x) ? `${x.toFixed(1)}×` : 'no card');

/**
 * The targets of issue 24, checked on the cells measured. A target whose cell was not measured
 * (say `BENCH_SIZES=500`) is left out rather than passed; a cell whose pages found no card misses.
 */
export function verdicts(cells: readonly Cell[]): Verdict[] {
  const out: Verdict[] = [];
  const find = (mode: Cell['mode'], throttle: number, broken = false) =>
    cells.find((c) => c.size === TARGET_SIZE && !c.broken === !broken && c.mode === mode && c.throttle === throttle);
  const browse = find('browse', 1);
  if (browse) {
    const r = browse.summary.firstCardRatio;
    out.push({ target: 'browse first card ≤ 5× the bare parse (5,000, 1×)', measured: times(r), pass: r <= 5 });
  }
  for (const [throttle, limit] of [
    [1, 50],
    [4, 100],
  ] as const) {
    for (const mode of ['browse', 'guided'] as const) {
      const cell = find(mode, throttle);
      if (!cell) continue;
      const longest = cell.summary.longestTaskMs;
      out.push({
        target: `${mode}: no task over ${limit} ms (5,000, ${throttle}×)`,
        measured: longest ? ms(longest) : 'none ≥ 50 ms',
        pass: longest <= limit && cell.summary.errors.length === 0,
      });
    }
  }
  if (browse?.keys) {
    const k = browse.keys;
    out.push({ target: 'keystroke median ≤ 16 ms (5,000, 1×)', measured: ms(k.median), pass: k.median <= 16 });
    out.push({ target: 'keystroke p95 ≤ 33 ms (5,000, 1×)', measured: ms(k.p95), pass: k.p95 <= 33 });
  }
  for (const cell of cells.filter((c) => c.broken)) {
    const { services, skipped, errors } = cell.summary;
    const shown = services === cell.size - 1 && skipped === 1 && errors.length === 0;
    out.push({
      target: `one broken service: the other ${(cell.size - 1).toLocaleString('en-GB')} shown (${cell.mode}, ${cell.throttle}×)`,
      measured: errors.length ? (errors[0] as string) : `${services ?? '?'} shown, ${skipped ?? '?'} left out`,
      pass: shown,
    });
  }
  return out;
}

/** Each target with how many of the runs met it, in the order first seen: for "three in a row". */
export function tally(runs: readonly (readonly Verdict[])[]): { target: string; met: number; of: number }[] {
  const met = new Map<string, number>();
  for (const run of runs) for (const v of run) met.set(v.target, (met.get(v.target) ?? 0) + (v.pass ? 1 : 0));
  return [...met].map(([target, n]) => ({ target, met: n, of: runs.length }));
}

/** One key press: its event time stamp and its time to the paint after the next animation frame. */
export interface KeyPress {
  down: number;
  painted: number;
}

/**
 * Each key's time to the next paint. The Event Timing API gives it for every event of the key's
 * interaction (keydown, keyup: those that start before the next key), and the longest counts, as
 * INP counts it. A key it does not report took under 16 ms: its own animation-frame
 * time is used, at most 16 ms (that time can also take in tasks queued behind the paint).
 */
export function keyLatencies(
  keys: readonly KeyPress[],
  entries: readonly { start: number; duration: number }[],
): number[] {
  return keys.map((key, i) => {
    const next = keys[i + 1]?.down ?? Number.POSITIVE_INFINITY;
    const own = entries.filter((e) => e.start >= key.down - 0.5 && e.start < next - 0.5);
    return own.length ? Math.max(...own.map((e) => e.duration)) : Math.min(key.painted, 16);
  });
}
