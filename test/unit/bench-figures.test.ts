import { describe, expect, it } from 'vitest';
import {
  keyLatencies,
  keys,
  lastByte,
  median,
  p95,
  quantile,
  ratio,
  summarise,
  tally,
  verdicts,
  type Cell,
  type PageSample,
  type Summary,
} from '../../scripts/bench/figures.ts';

describe('bench quantiles', () => {
  it('takes the nearest rank, whatever the order given', () => {
    expect(median([5, 1, 3])).toBe(3);
    // Nearest rank: of four, the median is the second, never an average no page measured.
    expect(median([4, 1, 3, 2])).toBe(2);
    const twenty = Array.from({ length: 20 }, (_, i) => 20 - i);
    expect(p95(twenty)).toBe(19);
    // Of ten keys or fewer, the p95 is the slowest: one slow key shows.
    expect(p95([1, 2, 3, 4, 5, 6, 7, 8, 9, 1000])).toBe(1000);
    expect(quantile([7], 0)).toBe(7);
  });

  it('ignores what was not measured and says so when nothing was', () => {
    expect(median([Number.NaN, 2, 4, 6])).toBe(4);
    expect(median([])).toBeNaN();
    expect(p95([Number.NaN])).toBeNaN();
  });

  it('sums up key times', () => {
    expect(keys([10, 30, 20])).toEqual({ keys: 3, median: 20, p95: 30 });
  });
});

describe('bench ratio', () => {
  it('divides by the floor, and has no answer for a floor of nothing', () => {
    expect(ratio(250, 50)).toBe(5);
    expect(ratio(250, 0)).toBeNaN();
    expect(ratio(Number.NaN, 50)).toBeNaN();
    expect(ratio(250, Number.NaN)).toBeNaN();
  });
});

describe("bench: the feed's last byte", () => {
  it('is the first byte plus the prompt transfer, unless the finder took the bytes sooner', () => {
    // The finder's reading held the bytes back: its own responseEnd came late.
    expect(lastByte(100, 40, 700)).toBe(140);
    // Its bytes came quicker than the bare fetch's: its own responseEnd stands.
    expect(lastByte(100, 40, 120)).toBe(120);
    // No entry on the page's timeline (a worker fetched the feed).
    expect(lastByte(100, 40)).toBe(140);
  });
});

const page = (parseMs: number, firstCardMs: number, longestTaskMs = 0, extra: Partial<PageSample> = {}) => ({
  parseMs,
  firstCardMs,
  longestTaskMs,
  ...extra,
});

describe('bench summary of fresh pages', () => {
  it("takes the median of each page's own ratio, not the ratio of the medians", () => {
    const s = summarise([page(10, 100), page(50, 100), page(20, 100)]);
    // Own ratios 10×, 2×, 5×: median 5×; the ratio of medians would be 100 / 20 = 5 too, so…
    expect(s.firstCardRatio).toBe(5);
    const t = summarise([page(10, 30), page(50, 400), page(20, 200)]);
    // …own ratios 3×, 8×, 10× give 8×, where the medians' ratio is 200 / 20 = 10×.
    expect(t.firstCardRatio).toBe(8);
    expect(t.firstCardMs).toBe(200);
    expect(t.parseMs).toBe(20);
  });

  it('keeps the longest task of any page, and counts a page without a card as an error', () => {
    const s = summarise([
      page(10, 40, 0),
      page(10, 40, 120, { services: 10, skipped: 0 }),
      page(10, Number.NaN, 0, { error: 'feed-invalid: no services' }),
    ]);
    expect(s.longestTaskMs).toBe(120);
    expect(s.errors).toEqual(['feed-invalid: no services']);
    expect(s.firstCardRatio).toBe(4);
    expect(s.services).toBe(10);
  });
});

const summary = (over: Partial<Summary>): Summary => ({
  pages: 3,
  parseMs: 50,
  firstCardMs: 100,
  firstCardRatio: 2,
  longestTaskMs: 0,
  errors: [],
  ...over,
});

