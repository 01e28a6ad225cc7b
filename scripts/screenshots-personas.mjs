// Walks the guided journey as a few people would, on any feed, and saves the results at phone and
// desktop widths, printing each person's first five services: for judging a feed imported from a
// real directory by eye, not only by the relevance bench.
//
//   npm run build:embed
//   node dist/cli/support-finder-feed.js import-hsds test/fixtures/realistic/oruk1-list-export.json \
//     --out .scratch/oruk1-feed.json   (after npm run build:cli)
//   node scripts/screenshots-personas.mjs [feed.json under this folder] [outDir]
import { createServer } from 'node:http';
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const FEED = process.argv[2] ?? '.scratch/oruk1-feed.json';
const OUT = process.argv[3] ?? 'demo/screenshots/personas';
mkdirSync(OUT, { recursive: true });

/** Who asks, their age, their own words and the topics they tick (by their English label). */
const ALL_PEOPLE = [
  { id: 'anxiety', who: 'Me', age: 14, words: 'I feel anxious all the time and can’t sleep', tick: [] },
  { id: 'autism', who: 'My child', age: 8, words: 'my son is autistic and struggles at school', tick: [] },
  { id: 'bullying', who: 'A young person I work with', age: 12, words: 'a pupil is being bullied', tick: [] },
  { id: 'bereavement', who: 'Me', age: 15, words: 'my gran died and I can’t stop crying', tick: [] },
  { id: 'self-harm', who: 'Me', age: 16, words: 'I have been cutting myself', tick: [] },
  { id: 'eating', who: 'Me', age: 15, words: 'I keep making myself sick after eating', tick: [] },
  { id: 'gay', who: 'Me', age: 15, words: 'I think I might be gay and I’m scared to tell anyone', tick: [] },
  { id: 'drinking', who: 'Me', age: 13, words: 'my mum drinks too much', tick: [] },
  { id: 'pregnant', who: 'Me', age: 16, words: 'I might be pregnant', tick: [] },
];

const ONLY = process.env.PERSONAS?.split(',');
const PEOPLE = ONLY ? ALL_PEOPLE.filter((p) => ONLY.includes(p.id)) : ALL_PEOPLE;

const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html' };

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/page.html') {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<!doctype html><html lang="en"><meta name="viewport" content="width=device-width">
      <script type="module" src="/dist/embed/support-finder.js"></script>
      <body style="margin:0"><support-finder src="/${FEED}"></support-finder></body></html>`);
    return;
  }
  const path = normalize(join(ROOT, decodeURIComponent(url.pathname)));
  if (!path.startsWith(ROOT)) return res.writeHead(403).end();
  try {
    const body = await readFile(path);
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const BASE = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });

/** Runs in the page: clicks the first element matching `selector` whose text includes `text`. */
async function click(page, selector, text) {
  const found = await page.evaluate(
    (sel, t) => {
      const target = [...document.querySelector('support-finder').shadowRoot.querySelectorAll(sel)].find((e) =>
        e.textContent.includes(t),
      );
      target?.click();
      return Boolean(target);
    },
    selector,
    text,
  );
  await new Promise((r) => setTimeout(r, 200));
  return found;
}

async function type(page, selector, value) {
  await page.evaluate(
    (sel, v) => {
      const input = document.querySelector('support-finder').shadowRoot.querySelector(sel);
      input.value = v;
      input.dispatchEvent(new Event('input'));
    },
    selector,
    value,
  );
  await new Promise((r) => setTimeout(r, 300));
}

const rows = [];
for (const width of [360, 1280]) {
  for (const person of PEOPLE) {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
    await page.goto(`${BASE}/page.html`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => document.querySelector('support-finder')?.shadowRoot?.querySelector('form'));
    await click(page, 'label.choice', person.who);
    await click(page, 'button', 'Next');
    await type(page, '#age', String(person.age));
    await click(page, 'button', 'Next');
    for (const label of person.tick) await click(page, 'label.choice', label);
    await type(page, '#query', person.words);
    await click(page, 'button', 'Next');
    // The remaining questions are skipped, as many people do ("Skip" on the topics question would
    // have dropped the words too).
    for (let i = 0; i < 6 && !(await click(page, 'button', 'Show results')); i++) {
      if (!(await click(page, 'button', 'Skip this question'))) await click(page, 'button', 'Next');
    }
    await page.waitForFunction(() =>
      document.querySelector('support-finder').shadowRoot.querySelector('section.results article.card'),
    );
    await new Promise((r) => setTimeout(r, 1500));
    const top = await page.evaluate(() =>
      [...document.querySelector('support-finder').shadowRoot.querySelectorAll('section.results article.card')]
        .slice(0, 5)
        .map((card) => card.querySelector('[role=heading]')?.textContent.trim() ?? '?'),
    );
    if (width === 360) rows.push({ person: person.id, words: person.words, top });
    const el = await page.$('support-finder');
    const box = await el.boundingBox();
    await el.screenshot({
      path: `${OUT}/${person.id}-${width}.png`,
      clip: { x: 0, y: 0, width: box.width, height: Math.min(box.height, 1600) },
    });
    await page.close();
  }
}
await browser.close();
server.close();
for (const row of rows) {
  console.log(`\n${row.person}: “${row.words}”`);
  row.top.forEach((name, i) => console.log(`  ${i + 1}. ${name}`));
}
console.log(`\nscreenshots in ${OUT}`);
