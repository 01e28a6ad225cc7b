import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { SupportFinder } from '../../src/ui/support-finder.ts';
import { SupportFinder as SupportFinderClass } from '../../src/ui/support-finder.ts';
import {
  $,
  $$,
  cardNames,
  choose,
  clickButton,
  expectAccessible,
  feedSettled,
  finderWithSample,
  openAll,
  questionText,
  SAMPLE,
  sampleFeedJson,
  showAll,
  WEDNESDAY_AFTERNOON,
  typeIn,
} from './helpers.ts';

describe('<support-finder>', () => {
  it('defines itself once, and defining again does not throw', () => {
    expect(customElements.get('support-finder')).to.equal(SupportFinderClass);
    expect(() => SupportFinderClass.define()).not.to.throw();
  });

  it('shows urgent help and quick exit while loading', async () => {
    const el = await fixture<SupportFinder>(html`<support-finder src="/never-answers.json"></support-finder>`);
    // The request is in flight; the loading state already has the safety controls.
    expect($(el, '.urgent').textContent).to.include('Childline');
    expect($(el, 'button.exit').textContent).to.include('Quick exit');
  });

  it('keeps urgent help open and explains when the feed fails', async () => {
    const el = await fixture<SupportFinder>(html`<support-finder src="/does-not-exist.json"></support-finder>`);
    await waitUntil(() => el.shadowRoot?.querySelector('[role=alert]'), 'no error shown');
    const urgent = $(el, 'details.urgent') as HTMLDetailsElement;
    expect(urgent.open).to.equal(true);
    for (const line of ['999', 'Childline', 'Samaritans', 'Shout', 'NHS 24', 'PAPYRUS', 'Breathing Space']) {
      expect(urgent.textContent).to.include(line);
    }
    expect($(el, '[role=alert]').textContent).to.include('could not load');
    expect($(el, 'a[href="tel:08001111"]')).to.exist;
    expect($(el, 'button.exit')).to.exist;
    await expectAccessible(el);
  });

  it('reports a feed with a broken service but shows every valid one', async () => {
    const feed = await sampleFeedJson();
    const total = feed.services.length;
    feed.services[0] = { ...feed.services[0], ages: 'young' };
    const el = await fixture<SupportFinder>(
      html`<support-finder .feed=${feed} .now=${WEDNESDAY_AFTERNOON}></support-finder>`,
    );
    await waitUntil(() => el.shadowRoot?.querySelector('.notice'), 'no notice of the skipped listing', {
      timeout: 5000,
    });
    expect($(el, '.notice').textContent).to.include('1 service could not be shown');
    // Skip every question: results list every service the feed still has.
    for (let i = 0; i < 6; i++) await clickButton(el, 'Skip this question');
    await clickButton(el, 'Show results');
    // Long lists render 20 at a time.
    expect(cardNames(el).length).to.be.lessThan(total - 1);
    await showAll(el);
    expect(cardNames(el)).to.have.length(total - 1);
  });

  it('walks a young person from the first question to sensible results', async () => {
    const el = await finderWithSample();
    await expectAccessible(el);
    expect(questionText(el)).to.equal('Who are you looking for support for?');

    await choose(el, 'Me');
    await clickButton(el, 'Next');
    expect(questionText(el)).to.equal('How old are you?');
    expect(el.shadowRoot!.activeElement?.id).to.equal('step-heading');
    await expectAccessible(el);
    await typeIn(el, '#age', '14');
    await clickButton(el, 'Next');

    expect(questionText(el)).to.equal("What's on your mind?");
    await expectAccessible(el);
    await choose(el, 'Feeling worried or anxious');
    await clickButton(el, 'Next');

    expect(questionText(el)).to.equal('Do you need help right now?');
    await expectAccessible(el);
    await choose(el, 'No, I can wait');
    await clickButton(el, 'Next');

    expect(questionText(el)).to.equal('How would you like to get support?');
    await expectAccessible(el);
    await clickButton(el, 'Next');

    expect(questionText(el)).to.equal('Where do you live?');
    await expectAccessible(el);
    await clickButton(el, 'Next');

    expect(questionText(el)).to.equal('Check your answers');
    await expectAccessible(el);
    await clickButton(el, 'Show results');

    expect(questionText(el)).to.equal('Support that could help');
    await expectAccessible(el);
    const cards = $$(el, '.card');
    expect(cards.length).to.be.greaterThan(2);
    const texts = cards.map((c) => c.textContent);
    for (const text of texts) {
      expect(text).to.match(/Details last checked/);
      expect(text).to.match(/Helps with: .*Feeling worried/);
      expect(text).to.match(/For ages \d+ to \d+/);
    }
    // Self-referral first: no card a person can contact themselves comes after one needing a referral.
    const firstReferral = texts.findIndex((t) => t.includes('Needs a referral'));
    const lastSelf = texts.map((t) => t.includes('You can contact them yourself')).lastIndexOf(true);
    if (firstReferral >= 0) expect(lastSelf).to.be.lessThan(firstReferral);
  });

  it('keeps answers when going Back', async () => {
    const el = await finderWithSample();
    await choose(el, 'A friend');
    await clickButton(el, 'Next');
    expect(questionText(el)).to.equal('How old is your friend?');
    await clickButton(el, 'Back');
    expect(($$(el, 'input[name=who]').find((i) => (i as HTMLInputElement).checked) as HTMLInputElement).value).to.equal(
      'friend',
    );
  });

  it('forgets an answer when its question is skipped', async () => {
    const el = await finderWithSample();
    await choose(el, 'A friend');
    await clickButton(el, 'Skip this question');
    expect(questionText(el)).to.equal('How old are you?');
    await clickButton(el, 'Back');
    expect($$(el, 'input[name=who]').some((i) => (i as HTMLInputElement).checked)).to.equal(false);
  });

  it("draws a card's details only once opened, and keeps them open when the list is drawn again", async () => {
    const el = await finderWithSample();
    for (let i = 0; i < 6; i++) await clickButton(el, 'Skip this question');
    await clickButton(el, 'Show results');
    const first = () => $$(el, '.card')[0]!;
    const name = first().querySelector('[role=heading]')!.textContent.trim();
    // Closed, a card carries only its summary line: nothing hidden is built.
    expect($$(el, '.card details.more dl')).to.have.length(0);
    first().querySelector<HTMLElement>('details.more > summary')!.click();
    await waitUntil(() => first().querySelector('details.more dl'), 'details not drawn');
    expect(first().querySelector('details.more dl')!.textContent).to.include('Who can get in touch');
    // The same service is still open after the list is drawn again in another language.
    $(el, '.lang-choice[lang="pl"]').click();
    await waitUntil(() => $(el, '.finder').getAttribute('lang') === 'pl', 'Polish did not load');
    const again = $$(el, '.card').find((c) => c.querySelector('[role=heading]')!.textContent.includes(name))!;
    expect(again.querySelector<HTMLDetailsElement>('details.more')!.open).to.equal(true);
    expect(again.querySelector('details.more dl')).to.exist;
  });

  it('only ever links with safe schemes', async () => {
    const el = await finderWithSample();
    for (let i = 0; i < 6; i++) await clickButton(el, 'Skip this question');
    await clickButton(el, 'Show results');
    await showAll(el);
    await openAll(el.shadowRoot!);
    const hrefs = $$(el, 'a[href]').map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.length).to.be.greaterThan(50);
    for (const href of hrefs) expect(href).to.match(/^(https:|http:|tel:|sms:|mailto:)/);
  });
});

