/**
 * The fault matrix: every way a feed host fails, and what a person sees. Served by
 * test/browser/fault-server.mjs. In every case: quick exit and urgent help with 999; on failure
 * a message in the reader's language above urgent help, a `support-finder-error` event with a
 * stable code, and a "Try again" that works once the server is fixed; on a damaged feed, every
 * valid service kept.
 */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { messages as ar } from '../../src/i18n/ar.ts';
import { messages as en } from '../english.ts';
import type { MessageKey } from '../../src/i18n/en.ts';
import { messages as gd } from '../../src/i18n/gd.ts';
import { messages as pl } from '../../src/i18n/pl.ts';
import { messages as uk } from '../../src/i18n/uk.ts';
import { SupportFinderErrorEvent, SupportFinderLoadEvent } from '../../src/ui/events.ts';
import type { SupportFinder } from '../../src/ui/support-finder.ts';
import { $, $$, clickButton, sampleFeedJson, WEDNESDAY_AFTERNOON } from './helpers.ts';

const CATALOGS = { en, pl, uk, gd, ar } as const;
type Lang = keyof typeof CATALOGS;

interface Mounted {
  el: SupportFinder;
  id: string;
  errors: string[];
  loads: { services: number; skipped: number }[];
}

let sampleCount = 0;
let counter = 0;

/** The finder at phone width, with its events recorded from before the first request. */
async function mount(
  fault: string,
  attrs: Record<string, string> = {},
  options: { base?: string; inline?: string } = {},
): Promise<Mounted> {
  const id = `${fault}-${Date.now()}-${++counter}`;
  const el = document.createElement('support-finder');
  const m: Mounted = { el, id, errors: [], loads: [] };
  el.addEventListener('support-finder-error', (e) => {
    if (e instanceof SupportFinderErrorEvent) m.errors.push(e.code);
  });
  el.addEventListener('support-finder-load', (e) => {
    if (e instanceof SupportFinderLoadEvent) m.loads.push({ services: e.services, skipped: e.skipped });
  });
  el.now = WEDNESDAY_AFTERNOON;
  el.style.inlineSize = '360px';
  for (const [name, value] of Object.entries({ lang: 'en', ...attrs })) el.setAttribute(name, value);
  if (options.inline !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = options.inline;
    el.append(script);
  }
  el.setAttribute('src', `${options.base ?? ''}/faults/${fault}?id=${id}`);
  document.body.append(el);
  // Not a question on screen: the first one shows while the feed is still loading.
  await waitUntil(() => m.loads.length + m.errors.length > 0, `${fault}: the finder never settled`, {
    timeout: 15_000,
  });
  await el.updateComplete;
  return m;
}

afterEach(() => {
  for (const el of document.querySelectorAll('support-finder')) el.remove();
});

before(async () => {
  sampleCount = (await sampleFeedJson()).services.length;
});

/** Quick exit and urgent help with 999 are there, whatever happened. */
function expectSafetyNet(el: SupportFinder): void {
  expect($(el, 'button.exit')).to.exist;
  expect($(el, '.urgent a[href="tel:999"]')).to.exist;
}

