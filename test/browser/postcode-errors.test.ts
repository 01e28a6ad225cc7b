import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SupportFinder } from '../../src/ui/support-finder.ts';
import { $, $$, clickButton, feedSettled, finderWithSample, SAMPLE, WEDNESDAY_AFTERNOON } from './helpers.ts';

// A postcode the feed does not know is reported the same way however the person moves on: leaving
// the box, Enter, or Next. The GOV.UK error pattern: the message is linked to the box, the box is
// marked invalid, focus stays in it, and the message is announced. Results say when a place the
// person or the page gave was not used.

const UNKNOWN_MESSAGE = 'We do not know that postcode';

function spoken(el: SupportFinder): string {
  return $$(el, '.finder > .visually-hidden [role=status]')
    .map((r) => r.textContent.trim())
    .join(' | ');
}

async function atWhere(): Promise<SupportFinder> {
  const el = await finderWithSample();
  for (let i = 0; i < 5; i++) await clickButton(el, 'Skip this question');
  await waitUntil(() => el.shadowRoot?.querySelector('#postcode'), 'no postcode box');
  return el;
}

async function typePostcode(el: SupportFinder, postcode: string): Promise<HTMLInputElement> {
  const box = $(el, '#postcode') as HTMLInputElement;
  box.focus();
  await sendKeys({ type: postcode });
  return box;
}

/** The error shows, linked to the box, which is marked invalid. */
function expectError(el: SupportFinder, how: string): void {
  const box = $(el, '#postcode');
  const message = $(el, '#postcode-result');
  expect(message.textContent, how).to.include(UNKNOWN_MESSAGE);
  expect(message.classList.contains('error'), how).to.equal(true);
  expect(box.getAttribute('aria-invalid'), how).to.equal('true');
  expect(box.getAttribute('aria-describedby')?.split(' '), how).to.include('postcode-result');
  // Still the where question.
  expect(el.shadowRoot!.querySelector('.check'), how).to.equal(null);
}

describe('an unknown postcode in the where question', () => {
  for (const postcode of ['ZZ9', '12345']) {
    it(`${postcode}: reported on Enter, with focus kept in the box and the message announced`, async () => {
      const el = await atWhere();
      const box = await typePostcode(el, postcode);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expectError(el, 'Enter');
      await waitUntil(() => spoken(el).includes(UNKNOWN_MESSAGE), `not announced; heard "${spoken(el)}"`);
      expect(el.shadowRoot!.activeElement).to.equal(box);
    });

    it(`${postcode}: reported on Next, with focus moved back to the box`, async () => {
      const el = await atWhere();
      const box = await typePostcode(el, postcode);
      const next = $$(el, 'button[type=submit]')[0]!;
      next.focus();
      next.click();
      await el.updateComplete;
      await waitUntil(() => el.shadowRoot!.activeElement === box, 'focus did not go back to the box');
      expectError(el, 'Next');
    });

    it(`${postcode}: reported on leaving the box`, async () => {
      const el = await atWhere();
      await typePostcode(el, postcode);
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expectError(el, 'blur');
    });
  }

  it('moves on once the postcode is one the feed knows, and the error goes', async () => {
    const el = await atWhere();
    const box = await typePostcode(el, 'ZZ9');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    box.select();
    await sendKeys({ type: 'GM1' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot?.querySelector('.check'), 'did not move on');
  });
});

describe('results say when a place was not used', () => {
  it('an area the page set that the feed does not have: told, and every area shown', async () => {
    const plain = await finderWithSample();
    for (let i = 0; i < 6; i++) await clickButton(plain, 'Skip this question');
    await clickButton(plain, 'Show results');
    const everywhere = $$(plain, '.card').length;

    const el = await fixture<SupportFinder>(
      html`<support-finder src=${SAMPLE} lang="en" area="no-such-area" .now=${WEDNESDAY_AFTERNOON}></support-finder>`,
    );
    await feedSettled(el);
    for (let i = 0; i < 6; i++) await clickButton(el, i === 5 ? 'Next' : 'Skip this question');
    await clickButton(el, 'Show results');
    const notice = $$(el, '.results > .notice').map((n) => n.textContent.trim());
    expect(
      notice.some((n) => n.startsWith('The area chosen for this page is not in the list')),
      notice.join(' | '),
    ).to.equal(true);
    expect($$(el, '.card').length).to.equal(everywhere);
  });
});
