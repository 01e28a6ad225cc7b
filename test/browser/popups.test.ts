import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { SupportFinder } from '../../src/ui/support-finder.ts';
import { $, $$, clickButton, finderWithSample, loaded, showAll } from './helpers.ts';

// The "where" box as one ARIA APG combobox (editable, list autocomplete) and the "What does this
// mean?" toggletips, both placed by floating-ui: by keyboard, by pointer, announced, inside the
// window at a phone's width and in Arabic, and clean in axe with a popup open.

interface AxeResult {
  violations: { id: string; nodes: { target: unknown[] }[] }[];
}
async function axeViolations(el: SupportFinder): Promise<string[]> {
  const win = window as unknown as { axe?: { run(c: Element, o: object): Promise<AxeResult> } };
  if (!win.axe) await import('axe-core/axe.min.js');
  const result = await win.axe!.run(el, { resultTypes: ['violations'], rules: { 'target-size': { enabled: true } } });
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id} at ${JSON.stringify(n.target)}`));
}

const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** What the element's own announcer is saying. */
function spoken(el: SupportFinder): string {
  return $$(el, '.finder > .visually-hidden [role=status]')
    .map((r) => r.textContent.trim())
    .join(' | ');
}

async function inLanguage(el: SupportFinder, lang: string): Promise<void> {
  if (lang === 'en') return;
  el.setAttribute('lang', lang);
  await waitUntil(() => el.shadowRoot!.querySelector(`.finder[lang=${lang}]`), `not in ${lang}`);
  await loaded(el);
}

async function atWhere(lang = 'en'): Promise<{ el: SupportFinder; box: HTMLInputElement }> {
  const el = await finderWithSample();
  for (let i = 0; i < 5; i++) await clickButton(el, 'Skip this question');
  await waitUntil(() => el.shadowRoot?.querySelector('#postcode'), 'no place box');
  await inLanguage(el, lang);
  return { el, box: $(el, '#postcode') as HTMLInputElement };
}

/** The popup is drawn and placed by floating-ui, wholly inside the window. */
async function expectPlacedInWindow(popup: HTMLElement, what: string): Promise<void> {
  await waitUntil(() => popup.hasAttribute('data-placed'), `${what} was never placed`);
  await frames();
  const r = popup.getBoundingClientRect();
  expect(r.width, `${what} width`).to.be.greaterThan(0);
  expect(r.left, `${what} left`).to.be.at.least(0);
  expect(r.top, `${what} top`).to.be.at.least(0);
  expect(r.right, `${what} right`).to.be.at.most(window.innerWidth);
  expect(r.bottom, `${what} bottom`).to.be.at.most(window.innerHeight);
}

async function typeInBox(el: SupportFinder, box: HTMLInputElement, text: string): Promise<void> {
  box.focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

describe('the where question as one combobox', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('types "Glen", Down, Enter: chooses the area, with aria-expanded and aria-activedescendant right', async () => {
    const { el, box } = await atWhere();
    expect(box.getAttribute('role')).to.equal('combobox');
    expect(box.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '#place-list').getAttribute('role')).to.equal('listbox');
    await typeInBox(el, box, 'Glen');
    expect(box.getAttribute('aria-expanded')).to.equal('true');
    const options = $$(el, '#place-list [role=option]');
    expect(options.map((o) => o.textContent.trim())).to.deep.equal(['Glenmore North', 'Glenmore South']);
    expect(box.hasAttribute('aria-activedescendant')).to.equal(false);
    await waitUntil(() => spoken(el).includes('Places that match: 2'), `count not announced; heard "${spoken(el)}"`);

    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(box.getAttribute('aria-activedescendant')).to.equal('place-0');
    expect($(el, '#place-0').getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(box.getAttribute('aria-activedescendant')).to.equal('place-1');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(box.getAttribute('aria-activedescendant')).to.equal('place-0');
    expect($(el, '#place-1').getAttribute('aria-selected')).to.equal('false');

    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(box.value).to.equal('Glenmore North');
    expect(box.getAttribute('aria-expanded')).to.equal('false');
    expect(box.hasAttribute('aria-activedescendant')).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(box);
    // Still the question: Enter on an option chooses, the next Enter goes on.
    expect(el.shadowRoot!.querySelector('.check')).to.equal(null);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.querySelector('.check'), 'Enter did not go on to Check your answers');
    expect(el.shadowRoot!.querySelector('.check')!.textContent).to.include('Glenmore North');
  });

  it('closes on Escape, keeping the words, and stops placing the list', async () => {
    const { el, box } = await atWhere();
    await typeInBox(el, box, 'firth');
    const list = $(el, '#place-list');
    await expectPlacedInWindow(list, 'the list');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(box.getAttribute('aria-activedescendant')).to.equal('place-1');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(box.getAttribute('aria-activedescendant'), 'Down from the last wraps to the first').to.equal('place-0');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(box.getAttribute('aria-expanded')).to.equal('false');
    expect(box.hasAttribute('aria-activedescendant')).to.equal(false);
    expect(box.value).to.equal('firth');
    const closed = $(el, '#place-list');
    expect(closed.hidden).to.equal(true);
    expect(closed.children.length).to.equal(0);
    // The open list was removed, not hidden: its placing has nothing left to follow.
    expect(list.isConnected).to.equal(false);
  });

  it('chooses by pointer without losing focus, and a postcode still works', async () => {
    const { el, box } = await atWhere();
    await typeInBox(el, box, 'south');
    const option = $$(el, '#place-list [role=option]')[0]!;
    await expectPlacedInWindow($(el, '#place-list'), 'the list');
    const r = option.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(r.left + 10), Math.round(r.top + r.height / 2)] });
    await el.updateComplete;
    expect(box.value).to.equal('Glenmore South');
    expect(el.shadowRoot!.activeElement).to.equal(box);

    box.select();
    await sendKeys({ type: 'GM1' });
    await el.updateComplete;
    // A postcode start offers the areas it could be in, and Enter with none chosen takes the postcode.
    expect($$(el, '#place-list [role=option]')[0]!.textContent).to.include('Glenmore North');
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect($(el, '#postcode-result').textContent).to.include('That postcode is in Glenmore North');

    // Words that name no place are reported as a place, in the GOV.UK error pattern, on leaving the box.
    box.focus();
    box.select();
    await sendKeys({ type: 'Glenn Morr' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect($(el, '#postcode-result').textContent).to.include('We do not know that place');
    expect(box.getAttribute('aria-invalid')).to.equal('true');
  });

  for (const [lang, width] of [
    ['en', 320],
    ['ar', 320],
    ['en', 1280],
    ['ar', 1280],
  ] as const) {
    it(`keeps the list inside the window at ${width} px in ${lang}, lined up with the box's start edge`, async () => {
      await setViewport({ width, height: 640 });
      const { el, box } = await atWhere(lang);
      box.scrollIntoView({ block: 'center' });
      await typeInBox(el, box, 'Glen');
      const list = $(el, '#place-list');
      await expectPlacedInWindow(list, 'the list');
      const b = box.getBoundingClientRect();
      const l = list.getBoundingClientRect();
      // Where the list is wider than the room on the box's far side, shift has moved it in.
      if (width > 320) {
        if (lang === 'ar') expect(Math.abs(l.right - b.right), 'right edges').to.be.below(2);
        else expect(Math.abs(l.left - b.left), 'left edges').to.be.below(2);
      }
    });
  }
});

