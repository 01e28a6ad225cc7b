import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/ui/support-finder.ts';
import type { SupportFinder } from '../../src/ui/support-finder.ts';
import { $, feedSettled, SAMPLE, WEDNESDAY_AFTERNOON } from './helpers.ts';

/** Holds the first request open until it is aborted; later requests go through. */
function holdFirstRequest(): { restore: () => void; calls: () => number } {
  const real = window.fetch;
  let calls = 0;
  window.fetch = (input, init) => {
    calls += 1;
    if (calls > 1) return real(input, init);
    return new Promise((_resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    });
  };
  return { restore: () => (window.fetch = real), calls: () => calls };
}

describe('loading through the element’s life', () => {
  it('starts the load again when the element is moved in the page while its feed loads', async () => {
    const stub = holdFirstRequest();
    try {
      const holder = await fixture<HTMLDivElement>(
        html`<div>
          <div id="a"></div>
          <div id="b"></div>
        </div>`,
      );
      const el = document.createElement('support-finder');
      el.src = SAMPLE;
      el.now = WEDNESDAY_AFTERNOON;
      el.lang = 'en';
      holder.querySelector('#a')?.append(el);
      // The feed reader is a file of its own: the request goes out once it has arrived.
      await waitUntil(() => stub.calls() === 1, 'did not ask for the feed');
      // Moving an element disconnects and reconnects it.
      holder.querySelector('#b')?.append(el);
      await feedSettled(el);
      expect(stub.calls()).to.equal(2);
      expect($(el, '#step-heading').textContent).to.include('Who');
    } finally {
      stub.restore();
    }
  });

  it('lets the latest src win when it changes mid-load', async () => {
    const stub = holdFirstRequest();
    try {
      const el = await fixture<SupportFinder>(
        html`<support-finder src="/never-answers.json" lang="en" .now=${WEDNESDAY_AFTERNOON}></support-finder>`,
      );
      el.src = SAMPLE;
      await feedSettled(el);
      expect(el.shadowRoot?.querySelector('[role=alert]')).to.equal(null);
    } finally {
      stub.restore();
    }
  });
});
