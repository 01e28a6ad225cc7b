import { expect, fixture, html } from '@open-wc/testing';
import type { SupportFinder } from '../../src/ui/support-finder.ts';
import '../../src/ui/support-finder.ts';
import {
  $$,
  clickButton,
  expectAccessible,
  feedSettled,
  sampleFeedJson,
  showAll,
  WEDNESDAY_AFTERNOON,
} from './helpers.ts';

const LONG =
  'We are a youth mental health service for young people who are finding things hard, whether that is worry, ' +
  'low mood, trouble at home or at school, or something they cannot put a name to yet. ' +
  'We listen first and then help you decide what would help.\n\n' +
  'What we offer:\n• one-to-one sessions with a youth worker\n• a weekly group\n• help finding other support\n\n' +
  'You can come on your own or bring someone with you. Sessions are in the community centre, by video, or by phone. ' +
  'Nobody will tell your school or your family unless we are worried about your safety, and we will talk to you first.';

async function resultsWith(description: string): Promise<{ el: SupportFinder; card: HTMLElement }> {
  const feed = await sampleFeedJson();
  feed.services[0] = { ...feed.services[0], name: 'Read More Test Service', description };
  const el = await fixture<SupportFinder>(
    html`<support-finder .feed=${feed} .now=${WEDNESDAY_AFTERNOON}></support-finder>`,
  );
  // The feed is checked in slices (and a listing with a problem waits for zod's file).
  await feedSettled(el);
  for (let i = 0; i < 6; i++) await clickButton(el, 'Skip this question');
  await clickButton(el, 'Show results');
  await showAll(el);
  const card = $$(el, '.card').find((c) => c.textContent.includes('Read More Test Service'));
  if (!card) throw new Error('the test service has no card');
  // Measured where a person reading it would have it.
  card.scrollIntoView({ block: 'center' });
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return { el, card };
}

describe('service card description', () => {
  it('shows a long description as a short lead with an accessible "Read more"', async () => {
    const { el, card } = await resultsWith(LONG);
    const details = card.querySelector<HTMLDetailsElement>('details.read-more');
    expect(details, 'no Read more').to.exist;
    expect(details!.open).to.equal(false);
    const summary = details!.querySelector('summary')!;
    expect(summary.innerText.trim()).to.equal('Read more');
    // The summary is described by the card heading, so "Read more" says which service.
    expect(el.shadowRoot!.getElementById(summary.getAttribute('aria-describedby')!)?.textContent).to.include(
      'Read More Test Service',
    );
    const lead = card.querySelector('.desc > p')!;
    expect(lead.textContent).to.include('youth mental health service');
    const hidden = [...details!.querySelectorAll('p')];
    expect(hidden.some((p) => p.textContent.includes('Nobody will tell your school'))).to.equal(true);
    expect(hidden.every((p) => !p.checkVisibility())).to.equal(true);

    summary.click();
    await el.updateComplete;
    expect(details!.open).to.equal(true);
    expect(hidden.every((p) => p.checkVisibility())).to.equal(true);
    expect(summary.innerText.trim()).to.equal('Show less');
    await expectAccessible(el);
  });

  it('keeps paragraphs and list lines as plain text, never HTML', async () => {
    const { card } = await resultsWith(LONG);
    const paragraphs = [...card.querySelectorAll<HTMLElement>('.desc p')];
    expect(paragraphs.length).to.be.greaterThanOrEqual(3);
    const list = paragraphs.find((p) => p.textContent.startsWith('What we offer:'))!;
    expect(list.textContent).to.include('\n• a weekly group\n');
    expect(getComputedStyle(list).whiteSpace).to.equal('pre-line');
    // Each list line is drawn on its own line.
    expect(list.getBoundingClientRect().height).to.be.greaterThan(parseFloat(getComputedStyle(list).lineHeight) * 3);
    expect(card.querySelector('.desc ul, .desc li, .desc b')).to.equal(null);
  });

  it('shows a short description whole, with no "Read more"', async () => {
    const { card } = await resultsWith('A short description.');
    expect(card.querySelector('details.read-more')).to.equal(null);
    expect(card.querySelector('.desc')!.textContent.trim()).to.equal('A short description.');
  });

  it('shows markup in a feed as the characters typed, not as HTML', async () => {
    const { card } = await resultsWith('<b>Bold?</b> <img src=x onerror=alert(1)>');
    expect(card.querySelector('.desc img, .desc b')).to.equal(null);
    expect(card.querySelector('.desc')!.textContent).to.include('<b>Bold?</b>');
  });
});
