/**
 * What the recipe tests share: the packed package installed where the examples find it, a
 * static server for built pages, and Debian's Chromium to open them in.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const SCRATCH = join(ROOT, '.scratch/recipes');
export const SAMPLE_FEED = join(ROOT, 'data-schema/examples/sample-feed.json');
export const SAMPLE_SERVICES = (JSON.parse(readFileSync(SAMPLE_FEED, 'utf8')) as { services: unknown[] }).services
  .length;

/**
 * `npm pack` of this repository (its `prepack` build skipped: the test script has built), then
 * the tarball unpacked as `node_modules/support-finder` in each folder given, as `npm install`
 * would, so the examples resolve `support-finder` through the published `exports` and files.
 */
export function installPackedPackage(into: string[]): void {
  const packDir = join(SCRATCH, 'pack');
  rmSync(packDir, { recursive: true, force: true });
  mkdirSync(packDir, { recursive: true });
  const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', packDir], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const [{ filename }] = JSON.parse(out) as [{ filename: string }];
  for (const dir of into) {
    const target = join(dir, 'node_modules/support-finder');
    rmSync(target, { recursive: true, force: true });
    mkdirSync(target, { recursive: true });
    execFileSync('tar', ['-xzf', join(packDir, filename), '-C', target, '--strip-components=1']);
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/**
 * Serves files on 127.0.0.1 from a table of URL prefixes: a prefix ending in `/` is a folder,
 * any other is one file. The longest prefix wins. `rewrite` may change an HTML page as served.
 */
export async function serve(
  mounts: Record<string, string>,
  rewrite: (path: string, html: string) => string = (_path, html) => html,
): Promise<{ url: string; close: () => Promise<void> }> {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const prefix = prefixes.find((p) => (p.endsWith('/') ? path.startsWith(p) : path === p));
    let file = prefix === undefined || path.includes('..') ? undefined : mounts[prefix];
    if (file !== undefined && prefix?.endsWith('/')) file = join(file, path.slice(prefix.length));
    if (file !== undefined && path.endsWith('/')) file = join(file, 'index.html');
    try {
      if (file === undefined || !statSync(file).isFile()) throw new Error('not found');
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': type });
      res.end(type.startsWith('text/html') ? rewrite(path, body.toString('utf8')) : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    // A browser keeps its connections open for the next request; the test is done with them.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export function launchChromium(): Promise<Browser> {
  return puppeteer.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}

export interface OpenedPage {
  page: Page;
  /** Uncaught errors, console errors and failed requests, in words. */
  problems: string[];
  /** The finder's events as the page saw them: type and the event's own values. */
  events: () => Promise<{ type: string; services?: number; code?: string }[]>;
}

/**
 * Opens a page and waits until the finder shows its first question with the feed loaded.
 * Every `support-finder-*` event is recorded from before the page's own scripts run.
 */
export async function openFinder(browser: Browser, url: string, width = 1280): Promise<OpenedPage> {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${String(error)}`));
  // Chromium asks every server for /favicon.ico by itself; the pages have none.
  const own = (url: string) => !url.endsWith('/favicon.ico');
  page.on('console', (message) => {
    if (message.type() === 'error' && own(message.location().url ?? '')) problems.push(`console: ${message.text()}`);
  });
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400 && own(response.url())) problems.push(`${response.status()}: ${response.url()}`);
  });
  await page.evaluateOnNewDocument(() => {
    const seen: { type: string; services?: number; code?: string }[] = [];
    Object.assign(window, { __finderEvents: seen });
    for (const type of ['support-finder-load', 'support-finder-error', 'support-finder-exit']) {
      document.addEventListener(
        type,
        (event) => {
          const { services, code } = event as Event & { services?: number; code?: string };
          seen.push({ type, services, code });
        },
        true,
      );
    }
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(
    () =>
      (window as unknown as { __finderEvents: unknown[] }).__finderEvents.length > 0 &&
      document.querySelector('support-finder')?.shadowRoot?.querySelector('#step-heading') != null,
    { timeout: 15_000 },
  );
  return {
    page,
    problems,
    events: () => page.evaluate(() => (window as unknown as { __finderEvents: [] }).__finderEvents),
  };
}

/** The first question's heading as the reader sees it, from inside the finder's shadow root. */
export function firstHeading(page: Page): Promise<string | undefined> {
  return page.evaluate(() =>
    document.querySelector('support-finder')?.shadowRoot?.querySelector('#step-heading')?.textContent.trim(),
  );
}
