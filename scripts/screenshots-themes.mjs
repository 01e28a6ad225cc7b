// Screenshots of the example themes (examples/themes/) at a phone's width, light and dark, for the
// README's Styling section: the first question and the top of the list of every service.
// `npm run demo` in one terminal, then `node scripts/screenshots-themes.mjs [outDir]`.
import { mkdirSync, readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.mjs';

const BASE = process.env.DEMO_URL ?? 'http://127.0.0.1:5173/';
const OUT = process.argv[2] ?? 'demo/screenshots/themes';
mkdirSync(OUT, { recursive: true });

const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
for (const theme of ['school', 'council', 'charity']) {
  const css = readFileSync(new URL(`../examples/themes/${theme}.css`, import.meta.url), 'utf8');
  for (const scheme of ['light', 'dark']) {
    const page = await browser.newPage();
    await page.setViewport({ width: 360, height: 740, deviceScaleFactor: 1 });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await page.goto(BASE, { waitUntil: 'networkidle0' });
    await page.addStyleTag({ content: css });
    await page.waitForFunction(() => document.querySelector('support-finder')?.shadowRoot?.querySelector('form'));
    const finder = await page.$('support-finder');
    const box = await finder.boundingBox();
    const clip = { x: 0, y: box.y, width: 360, height: 620 };
    await page.screenshot({ path: `${OUT}/${theme}-${scheme}-360.png`, clip });
    await page.close();
  }
}
await browser.close();
