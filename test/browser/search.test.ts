import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import { FIRST_CARDS, PAGE_SIZE } from '../../src/ui/parts/page-size.ts';
import type { SupportFinder } from '../../src/ui/support-finder.ts';
import {
  $,
  $$,
  SAMPLE,
  WEDNESDAY_AFTERNOON,
  cardNames,
  choose,
  clickButton,
  expectAccessible,
  finderWithSample,
  sampleFeedJson,
  typeIn,
} from './helpers.ts';

/** Answers "who" and "age" and arrives at the topics question. */
async function toTopics(el: SupportFinder): Promise<void> {
  await choose(el, 'Me');
  await clickButton(el, 'Next');
  await typeIn(el, '#age', '14');
  await clickButton(el, 'Next');
}

const suggestions = (el: SupportFinder) => $$(el, '.suggestions label.choice').map((l) => l.textContent.trim());

async function finishJourney(el: SupportFinder): Promise<string[]> {
  await clickButton(el, 'Next');
  await clickButton(el, 'Skip this question');
  await clickButton(el, 'Skip this question');
  // The last question leads to Check your answers, then the results.
  await clickButton(el, 'Next');
  await clickButton(el, 'Show results');
  return cardNames(el);
}

describe('own words', () => {
  it('suggest topics as tick boxes, announced politely; ticking one chooses the topic', async () => {
    const el = await finderWithSample();
    await toTopics(el);
    await typeIn(el, '#query', "I can't sleep and my dad hits me");
    await waitUntil(() => suggestions(el).length > 0, 'no suggestions', { timeout: 5000 });
    expect(suggestions(el)).to.deep.equal(['Sleep', 'Something bad happened to me']);
    const boxes = $$(el, '.suggestions input[type=checkbox]') as HTMLInputElement[];
    expect(boxes.every((b) => !b.checked)).to.equal(true);
    expect($(el, '.suggestions').getAttribute('role')).to.equal('group');
    await waitUntil(
      () => $$(el, '[role=status]').some((r) => /This sounds like.*Sleep/.test(r.textContent)),
      'suggestions not announced',
      { timeout: 3000 },
    );
    boxes[0]!.click();
    await el.updateComplete;
    const sleep = $$(el, 'label.choice').find((l) => !l.closest('.suggestions') && l.textContent.trim() === 'Sleep')!;
    expect((sleep.querySelector('input') as HTMLInputElement).checked).to.equal(true);
    await expectAccessible(el);
  });

  it('never suggest anything for common words; unticked, the words still rank the results', async () => {
    const plain = await finderWithSample();
    await toTopics(plain);
    const without = await finishJourney(plain);

    const el = await finderWithSample();
    await toTopics(el);
    await typeIn(el, '#query', 'and her the');
    await new Promise((r) => setTimeout(r, 300));
    await el.updateComplete;
    expect(suggestions(el)).to.deep.equal([]);
    await typeIn(el, '#query', 'cutting her arms');
    await waitUntil(() => suggestions(el).length > 0, 'no suggestions', { timeout: 5000 });
    expect(suggestions(el)).to.deep.equal(['Hurting yourself or thoughts of suicide']);
    // The words are read against the services' own text (see guided-words.test.ts): the service
    // about self-harm comes first, with nothing ticked and nothing left out.
    const withWords = await finishJourney(el);
    await waitUntil(() => cardNames(el)[0] === 'Turning Point: support after self-harm', cardNames(el)[0], {
      timeout: 10_000,
    });
    expect(cardNames(el).length).to.equal(withWords.length);
    expect(without[0]).not.to.equal('Turning Point: support after self-harm');
  });

  it('work in Polish and Arabic', async () => {
    // Topic names come from the feed (the shipped ones are English), or their translation when it has one.
    for (const [lang, words, expected] of [
      ['pl', 'nie mogę spać', /^(Sleep|Sen)$/],
      ['ar', 'أشعر بالقلق', /Feeling worried|القلق/],
    ] as const) {
      const el = await finderWithSample({ lang });
      await waitUntil(() => $$(el, 'label.choice').length > 0);
      $$(el, 'input[name=who]')[0]!.click();
      await el.updateComplete;
      $$(el, '.nav button.primary, .nav button[type=submit], button')
        .find((b) => b.matches('[type=submit]'))
        ?.click();
      await el.updateComplete;
      await waitUntil(() => el.shadowRoot?.querySelector('#age'), `${lang}: no age question`);
      await typeIn(el, '#age', '14');
      $$(el, 'button')
        .find((b) => b.matches('[type=submit]'))!
        .click();
      await waitUntil(() => el.shadowRoot?.querySelector('#query'), `${lang}: no topics question`);
      await typeIn(el, '#query', words);
      await waitUntil(() => suggestions(el).length > 0, `${lang}: no suggestions`, { timeout: 5000 });
      expect(suggestions(el), lang).to.have.length(1);
      expect(suggestions(el)[0], lang).to.match(expected);
    }
  });
});

