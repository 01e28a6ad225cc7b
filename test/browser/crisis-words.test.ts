import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SupportFinder } from '../../src/ui/support-finder.ts';
import { $, $$, clickButton, expectAccessible, finderWithSample } from './helpers.ts';

// Words of immediate danger typed into "In your own words" (and browse search): the urgent
// contacts that fit appear right below the words on the key that completes them, the polite live
// region says so, and focus stays in the text box, so typing is never interrupted.

const regions = (el: SupportFinder) => $$(el, '.finder > .visually-hidden [role=status]');

/**
 * Everything the polite live regions have said since `listen` was called: a message is spoken as
 * it is written, whatever takes its place later (the topics the words suggest, once typing pauses).
 */
const said = new WeakMap<SupportFinder, string[]>();
function listen(el: SupportFinder): void {
  const heard: string[] = [];
  said.set(el, heard);
  const observer = new MutationObserver(() => {
    for (const region of regions(el)) if (region.textContent.trim()) heard.push(region.textContent.trim());
  });
  for (const region of regions(el)) observer.observe(region, { childList: true, characterData: true, subtree: true });
}
function spoken(el: SupportFinder): string {
  return (said.get(el) ?? []).join(' | ');
}

/** The numbers the help below the words offers to call. */
function numbersCalled(el: SupportFinder): string[] {
  return $$(el, '.crisis a[href^="tel:"]').map((a) => a.getAttribute('href')!.slice('tel:'.length));
}

/** Skips the first two questions by the button's place, whatever the language. */
async function toOwnWords(el: SupportFinder): Promise<HTMLInputElement> {
  for (let i = 0; i < 2; i++) {
    // The next question may still be on its way ("Loading…" in the page's language).
    await waitUntil(() => el.shadowRoot!.querySelector('.step button.link'), 'no Skip', { timeout: 5000 });
    $(el, '.step button.link').click();
    await el.updateComplete;
  }
  await waitUntil(() => el.shadowRoot!.querySelector('#query'), 'the topics question did not show', { timeout: 5000 });
  const query = $(el, '#query') as HTMLInputElement;
  query.focus();
  listen(el);
  return query;
}

/** Focus is where the person left it: in the text box, inside the finder, inside the page. */
function expectFocusIn(el: SupportFinder, input: HTMLInputElement): void {
  expect(el.shadowRoot!.activeElement, 'focus inside the finder').to.equal(input);
  expect(document.activeElement, 'focus on the page').to.equal(el);
}

/** The help sits right after the text box, before the topics the words suggest. */
function expectBelowTheWords(input: HTMLInputElement): HTMLElement {
  const help = input.nextElementSibling as HTMLElement | null;
  expect(help?.classList.contains('crisis'), 'the help follows the text box').to.equal(true);
  return help!;
}

/** The topics the words suggest, once they show. */
async function suggested(el: SupportFinder): Promise<string[]> {
  const labels = () => $$(el, '.suggestions label.choice').map((l) => l.textContent.trim());
  await waitUntil(() => labels().length > 0, 'no topic suggested');
  return labels();
}

/** A finder in `lang` with `words` typed into its own-words box, drawn once: no waiting after. */
async function typed(words: string, lang = 'en'): Promise<{ el: SupportFinder; query: HTMLInputElement }> {
  const el = await finderWithSample({ lang });
  const query = await toOwnWords(el);
  await sendKeys({ type: words });
  await el.updateComplete;
  return { el, query };
}

