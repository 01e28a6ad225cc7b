import { PAGE_SIZE } from '../../src/ui/parts/page-size.ts';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { SupportFinder } from '../../src/ui/support-finder.ts';
import { $, $$, clickButton, feedSettled, SAMPLE, WEDNESDAY_AFTERNOON } from './helpers.ts';

// Quick exit on top of any host page, with no configuration: a council or school site's own sticky
// or fixed header, and a cookie banner fixed at the bottom. The finder finds them, sits its bar
// below the header, and scrolls each focused control clear of both (WCAG 2.4.11).

type Kind = 'sticky' | 'fixed';

/** A host page like a council's: a header (sticky, or fixed as one WordPress theme's, 136 px tall on a phone), text, the finder, more text, and a cookie banner. */
function hostPage(kind: Kind): { header: HTMLElement; banner: HTMLElement; cleanup: () => void } {
  const style = document.createElement('style');
  style.textContent = `
    body { margin: 0; font: 16px/1.5 sans-serif; }
    .host-header { position: ${kind}; top: 0; inset-inline: 0; z-index: 1000; background: #1d3557; color: #fff;
      padding: 12px 16px; display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; }
    .host-header a { color: #fff; display: inline-block; padding: 8px; }
    ${kind === 'fixed' ? '.host-main { padding-top: 136px; } @media (min-width: 800px) { .host-main { padding-top: 80px; } }' : ''}
    .host-header { min-height: ${kind === 'fixed' ? '136px' : '64px'}; box-sizing: border-box; }
    @media (min-width: 800px) { .host-header { min-height: ${kind === 'fixed' ? '80px' : '64px'}; } }
    .host-banner { position: fixed; bottom: 0; inset-inline: 0; z-index: 1000; background: #222; color: #fff;
      padding: 16px; display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
    .host-banner button { min-height: 44px; }
    .host-text { min-height: 600px; padding: 16px; }
  `;
  const header = document.createElement('header');
  header.className = 'host-header';
  for (const name of ['Council home', 'Bins', 'Schools', 'Health and social care', 'Contact us']) {
    const a = document.createElement('a');
    a.href = '#';
    a.textContent = name;
    header.append(a);
  }
  const banner = document.createElement('div');
  banner.className = 'host-banner';
  banner.textContent = 'We use cookies to make this site work. ';
  const accept = document.createElement('button');
  accept.textContent = 'Accept cookies';
  banner.append(accept);
  const main = document.createElement('main');
  main.className = 'host-main';
  const intro = document.createElement('p');
  intro.className = 'host-text';
  intro.textContent = 'Mental health support for children and young people in our area.';
  main.append(intro);
  document.body.prepend(header, main);
  document.body.append(banner);
  document.head.append(style);
  return {
    header,
    banner,
    cleanup: () => {
      for (const e of [style, header, main, banner, ...document.querySelectorAll('.host-after')]) e.remove();
      window.scrollTo(0, 0);
    },
  };
}

async function frames(n = 3): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
}

async function finderAfterHeader(): Promise<SupportFinder> {
  const el = await fixture<SupportFinder>(
    html`<support-finder src=${SAMPLE} lang="en" .now=${WEDNESDAY_AFTERNOON}></support-finder>`,
  );
  await feedSettled(el);
  // Something after it, so the page scrolls past its end too.
  const after = document.createElement('p');
  after.className = 'host-text host-after';
  after.textContent = 'More from the council.';
  el.parentElement!.after(after);
  await el.updateComplete;
  return el;
}

/** Quick exit, where its centre is, is Quick exit: nothing of the page's covers it. */
function expectQuickExitOnTop(el: SupportFinder, header: HTMLElement, where: string): void {
  const exit = $(el, 'button.exit');
  const box = exit.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  expect(y, `${where}: Quick exit is off screen`).to.be.within(0, window.innerHeight);
  // Compared by name: chai describing two unequal elements can take minutes.
  const name = (e: Element | null | undefined) => (e ? `${e.tagName} ${e.textContent.trim().slice(0, 30)}` : 'nothing');
  const onPage = document.elementFromPoint(x, y);
  expect(onPage === el ? 'the finder' : name(onPage), `${where}: what is at Quick exit's centre`).to.equal(
    'the finder',
  );
  const inside = el.shadowRoot!.elementFromPoint(x, y)?.closest('button');
  expect(inside === exit ? 'Quick exit' : name(inside), where).to.equal('Quick exit');
  const headerBox = header.getBoundingClientRect();
  expect(box.top, `${where}: Quick exit is under the header`).to.be.at.least(headerBox.bottom - 1);
}

