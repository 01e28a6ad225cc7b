// `npm run lighthouse`: Lighthouse's mobile audit of the built demo page in system Chromium.
// Prints the performance, accessibility and best-practices scores beside their targets, and
// every audit that lost points. Not part of CI: scores move with the machine's load.
//
//   npm run lighthouse        (builds the demo first)
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.mjs';

const DIST = new URL('../dist/demo/', import.meta.url).pathname;
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100 };
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

// A plain static server for dist/demo on 127.0.0.1, compressing nothing: what a simple host does.
const server = createServer((req, res) => {
  let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(DIST, path));
  if (!file.startsWith(DIST) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
    res.writeHead(404).end('not found');
    return;
  }
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'max-age=3600',
  });
  res.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
const url = `http://127.0.0.1:${server.address().port}/`;

const chrome = await launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
});

let missed = false;
try {
  // Lighthouse's default settings are the mobile preset: a mid-range phone, slow 4G, 4× CPU.
  const result = await lighthouse(url, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: Object.keys(TARGETS),
  });
  const { categories, audits } = result.lhr;
  console.log(`Lighthouse ${result.lhr.lighthouseVersion}, mobile preset, ${url}`);
  for (const [id, target] of Object.entries(TARGETS)) {
    const category = categories[id];
    const score = Math.round((category?.score ?? 0) * 100);
    const ok = score >= target;
    missed ||= !ok;
    console.log(
      `${(category?.title ?? id).padEnd(16)} ${String(score).padStart(3)}   target ${target}   ${ok ? 'ok' : 'MISSED'}`,
    );
    for (const ref of category?.auditRefs ?? []) {
      const audit = audits[ref.id];
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 0.9) continue;
      const shown = audit.displayValue ? ` (${audit.displayValue})` : '';
      console.log(`    ${audit.title}${shown}`);
      // Say which console errors, resources or elements, so the fix is obvious.
      for (const item of audit.details?.items?.slice(0, 5) ?? []) {
        const what = item.description ?? item.url ?? item.source ?? item.node?.snippet;
        if (what) console.log(`      - ${String(what).slice(0, 160)}`);
      }
    }
  }
  const metric = (id) => audits[id]?.displayValue ?? '—';
  console.log(
    `FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, ` +
      `TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}`,
  );
} finally {
  await chrome.kill();
  server.close();
}
process.exit(missed ? 1 : 0);
