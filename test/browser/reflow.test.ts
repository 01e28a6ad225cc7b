import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { LOCALES } from '../../src/i18n/locales.ts';
import type { SupportFinder } from '../../src/ui/support-finder.ts';
import { $, $$, clickButton, finderWithSample, openAll } from './helpers.ts';

// WCAG 1.4.10 Reflow and 1.4.12 Text Spacing together, in every language: at 320 CSS px wide with
// the largest spacing a person may set (line height 1.5, paragraphs 2em apart, letters 0.12em and
// words 0.16em), no control, label or heading clips or spills its text, and nothing is wider than
// the screen. A reader's own spacing styles cannot reach into the shadow root, so the test adds
// them there, as a bookmarklet written for shadow DOM would.

const WIDTH = 320;

const TEXT_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-block-end: 2em !important; }
`;

function addTextSpacing(el: SupportFinder): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(TEXT_SPACING);
  el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, sheet];
}

/** Boxes whose text must fit: every control, label, heading and badge. */
const CHECKED = [
  'button',
  'label',
  'select',
  'input',
  'summary',
  'legend',
  '[role=heading]',
  '.badge',
  '.contact',
  '.choice',
  '.notice',
  '.meta',
  '.hint',
].join(',');

function describe_(e: Element): string {
  return `<${e.tagName.toLowerCase()} class="${e.getAttribute('class') ?? ''}"> "${e.textContent.trim().slice(0, 50)}"`;
}

/** What spills, is clipped, or sticks out of the screen, on the screen shown now. */
function problems(el: SupportFinder): string[] {
  const found: string[] = [];
  for (const e of $$(el, CHECKED)) {
    if (!e.checkVisibility() || e.closest('.visually-hidden')) continue;
    const box = e.getBoundingClientRect();
    if (box.width === 0) continue;
    if (e.scrollWidth > e.clientWidth + 1)
      found.push(`overflows (${e.scrollWidth} > ${e.clientWidth}): ${describe_(e)}`);
    if (box.left < -1 || box.right > WIDTH + 1) found.push(`off screen (${box.left}–${box.right}): ${describe_(e)}`);
  }
  // Names of controls and headings are not broken inside a word, which reads as clipped text:
  // with breaking inside words switched off for a moment, every word still fits its box.
  for (const e of $$(el, 'button, label, [role=heading], summary, legend')) {
    if (!e.checkVisibility() || e.closest('.visually-hidden') || e.getBoundingClientRect().width === 0) continue;
    e.style.setProperty('overflow-wrap', 'normal');
    e.style.setProperty('hyphens', 'manual');
    if (e.scrollWidth > e.clientWidth + 1)
      found.push(`breaks inside a word (${e.scrollWidth} > ${e.clientWidth}): ${describe_(e)}`);
    e.style.removeProperty('overflow-wrap');
    e.style.removeProperty('hyphens');
  }
  const finder = $(el, '.finder');
  if (finder.scrollWidth > finder.clientWidth + 1) found.push(`the finder scrolls sideways (${finder.scrollWidth})`);
  if (document.documentElement.scrollWidth > WIDTH) {
    found.push(`the page scrolls sideways (${document.documentElement.scrollWidth})`);
  }
  return found;
}

/** Every screen of one finder checked in turn: the first question, where, all services, my summary. */
async function screensFit(el: SupportFinder): Promise<string[]> {
  const found: string[] = [];
  const check = (screen: string) => found.push(...problems(el).map((p) => `${screen}: ${p}`));
  check('first question');
  // The title keeps a readable width: never a letter a line.
  const title = $(el, '.bar .title').getBoundingClientRect().width;
  if (title < 100) found.push(`the title is squeezed to ${title} px`);

  for (let i = 0; i < 5; i++) {
    // Questions after the first come in a file of their own, fetched as the first one shows.
    await waitUntil(() => el.shadowRoot?.querySelector('.nav .button.link'), 'no Skip');
    $(el, '.nav .button.link').click();
    await el.updateComplete;
  }
  ($(el, 'details.urgent') as HTMLDetailsElement).open = true;
  await el.updateComplete;
  check('where, with urgent help open');

  $$(el, '.views button')[1]!.click();
  await waitUntil(() => el.shadowRoot?.querySelector('.cards'), 'browse did not load');
  $$(el, 'button.save')[0]!.click();
  await el.updateComplete;
  await openAll(el.shadowRoot!, '.card details');
  await el.updateComplete;
  check('all services');

  $$(el, '.views button')[2]!.click();
  await waitUntil(() => el.shadowRoot?.querySelector('#note'), 'summary did not load');
  check('my summary');
  return found;
}

describe('320 px wide with WCAG text spacing, in every language', () => {
  before(() => setViewport({ width: WIDTH, height: 720 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const { lang } of LOCALES) {
    it(`${lang}: first question, a question with a text box, all services and My summary fit`, async () => {
      const el = await finderWithSample({ lang });
      await waitUntil(() => $(el, '.finder').getAttribute('lang') === lang, `${lang} did not load`);
      addTextSpacing(el);
      await el.updateComplete;
      expect(await screensFit(el)).to.deep.equal([]);
    });
  }

  it('keeps every view button whole in English', async () => {
    const el = await finderWithSample();
    addTextSpacing(el);
    await el.updateComplete;
    await clickButton(el, 'Questions');
    for (const button of $$(el, '.views button')) {
      expect(button.scrollWidth, button.textContent.trim()).to.be.at.most(button.clientWidth + 1);
      expect(button.scrollHeight, button.textContent.trim()).to.be.at.most(button.clientHeight + 1);
    }
  });
});

/**
 * The spacing a person applies to the page with the WCAG text-spacing bookmarklet: on the page, not
 * inside the finder. It reaches the finder's text (the finder takes it from its own element and
 * from the page's paragraphs), and nothing clips.
 */
describe('text spacing a person applies to the page reaches inside the finder', () => {
  let style: HTMLStyleElement;
  before(() => setViewport({ width: WIDTH, height: 720 }));
  after(() => setViewport({ width: 800, height: 600 }));
  beforeEach(() => {
    style = document.createElement('style');
    style.textContent = TEXT_SPACING;
    // A paragraph of the page's own, as every host page has.
    const p = document.createElement('p');
    p.className = 'host-paragraph';
    p.textContent = 'Support for young people.';
    document.body.prepend(p);
  });
  afterEach(() => {
    style.remove();
    document.querySelector('.host-paragraph')?.remove();
  });

  for (const lang of ['en', 'ar', 'pa']) {
    it(`${lang}: letters, words, lines and paragraphs are spaced as the page's, and nothing clips`, async () => {
      const el = await finderWithSample({ lang });
      await waitUntil(() => $(el, '.finder').getAttribute('lang') === lang, `${lang} did not load`);
      // Applied after the finder showed, as a bookmarklet is.
      document.head.append(style);
      await waitUntil(() => getComputedStyle($(el, '.finder p')).letterSpacing !== 'normal', 'no letter spacing');
      for (const selector of ['.finder p', 'button.exit', '.bar .title', '.choice']) {
        const box = getComputedStyle($(el, selector));
        const size = parseFloat(box.fontSize);
        expect(parseFloat(box.letterSpacing) / size, `${selector} letters`).to.be.closeTo(0.12, 0.01);
        expect(parseFloat(box.wordSpacing) / size, `${selector} words`).to.be.closeTo(0.16, 0.01);
        expect(parseFloat(box.lineHeight) / size, `${selector} lines`).to.be.at.least(1.49);
      }
      const p = getComputedStyle($(el, '.finder p'));
      expect(parseFloat(p.marginBlockEnd) / parseFloat(p.fontSize), 'paragraphs').to.be.closeTo(2, 0.01);
      expect(await screensFit(el)).to.deep.equal([]);
    });
  }
});
