import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { messages as ar } from '../../src/i18n/ar.ts';
import type { Messages } from '../../src/i18n/en.ts';
import { messages as en } from '../english.ts';
import { messages as pl } from '../../src/i18n/pl.ts';
import type { SupportFinder } from '../../src/ui/support-finder.ts';
import { PAGE_SIZE } from '../../src/ui/parts/page-size.ts';
import { $, $$, feedSettled, loaded, SAMPLE, showAll, typeIn, WEDNESDAY_AFTERNOON } from './helpers.ts';

/**
 * Across age barriers, in Chromium with the sample feed (services ending at 12, 16, 18, 21 and 25,
 * and some for 16 to 25): a card near the top of its ages says what happens then and names what
 * carries on, which is on the first page and says so; 16-25 services say there is no gap at 18;
 * a service whose ages are unknown or only a default claims nothing; in English, Polish and
 * Arabic (right to left), at phone and desktop widths.
 */

/** A feed like the sample, plus two school counselling services whose ages it does not state. */
const UNSTATED = '/test/browser/fixtures/ages/feed.json';

const text = (e: Element | null | undefined): string => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
const str = (m: Messages[keyof Messages]): string => (typeof m === 'string' ? m : m.other);

/** Clicks the button or choice whose words include `words`, waiting for it to be there. */
async function press(el: SupportFinder, selector: string, words: string): Promise<void> {
  await loaded(el);
  let target: HTMLElement | undefined;
  await waitUntil(() => (target = $$(el, selector).find((b) => b.textContent.includes(words))), `no "${words}"`);
  target!.click();
  await el.updateComplete;
}

/** Who, age and one topic answered, the rest skipped, in the catalog's language. */
async function results(
  age: number,
  { lang = 'en', who = 'who.me', src = SAMPLE }: { lang?: string; who?: keyof Messages; src?: string } = {},
): Promise<SupportFinder> {
  const words = { en, pl, ar }[lang] as Messages;
  const el = await fixture<SupportFinder>(
    html`<support-finder src=${src} lang=${lang} .now=${WEDNESDAY_AFTERNOON}></support-finder>`,
  );
  await feedSettled(el);
  await press(el, 'label.choice', str(words[who]));
  await press(el, 'button', str(words['step.next']));
  await waitUntil(() => el.shadowRoot!.querySelector('#age'), 'no age question');
  await typeIn(el, '#age', String(age));
  await press(el, 'button', str(words['step.next']));
  await press(el, 'label.choice', str(words['topic.feeling-low']));
  await press(el, 'button', str(words['step.next']));
  await press(el, 'button', str(words['step.skip']));
  await press(el, 'button', str(words['step.skip']));
  await press(el, 'button', str(words['step.next']));
  await press(el, 'button', str(words['step.results']));
  await waitUntil(() => $$(el, 'section.results .card').length > 0, 'no results');
  return el;
}

const cards = (el: SupportFinder) => $$(el, 'section.results .card');
const nameOf = (card: Element) => text(card.querySelector('[role=heading]'));
const lineOf = (card: Element) => text(card.querySelector('.age-next'));
const ageBadges = (card: Element) => [...card.querySelectorAll('.badge.age')].map(text);
/** The services a card's age line names: the items of the list isolated in it. */
const named = (card: Element) => [...card.querySelectorAll('.age-next bdi bdi')].map(text);

/** Nothing in the card is wider than the card: the line and badges wrap at 360 px. */
function fits(card: HTMLElement): void {
  const box = card.getBoundingClientRect();
  for (const part of card.querySelectorAll<HTMLElement>('.age-next, .badge.age')) {
    const r = part.getBoundingClientRect();
    expect(r.left, `${nameOf(card)}: ${text(part)}`).to.be.at.least(box.left - 1);
    expect(r.right, `${nameOf(card)}: ${text(part)}`).to.be.at.most(box.right + 1);
  }
  expect(card.scrollWidth, nameOf(card)).to.be.at.most(card.clientWidth + 1);
}

