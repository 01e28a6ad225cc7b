/**
 * Each recipe in examples/ as a site would run it: built by the site's own tools where it has
 * a build (from the packed package, see setup.ts), served, and opened in Chromium.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snippet, sri } from '../../scripts/snippet.mjs';
import {
  firstHeading,
  launchChromium,
  openFinder,
  ROOT,
  SAMPLE_FEED,
  SAMPLE_SERVICES,
  SCRATCH,
  serve,
} from './harness.ts';

const WHO = 'Who are you looking for support for?';
const EMBED = join(ROOT, 'dist/embed/');
const SHOTS = join(SCRATCH, 'screenshots');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(() => browser.close());

/** `vite build` in an example's folder, in production mode as a site's CI would run it. */
function viteBuild(example: string): string {
  const outDir = join(SCRATCH, example);
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir'],
    {
      cwd: join(ROOT, 'examples', example),
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: 'pipe',
    },
  );
  return outDir;
}

/** All the JavaScript a build wrote, as one text. */
function builtScripts(outDir: string): string {
  const assets = join(outDir, 'assets');
  return readdirSync(assets)
    .filter((name) => name.endsWith('.js'))
    .map((name) => readFileSync(join(assets, name), 'utf8'))
    .join('\n');
}

async function statusText(page: import('puppeteer-core').Page): Promise<string | undefined> {
  await page.waitForFunction(() =>
    /services listed|could not/.test(document.querySelector('[role=status]')?.textContent ?? ''),
  );
  return page.evaluate(() => document.querySelector('[role=status]')?.textContent ?? undefined);
}

describe('plain HTML, no build', () => {
  it('shows the first question from the script-tag folder beside the page', async () => {
    const server = await serve({
      '/': join(ROOT, 'examples/plain-html/'),
      '/support-finder/': EMBED,
      '/feed.json': SAMPLE_FEED,
    });
    try {
      const { page, problems, events } = await openFinder(browser, server.url);
      expect(await firstHeading(page)).toBe(WHO);
      expect(await events()).toEqual([{ type: 'support-finder-load', services: SAMPLE_SERVICES, code: undefined }]);
      expect(problems).toEqual([]);
    } finally {
      await server.close();
    }
  });
});

/**
 * A framework recipe's production build: the element is in it, and the page's own handler for
 * the load event (written in the framework's way) shows the count.
 */
async function checkBuiltApp(example: string): Promise<void> {
  const outDir = viteBuild(example);
  expect(builtScripts(outDir)).toContain('customElements.define');
  const server = await serve({ '/': `${outDir}/`, '/feed.json': SAMPLE_FEED });
  try {
    const { page, problems } = await openFinder(browser, server.url);
    expect(await firstHeading(page)).toBe(WHO);
    expect(await statusText(page)).toBe(`${SAMPLE_SERVICES} services listed.`);
    expect(problems).toEqual([]);
  } finally {
    await server.close();
  }
}

describe('React 19 with vite', () => {
  it('type-checks with the shipped JSX types', () => {
    execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'examples/react')],
      {
        stdio: 'pipe',
      },
    );
  });

  it('keeps the element in a production build, and its typed onsupport-finder-load runs', () => checkBuiltApp('react'));
});

describe('Vue 3 with vite', () => {
  it('keeps the element in a production build, and @support-finder-load runs', () => checkBuiltApp('vue'));
});

describe('WordPress "Custom HTML" block', () => {
  const SCRIPT = '/wp-content/uploads/2026/12/support-finder.single.js';
  const single = join(ROOT, 'dist/embed-single/support-finder.single.js');
  const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  /** The page with the release's snippet pasted into its block, with the integrity given. */
  const withSnippet = (integrity: string) => (_path: string, html: string) =>
    html.replace(/^\s*<!-- SNIPPET:.*-->$/m, snippet({ version, feedUrl: '/feed.json', scriptUrl: SCRIPT, integrity }));
  const mounts = { '/': join(ROOT, 'examples/wordpress/'), [SCRIPT]: single, '/feed.json': SAMPLE_FEED };

  it('runs the snippet as pasted, its integrity checked by the browser', async () => {
    const server = await serve(mounts, withSnippet(sri(readFileSync(single))));
    try {
      const { page, problems, events } = await openFinder(browser, server.url, 360);
      expect(await firstHeading(page)).toBe(WHO);
      expect((await events())[0]?.services).toBe(SAMPLE_SERVICES);
      expect(problems).toEqual([]);
      await page.screenshot({ path: join(SHOTS, 'wordpress-360.png'), fullPage: true });
    } finally {
      await server.close();
    }
  });

  it('shows the crisis numbers written in the element when the file is not the one the snippet names', async () => {
    const server = await serve(mounts, withSnippet(sri(Buffer.from('another file'))));
    try {
      const page = await browser.newPage();
      await page.goto(server.url, { waitUntil: 'load' });
      expect(await page.evaluate(() => customElements.get('support-finder'))).toBeUndefined();
      expect(await page.evaluate(() => document.querySelector('support-finder p')?.checkVisibility())).toBe(true);
      await page.close();
    } finally {
      await server.close();
    }
  });
});

