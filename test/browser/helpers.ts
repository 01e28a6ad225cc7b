import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/ui/support-finder.ts';
import type { SupportFinder } from '../../src/ui/support-finder.ts';

export const SAMPLE = '/data-schema/examples/sample-feed.json';

/** A fixed moment (Wednesday 25 November 2026, 15:00 in Scotland) so "open now" is stable. */
export const WEDNESDAY_AFTERNOON = new Date('2026-11-25T15:00:00Z');

export type FeedJson = Record<string, unknown> & { services: Record<string, unknown>[] };

export async function sampleFeedJson(): Promise<FeedJson> {
  const response = await fetch(SAMPLE);
  return (await response.json()) as FeedJson;
}

/**
 * Every finder whose feed has loaded or failed, recorded from before it starts. The first
 * question shows while the feed is still loading, so a question on screen does not say the feed
 * is ready.
 */
const settledFinders = new WeakSet<EventTarget>();
for (const type of ['support-finder-load', 'support-finder-error']) {
  document.addEventListener(
    type,
    (e) => {
      if (e.target) settledFinders.add(e.target);
    },
    true,
  );
}

/** Waits until the finder's feed has loaded or failed, and the finder shows it. */
export async function feedSettled(el: SupportFinder, timeout = 5000): Promise<void> {
  await waitUntil(() => settledFinders.has(el), 'the feed neither loaded nor failed', { timeout });
  await el.updateComplete;
}

export async function finderWithSample(attrs: { lang?: string } = {}): Promise<SupportFinder> {
  const el = await fixture<SupportFinder>(
    html`<support-finder src=${SAMPLE} lang=${attrs.lang ?? 'en'} .now=${WEDNESDAY_AFTERNOON}></support-finder>`,
  );
  await feedSettled(el);
  return el;
}

/**
 * Waits until the finder shows no "Loading…": a part fetched when needed, such as the results and
 * their cards, or a screen that needs the feed. (The first question shows while the feed loads:
 * `feedSettled` says when the feed is in.)
 */
export async function loaded(el: SupportFinder): Promise<void> {
  await waitUntil(() => el.shadowRoot && !el.shadowRoot.textContent.includes('Loading services'), 'still loading', {
    timeout: 5000,
  });
  await el.updateComplete;
}

export function $(el: SupportFinder, selector: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector} in the finder`);
  return found;
}

export function $$(el: SupportFinder, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

export function questionText(el: SupportFinder): string {
  return $(el, '#step-heading').textContent.trim();
}

/** Clicks the choice whose visible text includes `text`. */
export async function choose(el: SupportFinder, text: string): Promise<void> {
  await loaded(el);
  const label = $$(el, 'label.choice').find((l) => l.textContent.includes(text));
  if (!label)
    throw new Error(
      `no choice "${text}"; have: ${$$(el, 'label.choice')
        .map((l) => l.textContent.trim())
        .join(' | ')}`,
    );
  label.click();
  await el.updateComplete;
}

export async function clickButton(el: SupportFinder, text: string): Promise<void> {
  await loaded(el);
  const button = $$(el, 'button').find((b) => b.textContent.trim().includes(text));
  if (!button) throw new Error(`no button "${text}"`);
  button.click();
  await el.updateComplete;
  await aTimeout(0);
  await loaded(el);
}

/** Presses "Show more" until every card is rendered. */
export async function showAll(el: SupportFinder): Promise<void> {
  for (;;) {
    const more = $$(el, 'button').find((b) => b.textContent.includes('Show more'));
    if (!more) return;
    more.click();
    await el.updateComplete;
  }
}

export async function expectAccessible(el: SupportFinder): Promise<void> {
  // The urgent-help panel is checked open too, so its contents are inside the audit.
  await expect(el).to.be.accessible();
}

export function cardNames(el: SupportFinder): string[] {
  return $$(el, '.card [role=heading]').map((h) => h.textContent.trim());
}

/**
 * Opens every disclosure matching `selector` and waits until each card's "More about …" has
 * drawn its contents, which it does only once opened (on its toggle event, a task later).
 */
export async function openAll(root: ParentNode, selector = 'details'): Promise<void> {
  const opened = [...root.querySelectorAll<HTMLDetailsElement>(selector)];
  for (const details of opened) details.open = true;
  await waitUntil(
    () => opened.every((d) => !d.matches('.more') || !d.isConnected || d.querySelector('dl')),
    'a card\'s "More about" did not draw its contents',
  );
}

/** Types `value` into the input `selector` as one change, and waits for the finder to take it. */
export async function typeIn(
  el: SupportFinder,
  selector: string,
  value: string,
  event = 'input',
): Promise<HTMLInputElement> {
  const input = $(el, selector) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event(event));
  await el.updateComplete;
  return input;
}
