import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import type { SupportFinder } from '../../src/ui/support-finder.ts';
import { $, $$, feedSettled, loaded, sampleFeedJson, WEDNESDAY_AFTERNOON } from './helpers.ts';

/** Page CSS of the kind real host sites have, added for one test and removed after. */
function pageCss(text: string): () => void {
  const style = document.createElement('style');
  style.textContent = text;
  document.head.append(style);
  return () => style.remove();
}

/** Relative luminance contrast between two `rgb(...)` colours, as WCAG defines it. */
function contrast(a: string, b: string): number {
  const lum = (rgb: string) => {
    const [r, g, bl] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (bl ?? 0);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

async function finder(): Promise<SupportFinder> {
  const feed = await sampleFeedJson();
  const el = await fixture<SupportFinder>(
    html`<support-finder lang="en" .feed=${feed} .now=${WEDNESDAY_AFTERNOON}></support-finder>`,
  );
  await feedSettled(el);
  return el;
}

describe('host page CSS stops at the finder’s boundary', () => {
  it('a light text colour set on the element does not make the finder’s text unreadable', async () => {
    const undo = pageCss('support-finder { color: #f5f5f5; font-weight: 300; text-transform: uppercase }');
    try {
      const el = await finder();
      const root = $(el, '.finder');
      const style = getComputedStyle(root);
      expect(contrast(style.color, style.backgroundColor)).to.be.greaterThan(7);
      expect(style.textTransform).to.equal('none');
      const intro = getComputedStyle($(el, '.step p'));
      expect(contrast(intro.color, style.backgroundColor)).to.be.greaterThan(7);
    } finally {
      undo();
    }
  });

  it('a page root font size of 62.5% does not shrink the text or the quick-exit button', async () => {
    const undo = pageCss('html { font-size: 62.5% } support-finder { font-size: 8px }');
    try {
      const el = await finder();
      // Headless Chromium's default ("medium") is 16px, as most people's browsers are.
      expect(getComputedStyle($(el, '.finder')).fontSize).to.equal('16px');
      const exit = $(el, 'button.exit').getBoundingClientRect();
      expect(exit.height).to.be.at.least(44);
      for (const choice of el.shadowRoot!.querySelectorAll('label.choice')) {
        expect(choice.getBoundingClientRect().height).to.be.at.least(44);
      }
    } finally {
      undo();
    }
  });

  it('--sf-font-size sets the size, and everything scales with it', async () => {
    const undo = pageCss('html { font-size: 10px } support-finder { --sf-font-size: 24px }');
    try {
      const el = await finder();
      expect(getComputedStyle($(el, '.finder')).fontSize).to.equal('24px');
      expect($(el, 'button.exit').getBoundingClientRect().height).to.be.at.least(24 * 2.75 - 1);
    } finally {
      undo();
    }
  });

  it('takes the page’s typeface, or --sf-font-family when set', async () => {
    const undo = pageCss('body { font-family: "Host Sans", monospace }');
    try {
      const el = await finder();
      expect(getComputedStyle($(el, '.finder')).fontFamily).to.include('Host Sans');
      el.style.setProperty('--sf-font-family', 'Georgia, serif');
      expect(getComputedStyle($(el, '.finder')).fontFamily).to.include('Georgia');
    } finally {
      undo();
    }
  });

  it('targets stay 44px even inside smaller text', async () => {
    const el = await finder();
    const summary = el.shadowRoot!.querySelector<HTMLElement>('.safety > summary')!;
    expect(summary.getBoundingClientRect().height).to.be.at.least(44);
  });

  it('squeezed spacing on the page or the element does not squeeze the finder’s text', async () => {
    const undo = pageCss(`
      body, p { letter-spacing: -1px; line-height: 1.1; margin: 0; }
      support-finder, * { letter-spacing: -2px; word-spacing: -4px; line-height: 0.9; }
    `);
    try {
      const el = await finder();
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      for (const selector of ['.finder', '.finder p', 'button.exit']) {
        const box = getComputedStyle($(el, selector));
        expect(box.letterSpacing, selector).to.equal('normal');
        expect(box.wordSpacing, selector).to.equal('0px');
        expect(parseFloat(box.lineHeight) / parseFloat(box.fontSize), selector).to.be.closeTo(1.5, 0.01);
      }
    } finally {
      undo();
    }
  });
});

interface AxeResult {
  violations: { id: string; nodes: { target: unknown[] }[] }[];
}

async function axeViolations(el: Element): Promise<string[]> {
  const win = window as unknown as { axe?: { run(context: Element, options: object): Promise<AxeResult> } };
  if (!win.axe) await import('axe-core/axe.min.js');
  const result = await win.axe!.run(el, { resultTypes: ['violations'] });
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id} at ${JSON.stringify(n.target)}`));
}

/** The colour painted behind an element: its own background, or the nearest one behind it. */
function backgroundOf(node: Element): string {
  let at: Element | undefined = node;
  while (at) {
    const bg = getComputedStyle(at).backgroundColor;
    if (bg !== 'rgba(0, 0, 0, 0)') return bg;
    const root = at.getRootNode();
    at = at.parentElement ?? (root instanceof ShadowRoot ? root.host : undefined);
  }
  return 'rgb(255, 255, 255)';
}

/** Every visible text-bearing element the tests measure: body text and every button. */
function measured(el: SupportFinder): HTMLElement[] {
  return $$(el, '.finder p, [role=heading], .finder label, .button, summary, .badge').filter(
    (node) => node.getClientRects().length > 0 && node.textContent.trim() !== '',
  );
}

/** A host page's careless CSS, of the kind that breaks embedded widgets. */
const HOSTILE = `
  body { font-family: "Host Sans", monospace; color: #eeeeee; background: #222222 }
  button { background: #ffff00 !important; color: #ff00ff !important; border-radius: 0 }
  h1, h2, h3 { color: #ffffff; font-size: 3rem; text-transform: uppercase }
  p { color: #cccccc }
`;

describe('the example themes, on a hostile page', () => {
  const themes = ['school', 'council', 'charity'] as const;
  for (const theme of themes) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`${theme} (${scheme}): body text and buttons at 4.5:1 or more, axe clean, page font kept`, async () => {
        const css = await (await fetch(`/examples/themes/${theme}.css`)).text();
        // The documented way to force a scheme: the custom property, after the theme.
        const undo = pageCss(`${HOSTILE}\n${css}\nsupport-finder { --sf-color-scheme: ${scheme} }`);
        try {
          const el = await finder();
          const surface = getComputedStyle($(el, '.finder')).backgroundColor;
          const dark = contrast(surface, 'rgb(0, 0, 0)') < contrast(surface, 'rgb(255, 255, 255)');
          expect(dark, `surface ${surface}`).to.equal(scheme === 'dark');
          // The first question, then the list of every service (cards, badges, muted text).
          for (const state of ['question', 'browse']) {
            if (state === 'browse') {
              $$(el, '.views button')[1]!.click();
              await loaded(el);
            }
            const nodes = measured(el);
            expect(nodes.length, state).to.be.greaterThan(5);
            for (const node of nodes) {
              const style = getComputedStyle(node);
              const ratio = contrast(style.color, backgroundOf(node));
              expect(
                ratio,
                `${state}: ${node.className || node.localName} "${node.textContent.trim().slice(0, 30)}"`,
              ).to.be.at.least(4.5);
            }
            expect(await axeViolations(el), state).to.deep.equal([]);
          }
          // The page's font still reaches the finder, except where the theme names one (council).
          const font = getComputedStyle($(el, '.finder')).fontFamily;
          expect(font).to.include(theme === 'council' ? 'GDS Transport' : 'Host Sans');
          expect(getComputedStyle($(el, '[role=heading]')).textTransform).to.equal('none');
        } finally {
          undo();
        }
      });
    }
  }

  it('a theme follows the reader’s dark setting by itself (prefers-color-scheme)', async () => {
    const css = await (await fetch('/examples/themes/school.css')).text();
    const undo = pageCss(css);
    try {
      const el = await finder();
      const light = getComputedStyle($(el, '.finder')).backgroundColor;
      await emulateMedia({ colorScheme: 'dark' });
      const dark = getComputedStyle($(el, '.finder')).backgroundColor;
      expect(light).to.equal('rgb(255, 255, 255)');
      expect(dark).to.equal('rgb(26, 21, 36)');
      expect(
        contrast(getComputedStyle($(el, 'button.exit')).color, getComputedStyle($(el, 'button.exit')).backgroundColor),
      ).to.be.at.least(4.5);
    } finally {
      await emulateMedia({ colorScheme: 'light' });
      undo();
    }
  });

  it('without a theme the finder stays light on a dark page, and forced colours are left to the system', async () => {
    const undo = pageCss(HOSTILE);
    try {
      await emulateMedia({ colorScheme: 'dark' });
      const el = await finder();
      expect(getComputedStyle($(el, '.finder')).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle($(el, '.finder')).colorScheme).to.equal('light');
    } finally {
      await emulateMedia({ colorScheme: 'light' });
      undo();
    }
  });
});

describe('more contrast, with a theme', () => {
  afterEach(() => executeServerCommand('prefers-contrast', { value: 'no-preference' }));

  it('prefers-contrast: more turns grey text and borders to the text colour and underlines links', async () => {
    const css = await (await fetch('/examples/themes/charity.css')).text();
    const undo = pageCss(css);
    try {
      const el = await finder();
      const muted = () => getComputedStyle($(el, '.progress')).color;
      const border = () => getComputedStyle($(el, 'label.choice')).borderColor;
      const textColour = getComputedStyle($(el, '.finder')).color;
      const [mutedBefore, borderBefore] = [muted(), border()];
      await executeServerCommand('prefers-contrast', { value: 'more' });
      expect(matchMedia('(prefers-contrast: more)').matches).to.equal(true);
      expect(border()).to.equal(textColour);
      expect(borderBefore).not.to.equal(textColour);
      expect(mutedBefore).not.to.equal(textColour);
      expect(muted()).to.equal(textColour);
      expect(getComputedStyle($(el, '.button.link')).textDecorationLine).to.equal('underline');
    } finally {
      undo();
    }
  });
});
