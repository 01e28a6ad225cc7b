// Screenshots of the finder on a council page with its own sticky header and a cookie banner
// (demo/council.html), at 400% zoom (320 × 256), a phone and a laptop, scrolled to several places in
// the list of every service: Quick exit stays below the header, never under it.
// `npm run demo` in one terminal, then `node scripts/screenshots-host.mjs [outDir]`.
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.mjs';

const BASE = process.env.DEMO_URL ?? 'http://127.0.0.1:5173/';
const OUT = process.argv[2] ?? 'demo/screenshots';
mkdirSync(OUT, { recursive: true });

const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });

for (const [width, height] of [
  [320, 256],
  [360, 740],
  [1280, 800],
]) {
  const page = await browser.newPage();
  await page.setViewport({ width, height, deviceScaleFactor: 1 });
  await page.goto(new URL('demo/council.html', BASE).href, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => document.querySelector('support-finder')?.shadowRoot?.querySelector('form'));
  await page.evaluate(() => {
    const root = document.querySelector('support-finder').shadowRoot;
    [...root.querySelectorAll('.views button')][1].click();
  });
  await page.waitForFunction(
    () => document.querySelector('support-finder').shadowRoot.querySelectorAll('.card').length > 5,
  );
  // The top of the finder, the middle of the list, and near its end.
  const { top, bottom } = await page.evaluate(() => {
    const box = document.querySelector('support-finder').getBoundingClientRect();
    return { top: box.top + scrollY, bottom: box.bottom + scrollY };
  });
  const places = { top: top - 40, middle: (top + bottom) / 2, end: bottom - height };
  for (const [name, y] of Object.entries(places)) {
    await page.evaluate((to) => window.scrollTo(0, to), Math.max(0, y));
    await new Promise((r) => setTimeout(r, 250));
    await page.screenshot({ path: `${OUT}/host-${width}x${height}-${name}.png` });
  }
  // With the cookie banner accepted: the bar moves nowhere, the list shows below it.
  await page.click('.cookie-accept');
  await page.evaluate((to) => window.scrollTo(0, to), Math.max(0, places.middle));
  await new Promise((r) => setTimeout(r, 250));
  await page.screenshot({ path: `${OUT}/host-${width}x${height}-accepted.png` });
  await page.close();
}
await browser.close();
