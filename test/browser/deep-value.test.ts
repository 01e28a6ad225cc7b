import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/ui/support-finder.ts';
import type { SupportFinder } from '../../src/ui/support-finder.ts';
import { SupportFinderLoadEvent } from '../../src/ui/events.ts';
import { feedSettled, sampleFeedJson, WEDNESDAY_AFTERNOON } from './helpers.ts';

describe('a listing holding a value nested 5,000 deep', () => {
  for (const kind of ['arrays', 'objects']) {
    it(`loses only itself (${kind}): JSON.parse reads it, so every service still shows`, async () => {
      const sample = await sampleFeedJson();
      const url = `/faults/deep-${kind}?id=${Math.random()}`;
      const loads: number[] = [];
      document.addEventListener('support-finder-load', (e) => {
        if (e instanceof SupportFinderLoadEvent) loads.push(e.services);
      });
      const el = await fixture<SupportFinder>(
        html`<support-finder src=${url} lang="en" .now=${WEDNESDAY_AFTERNOON}></support-finder>`,
      );
      await feedSettled(el);
      expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
      expect(loads.at(-1)).to.equal(sample.services.length);
    });
  }
});

describe('a listing that is not JSON', () => {
  it('loses only itself: the other services show, and no error is shown', async () => {
    const sample = await sampleFeedJson();
    const loads: { services: number; skipped: number }[] = [];
    document.addEventListener('support-finder-load', (e) => {
      if (e instanceof SupportFinderLoadEvent) loads.push({ services: e.services, skipped: e.skipped });
    });
    const el = await fixture<SupportFinder>(
      html`<support-finder
        src=${`/faults/one-listing-not-json?id=${Math.random()}`}
        lang="en"
        mode="browse"
        .now=${WEDNESDAY_AFTERNOON}
      ></support-finder>`,
    );
    await feedSettled(el);
    expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
    expect(loads.at(-1)).to.deep.equal({ services: sample.services.length - 1, skipped: 1 });
    await waitUntil(() => el.shadowRoot!.querySelectorAll('article.card').length > 0, 'no cards in browse');
  });
});