describe('browse search', () => {
  async function browse(): Promise<SupportFinder> {
    const el = await fixture<SupportFinder>(
      html`<support-finder src=${SAMPLE} mode="browse" .now=${WEDNESDAY_AFTERNOON}></support-finder>`,
    );
    await waitUntil(() => el.shadowRoot?.querySelector('#browse-search'), 'browse did not open', { timeout: 5000 });
    return el;
  }
  const count = (el: SupportFinder) => Number.parseInt($(el, '.count').textContent, 10);

  it('finds services through topic words, typos and inflections, from the index', async () => {
    const el = await browse();
    const all = count(el);
    for (const [query, atLeast] of [
      ['worried', 18],
      ['anxious', 18],
      ['exams', 7],
      ['anxeity', 18],
      ['counsellors', 1],
    ] as const) {
      await typeIn(el, '#browse-search', query);
      await waitUntil(() => !$$(el, '.notice').some((n) => n.textContent.includes('Getting search ready')), query, {
        timeout: 5000,
      });
      await el.updateComplete;
      expect(count(el), query).to.be.at.least(atLeast);
      expect(count(el), query).to.be.below(all);
    }
    await typeIn(el, '#browse-search', 'sleep');
    await waitUntil(() => cardNames(el)[0] === 'Children’s Sleep Clinic', 'sleep clinic not first', { timeout: 5000 });
    await typeIn(el, '#browse-search', 'the and');
    await el.updateComplete;
    expect(count(el)).to.equal(all);
    await expectAccessible(el);
  });

  it("draws a changed list's first cards in the update of the key, the rest of the page in a task after it; updateComplete waits for all", async () => {
    const el = await browse();
    await typeIn(el, '#browse-search', 'worried');
    await waitUntil(() => !$$(el, '.notice').some((n) => n.textContent.includes('Getting search ready')), 'no index', {
      timeout: 5000,
    });
    await el.updateComplete;
    const before = cardNames(el);
    expect(before.length).to.equal(PAGE_SIZE);
    // What each change to the list showed, in the order the person would have seen it.
    const seen: string[][] = [];
    const observer = new MutationObserver(() => seen.push(cardNames(el)));
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    await typeIn(el, '#browse-search', 'young');
    observer.disconnect();
    const after = cardNames(el);
    expect(after.length).to.equal(PAGE_SIZE);
    expect(after.slice(FIRST_CARDS)).to.not.deep.equal(before.slice(FIRST_CARDS));
    // The first cards came first, while the cards below them still showed the last search.
    expect(seen[0]!.slice(0, FIRST_CARDS)).to.deep.equal(after.slice(0, FIRST_CARDS));
    expect(seen[0]!.slice(FIRST_CARDS)).to.deep.equal(before.slice(FIRST_CARDS));
    // Then the rest of the page, all at once.
    expect(seen.findIndex((names) => names.join() === after.join())).to.be.greaterThan(0);
    // Every card of the page is read out: all ten in the accessibility tree, none of the last search.
    // (Headings, since a card may name another service in its "While you wait" list.)
    type AXNode = { role?: string; name?: string; children?: AXNode[] };
    const headings = (node: AXNode): string[] => [
      ...(node.role === 'heading' && node.name ? [node.name] : []),
      ...(node.children ?? []).flatMap(headings),
    ];
    const read = headings((await a11ySnapshot({})) as unknown as AXNode);
    for (const name of after) expect(read, name).to.include(name);
    for (const name of before.filter((n) => !after.includes(n))) expect(read, name).to.not.include(name);
    // Nothing of the last search is left: the same list as a finder that only ever searched this.
    const fresh = await browse();
    await typeIn(fresh, '#browse-search', 'young');
    await waitUntil(() => cardNames(fresh).join() === after.join(), 'lists differ', { timeout: 5000 });
  });

  it('draws "Show more" the same way, with focus on the first card it adds', async () => {
    const el = await browse();
    await el.updateComplete;
    const firstPage = cardNames(el);
    $$(el, 'button')
      .find((b) => b.textContent.trim().startsWith('Show more'))!
      .click();
    await el.updateComplete;
    const names = cardNames(el);
    expect(names.slice(0, PAGE_SIZE)).to.deep.equal(firstPage);
    expect(names.length).to.equal(Math.min(count(el), 2 * PAGE_SIZE));
    const focused = el.shadowRoot!.activeElement;
    expect(focused?.textContent.trim()).to.equal(names[PAGE_SIZE]);
  });

  it('keeps an opened "Read more" with the service read, not with the place in the list', async () => {
    // Every service with a description long enough to have a "Read more".
    const feed = await sampleFeedJson();
    const more = `\n\n${'Sessions are in the community centre, by video or by phone, on your own or with someone. '.repeat(6)}`;
    const longer = (text: unknown) =>
      typeof text === 'string'
        ? text + more
        : Object.fromEntries(Object.entries(text as Record<string, string>).map(([lang, t]) => [lang, t + more]));
    feed.services = feed.services.map((s) => ({ ...s, description: longer(s.description) }));
    const el = await fixture<SupportFinder>(
      html`<support-finder .feed=${feed} mode="browse" .now=${WEDNESDAY_AFTERNOON}></support-finder>`,
    );
    await waitUntil(() => el.shadowRoot?.querySelector('#browse-search'), 'browse did not open', { timeout: 5000 });
    const cards = () => $$(el, '.card');
    const name = (card: HTMLElement) => card.querySelector('[role=heading]')!.textContent.trim();
    const index = cards().findIndex((card, i) => i > 0 && card.querySelector('details.read-more'));
    expect(index, 'no card with Read more').to.be.greaterThan(0);
    const reading = cards()[index]!;
    const title = name(reading);
    const details = reading.querySelector<HTMLDetailsElement>('details.read-more')!;
    const toggled = new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
    details.querySelector('summary')!.click();
    // The browser says a disclosure opened in a task of its own; a person's next key comes later.
    await toggled;
    // Its own name puts the service first: every card above it moves.
    await typeIn(el, '#browse-search', title);
    await waitUntil(() => name(cards()[0]!) === title, 'not first', { timeout: 5000 });
    await el.updateComplete;
    const open = cards().filter((card) => card.querySelector<HTMLDetailsElement>('details.read-more')?.open);
    expect(open.map(name)).to.deep.equal([title]);
  });

  it('renders only the first page of cards, however many match', async () => {
    const el = await browse();
    await typeIn(el, '#browse-search', 'young');
    await waitUntil(() => count(el) > 20, 'not many', { timeout: 5000 });
    expect($$(el, '.card').length).to.equal(PAGE_SIZE);
  });
});