describe('crisis words in place', () => {
  it('shows 999 and the crisis lines below “i want to kill myself” as it is typed, politely, focus kept', async () => {
    const { el, query } = await typed('i want to kill mysel');
    expect(el.shadowRoot!.querySelector('.crisis'), 'no help before the words are whole').to.equal(null);
    await sendKeys({ type: 'f' });
    // No waiting: drawn on the key that completed the words.
    await el.updateComplete;
    const help = expectBelowTheWords(query);
    // 999, Childline, Samaritans, PAPYRUS and the feed's own out-of-hours line (Shout is a text).
    expect(numbersCalled(el)).to.deep.equal(['999', '08001111', '116123', '08000684141', '08081570102']);
    expect(help.textContent).to.include('Shout 85258');
    expect(help.textContent).to.include('thoughts of suicide');
    expectFocusIn(el, query);
    await waitUntil(() => spoken(el).includes('Who you can contact now is below your words'), 'not announced', {
      timeout: 1000,
    });
    for (const region of regions(el)) expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(spoken(el)).to.include('999');
    expectFocusIn(el, query);
    // The topic stays offered, and it is the right one; ticking it is not needed for the help.
    expect(await suggested(el)).to.deep.equal(['Hurting yourself or thoughts of suicide']);
    expect(($(el, 'details.urgent') as HTMLDetailsElement).open, 'the panel above stays as it was').to.equal(false);
    await expectAccessible(el);
    expectFocusIn(el, query);
  });

  it('shows 999 and 111 for “i took too many pills”, suggesting hurting yourself', async () => {
    const { el, query } = await typed('i took too many pills');
    expectBelowTheWords(query);
    expect(numbersCalled(el)).to.deep.equal(['999', '111']);
    expectFocusIn(el, query);
    expect(await suggested(el)).to.include('Hurting yourself or thoughts of suicide');
    await expectAccessible(el);
  });

  it('shows 999 and Childline for “someone is hurting me”, suggesting abuse and safety, not self-harm', async () => {
    const { el, query } = await typed('someone is hurting me');
    expectBelowTheWords(query);
    expect(numbersCalled(el)).to.deep.equal(['999', '08001111']);
    expect($(el, '.crisis').textContent).to.include('Nobody has the right to hurt you');
    expect(await suggested(el)).to.deep.equal(['Something bad happened to me']);
    expectFocusIn(el, query);
  });

  it('goes when the words go, and leaves everyday words alone', async () => {
    const { el, query } = await typed('i want to die');
    expectBelowTheWords(query);
    for (let i = 0; i < 'i want to die'.length; i++) await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: 'cant sleep before exams' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.crisis')).to.equal(null);
    expectFocusIn(el, query);
  });

  it('keeps the prompt above when the hurting-yourself topic is ticked', async () => {
    const el = await finderWithSample();
    await toOwnWords(el);
    const topic = $$(el, 'label.choice').find((l) => l.textContent.includes('Hurting yourself'))!;
    topic.click();
    await el.updateComplete;
    expect($$(el, '.urgent-prompt').length).to.equal(1);
    expect(el.shadowRoot!.querySelector('.crisis')).to.equal(null);
  });

  it('in Arabic, right to left: “أريد أن أقتل نفسي” shows 999 below the words and is announced', async () => {
    const { el, query } = await typed('أريد أن أقتل نفسي', 'ar');
    const help = expectBelowTheWords(query);
    expect(numbersCalled(el)).to.include.members(['999', '116123']);
    expect(help.textContent).to.include('أفكار الانتحار');
    expectFocusIn(el, query);
    await waitUntil(() => spoken(el).includes('تحت كلماتك'), 'not announced in Arabic', { timeout: 1000 });
    expect(await suggested(el)).to.deep.equal([
      $$(el, 'label.choice')
        .find((l) => l.textContent.includes('إيذاء'))!
        .textContent.trim(),
    ]);
    await expectAccessible(el);
    expectFocusIn(el, query);
  });

  it('in Polish: an overdose shows 999 and 111, and “ktoś mnie krzywdzi” 999 and Childline', async () => {
    const { el, query } = await typed('wzięłam za dużo tabletek', 'pl');
    expectBelowTheWords(query);
    expect(numbersCalled(el)).to.deep.equal(['999', '111']);
    await waitUntil(() => spoken(el).includes('pod twoimi słowami'), 'not announced in Polish', { timeout: 1000 });
    query.select();
    await sendKeys({ type: 'ktoś mnie krzywdzi' });
    await el.updateComplete;
    expect(numbersCalled(el)).to.deep.equal(['999', '08001111']);
    expectFocusIn(el, query);
    await expectAccessible(el);
  });

  // One phrase a language, in that language's interface.
  const PHRASES: readonly [lang: string, words: string, calls: string[]][] = [
    ['en', 'I took an overdose', ['999', '111']],
    ['cy', 'dw i eisiau lladd fy hun', ['999', '116123']],
    ['gd', 'tha cuideigin gam ghoirteachadh', ['999', '08001111']],
    ['pl', 'chcę się zabić', ['999', '116123']],
    ['uk', 'я випила забагато таблеток', ['999', '111']],
    ['ro', 'vreau să mă sinucid', ['999', '116123']],
    ['ar', 'ابتلعت حبوب كثيرة', ['999', '111']],
    ['ur', 'میں خودکشی کرنا چاہتا ہوں', ['999', '116123']],
    ['pa', 'ਮੈਂ ਮਰਨਾ ਚਾਹੁੰਦੀ ਹਾਂ', ['999', '116123']],
    ['zh-Hans', '我不想活了', ['999', '116123']],
  ];
  for (const [lang, words, calls] of PHRASES) {
    it(`in ${lang}: “${words}” brings ${calls.join(' and ')} below the words, focus kept`, async () => {
      const { el, query } = await typed(words, lang);
      expectBelowTheWords(query);
      expect(numbersCalled(el)).to.include.members(calls);
      expectFocusIn(el, query);
      await waitUntil(() => spoken(el) !== '' && spoken(el).includes('999'), `not announced in ${lang}`, {
        timeout: 1000,
      });
    });
  }

  it('shows the same help below the browse search box', async () => {
    const el = await finderWithSample();
    await clickButton(el, 'All services');
    await waitUntil(() => el.shadowRoot!.querySelector('#browse-search'), 'browse did not load', { timeout: 5000 });
    const search = $(el, '#browse-search') as HTMLInputElement;
    search.focus();
    listen(el);
    await sendKeys({ type: 'i want to end it all' });
    await el.updateComplete;
    expectBelowTheWords(search);
    expect(numbersCalled(el)).to.include.members(['999', '116123']);
    expectFocusIn(el, search);
    await waitUntil(() => spoken(el).includes('Who you can contact now'), 'not announced', { timeout: 1000 });
    await expectAccessible(el);
  });
});

describe('needs young people bring', () => {
  it('offers relationships and money among the topics, and reads them in own words with no crisis box', async () => {
    for (const [words, topic] of [
      ['I might be pregnant', 'Relationships, sex and pregnancy'],
      ["we're going to be evicted", 'Money, jobs and a place to live'],
      ['no money for food', 'Money, jobs and a place to live'],
    ] as const) {
      const { el } = await typed(words);
      const offered = $$(el, '.choices:not(.suggestions .choices) label.choice').map((l) => l.textContent.trim());
      expect(offered, 'in the topics question').to.include(topic);
      expect(await suggested(el), words).to.deep.equal([topic]);
      expect(el.shadowRoot!.querySelector('.crisis'), words).to.equal(null);
    }
  });
});
