import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { SupportFinder } from '../../src/ui/support-finder.ts';
import '../../src/ui/support-finder.ts';
import { thinFeed } from '../fixtures/thin-feed.ts';
import {
  $$,
  cardNames,
  choose,
  clickButton,
  expectAccessible,
  feedSettled,
  typeIn,
  WEDNESDAY_AFTERNOON,
} from './helpers.ts';

/** A finder on a council directory's feed, every service tagged `wellbeing` only. */
async function thinFinder(lang = 'en'): Promise<SupportFinder> {
  const el = await fixture<SupportFinder>(
    html`<support-finder lang=${lang} .feed=${thinFeed()} .now=${WEDNESDAY_AFTERNOON}></support-finder>`,
  );
  await feedSettled(el);
  return el;
}

/** A 14-year-old's journey, with `words` typed at the topics question; the first five cards. */
async function journey(el: SupportFinder, words: string): Promise<void> {
  await choose(el, 'Me');
  await clickButton(el, 'Next');
  await typeIn(el, '#age', '14');
  await clickButton(el, 'Next');
  if (words) await typeIn(el, '#query', words);
  await clickButton(el, 'Next');
  await clickButton(el, 'Skip this question');
  await clickButton(el, 'Skip this question');
  await clickButton(el, 'Next');
  await clickButton(el, 'Show results');
}

const firstFive = (el: SupportFinder) => cardNames(el).slice(0, 5);

/** The card of a service, by its name. */
const card = (el: SupportFinder, name: string) =>
  $$(el, '.card').find((c) => c.querySelector('[role=heading]')?.textContent.trim() === name);

describe('own words in the guided journey', () => {
  it('rank the results on a thinly tagged feed, and the why line quotes the words that matched', async () => {
    const plain = await thinFinder();
    await journey(plain, '');
    await waitUntil(() => cardNames(plain).length > 0, 'no results without words');
    const without = firstFive(plain);
    expect(without).not.to.include('Calm Minds');

    const el = await thinFinder();
    await journey(el, 'I feel anxious all the time and can’t sleep');
    // The index is built in the background; the results follow when it is ready.
    await waitUntil(() => firstFive(el).includes('Calm Minds'), `first five: ${firstFive(el).join(', ')}`, {
      timeout: 10_000,
    });
    expect(firstFive(el)).to.include('Sleep Well clinic');
    expect(firstFive(el)).not.to.deep.equal(without);

    const calm = card(el, 'Calm Minds')!;
    const why = [...calm.querySelectorAll('.reasons li')].map((li) => li.textContent.replace(/\s+/g, ' ').trim());
    const mentions = why.find((line) => line.startsWith('Mentions'));
    expect(mentions, why.join(' | ')).to.match(/“anxious”|“anxiety”|“panic attacks”/);
    // Each quoted word is feed text, isolated for bidirectional text, and never markup.
    const quoted = [...calm.querySelectorAll('.reasons li bdi')].map((b) => b.textContent);
    expect(quoted.some((q) => /^“.+”$/.test(q))).to.equal(true);
    await expectAccessible(el);
  });

  it('quote the words in Arabic’s quotation marks, right to left around the English text', async () => {
    const el = await thinFinder('ar');
    await waitUntil(() => $$(el, 'input[name=who]').length > 0, 'no first question');
    $$(el, 'input[name=who]')[0]!.click();
    await el.updateComplete;
    $$(el, 'button')
      .find((b) => b.matches('[type=submit]'))!
      .click();
    await waitUntil(() => el.shadowRoot?.querySelector('#age'), 'no age question');
    await typeIn(el, '#age', '15');
    $$(el, 'button')
      .find((b) => b.matches('[type=submit]'))!
      .click();
    await waitUntil(() => el.shadowRoot?.querySelector('#query'), 'no topics question');
    await typeIn(el, '#query', 'self harm');
    // On to the results: the check page's primary button after the remaining questions.
    for (let i = 0; i < 6 && !el.shadowRoot?.querySelector('.results'); i++) {
      $$(el, 'button')
        .find((b) => b.matches('[type=submit], .primary'))
        ?.click();
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
    }
    await waitUntil(() => cardNames(el)[0] === 'Harbour', `first: ${cardNames(el)[0] ?? 'none'}`, { timeout: 10_000 });
    const harbour = card(el, 'Harbour')!;
    const quoted = [...harbour.querySelectorAll('.reasons li bdi[lang=en]')].map((b) => b.textContent);
    // The word inside the marks is isolated again (FSI … PDI), so the marks stay on its outside.
    expect(quoted).to.include('«\u2068self-harm\u2069»');
  });
});
