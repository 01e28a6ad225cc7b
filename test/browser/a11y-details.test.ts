import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import type { SupportFinder } from '../../src/ui/support-finder.ts';
import { $, $$, clickButton, finderWithSample } from './helpers.ts';

// Small things a screen-reader or keyboard user meets: the language menu's name, where focus goes
// on the first switch of view, and a Save button that keeps its shape once pressed.

async function axNames(role: string): Promise<string[]> {
  return executeServerCommand<string[], { role: string }>('ax-names', { role });
}

function active(el: SupportFinder): Element | null {
  return el.shadowRoot!.activeElement;
}

describe('the language menu', () => {
  it('is named "Language: English", without its arrow, closed and open', async () => {
    const el = await finderWithSample();
    const names = async () => (await axNames('DisclosureTriangle')).filter((n) => n.startsWith('Language'));
    expect(await names()).to.deep.equal(['Language: English']);
    ($(el, 'details.lang') as HTMLDetailsElement).open = true;
    await el.updateComplete;
    expect(await names()).to.deep.equal(['Language: English']);
    // The arrow is still drawn.
    const arrow = getComputedStyle($(el, '.lang > summary'), '::after').content;
    expect(arrow).to.include('▴');
  });
});

describe('the open language menu', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of [360, 1280]) {
    it(`opens below its button without moving it or covering a control (${width} px)`, async () => {
      await setViewport({ width, height: 800 });
      const el = await finderWithSample();
      const summary = $(el, '.lang > summary');
      const before = summary.getBoundingClientRect();
      ($(el, 'details.lang') as HTMLDetailsElement).open = true;
      await el.updateComplete;
      const after = summary.getBoundingClientRect();
      expect([after.left, after.top]).to.deep.equal([before.left, before.top]);
      // Every other control is where nothing of the finder's is painted over it.
      const covered = $$(el, 'button, a[href], summary, select, input')
        .filter((c) => !c.closest('.lang') && c.checkVisibility())
        .filter((c) => {
          const box = c.getBoundingClientRect();
          const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
          if (y < 0 || y > window.innerHeight) return false;
          const hit = el.shadowRoot!.elementFromPoint(x, y);
          return !!hit && !c.contains(hit) && !!hit.closest('.lang');
        })
        .map((c) => c.textContent.trim());
      expect(covered).to.deep.equal([]);
    });
  }
});

describe('the first switch of view', () => {
  for (const [view, heading] of [
    ['All services', 'All services'],
    ['My summary', 'My summary'],
  ] as const) {
    it(`moves focus to the heading of ${view}, as later switches do`, async () => {
      const el = await finderWithSample();
      const button = $$(el, '.views button').find((b) => b.textContent.includes(view))!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(
        () => active(el)?.id === 'step-heading',
        `focus stayed on ${active(el)?.textContent.trim() ?? 'nothing'}`,
        { timeout: 5000 },
      );
      expect(active(el)!.textContent.trim()).to.include(heading);
      // And again, the second time, from the questions.
      await clickButton(el, 'Questions');
      const again = $$(el, '.views button').find((b) => b.textContent.includes(view))!;
      again.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => active(el)?.id === 'step-heading' && active(el)!.textContent.includes(heading));
    });
  }
});

describe('the Save button', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of [360, 1280]) {
    it(`keeps its height, with the star beside the words, once saved (${width} px)`, async () => {
      await setViewport({ width, height: 800 });
      const el = await finderWithSample();
      await clickButton(el, 'All services');
      await waitUntil(() => el.shadowRoot?.querySelector('button.save'), 'browse did not load');
      const save = () => $$(el, 'button.save')[0]!;
      const before = save().getBoundingClientRect();
      save().click();
      await el.updateComplete;
      expect(save().classList.contains('saved')).to.equal(true);
      const after = save().getBoundingClientRect();
      expect(after.height, 'the saved button grew').to.be.closeTo(before.height, 1);
      const star = save().querySelector('span')!.getBoundingClientRect();
      // One line: the star's middle is within the button's one line of text.
      expect(Math.abs(star.top + star.height / 2 - (after.top + after.height / 2))).to.be.below(4);
      expect(getComputedStyle(save()).paddingInlineStart).to.equal(
        getComputedStyle($$(el, 'button.save')[1]!).paddingInlineStart,
      );
    });
  }
});
