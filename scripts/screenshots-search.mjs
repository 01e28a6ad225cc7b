// A person's own words and "All services" search at phone width in English, Polish and Arabic, for
// checking by eye that suggestions, counts and cards read right: `npm run demo` in one terminal,
// then `node scripts/screenshots-search.mjs [outDir]`. Needs fonts for Arabic (Debian:
// fonts-noto-core), or the Arabic pages show boxes.
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.mjs';

const BASE = process.env.DEMO_URL ?? 'http://127.0.0.1:5173/';
const [, , out = 'demo/screenshots'] = process.argv;
const WIDTH = 360;
/** What each reader might write, and search "All services" for, in their own language. */
const WORDS = {
  en: { own: 'cant sleep and worried about exams', search: 'anxiety' },
  pl: { own: 'nie mogę spać, stres przed egzaminami', search: 'lęk' },
  ar: { own: 'لا أستطيع النوم وقلق من الامتحانات', search: 'قلق' },
};
mkdirSync(out, { recursive: true });

const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
const settle = (ms = 400) => new Promise((resolve) => setTimeout(resolve, ms));

/** The phone's screen with `selector` in view, as the person would see it there. */
async function shoot(page, name, selector) {
  await page.evaluate((sel) => {
    const target = document.querySelector('support-finder').shadowRoot.querySelector(sel);
    target.scrollIntoView({ block: 'start' });
    // Below the sticky bar, as a person would scroll it.
    window.scrollBy(0, -90);
  }, selector);
  await settle(300);
  await page.screenshot({ path: `${out}/${name}.png` });
}

for (const [lang, words] of Object.entries(WORDS)) {
  const page = await browser.newPage();
  await page.setViewport({ width: WIDTH, height: 900, deviceScaleFactor: 1 });
  await page.goto(BASE, { waitUntil: 'networkidle0' });
  await page.evaluate((l) => document.querySelector('support-finder').setAttribute('lang', l), lang);
  await page.waitForFunction(
    (l) => document.querySelector('support-finder').shadowRoot.querySelector('.finder')?.getAttribute('lang') === l,
    {},
    lang,
  );
  // For me, age skipped, then the person's own words on the topics question.
  await (await page.$('pierce/input[name=who]')).click();
  await (await page.$('pierce/form button[type=submit]')).click();
  await settle();
  await (await page.$('pierce/.nav .button.link')).click();
  await page.waitForSelector('pierce/#query');
  await (await page.$('pierce/#query')).type(words.own, { delay: 20 });
  await page.waitForSelector('pierce/.suggestions input[type=checkbox]');
  await settle(800);
  await shoot(page, `own-words-${WIDTH}-${lang}`, 'label[for=query]');

  // "All services", searched.
  await page.evaluate(() =>
    document.querySelector('support-finder').shadowRoot.querySelectorAll('.views button')[1].click(),
  );
  await page.waitForFunction(() => document.querySelector('support-finder').shadowRoot.querySelector('#browse-search'));
  await (await page.$('pierce/#browse-search')).type(words.search, { delay: 40 });
  await settle(1200);
  await shoot(page, `browse-search-${WIDTH}-${lang}`, '#browse-search');
  await shoot(page, `browse-results-${WIDTH}-${lang}`, '.nav:has(.count)');
  await page.close();
}
await browser.close();
console.log(`screenshots in ${out}`);
