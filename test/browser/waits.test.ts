import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { messages as laterEnglish } from '../../src/i18n/en-later.ts';
import { addLaterEnglish, ENGLISH, loadCatalog, Localizer } from '../../src/i18n/localize.ts';
import { nowLabel } from '../../src/journey/now-labels.ts';
import type { HelpWhen } from '../../src/match/answers.ts';
import type { SupportFinder } from '../../src/ui/support-finder.ts';
import { $, $$, choose, clickButton, expectAccessible, finderWithSample, typeIn } from './helpers.ts';

/**
 * Waiting times on the sample feed (issue 27), at a phone's width and a desktop's: the usual wait
 * in plain words on each card, "Ask them how long the wait is" where nobody said and help is needed
 * soon, sooner help first with its reason, what helps while waiting beside a long wait, and My
 * summary carrying both; in English, Polish and Arabic. The finder's clock is 25 November 2026.
 */
addLaterEnglish(laterEnglish);
const en = new Localizer(ENGLISH);

/** A 15-year-old feeling low, with their answer to "Do you need help right now?", in `l`'s words. */
async function journey(el: SupportFinder, l: Localizer, now: HelpWhen): Promise<void> {
  // The first question shows in English until the reader's language has arrived.
  await waitUntil(() => $$(el, 'label.choice').some((c) => c.textContent.includes(l.t('who.me'))));
  await choose(el, l.t('who.me'));
  await clickButton(el, l.t('step.next'));
  await waitUntil(() => el.shadowRoot?.querySelector('#age'), 'no age question');
  await typeIn(el, '#age', '15');
  await clickButton(el, l.t('step.next'));
  await choose(el, l.t('topic.feeling-low'));
  await clickButton(el, l.t('step.next'));
  await choose(el, l.t(nowLabel(now, 'me')));
  await clickButton(el, l.t('step.next'));
  await clickButton(el, l.t('step.skip'));
  await clickButton(el, l.t('step.next'));
  await clickButton(el, l.t('step.results'));
  // "Show more", in the reader's words, until every card is drawn.
  const more = l.t('list.more', { count: 1 }).split('1')[0] ?? '';
  for (let button = moreButton(el, more); button; button = moreButton(el, more)) {
    button.click();
    await el.updateComplete;
  }
  // The "why" lines name the words matched once the search index is built, and the list may be
  // drawn again in a new order then: the cards are read after that. (Right to left, `t` isolates
  // the empty list: the words before it are what a line starts with.)
  const mentions = l.t('reason.words', { list: '' }).replace(/[\u2066-\u2069]/g, '');
  await waitUntil(
    () => cards(el).some((c) => reasons(c).some((r) => r.startsWith(mentions))),
    'the search index did not arrive',
    { timeout: 8000 },
  );
}

function moreButton(el: SupportFinder, words: string): HTMLButtonElement | undefined {
  return $$(el, 'button').find((b) => b.textContent.includes(words)) as HTMLButtonElement | undefined;
}

const text = (e: Element | null | undefined): string => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
const cards = (el: SupportFinder): HTMLElement[] => $$(el, 'section.results article.card');
const card = (el: SupportFinder, id: string): HTMLElement => $(el, `article[aria-labelledby="svc-${id}"]`);
const ids = (el: SupportFinder): string[] =>
  cards(el).map((c) => c.getAttribute('aria-labelledby')?.replace(/^svc-/, '') ?? '');
const reasons = (c: HTMLElement): string[] => [...c.querySelectorAll('.reasons li')].map(text);
/** The wait line's words, without who said so (`sourceOf`). */
const waitOf = (c: HTMLElement): string => text(c.querySelector('.wait > span') ?? c.querySelector('.wait'));
const sourceOf = (c: HTMLElement): string => text(c.querySelector('.wait .meta'));
const SOONER = 'Listed higher: help is needed soon, and they usually see people quickly';

/** Nothing of the card sticks out sideways: the page never scrolls across at this width. */
function fitsInside(inner: Element, outer: Element): boolean {
  const a = inner.getBoundingClientRect();
  const b = outer.getBoundingClientRect();
  return a.left >= b.left - 1 && a.right <= b.right + 1;
}

