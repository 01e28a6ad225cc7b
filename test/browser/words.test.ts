import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
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
  showAll,
  typeIn,
} from './helpers.ts';

const FIRST_PERSON = /\b(I|me|my|myself|yourself)\b/i;

function choiceLabels(el: SupportFinder): string[] {
  return $$(el, 'label.choice').map((l) => l.textContent.replace(/\s+/g, ' ').trim());
}

/** The visible and the accessible text of the check page's rows: question, answer, button. */
function checkRows(el: SupportFinder): { question: string; answer: string; button: string }[] {
  return $$(el, '.check-row').map((row) => ({
    question: row.querySelector('dt')!.textContent.trim(),
    answer: row.querySelector('dd')!.textContent.replace(/\s+/g, ' ').trim(),
    button: row.querySelector('button')!.textContent.replace(/\s+/g, ' ').trim(),
  }));
}

/** The rows come with the lazily loaded screens, fetched from the last question on. */
async function rowsShown(el: SupportFinder): Promise<void> {
  await waitUntil(() => el.shadowRoot!.querySelector('.check-row'), 'the answers were not listed');
}

function focused(el: SupportFinder): Element | null {
  return el.shadowRoot!.activeElement;
}

describe('each reader’s own words', () => {
  it('a parent is asked about their child, in a parent’s words, and sees support for both', async () => {
    const el = await finderWithSample();
    await choose(el, 'My child');
    await clickButton(el, 'Next');
    expect(questionText(el)).to.equal('How old is your child?');
    await typeIn(el, '#age', '9');
    await clickButton(el, 'Next');
    expect(questionText(el)).to.equal('What would you like help with?');
    const topics = choiceLabels(el);
    expect(topics).to.include('Supporting my child');
    expect(topics).to.include('Something bad happened to them');
    expect(topics).to.include('Feeling OK and looking after themselves');
    for (const topic of topics) expect(topic.replace('Supporting my child', ''), topic).not.to.match(FIRST_PERSON);
    await choose(el, 'Anger and big feelings');
    await clickButton(el, 'Next');
    expect(questionText(el)).to.equal('Does your child need help right now?');
    expect(choiceLabels(el)).to.deep.equal([
      'Yes, we need to talk to someone now',
      'Soon, we would like help in the next few days',
      'No, it can wait a little',
    ]);
    await choose(el, 'No, it can wait');
    await clickButton(el, 'Next');
    expect(questionText(el)).to.equal('How would your child like to get support?');
    expect($(el, '.step').textContent).to.include('Choose any that suit them.');
    await clickButton(el, 'Next');
    expect(questionText(el)).to.equal('Where does your child live?');
    expect($(el, 'label[for=postcode]').textContent).to.include('Area, town or the first part of their postcode');
    await clickButton(el, 'Next');
    expect(questionText(el)).to.equal('Check your answers');
    await clickButton(el, 'Show results');
    const text = $(el, '.results').textContent;
    expect(text).to.include('Support for your child');
    expect(text).to.include('Support for you as a parent or carer');
    await expectAccessible(el);
  });

  it('a teacher sees no first-person topics and no “Supporting my child”', async () => {
    const el = await finderWithSample();
    await choose(el, 'A young person I work with');
    await clickButton(el, 'Next');
    expect(questionText(el)).to.equal('How old is the young person?');
    await clickButton(el, 'Next');
    const topics = choiceLabels(el);
    expect(topics).not.to.include('Supporting my child');
    expect(topics).to.include('Supporting parents and carers');
    for (const topic of topics) expect(topic, topic).not.to.match(FIRST_PERSON);
    await clickButton(el, 'Next');
    expect(questionText(el)).to.equal('Does the young person need help right now?');
  });

  it('a friend is asked about their friend, and is offered support for themselves too', async () => {
    const el = await finderWithSample();
    await choose(el, 'A friend');
    await clickButton(el, 'Next');
    expect(questionText(el)).to.equal('How old is your friend?');
    await typeIn(el, '#age', '15');
    await clickButton(el, 'Next');
    expect(questionText(el)).to.equal('What is your friend going through?');
    const topics = choiceLabels(el);
    expect(topics.some((t) => t.startsWith('Supporting'))).to.equal(false);
    for (const topic of topics) expect(topic, topic).not.to.match(FIRST_PERSON);
    await choose(el, 'Bullying');
    await clickButton(el, 'Next');
    expect(questionText(el)).to.equal('Does your friend need help right now?');
    // The contacts open above the question, so the words point there, not "below".
    await choose(el, 'Yes, we need to talk to someone now');
    const notice = $(el, '.step .notice').textContent;
    expect(notice).not.to.include('below');
    expect(notice).to.include('at the top');
    await clickButton(el, 'Next');
    expect(questionText(el)).to.equal('How would your friend like to get support?');
    await clickButton(el, 'Next');
    expect(questionText(el)).to.equal('Where does your friend live?');
    await clickButton(el, 'Next');
    await clickButton(el, 'Show results');
    const text = $(el, '.results').textContent;
    expect(text).to.include('Support for your friend');
    expect(text).to.include('Support for you');
    expect(text).to.include('You deserve support too');
    expect(text).to.include('Support for how you are feeling too');
    await expectAccessible(el);
  });

  it('gently tells an under-16 they can bring an adult they trust, and not an older young person', async () => {
    for (const [age, told] of [
      ['13', true],
      ['17', false],
    ] as const) {
      const el = await finderWithSample();
      await choose(el, 'Me');
      await clickButton(el, 'Next');
      await typeIn(el, '#age', age);
      await clickButton(el, 'Next');
      for (let i = 0; i < 4; i++) await clickButton(el, 'Skip this question');
      await clickButton(el, 'Show results');
      expect($(el, '.results').textContent.includes('an adult you trust'), age).to.equal(told);
    }
  });

  it('says “or” between the people who can refer, and explains CAMHS', async () => {
    const el = await finderWithSample();
    for (let i = 0; i < 6; i++) await clickButton(el, 'Skip this question');
    await clickButton(el, 'Show results');
    await showAll(el);
    const text = $(el, '.results').textContent.replace(/\s+/g, ' ');
    expect(text).to.include(
      'Needs a referral from: a GP, CAMHS (the NHS’s Child and Adolescent Mental Health Services) or a school nurse',
    );
    expect(text).not.to.match(/a school, and/);
  });
});