for (const kind of ['sticky', 'fixed'] as const) {
  for (const width of [360, 1280]) {
    describe(`a host page with a ${kind} header and a cookie banner, ${width} px wide`, () => {
      let page: ReturnType<typeof hostPage>;
      beforeEach(async () => {
        await setViewport({ width, height: 720 });
        page = hostPage(kind);
      });
      afterEach(async () => {
        page.cleanup();
        await setViewport({ width: 800, height: 600 });
      });

      it('keeps Quick exit uncovered, below the header, in every scroll position', async () => {
        const el = await finderAfterHeader();
        await clickButton(el, 'All services');
        await waitUntil(() => $$(el, '.card').length >= PAGE_SIZE, 'browse did not load');
        const top = el.getBoundingClientRect().top + window.scrollY;
        const bottom = top + el.getBoundingClientRect().height;
        for (const y of [0, top - 200, top + 10, top + 400, (top + bottom) / 2, bottom - 900, bottom - 300]) {
          window.scrollTo(0, Math.max(0, y));
          await frames();
          const finder = el.getBoundingClientRect();
          // Only where some of the finder is on screen, below the header.
          if (finder.bottom < page.header.getBoundingClientRect().bottom + 60 || finder.top > window.innerHeight - 60)
            continue;
          expectQuickExitOnTop(el, page.header, `scrolled to ${Math.round(y)}`);
        }
      });

      it('scrolls each control it focuses clear of the header, its own bar and the cookie banner', async () => {
        const el = await finderAfterHeader();
        await clickButton(el, 'All services');
        await waitUntil(() => $$(el, '.card').length >= PAGE_SIZE, 'browse did not load');
        $$(el, 'button.save')[0]!.focus();
        const covered: string[] = [];
        for (let i = 0; i < 40; i++) {
          await sendKeys({ press: 'Tab' });
          await frames(1);
          const focused = el.shadowRoot!.activeElement as HTMLElement | null;
          if (!focused) break;
          if (focused.closest('.quick')) continue;
          const box = focused.getBoundingClientRect();
          const bar = $(el, '.quick').getBoundingClientRect();
          const banner = page.banner.getBoundingClientRect();
          const what = `${focused.tagName} "${focused.textContent.trim().slice(0, 30)}"`;
          if (box.bottom > banner.top + 1) covered.push(`${what} under the banner (${box.bottom} > ${banner.top})`);
          if (box.top < bar.bottom - 1) covered.push(`${what} under the bar (${box.top} < ${bar.bottom})`);
        }
        expect(covered).to.deep.equal([]);
      });

      it('follows the page when it changes its header or takes the banner away', async () => {
        const el = await finderAfterHeader();
        await clickButton(el, 'All services');
        await waitUntil(() => $$(el, '.card').length >= PAGE_SIZE, 'browse did not load');
        window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY + 600);
        await frames();
        expectQuickExitOnTop(el, page.header, 'at first');
        page.header.style.minHeight = '200px';
        await frames();
        expectQuickExitOnTop(el, page.header, 'the header grown');
        expect($(el, 'button.exit').getBoundingClientRect().top).to.be.at.least(200);
        page.header.style.display = 'none';
        await frames();
        expect($(el, '.quick').getBoundingClientRect().top, 'the header gone').to.be.closeTo(0, 1);
        page.header.style.removeProperty('display');
        page.banner.remove();
        await frames();
        expectQuickExitOnTop(el, page.header, 'the header back');
        const finder = $(el, '.finder');
        expect(getComputedStyle(finder).getPropertyValue('--_bottom-found').trim()).to.equal('0px');
        // Moved within the page (a CMS rearranging blocks), it keeps following the header.
        el.parentElement!.append(el);
        page.header.style.minHeight = '150px';
        await frames();
        expectQuickExitOnTop(el, page.header, 'after a move');
        expect($(el, 'button.exit').getBoundingClientRect().top).to.be.at.least(150);
      });
    });
  }
}

describe('a host page whose header and cookie banner leave no room, at 320 × 256 (400% zoom)', () => {
  let page: ReturnType<typeof hostPage>;
  beforeEach(async () => {
    await setViewport({ width: 320, height: 256 });
    page = hostPage('sticky');
  });
  afterEach(async () => {
    page.cleanup();
    await setViewport({ width: 800, height: 600 });
  });

  it('keeps Quick exit below the header and over the banner, in every scroll position', async () => {
    const el = await finderAfterHeader();
    await clickButton(el, 'All services');
    await waitUntil(() => $$(el, '.card').length >= PAGE_SIZE, 'browse did not load');
    // The page's own bars: more than half the screen between them.
    expect(page.header.getBoundingClientRect().height + page.banner.getBoundingClientRect().height).to.be.above(128);
    const top = el.getBoundingClientRect().top + window.scrollY;
    const bottom = top + el.getBoundingClientRect().height;
    for (const y of [top + 10, top + 400, (top + bottom) / 2, bottom - 400]) {
      window.scrollTo(0, y);
      await frames();
      expectQuickExitOnTop(el, page.header, `scrolled to ${Math.round(y)}`);
    }
  });
});

describe('setting where the bar sits by hand', () => {
  let page: ReturnType<typeof hostPage>;
  beforeEach(async () => {
    await setViewport({ width: 360, height: 720 });
    page = hostPage('fixed');
  });
  afterEach(async () => {
    page.cleanup();
    await setViewport({ width: 800, height: 600 });
  });

  async function stuckTop(el: SupportFinder): Promise<number> {
    await clickButton(el, 'All services');
    await waitUntil(() => $$(el, '.card').length >= PAGE_SIZE, 'browse did not load');
    window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY + 600);
    await frames();
    return $(el, '.quick').getBoundingClientRect().top;
  }

  it('--sf-sticky-top places it, instead of the header found', async () => {
    const el = await finderAfterHeader();
    el.style.setProperty('--sf-sticky-top', '150px');
    expect(await stuckTop(el)).to.be.closeTo(150, 1);
  });

  it('the sticky-top attribute wins over --sf-sticky-top and over what was found', async () => {
    const el = await finderAfterHeader();
    el.style.setProperty('--sf-sticky-top', '150px');
    el.setAttribute('sticky-top', '10rem');
    expect(await stuckTop(el)).to.be.closeTo(160, 1);
    el.setAttribute('sticky-top', 'auto');
    await el.updateComplete;
    el.style.removeProperty('--sf-sticky-top');
    await frames();
    expect($(el, '.quick').getBoundingClientRect().top).to.be.closeTo(page.header.getBoundingClientRect().bottom, 1);
  });
});
