/**
 * `npm run bench`: speed as a person feels it. The built script-tag finder
 * (`dist/embed/support-finder.js`) in system Chromium, on seeded synthetic feeds of 500, 5,000 and
 * 20,000 services and on a 5,000-service feed with one broken service (its `ages` a string), in
 * browse and in guided mode, unthrottled and with 4× CPU throttling. Prints a table per run, then
 * the targets of issue 24 as PASS or MISS, and writes every figure to bench-results/.
 *
 *   npm run bench                       (builds the embed bundle first; three to four minutes)
 *   BENCH_SIZES=500,5000 npm run bench
 *   BENCH_THROTTLES=4 npm run bench     (only with 4× CPU throttling)
 *   BENCH_RUNS=3 npm run bench          (the whole set three times over: each run, then runs met per target)
 *   BENCH_BROKEN=0 npm run bench        (no broken feed; or the size of the broken feed)
 *   BENCH_PAGES=5 npm run bench         (fresh pages per setting; default 3)
 *   BENCH_MODES=browse npm run bench    (one mode only)
 *   BENCH_PROFILE=1 npm run bench       (unminified; where each long task's time went: see profile.ts)
 *
 * What is measured, all from outside the finder (the network, the main thread, its public events
 * and its shadow DOM), so any loader inside can be measured the same way:
 *
 * - The feed's first byte is Resource Timing's `responseStart` for the finder's own request of
 *   the feed (each page asks for its own address, `?page=n`). Its last byte is that first byte plus
 *   the time the same bytes took to arrive, in the same page just before, for a reader that kept up
 *   (`responseEnd - responseStart` of the bare parse's `fetch().text()`, nothing else running);
 *   never later than the finder's own `responseEnd`. Its `responseEnd` alone will not do: Chromium
 *   stops taking a body's bytes while the page is too busy to read them, so a finder that blocks
 *   the main thread while reading delays its own `responseEnd` (a 500 ms block after the first
 *   chunk of 5 MB on loopback moved it from 93 to 694 ms) and would look faster for it. Should the
 *   page's timeline hold no entry for the feed (a worker fetched it), the first byte is when this
 *   server began the response, brought onto the page's clock by `performance.timeOrigin`.
 * - The bare parse: in the same fresh page, before the finder starts, the same bytes are fetched
 *   and given to one `JSON.parse`, timed; a forced garbage collection then clears them away, so the
 *   finder starts on the heap it would have had. Same page, same throttle.
 * - First card (browse): the feed's last byte to the paint after the first card whose heading and
 *   some text of its own are laid out (a MutationObserver on the shadow root finds it; a message
 *   posted from the next animation frame marks the paint). The window, 800 × 1400, is tall enough
 *   for that card to be on the screen; where it stood goes to the JSON file (`cardTop`).
 * - Results ready (guided): the same, for the first card of the results. The person answers "who"
 *   and "age" (which need no feed) while the server holds the feed back; the feed then comes, and
 *   the person answers the rest (one topic, then skip) as soon as each is painted (a click in a task of its own, as a person's), so the
 *   time is the finder's: the feed's last byte to results with their first card.
 * - Longest task: the Long Tasks API (`longtask` entries; tasks of 50 ms and more), the longest
 *   that overlaps the feed's first byte to the first card, over every page of the setting.
 * - Keystroke: in browse, after the first card and a 1.5 s look, two searches typed one key at a
 *   time, 180 ms apart; each key's time stamp to the next paint, by the Event Timing API (the
 *   longest event of the key, as INP counts it), or, for a key it does not report (under 16 ms), by
 *   a message posted from the next animation frame, at most 16 ms. Median and p95.
 * - Heap: JavaScript heap in use after a forced collection, with the finder loaded (browse).
 *
 * Times and the parse are medians over the setting's fresh pages; each ratio is the median of the
 * pages' own ratios. Figures move with the machine's load; compare ratios within one run.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { performance } from 'node:perf_hooks';
import puppeteer, { type Browser, type CDPSession, type Page } from 'puppeteer-core';
import { brokenFeedJson, syntheticFeedJson } from './feeds.ts';
import {
  keyLatencies,
  keys,
  lastByte,
  summarise,
  tally,
  TARGET_SIZE,
  verdicts,
  type Cell,
  type KeyPress,
  type Keys,
  type PageSample,
} from './figures.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium.mjs';
import { startProfile, stopProfile } from './profile.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const list = (name: string, fallback: string) =>
  (process.env[name] ?? fallback)
    .split(',')
    .filter(Boolean)
    .map(Number)
    .filter((n) => n > 0);
const SIZES = list('BENCH_SIZES', '500,5000,20000');
const THROTTLES = list('BENCH_THROTTLES', '1,4');
const RUNS = list('BENCH_RUNS', '1')[0] ?? 1;
const PAGES = list('BENCH_PAGES', '3')[0] ?? 3;
const BROKEN = list('BENCH_BROKEN', '5000');
const PROFILE = process.env['BENCH_PROFILE'] === '1';
const MODES = (['browse', 'guided'] as const).filter((m) => (process.env['BENCH_MODES'] ?? m).split(',').includes(m));
/** What a person might type into "All services", one key at a time. */
const QUERIES = ['cant sleep', 'worried about exams'];
/** Roughly a quick typist: the gap between key presses. */
const KEY_GAP_MS = 180;
/** How long the person looks at the list before typing. */
const LOOK_MS = 1500;
/**
 * A window tall enough for the first card, below the filters or the results' notes, to be on the
 * screen: a card is read where it is painted, and a finder may leave cards off the screen unpainted.
 */
