import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { SupportFinder } from '../../src/ui/support-finder.ts';
import { $, $$, choose, clickButton, finderWithSample, questionText } from './helpers.ts';

// What axe cannot see: where focus goes after each action, what the live regions say, what stays
// on screen, and what forced colours leave of the selected and saved states. Every check here
// drives the finder as a person would (keys and a real pointer where it matters).

function active(el: SupportFinder): HTMLElement | null {
  return el.shadowRoot!.activeElement as HTMLElement | null;
}

/** Everything the two polite live regions hold now. */
function spoken(el: SupportFinder): string {
  return $$(el, '.finder > .visually-hidden [role=status]')
    .map((r) => r.textContent.trim())
    .join(' | ');
}

async function heard(el: SupportFinder, text: string): Promise<void> {
  await waitUntil(() => spoken(el).includes(text), `never announced "${text}"; heard "${spoken(el)}"`, {
    timeout: 3000,
  });
}

async function skipTo(el: SupportFinder, steps: number): Promise<void> {
  for (let i = 0; i < steps; i++) await clickButton(el, 'Skip this question');
}

const urgentPanel = (el: SupportFinder) => $(el, 'details.urgent') as HTMLDetailsElement;

describe('quick exit and urgent help stay on screen', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('keeps Quick exit and Get help now in view at the end of a long list, at 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await finderWithSample();
    await clickButton(el, 'All services');
    await waitUntil(() => el.shadowRoot?.querySelector('.cards'), 'browse did not load');
    const last = $$(el, '.card').at(-1)!;
    last.scrollIntoView({ block: 'end' });
    await el.updateComplete;
    for (const button of [$(el, 'button.exit'), $(el, 'button.help')]) {
      const box = button.getBoundingClientRect();
      expect(box.top, button.textContent).to.be.at.least(0);
      expect(box.bottom, button.textContent).to.be.at.most(window.innerHeight);
      expect(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) === el).to.equal(true);
      // Compared as booleans: chai describing two unequal elements can take minutes.
      const hit = el.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      expect(hit?.closest('button') === button, button.textContent).to.equal(true);
    }
  });

  it('opens the urgent contacts from the bar and moves focus there', async () => {
    const el = await finderWithSample();
    expect(urgentPanel(el).open).to.equal(false);
    $(el, 'button.help').click();
    await waitUntil(() => active(el)?.matches('.urgent > summary'), 'focus did not reach urgent help');
    expect(urgentPanel(el).open).to.equal(true);
  });

  it('never leaves a focused control hidden under the bar while tabbing back up (WCAG 2.4.11)', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await finderWithSample();
    await clickButton(el, 'All services');
    await waitUntil(() => el.shadowRoot?.querySelector('.cards'), 'browse did not load');
    // Start at the end of the list and walk backwards, which scrolls controls in from the top.
    const saves = $$(el, 'button.save');
    saves.at(-1)!.focus();
    await sendKeys({ down: 'Shift' });
    try {
      for (let i = 0; i < 40; i++) {
        await sendKeys({ press: 'Tab' });
        const focused = active(el);
        if (!focused || focused.closest('.quick')) continue;
        const bar = $(el, '.quick').getBoundingClientRect();
        const box = focused.getBoundingClientRect();
        const what = `${focused.tagName} ${focused.textContent.trim().slice(0, 40)}`;
        expect(box.top, what).to.be.at.least(bar.bottom - 1);
      }
    } finally {
      await sendKeys({ up: 'Shift' });
    }
  });
});

describe('a click is never lost to a moving button', () => {
  afterEach(() => resetMouse());

  it('moves on when the last question’s button is clicked straight after typing a postcode', async () => {
    await setViewport({ width: 360, height: 800 });
    const el = await finderWithSample();
    await skipTo(el, 5);
    const postcode = $(el, '#postcode') as HTMLInputElement;
    const submit = $$(el, 'button[type=submit]')[0]!;
    submit.scrollIntoView({ block: 'center' });
    const box = submit.getBoundingClientRect();
    postcode.focus();
    await sendKeys({ type: 'GM1 2AB' });
    // The press blurs the box, its change shows "That postcode is in …", then the release lands.
    await sendMouse({
      type: 'click',
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    });
    await waitUntil(() => el.shadowRoot?.querySelector('.check'), 'the click did not reach Next');
    expect(el.shadowRoot!.querySelector('.check')).to.exist;
    await setViewport({ width: 800, height: 600 });
  });
});

