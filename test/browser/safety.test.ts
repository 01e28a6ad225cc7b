import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { emptyAnswers, type Answers } from '../../src/match/answers.ts';
import { SupportFinder } from '../../src/ui/support-finder.ts';
import { fullJourney, openFrame, settle } from './frame.ts';
import {
  $,
  $$,
  choose,
  clickButton,
  feedSettled,
  finderWithSample,
  sampleFeedJson,
  SAMPLE,
  WEDNESDAY_AFTERNOON,
  typeIn,
} from './helpers.ts';

const EXIT_TARGET = '/test/browser/fixtures/exit-target.html';

/** Records where the finder would have sent the tab, instead of leaving the test page. */
function recordExits(el: SupportFinder): string[] {
  const exits: string[] = [];
  (el as unknown as { leave: (url: string) => void }).leave = (url) => exits.push(url);
  return exits;
}

async function pressShift(times: number): Promise<void> {
  for (let i = 0; i < times; i++) await sendKeys({ press: 'Shift' });
}

describe('quick exit', () => {
  afterEach(() => {
    delete document.body.dataset['govukFrontendExitThisPageKeypress'];
  });

  it('is the first thing Tab reaches, in every state', async () => {
    /** Tab from a button before the finder, and say where focus lands. */
    const firstStop = async (wrapper: HTMLElement, el: SupportFinder): Promise<Element | null> => {
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      return el.shadowRoot!.activeElement;
    };
    const failed = await fixture<HTMLDivElement>(
      html`<div><button>Before</button><support-finder src="/nope.json"></support-finder></div>`,
    );
    const failedEl = failed.querySelector('support-finder')!;
    await waitUntil(() => failedEl.shadowRoot?.querySelector('[role=alert]'));
    expect(await firstStop(failed, failedEl), 'feed failed').to.equal($(failedEl, 'button.exit'));

    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <button>Before</button><support-finder src=${SAMPLE} lang="en" .now=${WEDNESDAY_AFTERNOON}></support-finder>
      </div>`,
    );
    const el = wrapper.querySelector('support-finder')!;
    await feedSettled(el);
    const states: [string, () => Promise<unknown>][] = [
      ['first question', () => el.updateComplete],
      ['a later question', async () => (await choose(el, 'Me'), clickButton(el, 'Next'))],
      ['all services', async () => clickButton(el, 'All services')],
      ['my summary', async () => clickButton(el, 'My summary')],
    ];
    for (const [state, reach] of states) {
      await reach();
      await el.updateComplete;
      expect(await firstStop(wrapper, el), state).to.equal($(el, 'button.exit'));
    }
    expect($(el, 'button.exit').textContent).to.include('Quick exit');
  });

  it('forgets the answers and replaces the page with exit-url', async () => {
    const el = await finderWithSample();
    el.exitUrl = 'https://weather.example.org/';
    const exits = recordExits(el);
    // What the person gave is held in the session; the page shows only "Leaving…" after exit, so
    // the test reads the session itself, before and after, rather than the screen.
    const session = (el as unknown as { session: { journey: { answers: Answers }; note: string } }).session;
    await choose(el, 'Me');
    await clickButton(el, 'Next');
    await typeIn(el, '#age', '14');
    await clickButton(el, 'Next');
    expect(session.journey.answers.seeker).to.equal('me');
    expect(session.journey.answers.age).to.equal(14);
    await clickButton(el, 'Quick exit');
    expect(exits).to.deep.equal(['https://weather.example.org/']);
    expect($(el, '.finder').textContent).to.include('Leaving this page');
    expect(session.journey.answers).to.deep.equal(emptyAnswers());
  });

  it('refuses an unsafe exit-url and goes to the neutral default instead', async () => {
    const el = await finderWithSample();
    el.exitUrl = 'javascript:alert(1)';
    const exits = recordExits(el);
    await clickButton(el, 'Quick exit');
    expect(exits).to.deep.equal(['https://www.bbc.co.uk/weather']);
  });

  it('leaves after Shift pressed three times, announcing progress', async () => {
    const el = await finderWithSample();
    const exits = recordExits(el);
    await pressShift(1);
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.textContent.includes('press 2 more times'));
    await pressShift(1);
    await waitUntil(() => el.shadowRoot!.textContent.includes('press 1 more time'));
    await pressShift(1);
    expect(exits).to.have.length(1);
  });

  it('ignores Shift used for typing, and starts again after another key', async () => {
    const el = await finderWithSample();
    const exits = recordExits(el);
    for (const key of ['KeyA', 'KeyB', 'KeyC']) {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: key });
      await sendKeys({ up: 'Shift' });
    }
    await pressShift(2);
    await sendKeys({ press: 'a' });
    await pressShift(2);
    expect(exits).to.have.length(0);
    await pressShift(1);
    expect(exits).to.have.length(1);
  });

  it('works by Shift × 3 when the feed failed to load', async () => {
    const el = await fixture<SupportFinder>(html`<support-finder src="/missing.json"></support-finder>`);
    await waitUntil(() => el.shadowRoot?.querySelector('[role=alert]'));
    const exits = recordExits(el);
    await pressShift(3);
    expect(exits).to.deep.equal(['https://www.bbc.co.uk/weather']);
  });

  it('leaves Shift × 3 to GOV.UK’s "Exit this page" when the host page has it', async () => {
    document.body.dataset['govukFrontendExitThisPageKeypress'] = 'true';
    const el = await finderWithSample();
    const exits = recordExits(el);
    await pressShift(3);
    expect(exits).to.have.length(0);
  });

  it('works for real: the page is replaced and Back does not return to the finder', async () => {
    const frame = await openFrame('/test/browser/fixtures/csp/index.html');
    const before = frame.win.history.length;
    for (let i = 0; i < 3; i++) {
      frame.doc.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', shiftKey: true }));
      frame.doc.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift' }));
    }
    await waitUntil(() => frame.iframe.contentWindow?.location.pathname === EXIT_TARGET, 'did not leave', {
      timeout: 5000,
    });
    expect(frame.iframe.contentWindow?.history.length).to.equal(before);
    frame.iframe.remove();
  });
});

describe('urgent help', () => {
  it('is shown while loading, on error and with an empty feed', async () => {
    const loading = await fixture<SupportFinder>(html`<support-finder src="/slow.json"></support-finder>`);
    expect($(loading, '.urgent').textContent).to.include('Childline');
    const failed = await fixture<SupportFinder>(html`<support-finder src="/missing.json"></support-finder>`);
    await waitUntil(() => failed.shadowRoot?.querySelector('[role=alert]'));
    expect($(failed, '.urgent').textContent).to.include('Samaritans');
    const feed = { ...(await sampleFeedJson()), services: [] };
    const empty = await fixture<SupportFinder>(html`<support-finder .feed=${feed}></support-finder>`);
    await feedSettled(empty);
    expect($(empty, '.urgent').textContent).to.include('Shout');
    // No wrong door: with nothing listed, the page says so at once (not after six questions)
    // and the urgent contacts open.
    // (Checked as a boolean: a failing match on an element makes chai print the whole finder.)
    expect(empty.shadowRoot!.querySelector('form') === null).to.equal(true);
    expect($(empty, '.notice').textContent).to.include('There are no services in this list yet');
    expect(($(empty, 'details.urgent') as HTMLDetailsElement).open).to.equal(true);
  });

  it('can be extended or replaced by the feed', async () => {
    const feed = await sampleFeedJson();
    const extended = await fixture<SupportFinder>(html`<support-finder .feed=${feed}></support-finder>`);
    await feedSettled(extended);
    const names = $$(extended, '.urgent-item [role=heading]').map((h) => h.textContent.trim());
    expect(names).to.include.members(['999', 'Childline', 'Glenmore Out-of-Hours Wellbeing Line (sample)']);
    const replaced = await fixture<SupportFinder>(
      html`<support-finder .feed=${{ ...feed, urgentHelpMode: 'replace' }}></support-finder>`,
    );
    await feedSettled(replaced);
    const only = $$(replaced, '.urgent-item [role=heading]').map((h) => h.textContent.trim());
    // 999 stays whatever the feed says.
    expect(only).to.deep.equal(['999', 'Glenmore Out-of-Hours Wellbeing Line (sample)']);
  });

  it('leaves out lines that do not take the person’s age, but never 999', async () => {
    const el = await finderWithSample();
    await choose(el, 'Me');
    await clickButton(el, 'Next');
    await typeIn(el, '#age', '12');
    await clickButton(el, 'Next');
    const names = $$(el, '.urgent-item [role=heading]').map((h) => h.textContent.trim());
    expect(names).to.include('999');
    expect(names).to.include('Childline');
    expect(names).not.to.include('Breathing Space');
  });
});

describe('feed origin', () => {
  it('refuses a plain-http feed from another site without requesting it', async () => {
    const before = performance.getEntriesByType('resource').length;
    const el = await fixture<SupportFinder>(
      html`<support-finder src="http://feeds.example.org/f.json"></support-finder>`,
    );
    await waitUntil(() => el.shadowRoot?.querySelector('[role=alert]'));
    expect($(el, '[role=alert]').textContent).to.include('not allowed');
    const requested = performance
      .getEntriesByType('resource')
      .slice(before)
      .map((e) => e.name);
    expect(requested.filter((u) => u.includes('feeds.example.org'))).to.deep.equal([]);
  });

  it('applies the size cap set by the host', async () => {
    const el = await fixture<SupportFinder>(
      html`<support-finder src=${SAMPLE} feed-max-bytes="1000" .now=${WEDNESDAY_AFTERNOON}></support-finder>`,
    );
    await waitUntil(() => el.shadowRoot?.querySelector('[role=alert]'));
    expect($(el, '[role=alert]').textContent).to.include('too large');
  });
});

describe('under a strict Content Security Policy, with nothing stored or sent', () => {
  it('works through a full journey with zero policy violations, no storage and no other requests', async () => {
    const frame = await openFrame('/test/browser/fixtures/csp/index.html');
    await fullJourney(frame);
    await settle();
    const probe = frame.win.__probe;
    expect(probe.violations).to.deep.equal([]);
    expect(probe.storage).to.deep.equal([]);
    expect(probe.geolocation).to.deep.equal([]);
    expect(frame.doc.cookie).to.equal('');
    expect(frame.win.localStorage.length).to.equal(0);
    expect(frame.win.sessionStorage.length).to.equal(0);
    expect(frame.root.querySelectorAll('.card').length).to.be.greaterThan(0);

    const requests = frame.win.performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name))
      // The test server's own live-reload script, injected into every page it serves.
      .filter((u) => !u.pathname.startsWith('/__web-dev-server'));
    for (const url of requests) {
      expect(url.origin, url.href).to.equal(location.origin);
      expect(url.pathname, url.href).to.match(
        /^\/(dist\/embed\/support-finder[\w-]*\.js|data-schema\/examples\/sample-feed\.json|test\/browser\/fixtures\/csp\/probe\.js)$/,
      );
    }
    // The lazily loaded parts really were fetched, so the check above saw them.
    expect(requests.some((u) => u.pathname.includes('support-finder-pl'))).to.equal(true);
    expect(requests.some((u) => u.pathname.includes('support-finder-engine'))).to.equal(true);
    frame.iframe.remove();
  });

  it('works as one file too, fetching nothing but itself and the feed', async () => {
    const frame = await openFrame('/test/browser/fixtures/csp/single.html');
    await fullJourney(frame);
    await settle();
    expect(frame.win.__probe.violations).to.deep.equal([]);
    expect(frame.win.__probe.storage).to.deep.equal([]);
    const scripts = frame.win.performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.endsWith('.js') && !p.startsWith('/__web-dev-server'));
    expect(scripts.sort()).to.deep.equal([
      '/dist/embed-single/support-finder.single.js',
      '/test/browser/fixtures/csp/probe.js',
    ]);
    frame.iframe.remove();
  });

  it('fires events that carry no answers', async () => {
    const seen: Event[] = [];
    const listener = (e: Event) => seen.push(e);
    document.addEventListener('support-finder-load', listener);
    const el = await finderWithSample();
    await choose(el, 'Me');
    document.removeEventListener('support-finder-load', listener);
    expect(seen).to.have.length(1);
    const own = Object.keys(seen[0]!)
      .filter((k) => k !== 'isTrusted')
      .sort();
    expect(own).to.deep.equal(['services', 'skipped']);
  });
});
