import { expect, fixture, html } from '@open-wc/testing';
import type { SupportFinder } from '../../src/ui/support-finder.ts';
import { $, $$, clickButton, feedSettled, openAll, sampleFeedJson, showAll, WEDNESDAY_AFTERNOON } from './helpers.ts';

declare global {
  interface Window {
    __pwned?: number;
  }
}

const LONG = 'A'.repeat(100_000);
const CORPUS = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 2">',
  '"><svg onload="window.__pwned = 3"></svg>',
  'javascript:window.__pwned = 4',
  'data:text/html,<script>window.__pwned = 5</script>',
  '\u202Eevil text reversed\u202C then more',
  '\u2067isolated\u2069 \u200F mark',
  LONG,
  "{{constructor.constructor('window.__pwned = 6')()}}",
  '<style>:host, * { display: none !important }</style>',
  '<a href="javascript:window.__pwned = 7">click</a>',
  '&lt;b&gt;not bold&lt;/b&gt;',
];
const HOSTILE_URLS = [
  'javascript:window.__pwned = 8',
  'data:text/html,<script>window.__pwned=9</script>',
  'vbscript:x',
];

/** Replaces every string in a value, cycling through the corpus, keeping the shape. */
function poison(value: unknown, counter: { n: number }, keep: (key: string) => boolean, key = ''): unknown {
  if (typeof value === 'string') {
    if (keep(key)) return value;
    counter.n += 1;
    if (/^(web|form|website|feedbackUrl)$/.test(key)) return HOSTILE_URLS[counter.n % HOSTILE_URLS.length];
    return CORPUS[counter.n % CORPUS.length];
  }
  if (Array.isArray(value)) return value.map((v) => poison(v, counter, keep, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, counter, keep, k)]));
  }
  return value;
}

/**
 * Two passes: free text everywhere (the services stay valid, so the hostile text is rendered),
 * and every string in the feed, structural ones included (most services are then rejected, and
 * what is left must still be safe).
 */
async function hostileFeeds(): Promise<Record<string, unknown>[]> {
  const feed = await sampleFeedJson();
  const structural = new Set([
    'id',
    'version',
    'updated',
    'lastReviewed',
    'checked',
    'topics',
    'areas',
    'delivery',
    'audiences',
    'whoCanContact',
    'referralFrom',
    'days',
    'opens',
    'closes',
    'languages',
    'groups',
    'onlyFor',
    'level',
    'email',
    'timeZone',
    'defaultLanguage',
    'postcodePrefixes',
    'urgentHelpMode',
    'keywords',
  ]);
  const freeText = poison(feed, { n: 0 }, (k) => structural.has(k)) as Record<string, unknown>;
  const everything = poison(feed, { n: 0 }, (k) => k === 'version') as Record<string, unknown>;
  return [freeText, everything];
}

async function renderAll(feed: Record<string, unknown>): Promise<SupportFinder> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="inline-size: 360px">
      <support-finder .feed=${feed} .now=${WEDNESDAY_AFTERNOON}></support-finder>
    </div>`,
  );
  const el = wrapper.querySelector('support-finder') as SupportFinder;
  // Checking yields to the page between slices, so the feed may settle a task or two later.
  await feedSettled(el, 10_000);
  if (!el.shadowRoot!.querySelector('[role=alert]')) {
    for (let i = 0; i < 6; i++) await clickButton(el, 'Skip this question');
    await clickButton(el, 'Show results');
    await showAll(el);
  }
  await openAll(el.shadowRoot!);
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 50));
  return el;
}

describe('hostile feed content', () => {
  for (const [index, label] of ['free text', 'every string'].entries()) {
    it(`runs nothing, links nothing unsafe and keeps its layout (${label})`, async function () {
      // Every card with 100 KB strings is laid out at 360 px: slow on a busy machine.
      this.timeout(90_000);
      const feeds = await hostileFeeds();
      const el = await renderAll(feeds[index]!);
      const root = el.shadowRoot!;

      expect(window.__pwned).to.equal(undefined);
      expect(root.querySelectorAll('script, img, svg, iframe, object, embed, style, link').length).to.equal(0);
      for (const a of $$(el, 'a[href]')) expect(a.getAttribute('href')).to.match(/^(https:|http:|tel:|sms:|mailto:)/);
      for (const node of root.querySelectorAll('*')) {
        for (const attr of node.getAttributeNames()) expect(attr.startsWith('on'), attr).to.equal(false);
      }

      // Urgent help and quick exit survive, visible and on screen.
      expect($(el, '.urgent').textContent).to.include('Childline');
      const exit = $(el, 'button.exit').getBoundingClientRect();
      expect(exit.width).to.be.greaterThan(40);
      expect(exit.right).to.be.at.most(el.getBoundingClientRect().right + 1);

      // The layout holds: nothing pushes the finder wider than the 360 px it was given.
      const finder = $(el, '.finder');
      expect(el.getBoundingClientRect().width).to.be.at.most(360);
      expect(finder.scrollWidth).to.be.at.most(finder.clientWidth + 1);
      for (const card of $$(el, '.card')) expect(card.getBoundingClientRect().right).to.be.at.most(361);

      if (index === 0) {
        // The hostile strings were rendered, as text.
        expect(root.textContent).to.include('<script>window.__pwned = 1</script>');
        expect(root.textContent).to.include(LONG);
        expect($$(el, '.card').length).to.be.greaterThan(10);
        // Feed text sits in its own direction-isolated element, so a bidi override stays inside it.
        const reversed = $$(el, '[dir=auto]').filter((e) => e.textContent.includes('\u202E'));
        expect(reversed.length).to.be.greaterThan(0);
      }
    });
  }
});