describe('focus and announcements after each action', () => {
  it('keeps focus on the answer when someone says they need help now, even by arrow keys', async () => {
    const el = await finderWithSample();
    await skipTo(el, 3);
    const radios = $$(el, 'input[name=now]') as HTMLInputElement[];
    radios[1]!.focus();
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(radios[0]!.checked).to.equal(true);
    expect(active(el)).to.equal(radios[0]);
    expect(urgentPanel(el).open).to.equal(false);
    await heard(el, 'can help straight away');
    // The offer sits beside the answer, and opening it is the person's own move.
    const show = $(el, '.urgent-prompt button');
    show.click();
    await waitUntil(() => active(el)?.matches('.urgent > summary'), 'focus did not reach urgent help');
    expect(urgentPanel(el).open).to.equal(true);
  });

  it('starts the next step at its heading, with no urgent contacts in the way of Tab', async () => {
    const el = await finderWithSample();
    await skipTo(el, 3);
    await choose(el, 'Yes, I need to talk to someone now');
    $(el, '.urgent-prompt button').click();
    await waitUntil(() => urgentPanel(el).open, 'panel did not open');
    await clickButton(el, 'Next');
    await waitUntil(() => active(el)?.id === 'step-heading', 'focus did not reach the new step');
    // The person opened it, so it stays open; but the step, not the panel, follows its heading.
    expect(urgentPanel(el).open).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.closest('.step')).to.exist;
  });

  it('closes what the finder opened by itself when the person moves on', async () => {
    const el = await finderWithSample();
    await skipTo(el, 2);
    await choose(el, 'Hurting yourself');
    expect(urgentPanel(el).open).to.equal(false);
    await heard(el, 'call 999');
    expect($(el, '.urgent-prompt').textContent).to.include('Show who you can talk to now');
    await clickButton(el, 'Next');
    await skipTo(el, 2);
    await clickButton(el, 'Next');
    await clickButton(el, 'Show results');
    await heard(el, $(el, '.results > p').textContent.trim());
    // Arriving at results after choosing that topic opens the contacts above them.
    expect(urgentPanel(el).open).to.equal(true);
    await clickButton(el, 'Change answers');
    expect(urgentPanel(el).open).to.equal(false);
    // Collapsed, its contacts are out of the tab order.
    const tabbable = $$(el, '.urgent a[href], .urgent button').filter((e) => e.checkVisibility());
    expect(tabbable).to.deep.equal([]);
  });

  it('focuses and announces a wrong age, every time Next meets it', async () => {
    const el = await finderWithSample();
    await skipTo(el, 1);
    const age = $(el, '#age') as HTMLInputElement;
    age.focus();
    await sendKeys({ type: '30' });
    await sendKeys({ press: 'Enter' });
    await heard(el, 'Enter an age from 0 to 25');
    expect(active(el)).to.equal($(el, '#age'));
    expect($(el, '#age').getAttribute('aria-describedby')).to.include('age-error');
    expect($(el, '#age').getAttribute('aria-invalid')).to.equal('true');
    // A second try is said again, not met with silence: the message moves to the other region.
    const regions = () => $$(el, '.finder > .visually-hidden [role=status]').map((r) => r.textContent.trim() !== '');
    const first = regions();
    await clickButton(el, 'Next');
    await heard(el, 'Enter an age from 0 to 25');
    expect(regions()).not.to.deep.equal(first);
    expect(active(el)).to.equal($(el, '#age'));
  });

  it('announces "This sounds like …" and keeps the words on Escape', async () => {
    const el = await finderWithSample();
    await skipTo(el, 2);
    const query = $(el, '#query') as HTMLInputElement;
    query.focus();
    await sendKeys({ type: 'cant sleep before exams' });
    await heard(el, 'This sounds like:');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(query.value).to.equal('cant sleep before exams');
    expect(active(el)).to.equal(query);
  });

  it('announces the count as browse filters change, and moves focus to the first new card on "Show more"', async () => {
    const el = await finderWithSample();
    await clickButton(el, 'All services');
    await waitUntil(() => el.shadowRoot?.querySelector('.cards'), 'browse did not load');
    const free = $$(el, 'label.choice').find((l) => l.textContent.includes('Free'))!;
    free.click();
    await el.updateComplete;
    const count = $(el, '.count').textContent.trim();
    await heard(el, count);
    free.click();
    await el.updateComplete;
    for (;;) {
      const before = $$(el, '.card').length;
      const more = $$(el, 'button').find((b) => b.textContent.includes('Show more'));
      if (!more) break;
      more.click();
      await el.updateComplete;
      const cards = $$(el, '.card [role=heading]');
      expect(active(el), 'focus after Show more').to.equal(cards[before]);
    }
  });

  it('announces saving and removing, and keeps focus on a control in My summary', async () => {
    const el = await finderWithSample();
    await clickButton(el, 'All services');
    await waitUntil(() => el.shadowRoot?.querySelector('.cards'), 'browse did not load');
    const [first, second] = $$(el, 'button.save');
    first!.click();
    await el.updateComplete;
    await heard(el, 'to your summary');
    expect(first!.textContent).to.include('Remove from my summary');
    second!.click();
    await el.updateComplete;
    await clickButton(el, 'My summary (2)');
    await waitUntil(() => el.shadowRoot?.querySelector('.saved'), 'summary did not load');
    const removes = () => $$(el, '.saved button');
    removes()[0]!.click();
    await el.updateComplete;
    await heard(el, 'from your summary');
    expect(active(el)).to.equal(removes()[0]);
    removes()[0]!.click();
    await el.updateComplete;
    expect(active(el)?.id).to.equal('saved-heading');
  });
});

