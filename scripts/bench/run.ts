/**
 * `npm run bench`: the built script-tag finder in system Chromium on seeded synthetic feeds of
 * 500, 5,000 and 20,000 services, unthrottled and with 4× CPU throttling, beside a naive fuse.js
 * baseline. Prints a table per size with the targets of issue 14 and writes the figures to
 * bench-results/. Figures vary with the machine and its load; the ratios are what to compare.
 *
 *   npm run bench            (builds the embed bundle first)
 *   BENCH_SIZES=500,5000 npm run bench
 *   BENCH_THROTTLES=4 npm run bench     (only with 4× CPU throttling)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus } from 'node:os';
import { extname, join, normalize } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { syntheticFeedJson } from './feeds.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const SIZES = (process.env['BENCH_SIZES'] ?? '500,5000,20000').split(',').map(Number);
const THROTTLES = (process.env['BENCH_THROTTLES'] ?? '1,4').split(',').map(Number);
/** A phone on a decent 4G connection: the feed then arrives over seconds, not at once. */
const NETWORK = { download: 10_000_000 / 8, upload: 5_000_000 / 8, latency: 40 };
/** What a person might type into "All services", one key at a time. */
const QUERIES = ['cant sleep', 'worried about exams'];
/** Roughly a quick typist: the gap between key presses. */
const KEY_GAP_MS = 180;
/** Typing stops after this long on one page, so a slow engine cannot stretch the run past minutes. */
const TYPING_BUDGET_MS = 20_000;

const FLAGS = CHROMIUM_FLAGS;

