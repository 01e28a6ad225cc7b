import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SupportFinder } from '../../src/ui/support-finder.ts';
import { loadCatalog, Localizer } from '../../src/i18n/localize.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { openFrame } from './frame.ts';
import { $, $$, choose, expectAccessible, finderWithSample } from './helpers.ts';

describe('languages in the built script-tag bundle', () => {
  it('loads every language file from the build, with each text under its own key', async () => {
    const frame = await openFrame('/test/browser/fixtures/csp/index.html');
    const host = frame.doc.querySelector('support-finder')!;
    for (const locale of LOCALES) {
      const catalog = await loadCatalog(locale.lang);
      const l = new Localizer(catalog);
      host.setAttribute('lang', locale.lang);
      await waitUntil(
        () => frame.root.querySelector('.finder')?.getAttribute('lang') === locale.lang,
        `${locale.lang} did not load`,
        { timeout: 5000 },
      );
      const text = frame.root.textContent;
      // Keys spread through the catalog, so a text under the wrong key would show.
      for (const key of ['finder.title', 'step.next', 'who.me', 'urgent.title'] as const) {
        expect(text, `${locale.lang} ${key}`).to.include(l.t(key));
      }
      expect(frame.root.querySelector('.finder')?.getAttribute('dir')).to.equal(locale.dir);
    }
    frame.iframe.remove();
  });
});

describe('formatting in Chromium', () => {
  it('has no Gaelic, Welsh or Punjabi date data of its own, so the catalogs bring theirs', () => {
    // If Chromium gains the data these tables can go; until then they are what readers see.
    for (const lang of ['gd', 'cy']) expect(Intl.DateTimeFormat.supportedLocalesOf([lang]), lang).to.deep.equal([]);
    expect(new Intl.DateTimeFormat('pa', { month: 'long' }).format(new Date(Date.UTC(2026, 7, 29)))).not.to.equal(
      'ਅਗਸਤ',
    );
    for (const lang of ['pl', 'uk', 'ro', 'ar', 'ur', 'zh-Hans']) {
      expect(Intl.DateTimeFormat.supportedLocalesOf([lang]), lang).to.deep.equal([lang]);
      expect(Intl.ListFormat.supportedLocalesOf([lang]), lang).to.deep.equal([lang]);
    }
  });

  it('formats dates, weekdays, lists and language names in every language', async () => {
    const expected: Record<string, { date: string; and: string; polish: string }> = {
      en: { date: '29 August 2026', and: 'A, B and C', polish: 'Polish' },
      gd: { date: '29 dhen Lùnastal 2026', and: 'A, B agus C', polish: 'Pòlainis' },
      cy: { date: '29 Awst 2026', and: 'A, B a C', polish: 'Pwyleg' },
      pl: { date: '29 sierpnia 2026', and: 'A, B i C', polish: 'polski' },
      pa: { date: '29 ਅਗਸਤ 2026', and: 'A, B ਅਤੇ C', polish: 'ਪੋਲਿਸ਼' },
      'zh-Hans': { date: '2026年8月29日', and: 'A、B和C', polish: '波兰语' },
    };
    for (const [lang, want] of Object.entries(expected)) {
      const l = new Localizer(await loadCatalog(lang));
      expect(l.date('2026-08-29'), lang).to.equal(want.date);
      expect(l.list(['A', 'B', 'C']), lang).to.equal(want.and);
      expect(l.languageName('pl'), lang).to.equal(want.polish);
      if (lang !== 'en') expect(l.weekday('mon', 'short'), lang).not.to.equal('Mon');
    }
    const welsh = new Localizer(await loadCatalog('cy'));
    expect(welsh.weekday('mon')).to.equal('dydd Llun');
    expect(welsh.list(['A', 'B'], 'disjunction')).to.equal('A neu B');
  });
});

function active(el: SupportFinder): HTMLElement | null {
  return el.shadowRoot!.activeElement as HTMLElement | null;
}

describe('the language menu', () => {
  it('lists every language in its own name with its review status, and works from the keyboard', async () => {
    const el = await finderWithSample();
    await choose(el, 'Me');
    const choices = $$(el, '.lang-choice');
    expect(choices.map((c) => c.getAttribute('lang'))).to.deep.equal(LOCALES.map((l) => l.lang));
    expect(choices.map((c) => c.textContent.trim())).to.include('Polski — wersja robocza');
    expect(choices.find((c) => c.getAttribute('lang') === 'ur')?.getAttribute('dir')).to.equal('rtl');
    expect($(el, '.lang-choice[aria-current="true"]').getAttribute('lang')).to.equal('en');

    const summary = $(el, '.lang > summary');
    summary.focus();
    await sendKeys({ press: 'Enter' });
    expect(($(el, 'details.lang') as HTMLDetailsElement).open).to.equal(true);
    // Escape closes it and leaves focus on its button.
    await sendKeys({ press: 'Escape' });
    expect(($(el, 'details.lang') as HTMLDetailsElement).open).to.equal(false);
    expect(active(el)).to.equal(summary);

    await sendKeys({ press: 'Enter' });
    for (let i = 0; i < 20 && active(el)?.getAttribute('lang') !== 'pl'; i++) await sendKeys({ press: 'Tab' });
    expect(active(el)?.getAttribute('lang')).to.equal('pl');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '.finder').getAttribute('lang') === 'pl', 'Polish did not load');
    // Applied at once, without reloading the feed: the answer given is still there.
    expect(($$(el, 'input[name=who]')[0] as HTMLInputElement).checked).to.equal(true);
    expect(($(el, 'details.lang') as HTMLDetailsElement).open).to.equal(false);
    expect(active(el)).to.equal($(el, '.lang > summary'));
    expect($(el, '.lang > summary').textContent).to.include('Polski');
    expect($(el, '.lang-choice[aria-current="true"]').getAttribute('lang')).to.equal('pl');
    await expectAccessible(el);

    // Tabbing past the last language closes the menu, so it covers nothing that has focus.
    $(el, '.lang > summary').click();
    await el.updateComplete;
    $(el, '.lang-choice[lang="zh-Hans"]').focus();
    await sendKeys({ press: 'Tab' });
    expect(($(el, 'details.lang') as HTMLDetailsElement).open).to.equal(false);
  });
});