describe('forced colours', () => {
  before(() => executeServerCommand('forced-colors', { active: true }));
  after(() => executeServerCommand('forced-colors', { active: false }));

  function look(e: Element): string {
    const s = getComputedStyle(e);
    return [
      s.backgroundColor,
      s.color,
      s.borderTopWidth,
      s.borderInlineStartWidth,
      s.outlineStyle,
      s.outlineWidth,
    ].join(' ');
  }

  it('is really on', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });

  it('shows which view is chosen by more than colour the system replaces', async () => {
    const el = await finderWithSample();
    const [chosen, other] = $$(el, '.views button');
    expect(chosen!.getAttribute('aria-pressed')).to.equal('true');
    expect(look(chosen!)).not.to.equal(look(other!));
  });

  it('shows a saved service by its shape and its words, not ★ against ☆', async () => {
    const el = await finderWithSample();
    await clickButton(el, 'All services');
    await waitUntil(() => el.shadowRoot?.querySelector('.cards'), 'browse did not load');
    $$(el, 'button.save')[0]!.click();
    await el.updateComplete;
    const [saved, plain] = $$(el, '.card');
    expect(look(saved!)).not.to.equal(look(plain!));
    expect(saved!.textContent).to.include('In my summary');
    expect(saved!.querySelector('button.save')!.textContent).to.include('Remove from my summary');
    expect(plain!.querySelector('button.save')!.textContent).to.include('Save to my summary');
  });
});

describe('names', () => {
  it('gives each control its own name', async () => {
    const el = await finderWithSample();
    const exit = $(el, 'button.exit');
    expect(exit.getAttribute('aria-describedby')).to.equal('exit-hint');
    expect(exit.textContent).not.to.include('Shift');
    expect($(el, '#exit-hint').textContent).to.include('Shift');
    expect($(el, '.urgent > summary').textContent.trim()).not.to.match(/^[+−]/);
    expect(questionText(el)).to.be.a('string');
    await clickButton(el, 'All services');
    await waitUntil(() => el.shadowRoot?.querySelector('#f-lang'), 'browse did not load');
    const filter = $(el, 'label[for=f-lang]').textContent.trim();
    const menu = $(el, 'details.lang > summary').textContent.trim();
    expect(filter).not.to.equal(menu);
  });
});
