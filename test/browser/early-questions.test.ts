/**
 * The first questions are asked while the feed is still on its way: a large feed takes seconds
 * on a slow phone, and "who" and "age" do not need it. The feed's response is held back here
 * until each test lets it go (or fails it), so every assertion about the waiting state is made
 * while the feed really is pending.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { messages as en } from '../../src/i18n/en.ts';
import { messages as later } from '../../src/i18n/en-later.ts';
import { SupportFinderErrorEvent, SupportFinderLoadEvent } from '../../src/ui/events.ts';
import type { SupportFinder } from '../../src/ui/support-finder.ts';
import { $, $$, choose, clickButton, questionText, SAMPLE, typeIn, WEDNESDAY_AFTERNOON } from './helpers.ts';

interface Held {
  el: SupportFinder;
  /** Lets the held feed request through to the server. */
  release: () => void;
  /** Answers the held feed request with a 404. */
  fail: () => void;
  requested: () => boolean;
  loads: number[];
  errors: string[];
}

const realFetch = window.fetch;
let counter = 0;

/**
 * A finder whose first feed request waits for the test; later requests ("Try again") go through.
 */
function mountHeld(attrs: Record<string, string> = {}): Held {
  const url = `${SAMPLE}?held=${++counter}`;
  let settle: ((response: Promise<Response>) => void) | undefined;
  let asked = false;
  window.fetch = (input, init) => {
    const target = input instanceof Request ? input.url : String(input);
    if (asked || !target.includes(`held=${counter}`)) return realFetch(input, init);
    asked = true;
    return new Promise<Response>((resolve) => {
      settle = resolve;
    });
  };
  const el = document.createElement('support-finder');
  const held: Held = {
    el,
    release: () => settle?.(realFetch(url)),
    fail: () => settle?.(Promise.resolve(new Response('gone', { status: 404 }))),
    requested: () => asked,
    loads: [],
    errors: [],
  };
  el.addEventListener('support-finder-load', (e) => {
    if (e instanceof SupportFinderLoadEvent) held.loads.push(e.services);
  });
  el.addEventListener('support-finder-error', (e) => {
    if (e instanceof SupportFinderErrorEvent) held.errors.push(e.code);
  });
  el.now = WEDNESDAY_AFTERNOON;
  for (const [name, value] of Object.entries({ lang: 'en', ...attrs })) el.setAttribute(name, value);
  el.setAttribute('src', url);
  document.body.append(el);
  return held;
}

/** The finder has asked for the feed and shows its first question, the feed still held. */
async function waitingWithQuestion(h: Held): Promise<void> {
  await waitUntil(() => h.requested(), 'the feed was not asked for');
  await waitUntil(() => h.el.shadowRoot?.querySelector('#step-heading'), 'no question while the feed loads');
  await h.el.updateComplete;
  expect(h.loads).to.deep.equal([]);
}

function checked(el: SupportFinder, text: string): boolean {
  const label = $$(el, 'label.choice').find((l) => l.textContent.includes(text));
  return label?.querySelector('input')?.checked === true;
}

/** Types an age as a person would: in the focused box. */
async function typeAge(el: SupportFinder, value: string): Promise<HTMLInputElement> {
  $(el, '#age').focus();
  return typeIn(el, '#age', value);
}

afterEach(() => {
  window.fetch = realFetch;
  for (const el of document.querySelectorAll('support-finder')) el.remove();
});

