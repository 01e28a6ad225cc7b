// The guided results at phone width in several UI languages, for checking scripts, direction and
// wording by eye: `npm run demo` in one terminal, then `node scripts/screenshots-languages.mjs
// [outDir] [lang…]`. Headless Chromium needs fonts for Arabic, Urdu, Gurmukhi and Chinese
// (Debian: fonts-noto-core fonts-noto-cjk), or those pages show boxes.
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.mjs';

const BASE = process.env.DEMO_URL ?? 'http://127.0.0.1:5173/';
const [, , out = 'demo/screenshots', ...wanted] = process.argv;
const LANGS = wanted.length ? wanted : ['ar', 'ur', 'pl', 'gd', 'zh-Hans'];
const WIDTH = 360;
mkdirSync(out, { recursive: true });

const browser = await puppeteer.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_FLAGS,
});

/** Runs in the page: the finder's shadow root. */
const root = () => document.querySelector('support-finder').shadowRoot;

for (const lang of LANGS) {
  const page = await browser.newPage();
  await page.setViewport({ width: WIDTH, height: 900, deviceScaleFactor: 1 });
  await page.goto(BASE, { waitUntil: 'networkidle0' });
  await page.evaluate((l) => document.querySelector('support-finder').setAttribute('lang', l), lang);
  await page.waitForFunction(
    (l) => {
      const r = document.querySelector('support-finder').shadowRoot;
      return r.querySelector('.finder')?.getAttribute('lang') === l && r.querySelector('form');
    },
    {},
    lang,
  );
  // The same answers in every language, chosen by position rather than by English words: for me,
  // 15, the first topic, not urgent, any way, the postcode GM1.
  await page.evaluate(async (rootFn) => {
    const r = new Function(`return (${rootFn})()`)();
    const settle = () => new Promise((resolve) => setTimeout(resolve, 120));
    const next = async () => {
      r.querySelector('form button[type=submit]').click();
      await settle();
    };
    r.querySelector('input[name=who]').click();
    await settle();
    await next();
    const age = r.querySelector('#age');
    age.value = '15';
    age.dispatchEvent(new Event('input'));
    await settle();
    await next();
    r.querySelector('.choices input[type=checkbox]').click();
    await settle();
    await next();
    r.querySelectorAll('.choices input[type=radio]')[1]?.click();
    await settle();
    await next();
    await next();
    const postcode = r.querySelector('#postcode');
    postcode.value = 'GM1 2AB';
    postcode.dispatchEvent(new Event('change'));
    await settle();
    await next();
    // Check your answers, then the results.
    r.querySelector('section.check .button.primary').click();
    await settle();
  }, root.toString());
  await page.waitForFunction(() =>
    document.querySelector('support-finder').shadowRoot.querySelector('section.results'),
  );
  const el = await page.$('support-finder');
  const box = await el.boundingBox();
  await el.screenshot({
    path: `${out}/results-${WIDTH}-${lang}.png`,
    clip: { x: 0, y: 0, width: box.width, height: Math.min(box.height, 1400) },
  });
  await page.close();
}
await browser.close();
console.log(`screenshots in ${out}`);