describe('languages and several finders', () => {
  it('switches language, mirrors for Arabic and keeps the answers', async () => {
    const el = await finderWithSample();
    await choose(el, 'Me');
    $(el, '.lang > summary').click();
    await el.updateComplete;
    $(el, '.lang-choice[lang="ar"]').click();
    await waitUntil(() => $(el, '.finder').getAttribute('lang') === 'ar', 'Arabic did not load');
    expect($(el, '.finder').getAttribute('dir')).to.equal('rtl');
    expect(($$(el, 'input[name=who]')[0] as HTMLInputElement).checked).to.equal(true);
    expect(questionText(el)).not.to.equal('Who are you looking for support for?');
    // Translations written by the team say plainly that no native speaker has checked them yet.
    expect($(el, '.finder > .meta').textContent).to.include('ترجمة أولية');
    // The layout mirrors: quick exit, first in the bar, moves from the left-hand end to the right.
    const exit = $(el, 'button.exit').getBoundingClientRect();
    const help = $(el, 'button.help').getBoundingClientRect();
    expect(exit.left).to.be.greaterThan(help.left);
    await expectAccessible(el);
  });

  it('takes the language of the page around it', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="pl"><support-finder src="/data-schema/examples/sample-feed.json"></support-finder></div>`,
    );
    const el = wrapper.querySelector('support-finder')!;
    await waitUntil(() => el.shadowRoot?.querySelector('.finder')?.getAttribute('lang') === 'pl', 'Polish not chosen');
  });

  it('runs several finders with different feeds side by side', async () => {
    const feed = await sampleFeedJson();
    const small = { ...feed, services: feed.services.slice(0, 2) };
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <support-finder .feed=${feed} .now=${WEDNESDAY_AFTERNOON}></support-finder>
        <support-finder .feed=${small} .now=${WEDNESDAY_AFTERNOON}></support-finder>
      </div>`,
    );
    const [a, b] = [...wrapper.querySelectorAll('support-finder')];
    await a!.updateComplete;
    await b!.updateComplete;
    await choose(a!, 'Me');
    expect(($$(b!, 'input[name=who]')[0] as HTMLInputElement).checked).to.equal(false);
    for (let i = 0; i < 6; i++) await clickButton(b!, 'Skip this question');
    await clickButton(b!, 'Show results');
    expect(cardNames(b!)).to.have.length(2);
    expect(questionText(a!)).to.equal('Who are you looking for support for?');
  });
});