/** The reason, in the reader's language, near the top and above urgent help. */
function expectFailureShown(m: Mounted, code: string, lang: Lang, key: MessageKey): void {
  const { el } = m;
  expectSafetyNet(el);
  expect(m.errors).to.deep.equal([code]);
  const alert = $(el, '[role=alert]');
  expect(alert.textContent).to.include(CATALOGS[lang][key]);
  expect(alert.textContent).to.include(CATALOGS[lang]['error.title']);
  const urgent = $(el, '.urgent');
  expect(alert.compareDocumentPosition(urgent) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
  expect(($(el, 'details.urgent') as HTMLDetailsElement).open).to.equal(true);
  const offset = alert.getBoundingClientRect().top - el.getBoundingClientRect().top;
  expect(offset, 'the reason is near the top at 360 px').to.be.lessThan(400);
}

/** The host fixes the server; "Try again" then loads the feed and the questions start. */
async function expectTryAgainWorks(m: Mounted, lang: Lang): Promise<void> {
  await fetch(`/faults/heal?id=${m.id}`);
  const button = $$(m.el, '[role=alert] button, .notice button').find((b) =>
    b.textContent.includes(CATALOGS[lang]['error.retry'] as string),
  );
  expect(button, 'Try again').to.exist;
  button!.click();
  await waitUntil(() => m.loads.length > 0, 'Try again did not load the feed', { timeout: 15_000 });
  await m.el.updateComplete;
  expect(m.el.shadowRoot!.querySelector('form')).to.exist;
  expect(m.el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
  expect(m.loads.at(-1)?.services).to.equal(sampleCount);
}

/** Skips every question: the results list every service the finder kept. */
async function resultCount(el: SupportFinder): Promise<string> {
  for (let i = 0; i < 6; i++) await clickButton(el, 'Skip this question');
  await clickButton(el, 'Show results');
  await aTimeout(0);
  return $(el, '.results > p').textContent.trim();
}

const otherOrigin = () =>
  `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;

describe('fault matrix: the feed cannot be used', () => {
  const cases: {
    fault: string;
    code: string;
    key: MessageKey;
    lang: Lang;
    attrs?: Record<string, string>;
    base?: () => string;
  }[] = [
    { fault: '404', code: 'not-found', key: 'error.not-found', lang: 'en' },
    { fault: '500', code: 'http', key: 'error.http', lang: 'pl' },
    { fault: '503', code: 'http', key: 'error.busy', lang: 'uk' },
    { fault: 'slow', code: 'timeout', key: 'error.timeout', lang: 'gd', attrs: { 'feed-timeout': '1s' } },
    { fault: 'drop', code: 'network', key: 'error.network', lang: 'ar' },
    {
      fault: 'no-cors',
      code: 'cors',
      key: 'error.cors',
      lang: 'en',
      attrs: { 'allow-insecure-feed': '' },
      base: otherOrigin,
    },
    { fault: 'redirect-insecure', code: 'url', key: 'error.url', lang: 'pl' },
    { fault: 'html', code: 'html', key: 'error.html', lang: 'uk' },
    { fault: 'empty', code: 'empty', key: 'error.empty', lang: 'gd' },
    { fault: 'truncated', code: 'truncated', key: 'error.truncated', lang: 'ar' },
    { fault: 'png', code: 'content-type', key: 'error.content-type', lang: 'en' },
    { fault: 'huge', code: 'too-large', key: 'error.too-large', lang: 'pl', attrs: { 'feed-max-bytes': '256KB' } },
    { fault: 'future-major', code: 'version', key: 'error.version', lang: 'uk' },
  ];

  for (const c of cases) {
    it(`${c.fault}: says why (${c.code}), in ${c.lang}, above urgent help, and Try again works`, async () => {
      const m = await mount(c.fault, { lang: c.lang, ...c.attrs }, c.base ? { base: c.base() } : {});
      expectFailureShown(m, c.code, c.lang, c.key);
      await expectTryAgainWorks(m, c.lang);
    });
  }

  it('an oversized body is stopped while it streams, not after', async () => {
    const m = await mount('huge', { 'feed-max-bytes': '256KB' });
    expect(m.errors).to.deep.equal(['too-large']);
    const { sent } = (await (await fetch(`/faults/huge-sent?id=${m.id}`)).json()) as { sent: number };
    expect(sent).to.be.lessThan(20 * 1024 * 1024);
  });

  it('no src: says the page is not set up yet, with help still there', async () => {
    const el = document.createElement('support-finder');
    const errors: string[] = [];
    el.addEventListener('support-finder-error', (e) => {
      if (e instanceof SupportFinderErrorEvent) errors.push(e.code);
    });
    el.setAttribute('lang', 'en');
    document.body.append(el);
    await waitUntil(() => el.shadowRoot?.querySelector('[role=alert]'), 'no message without src');
    expect($(el, '[role=alert]').textContent).to.include(en['error.no-src']);
    expect(errors).to.deep.equal(['no-src']);
    expectSafetyNet(el);
  });
});

describe('the connection coming back', () => {
  it('loads the feed by itself after a failure for want of a connection', async () => {
    const m = await mount('drop');
    expect(m.errors).to.deep.equal(['network']);
    await fetch(`/faults/heal?id=${m.id}`);
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => m.loads.length === 1, 'did not reload when back online', { timeout: 10_000 });
  });

  it('does not reload a feed that failed for another reason', async () => {
    const m = await mount('404');
    await fetch(`/faults/heal?id=${m.id}`);
    window.dispatchEvent(new Event('online'));
    await aTimeout(300);
    expect(m.el.shadowRoot!.querySelector('[role=alert]')).to.exist;
    expect(m.loads).to.deep.equal([]);
  });
});

describe('fault matrix: the feed loads despite its host', () => {
  for (const fault of ['bom-utf8', 'utf16le', 'utf16be', 'text-plain', 'redirect-ok', 'future-minor']) {
    it(`${fault}: every service is there`, async () => {
      const m = await mount(fault);
      expectSafetyNet(m.el);
      expect(m.errors).to.deep.equal([]);
      expect(m.loads).to.deep.equal([{ services: sampleCount, skipped: 0 }]);
      expect(await resultCount(m.el)).to.equal(`${sampleCount} services found`);
    });
  }
});

describe('fault matrix: mistakes in the feed', () => {
  it('invalid services: the rest are kept, and the person is told how many are missing', async () => {
    const m = await mount('invalid-services');
    expectSafetyNet(m.el);
    expect(m.errors).to.deep.equal([]);
    expect(m.loads).to.deep.equal([{ services: sampleCount - 2, skipped: 3 }]);
    expect($(m.el, '.notice').textContent).to.include('3 services could not be shown');
    expect(await resultCount(m.el)).to.equal(`${sampleCount - 2} services found`);
  });

  it('invalid areas, topics, urgent contacts and time zone: each dropped on its own, every service kept', async () => {
    const m = await mount('invalid-sections');
    expectSafetyNet(m.el);
    expect(m.loads).to.deep.equal([{ services: sampleCount, skipped: 0 }]);
    expect(m.el.shadowRoot!.querySelector('.notice')).to.equal(null);
    expect($(m.el, '.urgent').textContent).not.to.include('Broken');
    // An unknown time zone used to make "Show results" do nothing.
    expect(await resultCount(m.el)).to.equal(`${sampleCount} services found`);
    await clickButton(m.el, 'All services');
    await waitUntil(() => m.el.shadowRoot!.querySelector('.card'), 'browse did not show services');
  });

  it('replace with a web-only list keeps 999 and the phone lines', async () => {
    const m = await mount('replace-web-only');
    const urgent = $(m.el, '.urgent').textContent;
    for (const name of ['999', 'Childline', 'Samaritans', 'Web only']) expect(urgent).to.include(name);
  });

  it('duplicate ids: the first is kept, and one listing is reported missing', async () => {
    const m = await mount('duplicate-ids');
    expect(m.loads).to.deep.equal([{ services: sampleCount, skipped: 1 }]);
    expect($(m.el, '.notice').textContent).to.include('1 service could not be shown');
  });

  it('unknown references: the services are kept', async () => {
    const m = await mount('unknown-references');
    expect(m.loads).to.deep.equal([{ services: sampleCount, skipped: 0 }]);
    expect(await resultCount(m.el)).to.equal(`${sampleCount} services found`);
  });

  it('zero services: says so at once, with urgent help open', async () => {
    const m = await mount('zero-services', { lang: 'pl' });
    expectSafetyNet(m.el);
    expect(m.el.shadowRoot!.querySelector('form')).to.equal(null);
    expect($(m.el, '.notice').textContent).to.include(pl['finder.noServices']);
    expect(($(m.el, 'details.urgent') as HTMLDetailsElement).open).to.equal(true);
  });
});

describe('fallbacks', () => {
  it('an inline copy stands in when the feed fails, labelled as possibly out of date', async () => {
    const feed = await sampleFeedJson();
    const inline = JSON.stringify({ ...feed, services: feed.services.slice(0, 3) });
    const m = await mount('500', {}, { inline });
    expect(m.errors).to.deep.equal(['http']);
    expect(m.loads).to.deep.equal([{ services: 3, skipped: 0 }]);
    const notice = $(m.el, '.notice');
    expect(notice.textContent).to.include(en['fallback.notice']);
    expect(notice.compareDocumentPosition($(m.el, '.urgent')) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(m.el.shadowRoot!.querySelector('form')).to.exist;
    // Try again fetches the latest once the server is back; the label goes.
    await fetch(`/faults/heal?id=${m.id}`);
    await clickButton(m.el, 'Try again');
    await waitUntil(() => m.loads.length === 2 && m.el.shadowRoot!.querySelector('form'));
    expect(m.el.shadowRoot!.textContent).not.to.include(en['fallback.notice']);
    expect(m.loads[1]).to.deep.equal({ services: sampleCount, skipped: 0 });
  });

  it('fallback-src stands in when the feed fails', async () => {
    const m = await mount('404', { 'fallback-src': '/faults/ok' });
    expect(m.errors).to.deep.equal(['not-found']);
    expect(m.loads).to.deep.equal([{ services: sampleCount, skipped: 0 }]);
    expect($(m.el, '.notice').textContent).to.include(en['fallback.notice']);
  });

  it('a broken inline copy is ignored and the failure is shown', async () => {
    const m = await mount('404', {}, { inline: '{"version": "1.0", "servi' });
    expectFailureShown(m, 'not-found', 'en', 'error.not-found');
  });
});