describe('check your answers', () => {
  async function walk(el: SupportFinder): Promise<void> {
    await choose(el, 'Me');
    await clickButton(el, 'Next');
    await typeIn(el, '#age', '14');
    await clickButton(el, 'Next');
    await choose(el, 'Sleep');
    await clickButton(el, 'Next');
    await choose(el, 'No, I can wait');
    await clickButton(el, 'Next');
    await choose(el, 'On the phone');
    await clickButton(el, 'Next');
    await typeIn(el, '#postcode', 'Glenmore North', 'change');
    await clickButton(el, 'Next');
  }

  it('lists every answer with a Change button named for its question, and returns after a change', async () => {
    const el = await finderWithSample();
    await walk(el);
    expect(questionText(el)).to.equal('Check your answers');
    expect(focused(el)?.id).to.equal('step-heading');
    await rowsShown(el);
    const rows = checkRows(el);
    expect(rows.map((r) => r.question)).to.deep.equal([
      'Who are you looking for support for?',
      'How old are you?',
      "What's on your mind?",
      'Do you need help right now?',
      'How would you like to get support?',
      'Where do you live?',
    ]);
    expect(rows.map((r) => r.answer)).to.deep.equal([
      'Me',
      '14',
      'Sleep',
      'No, I can wait a little',
      'On the phone',
      rows[5]!.answer,
    ]);
    expect(rows[5]!.answer).not.to.equal('Not answered');
    expect(rows[1]!.button).to.equal('Change How old are you?');
    await expectAccessible(el);

    // Change the age: straight to that question, then back to the check page.
    $$(el, '.check-row button')[1]!.click();
    await el.updateComplete;
    expect(questionText(el)).to.equal('How old are you?');
    await typeIn(el, '#age', '16');
    await clickButton(el, 'Next');
    expect(questionText(el)).to.equal('Check your answers');
    expect(checkRows(el)[1]!.answer).to.equal('16');

    // Changing who it is for rewords the questions on the check page.
    $$(el, '.check-row button')[0]!.click();
    await el.updateComplete;
    await choose(el, 'A friend');
    await clickButton(el, 'Next');
    expect(checkRows(el)[1]!.question).to.equal('How old is your friend?');

    await clickButton(el, 'Show results');
    expect(questionText(el)).to.equal('Support that could help');

    // "Change answers" on the results opens the check page, not the last question.
    await clickButton(el, 'Change answers');
    expect(questionText(el)).to.equal('Check your answers');
    expect(focused(el)?.id).to.equal('step-heading');
    await clickButton(el, 'Back');
    expect(questionText(el)).to.equal('Where does your friend live?');
  });

  it('shows a skipped question as not answered', async () => {
    const el = await finderWithSample();
    for (let i = 0; i < 6; i++) await clickButton(el, 'Skip this question');
    await rowsShown(el);
    expect(checkRows(el).map((r) => r.answer)).to.deep.equal(Array(6).fill('Not answered'));
  });

  it('browse starts from the answers already given', async () => {
    const el = await finderWithSample();
    await walk(el);
    await clickButton(el, 'Show results');
    await clickButton(el, 'All services');
    await waitUntil(() => el.shadowRoot!.querySelector('#f-age'), 'browse did not load');
    expect(($(el, '#f-age') as HTMLInputElement).value).to.equal('14');
    expect(($(el, '#f-area') as HTMLSelectElement).value).to.equal('glenmore-north');
    expect(($(el, '#f-topic') as HTMLSelectElement).value).to.equal('sleep');
    expect(($(el, '#f-how') as HTMLSelectElement).value).to.equal('phone');
    // The person's own changes to the filters stay while the answers do not change.
    await typeIn(el, '#f-age', '');
    await clickButton(el, 'Questions');
    await clickButton(el, 'All services');
    expect(($(el, '#f-age') as HTMLInputElement).value).to.equal('');
    expect(cardNames(el).length).to.be.greaterThan(0);
  });
});

describe('my summary on paper', () => {
  it('carries the urgent contacts, printed only', async () => {
    const el = await finderWithSample();
    for (let i = 0; i < 6; i++) await clickButton(el, 'Skip this question');
    await clickButton(el, 'Show results');
    await clickButton(el, 'Save to my summary');
    await clickButton(el, 'My summary');
    await waitUntil(() => el.shadowRoot!.querySelector('.urgent-print'), 'summary did not load');
    const urgent = $(el, '.urgent-print');
    expect(urgent.textContent).to.include('If you need help right now');
    expect(urgent.textContent).to.include('Call 999');
    expect(urgent.textContent).to.include('Childline');
    expect(urgent.textContent).to.include('Call 0800 1111');
    expect(urgent.textContent).to.include('Text SHOUT to 85258');
    expect(getComputedStyle(urgent).display).to.equal('none');
    expect($(el, '.summary-text').textContent).to.include('If you need help right now');
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(urgent).display).to.equal('block');
      // The feedback link still prints too.
      expect(getComputedStyle($(el, '.finder > p.meta:last-child')).display).not.to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    await expectAccessible(el);
  });
});
