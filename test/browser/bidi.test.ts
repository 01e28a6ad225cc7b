import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/ui/support-finder.ts';
import type { SupportFinder } from '../../src/ui/support-finder.ts';
import { $, $$, SAMPLE, WEDNESDAY_AFTERNOON } from './helpers.ts';

/** Where each run of digits in an element is drawn, left edge first, in reading (logical) order. */
function digitGroupLefts(element: Element): { group: string; left: number }[] {
  const out: { group: string; left: number }[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of (node.textContent ?? '').matchAll(/\d+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      out.push({ group: match[0], left: range.getBoundingClientRect().left });
    }
  }
  return out;
}

/** A phone number reads left to right whatever the page's direction: "0800" left of "1111". */
function expectLeftToRight(link: Element): void {
  const groups = digitGroupLefts(link);
  for (let i = 1; i < groups.length; i++) {
    const [before, after] = [groups[i - 1]!, groups[i]!];
    expect(
      after.left,
      `"${before.group}" should be left of "${after.group}" in "${link.textContent}"`,
    ).to.be.greaterThan(before.left);
  }
}

async function finder(lang: string, mode = 'guided'): Promise<SupportFinder> {
  const el = await fixture<SupportFinder>(
    html`<support-finder src=${SAMPLE} lang=${lang} mode=${mode} .now=${WEDNESDAY_AFTERNOON}></support-finder>`,
  );
  await waitUntil(
    () =>
      el.shadowRoot?.querySelector('.finder')?.getAttribute('lang') === lang &&
      el.shadowRoot.querySelector('.card, form') &&
      // The whole first page of cards, not only the first ones drawn.
      !el.shadowRoot.querySelector('ul[data-waiting]'),
    `${lang} did not load`,
    { timeout: 8000 },
  );
  return el;
}

for (const lang of ['ar', 'ur']) {
  describe(`crisis numbers in ${lang} (right to left)`, () => {
    it('draws every urgent-help number in its own left-to-right order', async () => {
      const el = await finder(lang);
      expect($(el, '.finder').getAttribute('dir')).to.equal('rtl');
      ($(el, 'details.urgent') as HTMLDetailsElement).open = true;
      await el.updateComplete;
      const childline = $(el, '.urgent a[href="tel:08001111"]');
      const [first, second] = digitGroupLefts(childline);
      expect(first?.group).to.equal('0800');
      expect(second?.group).to.equal('1111');
      expect(second!.left).to.be.greaterThan(first!.left);
      const links = $$(el, '.urgent a[href^="tel:"], .urgent a[href^="sms:"]');
      expect(links.length).to.be.greaterThan(5);
      for (const link of links) expectLeftToRight(link);
      // Samaritans: "116 123", not "123 116".
      expectLeftToRight($(el, '.urgent a[href="tel:116123"]'));
    });

    it('draws the numbers on service cards left to right too', async () => {
      const el = await finder(lang, 'browse');
      const links = $$(el, '.card a[href^="tel:"], .card a[href^="sms:"]');
      expect(links.length).to.be.greaterThan(3);
      for (const link of links) expectLeftToRight(link);
    });
  });
}
