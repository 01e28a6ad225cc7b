import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import type { SupportFinder } from '../../src/ui/support-finder.ts';
import { $$, clickButton, finderWithSample, showAll } from './helpers.ts';

// Every card drawn is in Chromium's accessibility tree with its name, wherever it is on the page:
// a screen reader's list of headings or links is built from that tree, and a card left out of it
// (as `content-visibility: auto` leaves cards far from the viewport) is a result the person never
// hears of while "31 services found" is announced.

/** The names of the article nodes in Chromium's full accessibility tree, named ones only. */
async function namedArticles(): Promise<string[]> {
  const names = await executeServerCommand<string[], { role: string }>('ax-names', { role: 'article' });
  return names.filter((name) => name.trim() !== '');
}

function drawnCards(el: SupportFinder): string[] {
  return $$(el, 'article.card [role=heading]').map((h) => h.textContent.trim());
}

async function expectEveryCardNamed(el: SupportFinder): Promise<void> {
  await el.updateComplete;
  // The tree follows layout a frame later.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const cards = drawnCards(el);
  expect(cards.length, 'no cards drawn').to.be.greaterThan(6);
  expect((await namedArticles()).sort()).to.deep.equal([...cards].sort());
}

describe('every card drawn is in the accessibility tree', () => {
  before(() => setViewport({ width: 360, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('in the guided results, the first page and after "Show more"', async () => {
    const el = await finderWithSample();
    for (let i = 0; i < 6; i++) await clickButton(el, 'Skip this question');
    await clickButton(el, 'Show results');
    await waitUntil(() => drawnCards(el).length > 0, 'no results');
    await expectEveryCardNamed(el);
    await showAll(el);
    await expectEveryCardNamed(el);
  });

  it('in All services, before and after scrolling to the end', async () => {
    const el = await finderWithSample();
    await clickButton(el, 'All services');
    await waitUntil(() => drawnCards(el).length > 0, 'browse did not load');
    await expectEveryCardNamed(el);
    $$(el, 'article.card').at(-1)!.scrollIntoView();
    await expectEveryCardNamed(el);
    window.scrollTo(0, 0);
  });
});
