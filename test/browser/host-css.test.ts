import { expect, fixture, html } from '@open-wc/testing';
import type { SupportFinder } from '../../src/ui/support-finder.ts';
import { $, feedSettled, sampleFeedJson, WEDNESDAY_AFTERNOON } from './helpers.ts';

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