const VIEWPORT = { width: 800, height: 1400 };
/** Typing stops after this long on one page, so a slow finder cannot stretch the run past minutes. */
const TYPING_BUDGET_MS = 15_000;

// ---- A tiny static server on 127.0.0.1: the built bundle, the bench page and the feeds.

interface FeedSpec {
  path: string;
  size: number;
  broken: boolean;
  label: string;
  text: string;
}

const epochNow = () => performance.timeOrigin + performance.now();

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>bench</title>
<script type="module" src="/dist/embed/support-finder.js"></script></head>
<body><main></main><script type="module" src="/bench/page.js"></script></body></html>`;

/** `started`: when the server began each feed response, in milliseconds since the epoch. */
function serve(feeds: readonly FeedSpec[], started: Map<string, number>): Promise<Server> {
  const held = new Map<string, () => void>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const send = (body: string | Buffer, type: string, out: ServerResponse = res) => {
      // Static hosts send the length; a finder may use it to plan its work.
      out.writeHead(200, {
        'content-type': type,
        'cache-control': 'no-store',
        'content-length': Buffer.byteLength(body),
      });
      out.end(body);
    };
    if (url.pathname === '/bench.html') return send(PAGE, 'text/html; charset=utf-8');
    if (url.pathname === '/bench/page.js')
      return send(readFileSync(join(ROOT, 'scripts/bench/page.js')), 'text/javascript');
    if (url.pathname === '/release') {
      const feed = new URL(url.searchParams.get('feed') ?? '', 'http://x');
      const key = feed.pathname + feed.search;
      // The finder may not have asked for the feed yet: it then goes as soon as it is asked for.
      const go = held.get(key);
      if (go) go();
      else held.set(key, () => undefined);
      return send('', 'text/plain');
    }
    const feed = feeds.find((f) => f.path === url.pathname);
    if (feed) {
      const key = url.pathname + url.search;
      const go = () => {
        started.set(key, epochNow());
        send(feed.text, 'application/json');
      };
      if (url.searchParams.has('hold') && !held.has(key)) held.set(key, go);
      else go();
      return;
    }
    const file = normalize(join(ROOT, url.pathname));
    if (url.pathname.startsWith('/dist/embed/') && file.startsWith(join(ROOT, 'dist/embed/'))) {
      try {
        return send(readFileSync(file), extname(file) === '.js' ? 'text/javascript' : 'application/octet-stream');
      } catch {
        // fall through to 404
      }
    }
    res.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// ---- One fresh page

async function openPage(browser: Browser, url: string, throttle: number): Promise<{ page: Page; cdp: CDPSession }> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e));
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.setViewport(VIEWPORT);
  await page.goto(url, { waitUntil: 'load' });
  return { page, cdp };
}

interface Loaded {
  firstCard: number | null;
  cardTop?: number;
  error?: string;
  load: { services?: number; skipped?: number };
  firstByte: number;
  lastByte: number;
  timeOrigin: number;
  longTasks: { start: number; end: number }[];
}

/** What one page measured, with how the feed's bytes were timed (for the JSON file). */
type Measured = PageSample & {
  clock: 'resource-timing' | 'server';
  transferMs: number;
  afterResponseEndMs: number;
  cardTop?: number;
};

/** The browser, the server's address and when the server began each feed response. */
interface Lab {
  browser: Browser;
  origin: string;
  started: Map<string, number>;
}

/** One measured setting's feed, mode and CPU throttle. */
type Setting = Pick<Cell, 'mode' | 'throttle'> & { feed: FeedSpec };

let pageNo = 0;

async function samplePage(
  { browser, origin, started }: Lab,
  { feed, mode, throttle }: Setting,
): Promise<{ sample: Measured; page: Page; cdp: CDPSession }> {
  const feedUrl = `${feed.path}?page=${++pageNo}${mode === 'guided' ? '&hold' : ''}`;
  const { page, cdp } = await openPage(browser, `${origin}/bench.html?feed=${encodeURIComponent(feedUrl)}`, throttle);
  const parse = (await page.evaluate('bench.parse()')) as { ms: number | null; transfer: number | null };
  await cdp.send('HeapProfiler.collectGarbage');
  const profiling = PROFILE && (pageNo - 1) % PAGES === 0;
  const began = profiling ? await startProfile(cdp) : 0;
  const got = (await page.evaluate(`bench.load(${JSON.stringify(mode)})`)) as Loaded;
  const fromTimeline = got.lastByte > 0;
  const firstByte = fromTimeline ? got.firstByte : (started.get(feedUrl) ?? Number.NaN) - got.timeOrigin;
  const last = lastByte(firstByte, parse.transfer ?? Number.NaN, fromTimeline ? got.lastByte : Number.NaN);
  const firstCard = got.firstCard ?? Number.NaN;
  const overlapping = got.longTasks.filter((t) => t.end >= firstByte && t.start <= firstCard);
  if (profiling) {
    const lines = await stopProfile(cdp, began, overlapping, { start: last, end: firstCard });
    console.log([`${feed.label}, ${mode}, ${throttle}×`, ...lines].join('\n'));
  }
  const sample: Measured = {
    parseMs: parse.ms ?? Number.NaN,
    firstCardMs: firstCard - last,
    longestTaskMs: Math.max(0, ...overlapping.map((t) => t.end - t.start)),
    ...(got.load.services !== undefined ? { services: got.load.services } : {}),
    ...(got.load.skipped !== undefined ? { skipped: got.load.skipped } : {}),
    ...(got.error ? { error: got.error } : {}),
    clock: fromTimeline ? 'resource-timing' : 'server',
    transferMs: parse.transfer ?? Number.NaN,
    ...(got.cardTop !== undefined ? { cardTop: got.cardTop } : {}),
    // What the finder's own responseEnd would have given (after its reading held the bytes back).
    afterResponseEndMs: firstCard - got.lastByte,
  };
  return { sample, page, cdp };
}

async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
}

async function typeQueries(page: Page): Promise<{ times: number[]; presses: KeyPress[] }> {
  await page.evaluate(`bench.openSearch(${LOOK_MS})`);
  await page.evaluate('bench.keyEvents()');
  const presses: KeyPress[] = [];
  const began = Date.now();
  // Two searches, the box cleared between them, so the p95 rests on some thirty keys, not ten.
  for (const [n, query] of QUERIES.entries()) {
    if (n > 0) await page.evaluate('bench.clearSearch()');
    for (const char of query) {
      if (Date.now() - began > TYPING_BUDGET_MS) break;
      await page.keyboard.type(char);
      const press = (await page.evaluate('bench.keyTime()')) as KeyPress | undefined;
      if (press) presses.push(press);
      await new Promise((r) => setTimeout(r, KEY_GAP_MS));
    }
  }
  const entries = (await page.evaluate('bench.keyEvents()')) as { start: number; duration: number }[];
  return { times: keyLatencies(presses, entries), presses };
}

interface Measurement extends Cell {
  samples: Measured[];
  /** Every key's time to the next paint, and its press as the page saw it. */
  keyTimes?: { times: number[]; presses: KeyPress[] };
  heapMb?: number;
}

async function measureCell(lab: Lab, setting: Setting): Promise<Measurement> {
  const { feed, mode, throttle } = setting;
  const samples: Measured[] = [];
  let heap: number | undefined;
  let typed: Keys | undefined;
  let keyTimes: Awaited<ReturnType<typeof typeQueries>> | undefined;
  for (let i = 0; i < PAGES; i++) {
    const { sample, page, cdp } = await samplePage(lab, setting);
    samples.push(sample);
    // The last browse page goes on to be read and searched.
    if (i === PAGES - 1 && mode === 'browse' && !feed.broken && sample.error === undefined) {
      heap = await heapMb(cdp);
      keyTimes = await typeQueries(page);
      typed = keys(keyTimes.times);
    }
    await page.browserContext().close();
  }
  return {
    feed: feed.label,
    size: feed.size,
    broken: feed.broken,
    mode,
    throttle,
    summary: summarise(samples),
    ...(typed ? { keys: typed } : {}),
    ...(keyTimes ? { keyTimes } : {}),
    ...(heap !== undefined ? { heapMb: heap } : {}),
    samples,
  };
}

// ---- Report

const ms = (x: number | undefined) => (x !== undefined && Number.isFinite(x) ? `${Math.round(x)} ms` : '—');

function table(cells: readonly Measurement[]): string[] {
  const cols = [20, 7, 4, 11, 26, 13, 17, 6];
  const row = (values: string[]) =>
    values
      .map((v, i) => (i < 3 ? v.padEnd(cols[i] as number) : v.padStart(cols[i] as number)))
      .join('  ')
      .trimEnd();
  const lines = [
    row(['feed', 'mode', 'CPU', 'bare parse', 'last byte → first card', 'longest task', 'keys median/p95', 'heap']),
  ];
  let previous = '';
  for (const c of cells) {
    const s = c.summary;
    const card = s.errors.length
      ? `no card (${s.errors.length}/${s.pages} pages)`
      : `${ms(s.firstCardMs)} (${s.firstCardRatio.toFixed(1)}×)`;
    lines.push(
      row([
        c.feed === previous ? '' : c.feed,
        c.mode,
        `${c.throttle}×`,
        ms(s.parseMs),
        card,
        s.longestTaskMs ? ms(s.longestTaskMs) : 'none',
        c.keys ? `${ms(c.keys.median)} / ${ms(c.keys.p95)}` : '',
        c.heapMb !== undefined ? `${c.heapMb.toFixed(0)} MB` : '',
      ]),
    );
    previous = c.feed;
  }
  return lines;
}

function report(run: number, cells: readonly Measurement[], seconds: number): string {
  const targets = verdicts(cells);
  const load = loadavg()[0] ?? 0;
  const lines = [
    '',
    `Run ${run} of ${RUNS} (${seconds.toFixed(0)} s, load average ${load.toFixed(2)} on ${cpus().length} cores)`,
    // Other work on the machine slows the parse and the finder unevenly, page by page.
    ...(load > cpus().length ? ['  The machine is busy with other work: these figures are rough.'] : []),
    ...table(cells),
    '  first card: browse, the list; guided, the results after the answers. Ratio: to the bare',
    '  JSON.parse of the same bytes in the same page. Longest task: Long Tasks API (`longtask`,',
    `  ≥ 50 ms), feed's first byte to first card, over ${PAGES} fresh pages; "none": no task of 50 ms.`,
    '',
    'Targets (issue 24)',
    ...(targets.length
      ? targets.map((v) => `  ${v.pass ? 'PASS' : 'MISS'}  ${v.target.padEnd(58)} ${v.measured}`)
      : [`  none: they are set at ${TARGET_SIZE.toLocaleString('en-GB')} services`]),
  ];
  return lines.join('\n');
}

