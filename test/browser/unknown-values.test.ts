import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { loadCatalog, Localizer } from '../../src/i18n/localize.ts';
import type { SupportFinder } from '../../src/ui/support-finder.ts';
import '../../src/ui/support-finder.ts';
import {
  $,
  $$,
  choose,
  clickButton,
  expectAccessible,
  feedSettled,
  openAll,
  showAll,
  typeIn,
  WEDNESDAY_AFTERNOON,
} from './helpers.ts';

/**
 * A feed whose listings do not know their ages, areas or referral route, or had them filled in by
 * an import's mapping (`default`) or read from their description (`inferred`). The cards must say
 * the unknowns in plain words, word readings as readings, and never show a default as a fact.
 */
const FEED = '/test/browser/fixtures/unknown/feed.json';

/** A 14-year-old in the North, worried: the journey that asks about every unknown. */
async function results(): Promise<SupportFinder> {
  const el = await fixture<SupportFinder>(
    html`<support-finder src=${FEED} lang="en" .now=${WEDNESDAY_AFTERNOON}></support-finder>`,
  );
  await feedSettled(el);
  await choose(el, 'Me');
  await clickButton(el, 'Next');
  await typeIn(el, '#age', '14');
  await clickButton(el, 'Next');
  await choose(el, 'Feeling worried or anxious');
  await clickButton(el, 'Next');
  await clickButton(el, 'Skip this question');
  await clickButton(el, 'Skip this question');
  await typeIn(el, '#postcode', 'North', 'change');
  await clickButton(el, 'Next');
  await clickButton(el, 'Show results');
  await showAll(el);
  return el;
}

function card(el: SupportFinder, name: string): HTMLElement {
  const found = $$(el, '.card').find((c) => c.querySelector('[role=heading]')?.textContent.includes(name));
  if (!found) throw new Error(`no card for ${name}`);
  return found;
}

const text = (e: Element | null | undefined): string => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
const badges = (c: HTMLElement): string[] => [...c.querySelectorAll('.badge')].map(text);
const reasons = (c: HTMLElement): string[] => [...c.querySelectorAll('.reasons li')].map(text);

/** The "More about" details as "term: description" lines. */
function details(c: HTMLElement): string[] {
  return [...c.querySelectorAll('.more dt')].map((dt) => `${text(dt)}: ${text(dt.nextElementSibling)}`);
}

describe('cards when the feed does not know', () => {
  it('says unknowns in plain words, words readings as readings, and shows no default as a fact (en)', async () => {
    const el = await results();
    await openAll(el.shadowRoot!, 'details.more');

    // The words the service's text matched join the "why" once the search index is built, and the
    // list may be drawn again in a new order: the cards are looked up after that.
    await waitUntil(() => reasons(card(el, 'Ask Us Youth Project')).some((r) => r.startsWith('Mentions')));
    const unknown = card(el, 'Ask Us Youth Project');
    expect(badges(unknown)).to.include('Ask them whether you need a referral');
    expect(unknown.querySelector('.badge.ask')).to.exist;
    expect(reasons(unknown)).to.deep.equal([
      'Its description mentions: Feeling worried or anxious',
      'Mentions “anxious” and “stressed”',
      'Ask them whether they cover your area',
    ]);
    expect(details(unknown)).to.include('Ages: Not given — ask them');
    expect(details(unknown)).to.include('Area: Ask them whether they cover your area');

    // Every value here is a mapping default: shown exactly like the unknowns above.
    const defaulted = card(el, 'Council Listed Service');
    expect(badges(defaulted)).to.include('Ask them whether you need a referral');
    expect(badges(defaulted).join()).not.to.include('contact them yourself');
    expect(reasons(defaulted)).to.deep.equal([
      'Helps with: Feeling worried or anxious',
      'Ask them whether they cover your area',
    ]);
    expect(text(defaulted)).not.to.include('0 to 25');
    expect(text(defaulted)).not.to.include('Available wherever you live');
    expect(details(defaulted)).to.include('Ages: Not given — ask them');
    expect(details(defaulted).some((d) => d.startsWith('Especially for'))).to.equal(false);

    const read = card(el, 'Teen Worry Group');
    expect(badges(read)).to.include('You can contact them yourself (from its description)');
    expect(details(read)).to.include('Ages: Ages 11 to 18 (from its description)');
    expect(details(read)).to.include('Especially for: LGBTQ+ young people (from its description)');
    // Ages read from the text are not given as a reason; a stated area is.
    expect(reasons(read)).to.deep.equal(['Helps with: Feeling worried or anxious', 'Mentions “Worry”', 'In North']);

    const stated = card(el, 'North Youth Counselling');
    expect(badges(stated)).to.include('Needs a referral from: a GP');
    expect(reasons(stated)).to.include('For ages 10 to 18');
    expect(details(stated)).to.include('Ages: Ages 10 to 18');

    // Services known to fit come before the ones to ask about.
    const names = $$(el, '.card [role=heading]').map(text);
    expect(names.indexOf('North Youth Counselling')).to.be.lessThan(names.indexOf('Ask Us Youth Project'));
    await expectAccessible(el);
  });

  it('says the same in Arabic, right to left', async () => {
    const el = await results();
    el.setAttribute('lang', 'ar');
    await waitUntil(() => el.shadowRoot!.querySelector('.finder')?.getAttribute('lang') === 'ar', 'ar did not load', {
      timeout: 5000,
    });
    await el.updateComplete;
    await openAll(el.shadowRoot!, 'details.more');
    const ar = new Localizer(await loadCatalog('ar'));

    // The words the service's text matched join the "why" once the search index is built, and the
    // list may be drawn again in a new order: the cards are looked up after that.
    const mentions = ar.t('reason.words').split('{list}')[0] ?? '';
    await waitUntil(() => reasons(card(el, 'Ask Us Youth Project')).some((r) => r.startsWith(mentions)));
    const unknown = card(el, 'Ask Us Youth Project');
    expect(badges(unknown)).to.include(ar.t('card.referralUnknown'));
    expect(reasons(unknown)).to.include(ar.t('reason.areaUnknown'));
    expect(reasons(unknown).some((r) => r.startsWith('يذكر وصف الخدمة'))).to.equal(true);
    expect(details(unknown)).to.include(`${ar.t('detail.ages')}: ${ar.t('card.agesUnknown')}`);

    const defaulted = card(el, 'Council Listed Service');
    expect(badges(defaulted)).to.include(ar.t('card.referralUnknown'));
    expect(text(defaulted)).not.to.include(ar.t('reason.everywhere'));
    expect(text(defaulted)).not.to.include(ar.t('card.selfReferral'));

    const read = card(el, 'Teen Worry Group');
    expect(badges(read).some((b) => b.includes(ar.t('card.selfReferral')) && b.includes('(من وصف الخدمة)'))).to.equal(
      true,
    );
    expect(details(read).some((d) => d.includes('(من وصف الخدمة)'))).to.equal(true);
    expect($(el, '.finder').getAttribute('dir')).to.equal('rtl');
    await expectAccessible(el);
  });
});