for (const width of [360, 1280]) {
  describe(`waiting times at ${width} px`, () => {
    before(() => setViewport({ width, height: 800 }));
    after(() => setViewport({ width: 800, height: 600 }));

    it('says each wait in plain words with who said so, asks where nobody said, and puts sooner help first', async () => {
      const el = await finderWithSample();
      await journey(el, en, 'soon');

      const owl = card(el, 'night-owl-text-line');
      expect(waitOf(owl)).to.equal('Usually seen the same day (updated November)');
      expect(sourceOf(owl)).to.equal('Waiting time from: the service');
      expect(reasons(owl)).to.include(SOONER);
      const camhs = card(el, 'camhs-glenmore-firth');
      expect(waitOf(camhs)).to.equal('Usually a wait of about 4 months (updated October)');
      expect(sourceOf(camhs)).to.equal('Waiting time from: NHS Glenmore and Firth published waiting times');
      expect(reasons(camhs)).not.to.include(SOONER);
      expect(waitOf(card(el, 'glenmore-schools-counselling'))).to.match(
        /^Usually a wait of about 3 weeks \(updated October\)/,
      );
      // Nobody said how long Signing Space takes: no guess, a prompt to ask.
      expect(waitOf(card(el, 'signing-space'))).to.equal('Ask them how long the wait is');

      // Every same-day service comes before every one with a wait of months.
      const waits = cards(el).map(waitOf);
      const lastSameDay = waits
        .map((w, i) => (w.startsWith('Usually seen the same day') ? i : -1))
        .reduce((a, b) => Math.max(a, b));
      const firstMonths = waits.findIndex((w) => /about \d+ months/.test(w));
      expect(lastSameDay).to.be.greaterThan(-1);
      expect(firstMonths).to.be.greaterThan(lastSameDay);
      for (const c of cards(el)) expect(fitsInside(c.querySelector('.wait')!, c), waitOf(c)).to.equal(true);
      await expectAccessible(el);
    });

    it('lifts help within a week for someone who needs it soon; asks and explains nothing for someone who can wait', async () => {
      const soon = await finderWithSample();
      await journey(soon, en, 'soon');
      const el = await finderWithSample();
      await journey(el, en, false);
      expect(cards(el).flatMap(reasons)).not.to.include(SOONER);
      expect(cards(el).map(waitOf)).not.to.include('Ask them how long the wait is');
      expect(card(el, 'signing-space').querySelector('.wait')).to.equal(null);
      expect(waitOf(card(el, 'night-owl-text-line'))).to.match(/^Usually seen the same day/);
      // The same services; each with a short wait (a week at most) at least as high for someone
      // who needs help soon, and some higher (Clearway's 3 days, Firthside's 7, above the school
      // counselling of 3 weeks that otherwise comes first of them).
      expect([...ids(soon)].sort()).to.deep.equal([...ids(el)].sort());
      const short = ids(el).filter((id) =>
        /^Usually (seen the same day|a wait of about [1-7] days?) /.test(waitOf(card(el, id))),
      );
      expect(short.length).to.be.greaterThan(3);
      for (const id of short) expect(ids(soon).indexOf(id), id).to.be.at.most(ids(el).indexOf(id));
      expect(short.some((id) => ids(soon).indexOf(id) < ids(el).indexOf(id))).to.equal(true);
    });

    it('offers what helps while waiting beside a months-long wait, and My summary carries both', async () => {
      const el = await finderWithSample();
      await journey(el, en, 'soon');
      const camhs = card(el, 'camhs-glenmore-firth');
      const meantime = camhs.querySelector('.meantime')!;
      expect(text(meantime.querySelector('p'))).to.equal('While you wait, these can help sooner:');
      const items = [...meantime.querySelectorAll('li')];
      expect(items.length).to.be.within(1, 3);
      const names = items.map((li) => text(li.querySelector('strong')));
      for (const li of items) {
        expect(text(li)).to.match(/Usually (seen the same day|a wait of about \d+ days?)/);
        const link = li.querySelector('a.contact')!;
        expect(link.getAttribute('href')).to.match(/^(tel:|sms:|https:)/);
        expect(fitsInside(li, camhs)).to.equal(true);
      }
      // A short wait has no such list.
      expect(card(el, 'night-owl-text-line').querySelector('.meantime')).to.equal(null);
      await expectAccessible(el);

      (camhs.querySelector('button.save') as HTMLButtonElement).click();
      await el.updateComplete;
      await clickButton(el, 'My summary (1)');
      await waitUntil(() => el.shadowRoot?.querySelector('.summary .saved'));
      const saved = text($(el, '.summary .saved'));
      expect(saved).to.include('Usually a wait of about 4 months (updated October)');
      expect(saved).to.include(`While I wait: ${en.list(names)}`);
      expect(text($(el, '.summary .answers'))).to.include(
        'Need help right now Soon, I would like help in the next few days',
      );
      await expectAccessible(el);
    });

    it('speaks of waits in Polish, with its plural forms, and reads right to left in Arabic', async () => {
      const pl = new Localizer(await loadCatalog('pl'));
      const polish = await finderWithSample({ lang: 'pl' });
      await journey(polish, pl, true);
      expect(waitOf(card(polish, 'night-owl-text-line'))).to.match(
        /^Zwykle przyjmują tego samego dnia \(aktualizacja: listopad\)/,
      );
      expect(waitOf(card(polish, 'camhs-glenmore-firth'))).to.match(
        /^Zwykle czeka się około 4 miesięcy \(aktualizacja: październik\)/,
      );
      expect(reasons(card(polish, 'night-owl-text-line'))).to.include(pl.t('reason.sooner'));
      expect(text(card(polish, 'camhs-glenmore-firth').querySelector('.meantime p'))).to.equal(pl.t('wait.meantime'));
      polish.remove();

      const ar = new Localizer(await loadCatalog('ar'));
      const arabic = await finderWithSample({ lang: 'ar' });
      await journey(arabic, ar, 'soon');
      const camhs = card(arabic, 'camhs-glenmore-firth');
      expect(getComputedStyle(camhs).direction).to.equal('rtl');
      // The "while you wait" rule stands at the start of the line, which in Arabic is the right.
      const style = getComputedStyle(camhs.querySelector('.meantime')!);
      expect(parseFloat(style.borderRightWidth)).to.be.greaterThan(0);
      expect(parseFloat(style.borderLeftWidth)).to.equal(0);
      expect(waitOf(camhs)).to.include('عادةً يكون الانتظار نحو');
      expect(fitsInside(camhs.querySelector('.meantime')!, camhs)).to.equal(true);
      await expectAccessible(arabic);
    });
  });
}