describe('host options and layout', () => {
  it('preselects who and where from attributes, and fits the page outline', async () => {
    const el = await fixture<SupportFinder>(
      html`<support-finder
        src=${SAMPLE}
        audience="parent-carer"
        area="islands"
        heading-level="3"
        .now=${WEDNESDAY_AFTERNOON}
      ></support-finder>`,
    );
    await feedSettled(el);
    expect(($$(el, 'input[name=who]')[1] as HTMLInputElement).checked).to.equal(true);
    expect($(el, '.bar [role=heading]').getAttribute('aria-level')).to.equal('3');
    expect($(el, '#step-heading').getAttribute('aria-level')).to.equal('4');
    for (let i = 0; i < 5; i++) await clickButton(el, 'Next');
    expect(($(el, '#postcode') as HTMLInputElement).value).to.equal('The Islands');
  });

  it('reflows at 320 px wide with WCAG text spacing, without sideways scrolling', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 320px">
        <support-finder src=${SAMPLE} .now=${WEDNESDAY_AFTERNOON}></support-finder>
      </div>`,
    );
    const el = wrapper.querySelector('support-finder')!;
    await feedSettled(el);
    // WCAG 1.4.12: user spacing settings, applied inside the shadow root where they would land.
    const spacing = new CSSStyleSheet();
    spacing.replaceSync(
      '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }',
    );
    el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, spacing];
    await openAll(el.shadowRoot!);
    for (let i = 0; i < 7; i++) {
      const finder = $(el, '.finder');
      expect(finder.scrollWidth, `question ${i + 1}`).to.be.at.most(finder.clientWidth + 1);
      await clickButton(el, i < 6 ? 'Next' : 'Show results');
    }
    await openAll(el.shadowRoot!);
    await el.updateComplete;
    const finder = $(el, '.finder');
    expect(finder.scrollWidth).to.be.at.most(finder.clientWidth + 1);
    for (const control of $$(el, 'button, a, .choice')) {
      const box = control.getBoundingClientRect();
      if (box.width === 0) continue;
      expect(box.right, control.textContent.trim()).to.be.at.most(wrapper.getBoundingClientRect().right + 1);
      // Targets at least 24 × 24 px (WCAG 2.5.8), most 44 px.
      if (!control.closest('p, dd, .meta')) expect(box.height, control.textContent.trim()).to.be.at.least(24);
    }
  });
});