function feedSpecs(): FeedSpec[] {
  const specs = SIZES.map((size) => ({
    path: `/feeds/${size}.json`,
    size,
    broken: false,
    label: `${size.toLocaleString('en-GB')} services`,
    text: syntheticFeedJson(size),
  }));
  for (const size of BROKEN)
    specs.push({
      path: `/feeds/${size}-broken.json`,
      size,
      broken: true,
      label: `${size.toLocaleString('en-GB')}, 1 broken`,
      text: brokenFeedJson(size),
    });
  return specs;
}

async function main(): Promise<void> {
  const feeds = feedSpecs();
  const responses = new Map<string, number>();
  const server = await serve(feeds, responses);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
    // With DevTools' network domain on, Chromium also copies every response body for the
    // inspector: main-thread time after a big feed arrives that no visitor's browser spends.
    networkEnabled: false,
  });
  const runs: { run: number; seconds: number; loadavg: number[]; cells: Measurement[] }[] = [];
  try {
    for (let run = 1; run <= RUNS; run++) {
      const started = Date.now();
      const cells: Measurement[] = [];
      for (const feed of feeds)
        for (const throttle of THROTTLES)
          for (const mode of MODES) {
            process.stderr.write(`bench run ${run}: ${feed.label}, ${mode}, ${throttle}× CPU…\n`);
            cells.push(await measureCell({ browser, origin, started: responses }, { feed, mode, throttle }));
          }
      const seconds = (Date.now() - started) / 1000;
      runs.push({ run, seconds, loadavg: loadavg(), cells });
      console.log(report(run, cells, seconds));
    }
    if (runs.length > 1) {
      console.log(`\nTargets over the ${runs.length} runs`);
      for (const t of tally(runs.map((r) => verdicts(r.cells))))
        console.log(`  ${t.met === t.of ? 'PASS' : 'MISS'}  ${t.target.padEnd(58)} met in ${t.met} of ${t.of}`);
    }
  } finally {
    await browser.close();
    server.close();
  }
  const machine = {
    cpus: cpus().length,
    model: cpus()[0]?.model ?? 'unknown',
    chromium: CHROMIUM_PATH,
    node: process.version,
  };
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  const when = new Date().toISOString();
  const file = join(ROOT, 'bench-results', `bench-${when.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ when, machine, pages: PAGES, queries: QUERIES, runs }, null, 2));
  console.log(`\n${machine.cpus} × ${machine.model}; figures in ${file}`);
}

await main();
