// Walks the demo as a new user would and saves a screenshot of every step, at phone and desktop
// widths: `npm run demo` in one terminal, then `node scripts/screenshots.mjs [outDir]`.
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.mjs';

const BASE = process.env.DEMO_URL ?? 'http://127.0.0.1:5173/';
const OUT = process.argv[2] ?? 'demo/screenshots';
mkdirSync(OUT, { recursive: true });

const browser = await puppeteer.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_FLAGS,
});

async function clickText(page, selector, text) {
  const handle = await page.evaluateHandle(
    (sel, t) =>
      [...document.querySelector('support-finder').shadowRoot.querySelectorAll(sel)].find((e) =>
        e.textContent.includes(t),
      ),
    selector,
    text,
  );
  await handle.asElement().click();
  await new Promise((r) => setTimeout(r, 150));
}

/** Types into a field inside the finder and fires the event the finder listens for. */
async function setValue(page, selector, value, event = 'input') {
  await page.evaluate(
    (sel, v, type) => {
      const input = document.querySelector('support-finder').shadowRoot.querySelector(sel);
      input.value = v;
      input.dispatchEvent(new Event(type));
    },
    selector,
    value,
    event,
  );
  await new Promise((r) => setTimeout(r, 150));
}

async function shot(page, name, width) {
  const el = await page.$('support-finder');
  const box = await el.boundingBox();
  // Long result lists are cut at a screen and a half: enough to judge, small enough to read.
  await el.screenshot({
    path: `${OUT}/${name}-${width}.png`,
    clip: { x: 0, y: 0, width: box.width, height: Math.min(box.height, 1400) },
  });
}

for (const width of [360, 1280]) {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
  await page.goto(BASE, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => document.querySelector('support-finder')?.shadowRoot?.querySelector('form'));
  await shot(page, '1-who', width);
  await clickText(page, 'label.choice', 'Me');
  await clickText(page, 'button', 'Next');
  await setValue(page, '#age', '15', 'input');
  await shot(page, '2-age', width);
  await clickText(page, 'button', 'Next');
  await clickText(page, 'label.choice', 'Feeling worried');
  await setValue(page, '#query', 'cant sleep before exams', 'input');
  await shot(page, '3-topics', width);
  await clickText(page, 'button', 'Next');
  await clickText(page, 'label.choice', 'Yes');
  await shot(page, '4-now', width);
  await clickText(page, 'label.choice', 'No, I can wait');
  await clickText(page, 'button', 'Next');
  await clickText(page, 'label.choice', 'Face to face');
  await shot(page, '5-how', width);
  await clickText(page, 'button', 'Next');
  await setValue(page, '#postcode', 'GM1 2AB', 'change');
  await shot(page, '6-where', width);
  await clickText(page, 'button', 'Next');
  await page.waitForFunction(() => document.querySelector('support-finder').shadowRoot.querySelector('section.check'));
  await shot(page, '6b-check', width);
  await clickText(page, 'button', 'Show results');
  await page.waitForFunction(() =>
    document.querySelector('support-finder').shadowRoot.querySelector('section.results'),
  );
  await shot(page, '7-results', width);
  await clickText(page, 'button', 'Save to my summary');
  await clickText(page, 'button', 'All services');
  await page.waitForFunction(() => document.querySelector('support-finder').shadowRoot.querySelector('#browse-search'));
  await clickText(page, 'label.choice', 'Open now');
  await shot(page, '8-browse', width);
  await clickText(page, 'button', 'My summary');
  await setValue(page, '#note', 'I find it hard to talk on the phone. Mornings are best for me.', 'input');
  await shot(page, '9-summary', width);
  await page.close();
}
await browser.close();
console.log(`screenshots in ${OUT}`);