/** The computed style of the first question's heading, inside the finder. */
function headingStyle(page: import('puppeteer-core').Page) {
  return page.evaluate(() => {
    const heading = document.querySelector('support-finder')?.shadowRoot?.querySelector('#step-heading');
    if (!heading) return undefined;
    const s = getComputedStyle(heading);
    return { fontFamily: s.fontFamily, color: s.color, textTransform: s.textTransform, fontStyle: s.fontStyle };
  });
}

describe('GOV.UK Frontend page', () => {
  const govuk = join(ROOT, 'node_modules/govuk-frontend/dist/govuk/');
  const mounts = {
    '/': join(ROOT, 'examples/govuk/'),
    '/govuk/': govuk,
    '/assets/': join(govuk, 'assets/'),
    '/support-finder/': EMBED,
    '/feed.json': SAMPLE_FEED,
  };

  it('uses GOV.UK’s font with the font recipe, at 360 and 1280 px', async () => {
    const server = await serve(mounts);
    try {
      for (const width of [360, 1280]) {
        const { page, problems } = await openFinder(browser, server.url, width);
        expect((await headingStyle(page))?.fontFamily).toMatch(/^"?GDS Transport"?, arial, sans-serif$/);
        expect(problems).toEqual([]);
        await page.screenshot({ path: join(SHOTS, `govuk-${width}.png`), fullPage: true });
        await page.close();
      }
    } finally {
      await server.close();
    }
  });

  it('without the recipe inherits the browser’s default font, since GOV.UK sets none on body', async () => {
    const server = await serve(mounts, (_path, html) => html.replace(/--sf-font-family:[^;]*;/, ''));
    try {
      const { page } = await openFinder(browser, server.url);
      expect((await headingStyle(page))?.fontFamily).not.toMatch(/GDS Transport/);
      await page.close();
    } finally {
      await server.close();
    }
  });
});

describe('Bootstrap page with a hostile theme', () => {
  it('keeps the finder readable and within the screen, at 360 and 1280 px', async () => {
    const server = await serve({
      '/': join(ROOT, 'examples/bootstrap/'),
      '/bootstrap/': join(ROOT, 'node_modules/bootstrap/dist/'),
      '/support-finder/': EMBED,
      '/feed.json': SAMPLE_FEED,
    });
    try {
      for (const width of [360, 1280]) {
        const { page, problems } = await openFinder(browser, server.url, width);
        const style = await headingStyle(page);
        // The theme's uppercase, italics and pale text stop at the finder's edge.
        expect(style?.textTransform).toBe('none');
        expect(style?.fontStyle).toBe('normal');
        expect(style?.color).not.toBe('rgb(245, 245, 245)');
        // Nothing inside the finder reaches past its edge, and the finder stays on the screen.
        const edges = await page.evaluate(() => {
          const finder = document.querySelector('support-finder');
          // Only what is drawn: a closed menu's list keeps a stale box that nobody sees.
          const inside = [...(finder?.shadowRoot?.querySelectorAll('*') ?? [])]
            .filter((e) => e.checkVisibility())
            .map((e) => e.getBoundingClientRect());
          return {
            finder: finder?.getBoundingClientRect().right ?? Infinity,
            inside: Math.max(...inside.filter((r) => r.width > 0).map((r) => r.right)),
          };
        });
        expect(edges.finder).toBeLessThanOrEqual(width);
        expect(edges.inside).toBeLessThanOrEqual(edges.finder + 0.5);
        expect(problems).toEqual([]);
        await page.screenshot({ path: join(SHOTS, `bootstrap-${width}.png`), fullPage: true });
        await page.close();
      }
    } finally {
      await server.close();
    }
  });
});