async function atResults(lang = 'en'): Promise<SupportFinder> {
  const el = await finderWithSample();
  for (let i = 0; i < 6; i++) await clickButton(el, 'Skip this question');
  await clickButton(el, 'Show results');
  await showAll(el);
  await inLanguage(el, lang);
  return el;
}

describe('“What does this mean?” toggletips', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('opens on Enter and on Space, is announced through its live region, and closes on Escape', async () => {
    const el = await atResults();
    const button = $$(el, '.card .tip-button').find(
      (b) => b.getAttribute('aria-label') === 'What does ‘referral’ mean?',
    );
    if (!button) throw new Error('no referral toggletip on any card');
    const live = button.parentElement!.querySelector('[role=status]')!;
    expect(live.textContent.trim(), 'empty until pressed').to.equal('');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(live.textContent).to.include('A referral is when someone');
    await expectPlacedInWindow(live.querySelector('.tip-bubble')!, 'the tip');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(live.textContent.trim()).to.equal('');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.activeElement).to.equal(button);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(live.textContent).to.include('A referral is when someone');
  });

  it('opens on click in the how question, and closes on a press anywhere else', async () => {
    const el = await finderWithSample();
    for (let i = 0; i < 4; i++) await clickButton(el, 'Skip this question');
    const button = $$(el, '.tip-button').find(
      (b) => b.getAttribute('aria-label') === 'What does ‘self-referral’ mean?',
    );
    if (!button) throw new Error('no self-referral toggletip in the how question');
    const r = button.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
    await el.updateComplete;
    const live = button.parentElement!.querySelector('[role=status]')!;
    expect(live.textContent).to.include('contact the service yourself');
    await sendMouse({ type: 'click', position: [2, 2] });
    await el.updateComplete;
    expect(live.textContent.trim()).to.equal('');

    // Open when the person moves on by keyboard: closed, not open again on coming back.
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    await clickButton(el, 'Next');
    await clickButton(el, 'Back');
    const again = $$(el, '.tip-button').find(
      (b) => b.getAttribute('aria-label') === 'What does ‘self-referral’ mean?',
    )!;
    expect(again.getAttribute('aria-expanded')).to.equal('false');
  });

  it('stays inside the window at 320 px in Arabic', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await atResults('ar');
    const button = $$(el, '.card .tip-button')[0]!;
    button.scrollIntoView({ block: 'center' });
    button.click();
    await el.updateComplete;
    const bubble = button.parentElement!.querySelector<HTMLElement>('.tip-bubble')!;
    expect(bubble.closest('[dir]')?.getAttribute('dir')).to.equal('rtl');
    await expectPlacedInWindow(bubble, 'the tip');
  });
});

describe('axe with a popup open', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));
  for (const lang of ['en', 'ar']) {
    for (const width of [360, 1280]) {
      it(`is clean with the place list open and with a tip open, ${lang} at ${width} px`, async () => {
        await setViewport({ width, height: 800 });
        const { el, box } = await atWhere(lang);
        await typeInBox(el, box, 'Glen');
        await sendKeys({ press: 'ArrowDown' });
        await el.updateComplete;
        await expectPlacedInWindow($(el, '#place-list'), 'the list');
        window.scrollTo(0, 0);
        expect(await axeViolations(el), 'list open').to.deep.equal([]);

        const results = await atResults(lang);
        const button = $$(results, '.card .tip-button')[0]!;
        button.scrollIntoView({ block: 'center' });
        button.click();
        await results.updateComplete;
        await expectPlacedInWindow(button.parentElement!.querySelector<HTMLElement>('.tip-bubble')!, 'the tip');
        // Checked at the top of the page, as axe-states does, where the sticky bar covers nothing.
        window.scrollTo(0, 0);
        await frames();
        expect(button.getAttribute('aria-expanded')).to.equal('true');
        expect(await axeViolations(results), 'tip open').to.deep.equal([]);
      });
    }
  }
});