for (const width of [360, 1280]) {
  describe(`across age barriers at ${width} px`, () => {
    before(() => setViewport({ width, height: 900 }));
    after(() => setViewport({ width: 800, height: 600 }));

    it('a 17-year-old sees where a service ends at 18 and, on the first page, what carries on', async () => {
      const el = await results(17);
      const first = cards(el).slice(0, PAGE_SIZE);
      const ending = first.filter((c) => lineOf(c).startsWith('This service is for people up to 18.'));
      expect(ending.length).to.be.greaterThan(0);
      for (const card of ending) {
        expect(lineOf(card)).to.match(/^This service is for people up to 18\. After 18, you can go on to .+\.$/);
        const next = named(card);
        expect(next.length, nameOf(card)).to.be.within(1, 3);
        for (const name of next) {
          const listed = first.find((c) => nameOf(c) === name);
          expect(listed, `${name} is not on the first page`).to.not.equal(undefined);
          expect(ageBadges(listed!)).to.deep.equal(['Carries on after 18']);
        }
        fits(card);
      }
      expect(text($(el, 'section.results'))).to.match(/\d+ services here carry on after an age limit\./);
      await expect(el).to.be.accessible();
    });

    it('marks a 16 to 25 service as bridging 18', async () => {
      const el = await results(17);
      await showAll(el);
      const talking = cards(el).find((c) => nameOf(c).includes('Firthside Talking Space'));
      expect(talking, 'Firthside Talking Space is listed').to.not.equal(undefined);
      expect(ageBadges(talking!)).to.deep.equal(['For ages 16 to 25: no gap at 18']);
      expect(lineOf(talking!)).to.equal('');
      fits(talking!);
    });

    it('tells a 24-year-old near 25 what to ask, since nothing in the feed carries on', async () => {
      const el = await results(24);
      const all = cards(el);
      const ending = all.filter((c) => lineOf(c).includes('up to 25'));
      expect(ending.length).to.be.greaterThan(0);
      for (const card of ending) {
        expect(lineOf(card)).to.equal(
          'This service is for people up to 25. Ask them what happens after 25, or ask your GP what support comes next.',
        );
      }
      expect(all.flatMap(ageBadges)).to.deep.equal([]);
    });

    it('a parent reads about "your child"', async () => {
      const el = await results(17, { who: 'who.parent-carer' });
      const lines = cards(el).map(lineOf).filter(Boolean);
      expect(lines.length).to.be.greaterThan(0);
      for (const line of lines) expect(line).to.match(/After 18, your child can go on to/);
    });

    it('a service whose ages are unknown or only a default claims nothing about them', async () => {
      const el = await results(17, { src: UNSTATED });
      await showAll(el);
      for (const name of ['Riverside Youth Talk', 'Harbour Counselling']) {
        const card = cards(el).find((c) => nameOf(c) === name);
        expect(card, `${name} is listed`).to.not.equal(undefined);
        expect(lineOf(card!), name).to.equal('');
        expect(ageBadges(card!), name).to.deep.equal([]);
      }
      // Nor is it named as carrying on.
      const namedAll = cards(el).flatMap(named);
      expect(namedAll).to.not.include('Riverside Youth Talk');
      expect(namedAll).to.not.include('Harbour Counselling');
    });

    it('My summary carries what happens at 18 under a saved service', async () => {
      const el = await results(17);
      const card = cards(el).find((c) => lineOf(c));
      const line = lineOf(card!);
      card!.querySelector<HTMLButtonElement>('button.save')!.click();
      await el.updateComplete;
      await press(el, 'button', 'My summary');
      await waitUntil(() => el.shadowRoot!.querySelector('.saved li'), 'nothing saved');
      expect(text($(el, '.saved li'))).to.include(line);
      expect($(el, 'pre.summary-text').textContent).to.include(line);
    });

    it('in Polish', async () => {
      const el = await results(17, { lang: 'pl' });
      const lines = cards(el).map(lineOf).filter(Boolean);
      expect(lines.length).to.be.greaterThan(0);
      expect(lines[0]).to.match(
        /^Ta usługa jest dla osób w wieku do 18 lat\. Powyżej 18 lat możesz skorzystać z: .+\.$/,
      );
      expect(cards(el).flatMap(ageBadges)).to.include('Działa też powyżej 18 lat');
    });

    it('in Arabic, right to left with the ages left to right', async () => {
      const el = await results(17, { lang: 'ar' });
      const card = cards(el).find((c) => c.querySelector('.age-next'));
      expect(card, 'a card says where it ends').to.not.equal(undefined);
      const line = card!.querySelector<HTMLElement>('.age-next')!;
      expect(getComputedStyle(line).direction).to.equal('rtl');
      expect(text(line)).to.match(/^هذه الخدمة للأشخاص حتى سن 18\. بعد سن 18، يمكنك الانتقال إلى .+\.$/);
      // The ages are isolated, so "18" never reorders with the words around it.
      for (const age of line.querySelectorAll('bdi[dir=ltr]')) expect(text(age)).to.equal('18');
      // The line starts at its right edge (inside its padding and border), not its left.
      const box = line.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(line);
      const first = range.getClientRects()[0]!;
      expect(box.right - first.right).to.be.below(24);
      expect(first.left - box.left).to.be.above(0);
      fits(card!);
      expect(cards(el).flatMap(ageBadges)).to.include('تستمر بعد سن 18');
    });
  });
}
