import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/ui/support-finder.ts';
import type { SupportFinder } from '../../src/ui/support-finder.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { $, $$, feedSettled, openAll, SAMPLE, WEDNESDAY_AFTERNOON } from './helpers.ts';

/** The guided results in a language, in a box of the given width, with every detail opened. */
async function resultsIn(lang: string, width: number): Promise<SupportFinder> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style=${`inline-size: ${width}px`}>
      <support-finder src=${SAMPLE} lang=${lang} .now=${WEDNESDAY_AFTERNOON}></support-finder>
    </div>`,
  );
  const el = wrapper.querySelector('support-finder')!;
  await feedSettled(el, 8000);
  await waitUntil(
    () => el.shadowRoot?.querySelector('.finder')?.getAttribute('lang') === lang && el.shadowRoot.querySelector('form'),
    `${lang} did not load`,
    { timeout: 8000 },
  );
  ($$(el, 'input[name=who]')[0] as HTMLInputElement).click();
  await el.updateComplete;
  for (let i = 0; i < 8 && !el.shadowRoot!.querySelector('section.results'); i++) {
    // On the topics question, choose the first topic, so cards say which topics they help with.
    if (i === 2) ($$(el, '.choices input[type=checkbox]')[0] as HTMLInputElement | undefined)?.click();
    // Questions after the first come in a file of their own, fetched as the first one shows.
    await waitUntil(() => el.shadowRoot?.querySelector('form, .check, section.results'), 'no question');
    // After the questions, "Check your answers" has the Show results button.
    const submit = el.shadowRoot!.querySelector<HTMLElement>('form button[type=submit], .check .primary');
    if (!submit) break;
    submit.click();
    await el.updateComplete;
  }
  // The results and their cards are a file of their own, fetched while the questions are answered.
  await waitUntil(() => el.shadowRoot!.querySelector('section.results'), 'no results', { timeout: 5000 });
  await openAll(el.shadowRoot!, 'details:not(.lang)');
  await el.updateComplete;
  return el;
}

for (const lang of ['ar', 'ur']) {
  describe(`results in ${lang} at 320 px`, () => {
    it('mirrors, and nothing runs off the side', async () => {
      const el = await resultsIn(lang, 320);
      const finder = $(el, '.finder');
      expect(finder.getAttribute('dir')).to.equal('rtl');
      const box = el.getBoundingClientRect();
      expect(box.width).to.equal(320);
      expect(finder.scrollWidth, 'the finder scrolls sideways').to.be.at.most(finder.clientWidth);
      const outside = [...el.shadowRoot!.querySelectorAll('*')]
        .filter((e) => e.getClientRects().length > 0)
        .map((e) => ({ e, r: e.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && (r.left < box.left - 0.5 || r.right > box.right + 0.5))
        .map(({ e }) => `${e.tagName.toLowerCase()}.${e.className}: ${e.textContent.slice(0, 40)}`);
      expect(outside, 'elements outside the finder').to.deep.equal([]);

      // Mirrored: quick exit comes first in the sticky bar, so at its right end, before "Get help now".
      const exit = $(el, 'button.exit').getBoundingClientRect();
      const help = $(el, 'button.help').getBoundingClientRect();
      // (At 320 px the two may wrap, one above the other: then quick exit is on top.)
      const first = exit.top < help.top || (exit.top === help.top && exit.left > help.left);
      expect(first, 'quick exit first, from the right').to.equal(true);
      // A card's heading starts at its right edge, and its badges run right to left.
      const card = $(el, '.card');
      const cardBox = card.getBoundingClientRect();
      const headingText = document.createRange();
      headingText.selectNodeContents($(el, '.card [role=heading] span'));
      const text = headingText.getBoundingClientRect();
      expect(cardBox.right - text.right, 'heading hugs the right edge').to.be.lessThan(text.left - cardBox.left);
      const badges = [...card.querySelectorAll('.badge')].map((b) => b.getBoundingClientRect());
      if (badges.length > 1 && badges[0]!.top === badges[1]!.top) {
        expect(badges[0]!.left).to.be.greaterThan(badges[1]!.left);
      }
    });
  });
}

describe('every language at 320 px', () => {
  it('keeps every label inside its button, badge and link', async () => {
    for (const lang of LOCALES.map((l) => l.lang)) {
      const el = await resultsIn(lang, 320);
      const spilled = $$(el, 'button, summary, .badge, a.contact')
        .filter((e) => e.getClientRects().length > 0 && e.scrollWidth > e.clientWidth + 1)
        .map((e) => `${e.tagName.toLowerCase()}: ${e.textContent.trim()}`);
      expect(spilled, lang).to.deep.equal([]);
    }
  });
});

describe('languages of the texts on a results page (WCAG 3.1.2)', () => {
  it('marks every English text in an Arabic page as English', async () => {
    const el = await resultsIn('ar', 360);
    const unmarked: string[] = [];
    const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('.visually-hidden, [hidden]')) continue;
      // English words, leaving out acronyms and brands in capitals (GP, CAMHS, SHOUT), addresses,
      // hosts, and the name of the Shift key as printed on keyboards.
      const words = (node.textContent ?? '')
        .split(/[\s:,]+/)
        .filter((w) => /[a-z]{2,}/.test(w) && !/[.@/]/.test(w) && !/^[A-Z0-9+]+$/.test(w) && w !== 'Shift');
      if (words.length === 0) continue;
      if (parent.closest('[lang]')?.getAttribute('lang') === 'ar') unmarked.push((node.textContent ?? '').trim());
    }
    expect(unmarked).to.deep.equal([]);
  });
});
