import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { SupportFinder } from '../../src/ui/support-finder.ts';
import { $, $$, finderWithSample, loaded } from './helpers.ts';

// axe in every state of the finder, at a phone's width and a laptop's, in English and in two
// right-to-left or complex-script languages, with WCAG 2.2's target-size rule on (axe leaves it off
// by default): each target 24 px or more, or spaced, and not covered by another element at the
// moment of the check. The page is at the top, where the sticky bar covers nothing.

interface AxeResult {
  violations: { id: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
}
interface Axe {
  run(context: Element, options: object): Promise<AxeResult>;
}

async function axe(): Promise<Axe> {
  const win = window as unknown as { axe?: Axe };
  if (!win.axe) await import('axe-core/axe.min.js');
  return win.axe!;
}

async function violations(el: SupportFinder, state: string): Promise<string[]> {
  window.scrollTo(0, 0);
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const result = await (
    await axe()
  ).run(el, {
    resultTypes: ['violations'],
    rules: { 'target-size': { enabled: true } },
  });
  return result.violations.flatMap((v) =>
    v.nodes.map(
      (n) => `${state}: ${v.id} at ${JSON.stringify(n.target)}: ${(n.failureSummary ?? '').split('\n')[1] ?? ''}`,
    ),
  );
}

async function act(el: SupportFinder, fn: () => void): Promise<void> {
  await loaded(el);
  fn();
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
  await loaded(el);
}

const choice = (el: SupportFinder, i: number) => () => $$(el, 'label.choice')[i]!.click();
const next = (el: SupportFinder) => () => $$(el, 'button[type=submit], .button.primary')[0]!.click();
const view = (el: SupportFinder, i: number) => () => $$(el, '.views button')[i]!.click();

function type(el: SupportFinder, selector: string, value: string, event = 'input'): () => void {
  return () => {
    const input = $(el, selector) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event(event));
  };
}

for (const width of [360, 1280]) {
  for (const lang of ['en', 'ar', 'pa']) {
    describe(`axe with target size, ${lang} at ${width} px`, () => {
      before(() => setViewport({ width, height: 800 }));
      after(() => setViewport({ width: 800, height: 600 }));

      it('is clean in every state of a journey, browse and My summary', async () => {
        const el = await finderWithSample({ lang });
        await waitUntil(() => $(el, '.finder').getAttribute('lang') === lang, `${lang} did not load`);
        const found: string[] = [];
        const check = async (state: string) => found.push(...(await violations(el, state)));

        await check('who');
        ($(el, 'details.urgent') as HTMLDetailsElement).open = true;
        await check('who, urgent help open');
        ($(el, 'details.urgent') as HTMLDetailsElement).open = false;
        await act(el, choice(el, 0));
        await act(el, next(el));
        await act(el, type(el, '#age', '30'));
        await act(el, next(el));
        await check('age, wrong');
        await act(el, type(el, '#age', '15'));
        await act(el, next(el));
        await act(el, choice(el, 0));
        await check('topics');
        await act(el, next(el));
        await act(el, choice(el, 0));
        await check('now, yes');
        await act(el, next(el));
        await check('how');
        await act(el, next(el));
        await act(el, type(el, '#postcode', 'ZZ9', 'change'));
        await act(el, next(el));
        await check('where, unknown postcode');
        await act(el, type(el, '#postcode', 'GM1', 'change'));
        await act(el, next(el));
        await waitUntil(() => el.shadowRoot?.querySelector('.check-row'), 'no check');
        await check('check');
        await act(el, next(el));
        await waitUntil(() => el.shadowRoot?.querySelector('.card'), 'no results');
        await act(el, () => $$(el, 'button.save')[0]!.click());
        ($$(el, '.card details.more')[0] as HTMLDetailsElement).open = true;
        await check('results');
        await act(el, view(el, 1));
        await waitUntil(() => el.shadowRoot?.querySelector('#f-topic'), 'browse did not load');
        await check('all services');
        ($(el, 'details.lang') as HTMLDetailsElement).open = true;
        await check('all services, language menu open');
        ($(el, 'details.lang') as HTMLDetailsElement).open = false;
        await act(el, view(el, 2));
        await waitUntil(() => el.shadowRoot?.querySelector('#note'), 'summary did not load');
        await check('my summary');
        expect(found).to.deep.equal([]);
      });

      it('is clean when the feed fails', async () => {
        const el = await fixture<SupportFinder>(
          html`<support-finder src="/no-such-feed.json" lang=${lang}></support-finder>`,
        );
        await waitUntil(() => el.shadowRoot?.querySelector('.urgent[open]'), 'no error state', { timeout: 5000 });
        expect(await violations(el, 'feed error')).to.deep.equal([]);
      });
    });
  }
}