// ---- A tiny static server on 127.0.0.1: the built bundle, the bench page, fuse.js, the feeds.

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.html': 'text/html; charset=utf-8',
};

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>bench</title>
<script type="module" src="/dist/embed/support-finder.js"></script></head>
<body><main></main><script type="module" src="/bench/page.js"></script></body></html>`;

function serve(feeds: Map<string, string>): Promise<Server> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const send = (body: string | Buffer, type: string) => {
      // Static hosts send the length; the finder uses it to decide early whether to share the work.
      res.writeHead(200, {
        'content-type': type,
        'cache-control': 'no-store',
        'content-length': Buffer.byteLength(body),
      });
      res.end(body);
    };
    if (path === '/bench.html') return send(PAGE, TYPES['.html'] as string);
    if (path === '/bench/page.js') return send(readFileSync(join(ROOT, 'scripts/bench/page.js')), 'text/javascript');
    if (path === '/fuse.mjs')
      return send(readFileSync(join(ROOT, 'node_modules/fuse.js/dist/fuse.mjs')), 'text/javascript');
    const feed = feeds.get(path);
    if (feed) return send(feed, 'application/json');
    const file = normalize(join(ROOT, path));
    if (path.startsWith('/dist/embed/') && file.startsWith(join(ROOT, 'dist/embed/'))) {
      try {
        return send(readFileSync(file), TYPES[extname(file)] ?? 'application/octet-stream');
      } catch {
        // fall through to 404
      }
    }
    res.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// ---- Measuring one page

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  if (!xs.length) return Number.NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
}

interface Typing {
  /** Keys measured: fewer than the query's when the typing budget ran out. */
  keys: number;
  echoMedian: number;
  echoP95: number;
  resultsMedian: number;
  resultsP95: number;
  longTasks: number[];
}

async function openPage(browser: Browser, url: string, throttle: number, network = false): Promise<Page> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e));
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  if (network) {
    // Throttling needs DevTools' network domain, which costs the page time of its own (below).
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: NETWORK.latency,
      downloadThroughput: NETWORK.download,
      uploadThroughput: NETWORK.upload,
    });
  }
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.createCDPSession();
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
}

async function typeQuery(page: Page): Promise<Typing> {
  await page.evaluate('bench.openBrowse()');
  const start = (await page.evaluate('bench.now()')) as number;
  const keys: { echo: number; results: number }[] = [];
  const began = Date.now();
  // Two searches, the box cleared between them, so the p95 rests on some twenty keys, not ten.
  for (const [n, query] of QUERIES.entries()) {
    if (n > 0) {
      await page.evaluate('bench.clearSearch()');
      await new Promise((r) => setTimeout(r, 400));
    }
    for (const char of query) {
      if (Date.now() - began > TYPING_BUDGET_MS) break;
      await page.keyboard.type(char);
      const key = (await page.evaluate('bench.keyResult()')) as { echo: number; results: number } | undefined;
      if (key) keys.push(key);
      await new Promise((r) => setTimeout(r, KEY_GAP_MS));
    }
  }
  const end = (await page.evaluate('bench.now()')) as number;
  const longTasks = (await page.evaluate(`bench.longTasksBetween(${start}, ${end})`)) as number[];
  const echo = keys.map((k) => k.echo);
  const results = keys.map((k) => k.results);
  return {
    keys: keys.length,
    echoMedian: median(echo),
    echoP95: quantile(echo, 0.95),
    resultsMedian: median(results),
    resultsP95: quantile(results, 0.95),
    longTasks,
  };
}

interface Run {
  size: number;
  throttle: number;
  bytes: number;
  /** JSON.parse of the same text, the first time in a fresh page: the floor (median of the pairs). */
  jsonParse: number;
  /** The same parse again once the page's heap has grown (after loading the feed). */
  jsonParseWarm: number;
  /** Fetch end to results painted: the median of the pairs' fresh pages. */
  loadProcessing: number;
  /** Over a 4G-like connection (unthrottled CPU only), where listings are read as they arrive. */
  network?: { loadProcessing: number; ratio: number; firstQuestionAfterFetch: number; readyAfterFetch: number };
  /** The median of each pair's load over its floor. */
  ratio: number;
  firstQuestionAfterFetch: number;
  /** Fetch end to the moment the feed is checked and prepared (the load event). */
  readyAfterFetch: number;
  laterFiles: string[];
  longestLoadTask: number;
  journeyResults: number;
  journeyCards: number;
  heapMb: number;
  typing: Typing;
  baseline: Typing & { heapMb: number };
}

interface Load {
  bytes: number;
  loadProcessing: number;
  loadEventAfterFetch: number;
  firstQuestionAfterFetch: number;
  longTasksDuringLoad: number[];
  laterFiles: string[];
}

/**
 * Fresh pages in pairs: the finder loading the feed, then the bare parse of it. Taken together, a
 * busy spell on the machine slows both sides of the ratio alike, where three of one and then three
 * of the other, a minute apart, had put the 5,000-service ratio anywhere from 1.0× to 2.4×.
 */
const LOAD_PAIRS = 5;

/**
 * Medians of the pairs: load, floor and their ratio; then a page left loaded, for what follows.
 * Every page of a pair is closed before the next opens: a finder left open builds its search
 * index meanwhile, and on two cores that had taken time from the pages being measured.
 */
async function measureLoads(
  browser: Browser,
  origin: string,
  feed: string,
  throttle: number,
): Promise<{ page: Page; first: Load; loadProcessing: number; jsonParse: number; ratio: number; longTasks: number[] }> {
  const url = `${origin}/bench.html?feed=${feed}`;
  const loads: Load[] = [];
  const floors: number[] = [];
  for (let i = 0; i < LOAD_PAIRS; i++) {
    const fresh = await openPage(browser, url, throttle);
    loads.push((await fresh.evaluate('bench.loaded()')) as Load);
    await fresh.close();
    const floor = await openPage(browser, `${origin}/bench.html?mode=floor&feed=${feed}`, throttle);
    await floor.evaluate('bench.loaded()');
    floors.push((await floor.evaluate('bench.marks.coldParse')) as number);
    await floor.close();
  }
  const page = await openPage(browser, url, throttle);
  await page.evaluate('bench.loaded()');
  return {
    page,
    first: loads[0] as Load,
    loadProcessing: median(loads.map((l) => l.loadProcessing)),
    jsonParse: median(floors),
    ratio: median(loads.map((l, i) => l.loadProcessing / (floors[i] ?? Number.NaN))),
    longTasks: loads.flatMap((l) => l.longTasksDuringLoad),
  };
}

async function measure(browser: Browser, origin: string, size: number, throttle: number): Promise<Run> {
  const feed = `/feeds/${size}.json`;
  const loads = await measureLoads(browser, origin, feed, throttle);
  const { page, first: load, jsonParse } = loads;
  const heap = await heapMb(page);
  const jsonParseWarm = (await page.evaluate('bench.jsonParseFloor()')) as number;
  const journey = (await page.evaluate('bench.journey()')) as { ms: number; cards: number };
  await page.close();

  // A fresh page for typing, so the journey's answers do not filter the list.
  const browsePage = await openPage(browser, `${origin}/bench.html?feed=${feed}`, throttle);
  await browsePage.evaluate('bench.loaded()');
  const typing = await typeQuery(browsePage);
  await browsePage.close();

  const naive = await openPage(browser, `${origin}/bench.html?mode=baseline&feed=${feed}`, throttle);
  await naive.evaluate('bench.loaded()');
  const naiveHeap = await heapMb(naive);
  const baseline = { ...(await typeQuery(naive)), heapMb: naiveHeap };
  await naive.close();

  let network: Run['network'];
  if (throttle === 1) {
    const slow = await openPage(browser, `${origin}/bench.html?feed=${feed}`, throttle, true);
    const over = (await slow.evaluate('bench.loaded()')) as Load;
    await slow.close();
    network = {
      loadProcessing: over.loadProcessing,
      ratio: over.loadProcessing / jsonParse,
      firstQuestionAfterFetch: over.firstQuestionAfterFetch,
      readyAfterFetch: over.loadEventAfterFetch,
    };
  }

  return {
    size,
    throttle,
    bytes: load.bytes,
    jsonParse,
    jsonParseWarm,
    ...(network ? { network } : {}),
    loadProcessing: loads.loadProcessing,
    ratio: loads.ratio,
    firstQuestionAfterFetch: load.firstQuestionAfterFetch,
    readyAfterFetch: load.loadEventAfterFetch,
    laterFiles: load.laterFiles,
    longestLoadTask: Math.max(0, ...loads.longTasks),
    journeyResults: journey.ms,
    journeyCards: journey.cards,
    heapMb: heap,
    typing,
    baseline,
  };
}

// ---- Report

const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(0)} ms` : '—');
const verdict = (ok: boolean | undefined) => (ok === undefined ? '' : ok ? 'ok' : 'MISSED');