describe('questions before the feed is ready', () => {
  it('shows "who" at once and takes an answer while the feed is pending', async () => {
    const h = mountHeld();
    await waitingWithQuestion(h);
    expect(questionText(h.el)).to.equal(en['who.title']);
    expect(h.el.shadowRoot!.textContent).not.to.include(en['finder.loading']);
    await choose(h.el, en['who.me']);
    expect(checked(h.el, en['who.me'])).to.equal(true);
    // Quick exit and urgent help are there while waiting, as in every state.
    expect($(h.el, 'button.exit')).to.exist;
    expect($(h.el, '.urgent a[href="tel:999"]')).to.exist;
    expect(h.loads).to.deep.equal([]);
  });

  it('goes on to age; topics says Loading until the feed arrives, then shows the topics', async () => {
    const h = mountHeld();
    await waitingWithQuestion(h);
    await choose(h.el, en['who.me']);
    await clickButton(h.el, en['step.next']);
    expect(questionText(h.el)).to.equal(en['age.title']);
    await typeAge(h.el, '14');
    // Not clickButton: it waits for "Loading…" to go, which the topics cannot until the feed is here.
    $$(h.el, 'button')
      .find((b) => b.textContent.trim() === en['step.next'])!
      .click();
    await waitUntil(() => questionText(h.el) === en['topics.title'], 'did not reach topics');
    await h.el.updateComplete;
    const status = $(h.el, 'form [role=status]');
    expect(status.textContent).to.include(en['finder.loading']);
    expect($$(h.el, 'label.choice')).to.have.length(0);
    expect(h.el.shadowRoot!.activeElement?.id, 'the step heading has focus, as on any step').to.equal('step-heading');
    expect(h.loads).to.deep.equal([]);

    h.release();
    await waitUntil(() => $$(h.el, 'label.choice').length > 0, 'the topics did not appear', { timeout: 5000 });
    await h.el.updateComplete;
    expect(h.el.shadowRoot!.querySelector('form [role=status]')).to.equal(null);
    expect(h.el.shadowRoot!.textContent).to.include('Feeling worried');
    // The heading replaced by the ready question keeps focus, rather than losing it to the page.
    expect(h.el.shadowRoot!.activeElement?.id).to.equal('step-heading');
    // The answers given while waiting are all there.
    await clickButton(h.el, en['step.back']);
    expect(($(h.el, '#age') as HTMLInputElement).value).to.equal('14');
    await clickButton(h.el, en['step.back']);
    expect(checked(h.el, en['who.me'])).to.equal(true);
  });

  it('does not take focus from someone typing when the feed arrives', async () => {
    const h = mountHeld();
    await waitingWithQuestion(h);
    await clickButton(h.el, en['step.next']);
    const age = await typeAge(h.el, '1');
    expect(h.el.shadowRoot!.activeElement).to.equal(age);
    h.release();
    await waitUntil(() => h.loads.length === 1, 'the feed did not load', { timeout: 5000 });
    await h.el.updateComplete;
    // The same box, still focused, with what was typed.
    expect($(h.el, '#age')).to.equal(age);
    expect(h.el.shadowRoot!.activeElement).to.equal(age);
    expect(age.value).to.equal('1');
  });

  it('a failing feed after "who" was answered: urgent help opens, the answer stays, Try again carries on', async () => {
    const h = mountHeld();
    await waitingWithQuestion(h);
    await choose(h.el, en['who.parent-carer']);
    h.fail();
    await waitUntil(() => h.el.shadowRoot?.querySelector('[role=alert]'), 'the failure was not shown');
    await h.el.updateComplete;
    expect(h.errors).to.deep.equal(['not-found']);
    expect($(h.el, '[role=alert]').textContent).to.include(en['error.title']);
    expect(($(h.el, 'details.urgent') as HTMLDetailsElement).open).to.equal(true);
    expect($(h.el, '.urgent a[href="tel:999"]')).to.exist;
    expect($(h.el, 'button.exit')).to.exist;
    // The question and its answer are where they were.
    expect(questionText(h.el)).to.equal(en['who.title']);
    expect(checked(h.el, en['who.parent-carer'])).to.equal(true);

    // The questions that do not need the feed carry on; the first that does says it could not load.
    await clickButton(h.el, en['step.next']);
    expect(questionText(h.el)).to.equal(en['age.titleParent']);
    await clickButton(h.el, en['step.next']);
    expect(questionText(h.el)).to.equal(en['topics.titleOther']);
    expect($(h.el, 'form .notice').textContent).to.include(en['error.title']);
    // Said once, by the notice at the top; not announced again here.
    expect($$(h.el, '[role=alert]')).to.have.length(1);

    // Try again beside the question loads the feed (the server is fine now) and shows the topics.
    $$(h.el, 'form button')
      .find((b) => b.textContent.includes(en['error.retry']))!
      .click();
    await waitUntil(() => $$(h.el, 'label.choice').length > 0, 'Try again did not bring the topics', {
      timeout: 5000,
    });
    expect(h.el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
    expect(h.el.shadowRoot!.activeElement?.id).to.equal('step-heading');
    await clickButton(h.el, en['step.back']);
    await clickButton(h.el, en['step.back']);
    expect(checked(h.el, en['who.parent-carer'])).to.equal(true);
  });

  it('skipping past every question while the feed loads: Check your answers waits, then takes focus', async () => {
    const h = mountHeld();
    await waitingWithQuestion(h);
    const press = async (text: string) => {
      $$(h.el, 'button')
        .find((b) => b.textContent.trim() === text)!
        .click();
      await h.el.updateComplete;
      await waitUntil(() => h.el.shadowRoot!.querySelector('#step-heading, [role=status]'), 'nothing shown');
    };
    for (let i = 0; i < 6; i++) {
      // Questions after the first come in a file of their own: wait for it, not for the feed.
      await waitUntil(() => h.el.shadowRoot!.querySelector('form'), 'no question');
      await press(en['step.skip']);
    }
    expect(h.el.shadowRoot!.querySelector('form')).to.equal(null);
    expect($$(h.el, '[role=status]').some((s) => s.textContent.includes(en['finder.loading']))).to.equal(true);
    h.release();
    await waitUntil(() => h.el.shadowRoot!.querySelector('section.check'), 'Check your answers did not show', {
      timeout: 5000,
    });
    await h.el.updateComplete;
    expect(questionText(h.el)).to.equal(later['check.title']);
    expect(h.el.shadowRoot!.activeElement?.id, 'its heading takes the focus the step change asked for').to.equal(
      'step-heading',
    );
  });

  it('a preset audience is chosen on the first question while the feed loads', async () => {
    const h = mountHeld({ audience: 'professional' });
    await waitingWithQuestion(h);
    expect(checked(h.el, en['who.professional'])).to.equal(true);
  });

  it('browse mode waits for the feed, saying so, then lists the services', async () => {
    const h = mountHeld({ mode: 'browse' });
    await waitUntil(() => h.requested(), 'the feed was not asked for');
    await waitUntil(() => h.el.shadowRoot?.textContent.includes(en['finder.loading']), 'no loading status');
    expect($$(h.el, '[role=status]').some((s) => s.textContent.includes(en['finder.loading']))).to.equal(true);
    expect(h.el.shadowRoot!.querySelector('form, .card')).to.equal(null);
    h.release();
    await waitUntil(() => h.el.shadowRoot?.querySelector('.card'), 'browse did not list services', { timeout: 5000 });
  });
});
