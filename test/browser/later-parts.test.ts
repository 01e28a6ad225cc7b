/**
 * The later screens' words and styles come in the files that bring those screens, not in the first
 * download (src/i18n/en-later.ts, src/ui/later-screens.styles.ts). Every finder on a page, in every
 * language, shows them as if they had always been there.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { messages as en } from '../english.ts';
import { messages as pl } from '../../src/i18n/pl.ts';
import { messages as uk } from '../../src/i18n/uk.ts';
import type { MessageKey, Messages } from '../../src/i18n/en.ts';
import type { SupportFinder } from '../../src/ui/support-finder.ts';
import '../../src/ui/support-finder.ts';
import { clickIn, openFrame, settle } from './frame.ts';
import { $, $$, clickButton, sampleFeedJson, WEDNESDAY_AFTERNOON } from './helpers.ts';

/** A message without plural forms, as text. */
function say(words: Messages, key: MessageKey): string {
  const message = words[key];
  if (typeof message !== 'string') throw new Error(`${key} has plural forms`);
  return message;
}

/**
 * Skips every question, then shows the results. A later question comes with a file of its own, and
 * its "Loading…" is in the reader's language, so each step waits for a button to press rather than
 * for the English loading text to go.
 */
async function toResults(root: ShadowRoot, words: Messages): Promise<void> {
  const button = (key: MessageKey) =>
    [...root.querySelectorAll('button')].find((b) => b.textContent.trim().includes(say(words, key)));
  for (let i = 0; i < 10 && !button('step.results'); i++) {
    await waitUntil(() => button('step.skip') ?? button('step.results'), 'no question to skip', { timeout: 5000 });
    if (!button('step.results')) await clickIn(root, 'button', say(words, 'step.skip'));
  }
  await clickIn(root, 'button', say(words, 'step.results'));
  await waitUntil(() => root.querySelector('.card'), 'no cards', { timeout: 5000 });
}

/** A card drawn with the later screens' styles: bordered, laid out as a grid. */
function expectStyledCard(card: Element | null): void {
  const style = getComputedStyle(card!);
  expect(style.display).to.equal('grid');
  expect(style.borderTopStyle).to.equal('solid');
}

describe('the later screens', () => {
  it('show their words in a translation from the build, and their styles', async () => {
    const frame = await openFrame('/test/browser/fixtures/csp/index.html');
    const { root } = frame;
    frame.doc.querySelector('support-finder')!.setAttribute('lang', 'pl');
    await waitUntil(() => root.querySelector('.finder')?.getAttribute('lang') === 'pl', 'Polish did not load');
    await toResults(root, pl);
    expect(root.querySelector('#step-heading')?.textContent).to.include(say(pl, 'results.title'));
    const card = root.querySelector('.card');
    expect(card?.textContent).to.include(say(pl, 'save.add'));
    expectStyledCard(card);
    // A language loaded after the later words came has them too, each under its own key.
    frame.doc.querySelector('support-finder')!.setAttribute('lang', 'uk');
    await waitUntil(() => root.querySelector('.finder')?.getAttribute('lang') === 'uk', 'Ukrainian did not load');
    await settle();
    expect(root.querySelector('#step-heading')?.textContent).to.include(say(uk, 'results.title'));
    expect(root.querySelector('.card')?.textContent).to.include(say(uk, 'save.add'));
    expect(frame.win.__probe.violations).to.deep.equal([]);
    frame.iframe.remove();
  });

  it('style every finder on the page, not only the first to fetch them', async () => {
    const feed = await sampleFeedJson();
    const make = () =>
      fixture<SupportFinder>(html`<support-finder .feed=${feed} .now=${WEDNESDAY_AFTERNOON}></support-finder>`);
    const finders = [await make(), await make()];
    for (const el of finders) {
      await waitUntil(() => el.shadowRoot?.querySelector('form'), 'feed did not load', { timeout: 5000 });
      await toResults(el.shadowRoot!, en);
      expect($(el, '#step-heading').textContent).to.include(say(en, 'results.title'));
      expectStyledCard($$(el, '.card')[0] ?? null);
    }
    // Browse, from the other file, finds the styles and words already there.
    await clickButton(finders[1]!, say(en, 'view.browse'));
    await waitUntil(() => finders[1]!.shadowRoot?.querySelector('.filter-grid'), 'no browse', { timeout: 5000 });
    expect(getComputedStyle($(finders[1]!, '.filter-grid')).display).to.equal('grid');
    expect($(finders[1]!, '.filters').textContent).to.include(say(en, 'browse.filters'));
  });
});
