import { PAGE_SIZE } from '../../src/ui/parts/page-size.ts';
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import type { SupportFinder } from '../../src/ui/support-finder.ts';
import { $, $$, clickButton, finderWithSample } from './helpers.ts';

// 400% zoom on a 1280 × 1024 screen is a 320 × 256 CSS viewport (WCAG 1.4.10). The sticky bar
// keeps to a fifth of that height in one line (Quick exit in words, "Get help now" an icon with
// its name), and focus never lands outside the screen or under the bar.

const WIDTH = 320;
const HEIGHT = 256;

function active(el: SupportFinder): HTMLElement | null {
  return el.shadowRoot!.activeElement as HTMLElement | null;
}

function describe_(e: Element): string {
  return `${e.tagName} "${e.textContent.trim().slice(0, 30)}"`;
}

/** Where the focused control is not wholly on screen below the bar: empty when it is. */
function offScreen(el: SupportFinder): string | undefined {
  const focused = active(el);
  if (!focused || focused.closest('.quick')) return undefined;
  const box = focused.getBoundingClientRect();
  const bar = $(el, '.quick').getBoundingClientRect();
  // A control taller than the room left shows its start.
  const room = window.innerHeight - bar.bottom;
  if (box.top < bar.bottom - 1) return `${describe_(focused)} under the bar (${box.top} < ${bar.bottom})`;
  if (box.height <= room && box.bottom > window.innerHeight + 1)
    return `${describe_(focused)} below the screen (${box.bottom} > ${window.innerHeight})`;
  return undefined;
}

/** Shift held once (one press towards quick exit, as a person's would be) over `times` Tabs. */
async function shiftTab(times: number, each?: () => void): Promise<void> {
  await sendKeys({ down: 'Shift' });
  try {
    for (let i = 0; i < times; i++) {
      await sendKeys({ press: 'Tab' });
      each?.();
    }
  } finally {
    await sendKeys({ up: 'Shift' });
  }
}

describe('at 320 × 256 (400% zoom)', () => {
  before(() => setViewport({ width: WIDTH, height: HEIGHT }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const lang of ['en', 'ar', 'pa']) {
    it(`${lang}: the bar is one line, at most a fifth of the height, with Quick exit in words`, async () => {
      const el = await finderWithSample({ lang });
      await waitUntil(() => $(el, '.finder').getAttribute('lang') === lang, `${lang} did not load`);
      const bar = $(el, '.quick').getBoundingClientRect();
      expect(bar.height).to.be.at.most(HEIGHT / 5);
      const exit = $(el, 'button.exit');
      const help = $(el, 'button.help');
      expect(exit.getBoundingClientRect().height).to.be.at.least(44);
      expect(help.getBoundingClientRect().height).to.be.at.least(44);
      expect(help.getBoundingClientRect().width).to.be.at.least(44);
      // The words of Quick exit show; those of Get help now are its name, not drawn.
      expect(exit.innerText).to.include(exit.textContent.includes('Quick exit') ? 'Quick exit' : '');
      expect(exit.scrollWidth).to.be.at.most(exit.clientWidth + 1);
      const helpName = $(el, 'button.help .help-text').textContent.trim();
      const names = await executeServerCommand<string[], { role: string }>('ax-names', { role: 'button' });
      expect(names).to.include(helpName);
    });
  }

  for (const list of ['All services', 'guided results']) {
    it(`brings "Show more" into view when Shift+Tab lands on it (${list})`, async () => {
      const el = await finderWithSample();
      if (list === 'All services') await clickButton(el, 'All services');
      else {
        for (let i = 0; i < 6; i++) await clickButton(el, 'Skip this question');
        await clickButton(el, 'Show results');
      }
      await waitUntil(() => $$(el, '.card').length >= PAGE_SIZE, 'the list did not load');
      const more = $$(el, 'button').find((b) => b.textContent.includes('Show more'))!;
      // The control after it, then back.
      const stops = $$(el, 'a[href], button, input, select, textarea, summary').filter((e) => e.checkVisibility());
      stops[stops.indexOf(more) + 1]!.focus();
      await shiftTab(1);
      expect(active(el) === more, 'focus is not on Show more').to.equal(true);
      expect(offScreen(el)).to.equal(undefined);
    });
  }

  it('keeps every control it focuses on screen, tabbing down and back up through the list', async () => {
    const el = await finderWithSample();
    await clickButton(el, 'All services');
    await waitUntil(() => $$(el, '.card').length >= PAGE_SIZE, 'browse did not load');
    const found: string[] = [];
    $(el, 'button.exit').focus();
    for (let i = 0; i < 50; i++) {
      await sendKeys({ press: 'Tab' });
      const problem = offScreen(el);
      if (problem) found.push(problem);
    }
    await shiftTab(50, () => {
      const problem = offScreen(el);
      if (problem) found.push(problem);
    });
    expect(found).to.deep.equal([]);
  });
});
