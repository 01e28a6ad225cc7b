import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SupportFinder } from '../../src/ui/support-finder.ts';
import {
  $,
  $$,
  cardNames,
  choose,
  clickButton,
  expectAccessible,
  finderWithSample,
  questionText,
  SAMPLE,
  WEDNESDAY_AFTERNOON,
  typeIn,
} from './helpers.ts';

function active(el: SupportFinder): HTMLElement | null {
  return el.shadowRoot!.activeElement as HTMLElement | null;
}

/** Presses Tab until the focused control matches, as a keyboard user would. */
async function tabTo(el: SupportFinder, matches: (e: HTMLElement) => boolean, what: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    const current = active(el);
    if (current && matches(current)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what}`);
}

const byText = (text: string) => (e: HTMLElement) => e.textContent.trim().includes(text);
const choiceFor = (text: string) => (e: HTMLElement) =>
  e instanceof HTMLInputElement && (e.closest('label')?.textContent.includes(text) ?? false);

/** The questions up to the last ("Where"), which is left on the screen. */
async function answerToWhere(el: SupportFinder, seeker: string, age: string, topic: string): Promise<void> {
  await choose(el, seeker);
  await clickButton(el, 'Next');
  await typeIn(el, '#age', age);
  await clickButton(el, 'Next');
  await choose(el, topic);
  await clickButton(el, 'Next');
  await clickButton(el, 'Skip this question');
  await clickButton(el, 'Skip this question');
}

async function answerAll(el: SupportFinder, seeker: string, age: string, topic: string): Promise<void> {
  await answerToWhere(el, seeker, age, topic);
  await clickButton(el, 'Next');
  await clickButton(el, 'Show results');
}

describe('guided results worked out in slices', () => {
  it('says how many were found when "Show results" comes before they are worked out', async () => {
    const el = await finderWithSample();
    await answerToWhere(el, 'Me', '15', 'Feeling worried or anxious');
    // Next, then Show results in the same task (microtasks only): the results are started on
    // "Check your answers" and cannot be in yet.
    $$(el, 'button')
      .find((b) => b.textContent.trim() === 'Next')!
      .click();
    for (let i = 0; i < 50 && questionText(el) !== 'Check your answers'; i++) await Promise.resolve();
    expect(questionText(el)).to.equal('Check your answers');
    expect($$(el, '[role=status]').some((r) => /found/.test(r.textContent))).to.equal(false);
    $$(el, 'button')
      .find((b) => b.textContent.includes('Show results'))!
      .click();
    await el.updateComplete;
    const count = $(el, '.results > p').textContent.trim();
    expect(count).to.match(/^\d+ services? found$/);
    await waitUntil(() => $$(el, '[role=status]').some((r) => r.textContent.trim() === count), 'count not said', {
      timeout: 3000,
    });
  });
});

describe('journeys for each audience, by mouse', () => {
  it('a parent sees help for their child and for themselves', async () => {
    const el = await finderWithSample();
    await answerAll(el, 'My child', '7', 'Anger and big feelings');
    const text = $(el, '.results').textContent;
    expect(text).to.include('Support for your child');
    expect(text).to.include('Support for you as a parent or carer');
    expect(text).to.include('Anyone can get in touch directly');
    expect(questionText(el)).to.equal('Support that could help');
    await expectAccessible(el);
  });

  it('a professional is asked about the young person and sees services they can contact on their behalf', async () => {
    const el = await finderWithSample();
    await choose(el, 'A young person I work with');
    await clickButton(el, 'Next');
    expect(questionText(el)).to.equal('How old is the young person?');
    await typeIn(el, '#age', '14');
    await clickButton(el, 'Next');
    expect(questionText(el)).to.equal('What would you like help with?');
    await choose(el, 'Feeling low');
    for (let i = 0; i < 5; i++) await clickButton(el, i < 4 ? 'Next' : 'Show results');
    expect(cardNames(el).length).to.be.greaterThan(0);
    expect($(el, '.results').textContent).to.match(/contact them on the young person’s behalf|Support for you/);
  });

  it('a friend gets services for young people, in plain words', async () => {
    const el = await finderWithSample();
    await answerAll(el, 'A friend', '16', 'Bullying');
    expect(cardNames(el).length).to.be.greaterThan(0);
    expect($(el, '.results').textContent).to.include('Helps with: Bullying');
  });

  it('widens a journey with no exact match and says what it widened', async () => {
    const el = await finderWithSample();
    await choose(el, 'Me');
    await clickButton(el, 'Next');
    await typeIn(el, '#age', '2');
    await clickButton(el, 'Next');
    await choose(el, 'Alcohol and drugs');
    await clickButton(el, 'Next');
    await clickButton(el, 'Next');
    await choose(el, 'In a group');
    await clickButton(el, 'Next');
    // The area's name typed whole into the place box, as a person might without the list.
    await typeIn(el, '#postcode', 'The Islands', 'change');
    await clickButton(el, 'Next');
    await clickButton(el, 'Show results');
    const notice = $(el, '.results .notice').textContent;
    expect(notice).to.include('No services matched everything, so we have also included');
    expect(cardNames(el).length).to.be.greaterThan(0);
    await expectAccessible(el);
  });

  it('offers someone who needs help now the urgent contacts, then carries on', async () => {
    const el = await finderWithSample();
    for (let i = 0; i < 3; i++) await clickButton(el, 'Skip this question');
    await choose(el, 'Yes, I need to talk to someone now');
    await el.updateComplete;
    // The answer moves nothing (WCAG 3.2.2); the button beside it opens the contacts.
    expect(($(el, 'details.urgent') as HTMLDetailsElement).open).to.equal(false);
    await clickButton(el, 'Show who you can talk to now');
    await waitUntil(() => active(el)?.tagName === 'SUMMARY', 'focus did not move to urgent help');
    expect(($(el, 'details.urgent') as HTMLDetailsElement).open).to.equal(true);
    await clickButton(el, 'Next');
    expect(questionText(el)).to.equal('How would you like to get support?');
  });

  it('finds the nearest area from the device’s location only when asked', async () => {
    const calls: string[] = [];
    const original = Object.getOwnPropertyDescriptor(Geolocation.prototype, 'getCurrentPosition');
    Object.defineProperty(Geolocation.prototype, 'getCurrentPosition', {
      configurable: true,
      value(success: PositionCallback) {
        calls.push('asked');
        success({ coords: { latitude: 56.42, longitude: -3.2 } } as GeolocationPosition);
      },
    });
    try {
      const el = await finderWithSample();
      for (let i = 0; i < 5; i++) await clickButton(el, 'Skip this question');
      expect(calls).to.deep.equal([]);
      await clickButton(el, 'Use my location');
      expect(calls).to.deep.equal(['asked']);
      expect($(el, '.step').textContent).to.match(/Using your location/);
      await clickButton(el, 'Next');
      await clickButton(el, 'Show results');
      expect($(el, '.results').textContent).to.match(/About [\d.]+ km from you/);
    } finally {
      if (original) Object.defineProperty(Geolocation.prototype, 'getCurrentPosition', original);
    }
  });
});

describe('a journey by keyboard alone', () => {
  const audiences = [
    {
      index: 0,
      ageQuestion: 'How old are you?',
      topicQuestion: "What's on your mind?",
      nowQuestion: 'Do you need help right now?',
      topic: 'Friendships',
      words: 'lonley',
    },
    {
      index: 1,
      ageQuestion: 'How old is your child?',
      topicQuestion: 'What would you like help with?',
      nowQuestion: 'Does your child need help right now?',
      topic: 'Supporting my child',
      words: 'temper',
    },
    {
      index: 2,
      ageQuestion: 'How old is the young person?',
      topicQuestion: 'What would you like help with?',
      nowQuestion: 'Does the young person need help right now?',
      topic: 'Feeling low',
      words: 'exams',
    },
    {
      index: 3,
      ageQuestion: 'How old is your friend?',
      topicQuestion: 'What is your friend going through?',
      nowQuestion: 'Does your friend need help right now?',
      topic: 'Bullying',
      words: 'bullied online',
    },
  ];
  for (const a of audiences) {
    it(`reaches results for answer ${a.index + 1} of "who" with Tab, arrows, Space, typing and Enter`, async () => {
      const el = await finderWithSample();
      // Start from the page, as a keyboard user arriving at the finder would.
      const before = document.createElement('button');
      before.textContent = 'Before';
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(active(el)?.classList.contains('exit')).to.equal(true);

      await tabTo(el, (e) => e instanceof HTMLInputElement && e.name === 'who', 'the first answer');
      await sendKeys({ press: 'Space' });
      for (let i = 0; i < a.index; i++) await sendKeys({ press: 'ArrowDown' });
      expect(($$(el, 'input[name=who]')[a.index] as HTMLInputElement).checked).to.equal(true);
      await tabTo(el, byText('Next'), 'Next');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(questionText(el)).to.equal(a.ageQuestion);
      expect(active(el)?.id).to.equal('step-heading');

      await tabTo(el, (e) => e.id === 'age', 'the age box');
      await sendKeys({ type: '13' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(questionText(el)).to.equal(a.topicQuestion);

      await tabTo(el, choiceFor(a.topic), a.topic);
      await sendKeys({ press: 'Space' });
      await tabTo(el, (e) => e.id === 'query', 'the search box');
      await sendKeys({ type: a.words });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(questionText(el)).to.equal(a.nowQuestion);

      for (const next of ['How would', 'live?', 'Check your answers']) {
        await tabTo(el, byText('Next'), 'Next');
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(questionText(el)).to.include(next);
      }
      await tabTo(el, byText('Show results'), 'Show results');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(questionText(el)).to.equal('Support that could help');
      expect(cardNames(el).length).to.be.greaterThan(0);
      expect($(el, '.results').textContent).to.include(a.topic);

      // Save the first result and open the summary, still by keyboard.
      await tabTo(el, (e) => e.classList.contains('save'), 'Save to my summary');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(active(el)?.textContent).to.include('Remove from my summary');

      // Back by keyboard keeps the answers.
      await sendKeys({ down: 'Shift' });
      await tabTo(el, byText('Change answers'), 'Change answers');
      await sendKeys({ up: 'Shift' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(questionText(el)).to.equal('Check your answers');
    });
  }

  it('checks age and explains the problem without losing the answer', async () => {
    const el = await finderWithSample();
    await clickButton(el, 'Next');
    await typeIn(el, '#age', '99');
    await clickButton(el, 'Next');
    expect(questionText(el)).to.equal('How old are you?');
    expect($(el, '#age-error').textContent).to.include('from 0 to 25');
    expect($(el, '#age').getAttribute('aria-invalid')).to.equal('true');
    expect(active(el)?.id).to.equal('age');
    await expectAccessible(el);
  });
});

describe('browse mode', () => {
  it('starts in browse with mode="browse", lists every service and filters them', async () => {
    const el = await fixture<SupportFinder>(
      html`<support-finder src=${SAMPLE} mode="browse" .now=${WEDNESDAY_AFTERNOON}></support-finder>`,
    );
    await waitUntil(() => el.shadowRoot?.querySelector('#browse-search'), 'browse did not open', { timeout: 5000 });
    const count = () => $(el, '.count').textContent.trim();
    expect(count()).to.match(/^4\d services found$/);
    await expectAccessible(el);

    const all = Number.parseInt(count(), 10);
    const free = $$(el, 'label.choice').find((l) => l.textContent.includes('Free'))!;
    free.click();
    await el.updateComplete;
    const afterFree = count();
    expect(Number.parseInt(afterFree, 10)).to.be.lessThan(all);
    const area = $(el, '#f-area') as HTMLSelectElement;
    area.value = 'islands';
    area.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(Number.parseInt(count(), 10)).to.be.lessThan(Number.parseInt(afterFree, 10));
    // The new count is announced politely.
    await waitUntil(() => $$(el, '[role=status]').some((r) => /services found/.test(r.textContent)), 'not announced', {
      timeout: 3000,
    });

    const search = $(el, '#browse-search') as HTMLInputElement;
    search.value = 'counselling';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    for (const name of cardNames(el)) expect(name.length).to.be.greaterThan(0);
    await clickButton(el, 'Clear filters');
    expect(count()).to.match(/^4\d services found$/);
  });

  it('switches between the guided questions and browse, keeping answers', async () => {
    const el = await finderWithSample();
    await choose(el, 'Me');
    await clickButton(el, 'All services');
    await waitUntil(() => el.shadowRoot?.querySelector('#browse-search'));
    await clickButton(el, 'Questions');
    expect(($$(el, 'input[name=who]')[0] as HTMLInputElement).checked).to.equal(true);
  });
});

describe('My summary', () => {
  it('collects answers, own words and saved services; copies as text; clears with one button', async () => {
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (text: string) => (copied.push(text), Promise.resolve()) },
    });
    const el = await finderWithSample();
    await answerAll(el, 'Me', '15', 'Sleep');
    const first = cardNames(el)[0]!;
    const save = $$(el, 'button.save')[0]!;
    save.click();
    await el.updateComplete;
    expect(save.textContent).to.include('Remove from my summary');
    await clickButton(el, 'My summary (1)');
    await waitUntil(() => el.shadowRoot?.querySelector('#note'));
    const note = $(el, '#note') as HTMLTextAreaElement;
    note.value = 'Mornings are best for me.';
    note.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const summary = $(el, '.summary').textContent;
    expect(summary).to.include('Sleep');
    expect(summary).to.include('15');
    expect(summary).to.include(first);
    await expectAccessible(el);

    await clickButton(el, 'Copy as text');
    await waitUntil(() => copied.length === 1);
    expect(copied[0]).to.include('What is on my mind: Sleep');
    expect(copied[0]).to.include('Mornings are best for me.');
    expect(copied[0]).to.include(first);

    await clickButton(el, 'Clear my summary');
    await el.updateComplete;
    expect($(el, 'button[aria-pressed=true].tab').textContent).to.include('My summary (0)');
    expect($(el, '.summary').textContent).to.include('No answers yet');
    expect(($(el, '#note') as HTMLTextAreaElement).value).to.equal('');
  });
});