function table(size: number, runs: Run[]): string[] {
  const at = (throttle: number) => runs.find((r) => r.throttle === throttle);
  const rows: [string, (r: Run) => string, string, ((r: Run) => boolean | undefined) | undefined][] = [
    ['feed size', (r) => `${(r.bytes / 1024 / 1024).toFixed(1)} MB`, '', undefined],
    [
      'JSON.parse, fresh page (floor) / again',
      (r) => `${ms(r.jsonParse)} / ${ms(r.jsonParseWarm)}`,
      'floor',
      undefined,
    ],
    [
      'load processing (fetch end → results usable)',
      (r) => `${ms(r.loadProcessing)} (${r.ratio.toFixed(1)}×)`,
      size >= 5000 ? '≤ 2× JSON.parse' : '',
      size >= 5000 ? (r) => r.ratio <= 2 : undefined,
    ],
    [
      '  the same over 10 Mbit/s, 40 ms (4G)',
      (r) => (r.network ? `${ms(r.network.loadProcessing)} (${r.network.ratio.toFixed(1)}×)` : '—'),
      size >= 5000 ? '≤ 2× JSON.parse' : '',
      size >= 5000 ? (r) => (r.network ? r.network.ratio <= 2 : undefined) : undefined,
    ],
    [
      'first question interactive (after fetch end)',
      (r) => ms(r.firstQuestionAfterFetch),
      'before feed ready',
      (r) => r.firstQuestionAfterFetch < r.readyAfterFetch,
    ],
    [`longest task while loading (${LOAD_PAIRS} pages)`, (r) => ms(r.longestLoadTask), '', undefined],
    ['results after the last answer', (r) => `${ms(r.journeyResults)} (${r.journeyCards} cards)`, '', undefined],
    [
      'JS heap after load (finder / naive)',
      (r) => `${r.heapMb.toFixed(0)} / ${r.baseline.heapMb.toFixed(0)} MB`,
      '',
      undefined,
    ],
    [
      'keystroke → echo painted, median / p95',
      (r) => `${ms(r.typing.echoMedian)} / ${ms(r.typing.echoP95)}`,
      '',
      undefined,
    ],
    [
      'keystroke → results painted, median',
      (r) => ms(r.typing.resultsMedian),
      size < 20000 ? '≤ 16 ms' : '',
      size < 20000 ? (r) => r.typing.resultsMedian <= 16 : undefined,
    ],
    [
      'keystroke → results painted, p95',
      (r) => ms(r.typing.resultsP95),
      size >= 20000 ? '≤ 50 ms' : '≤ 33 ms',
      (r) => r.typing.resultsP95 <= (size >= 20000 ? 50 : 33),
    ],
    [
      'naive fuse.js keystroke, median / p95',
      (r) => `${ms(r.baseline.resultsMedian)} / ${ms(r.baseline.resultsP95)} (${r.baseline.keys} keys)`,
      size >= 5000 ? '≥ 5× slower than finder' : '',
      size >= 5000 ? (r) => r.baseline.resultsMedian >= 5 * r.typing.resultsMedian : undefined,
    ],
    [
      'long tasks > 50 ms while typing',
      (r) => `${r.typing.longTasks.length} (longest ${ms(Math.max(0, ...r.typing.longTasks))})`,
      size === 5000 ? 'none' : '',
      size === 5000 ? (r) => r.typing.longTasks.length === 0 : undefined,
    ],
  ];
  const lines = [
    '',
    `${size.toLocaleString('en-GB')} services`,
    `${'measure'.padEnd(46)} ${THROTTLES.map((t) => (t === 1 ? 'unthrottled' : `${t}× CPU throttle`).padEnd(22)).join(' ')} target`,
  ];
  for (const [label, show, target, ok] of rows) {
    const cells = THROTTLES.map((t) => {
      const r = at(t);
      if (!r) return '—'.padEnd(22);
      return `${show(r)} ${ok ? verdict(ok(r)) : ''}`.trim().padEnd(22);
    });
    lines.push(`${label.padEnd(46)} ${cells.join(' ')} ${target}`);
  }
  return lines;
}

async function main(): Promise<void> {
  const started = Date.now();
  const feeds = new Map<string, string>();
  for (const size of SIZES) feeds.set(`/feeds/${size}.json`, syntheticFeedJson(size));
  const server = await serve(feeds);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: FLAGS,
    // With DevTools' network domain on (puppeteer's default), Chromium also copies and decodes
    // every response body for the inspector: some 20 to 30 ms of main-thread time after a 5 MB
    // feed arrives, which no visitor's browser spends. Only the emulated 4G row turns it on.
    networkEnabled: false,
  });
  const runs: Run[] = [];
  try {
    for (const size of SIZES) {
      for (const throttle of THROTTLES) {
        process.stderr.write(`bench: ${size} services, ${throttle}× CPU…\n`);
        runs.push(await measure(browser, origin, size, throttle));
      }
      console.log(
        table(
          size,
          runs.filter((r) => r.size === size),
        ).join('\n'),
      );
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
  writeFileSync(file, JSON.stringify({ when, machine, queries: QUERIES, runs }, null, 2));
  console.log(
    `\n${machine.cpus} × ${machine.model}; ${((Date.now() - started) / 1000).toFixed(0)} s; figures in ${file}`,
  );
}

await main();