const cell = (over: Omit<Partial<Cell>, 'summary'> & { summary?: Partial<Summary> }): Cell => ({
  feed: '5,000 services',
  size: 5000,
  broken: false,
  mode: 'browse',
  throttle: 1,
  ...over,
  summary: summary(over.summary ?? {}),
});

const byTarget = (cells: Cell[]) => Object.fromEntries(verdicts(cells).map((v) => [v.target, v.pass]));

describe('bench targets', () => {
  it('passes a 5,000-service browse within every target', () => {
    const got = byTarget([
      cell({ keys: { keys: 29, median: 16, p95: 33 }, summary: { firstCardRatio: 5, longestTaskMs: 50 } }),
      cell({ throttle: 4, summary: { longestTaskMs: 100 } }),
    ]);
    expect(got).toEqual({
      'browse first card ≤ 5× the bare parse (5,000, 1×)': true,
      'browse: no task over 50 ms (5,000, 1×)': true,
      'browse: no task over 100 ms (5,000, 4×)': true,
      'keystroke median ≤ 16 ms (5,000, 1×)': true,
      'keystroke p95 ≤ 33 ms (5,000, 1×)': true,
    });
  });

  it('misses each target just past its line', () => {
    const got = byTarget([
      cell({ keys: { keys: 29, median: 17, p95: 34 }, summary: { firstCardRatio: 5.1, longestTaskMs: 51 } }),
      cell({ mode: 'guided', summary: { longestTaskMs: 51 } }),
      cell({ throttle: 4, summary: { longestTaskMs: 101 } }),
    ]);
    expect(Object.values(got)).toEqual([false, false, false, false, false, false]);
  });

  it('misses when no card came, rather than passing on a missing figure', () => {
    const got = byTarget([
      cell({ summary: { firstCardRatio: Number.NaN, firstCardMs: Number.NaN, errors: ['timed out'] } }),
    ]);
    expect(got['browse first card ≤ 5× the bare parse (5,000, 1×)']).toBe(false);
    expect(got['browse: no task over 50 ms (5,000, 1×)']).toBe(false);
  });

  it('sets no target on other sizes, and leaves out what was not measured', () => {
    expect(verdicts([cell({ size: 500, summary: { firstCardRatio: 30 } })])).toEqual([]);
    expect(verdicts([cell({ throttle: 4 })]).map((v) => v.target)).toEqual(['browse: no task over 100 ms (5,000, 4×)']);
  });

  it('checks that a feed with one broken service shows all the others', () => {
    const broken = (services: number, skipped: number, errors: string[] = []) =>
      verdicts([cell({ broken: true, feed: '5,000, 1 broken', summary: { services, skipped, errors } })]).map(
        (v) => v.pass,
      );
    expect(broken(4999, 1)).toEqual([true]);
    expect(broken(4998, 2)).toEqual([false]);
    expect(broken(0, 0, ['feed-network: failed'])).toEqual([false]);
  });
});

describe('bench targets over several runs', () => {
  it('counts the runs that met each target, so one miss shows', () => {
    const pass = (target: string, ok: boolean) => ({ target, measured: '', pass: ok });
    expect(
      tally([
        [pass('a', true), pass('b', true)],
        [pass('a', true), pass('b', false)],
        [pass('a', true), pass('b', true)],
      ]),
    ).toEqual([
      { target: 'a', met: 3, of: 3 },
      { target: 'b', met: 2, of: 3 },
    ]);
  });
});

describe('bench key times', () => {
  const presses = [
    { down: 1000, painted: 12 },
    { down: 1200, painted: 40 },
    { down: 1400, painted: 90 },
  ];

  it("takes the longest Event Timing entry of each key's own interaction", () => {
    const entries = [
      // The second key: its keydown, then its keyup whose paint waited on the results.
      { start: 1200, duration: 24 },
      { start: 1203, duration: 64 },
      // The third key's keydown.
      { start: 1400, duration: 32 },
    ];
    expect(keyLatencies(presses, entries)).toEqual([12, 64, 32]);
  });

  it('counts a key the API left out (under 16 ms) at its own time, at most 16 ms', () => {
    expect(keyLatencies(presses, [])).toEqual([12, 16, 16]);
  });
});
