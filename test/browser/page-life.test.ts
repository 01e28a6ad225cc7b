/**
 * The element's life on real pages: attributes that change while the feed loads, elements moved
 * by page scripts, several finders on one page, and an element written before its script.
 */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { SupportFinderErrorEvent, SupportFinderLoadEvent } from '../../src/ui/events.ts';
import { SupportFinder } from '../../src/ui/support-finder.ts';
import { $, feedSettled, sampleFeedJson } from './helpers.ts';

interface Recorded {
  el: SupportFinder;
  errors: string[];
  loads: number[];
}

function create(src: string): Recorded {
  const el = document.createElement('support-finder');
  const r: Recorded = { el, errors: [], loads: [] };
  el.addEventListener('support-finder-error', (e) => {
    if (e instanceof SupportFinderErrorEvent) r.errors.push(e.code);
  });
  el.addEventListener('support-finder-load', (e) => {
    if (e instanceof SupportFinderLoadEvent) r.loads.push(e.services);
  });
  el.setAttribute('lang', 'en');
  el.setAttribute('src', src);
  return r;
}

const questions = (el: SupportFinder) => el.shadowRoot?.querySelector('form');
/** Loaded: the first question shows while the feed loads, so a question on screen does not say so. */
const loaded = (r: Recorded) => r.loads.length > 0;
const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2)}`;

afterEach(() => {
  for (const el of document.querySelectorAll('support-finder, sf-late')) el.remove();
});

describe('lifecycle', () => {
  it('src changed mid-load: the latest wins, and the abandoned load reports nothing', async () => {
    const r = create(`/faults/slow?id=${unique()}`);
    document.body.append(r.el);
    await aTimeout(50);
    r.el.src = `/faults/ok?id=${unique()}`;
    await waitUntil(() => loaded(r), 'the new src did not load');
    expect(r.errors).to.deep.equal([]);
  });

  it('src changed mid-load: a slow first answer never replaces the second', async () => {
    const sample = await sampleFeedJson();
    const r = create(`/faults/delay?ms=600&feed=empty&id=${unique()}`);
    document.body.append(r.el);
    await aTimeout(50);
    r.el.src = `/faults/ok?id=${unique()}`;
    await waitUntil(() => loaded(r), 'the new src did not load');
    await aTimeout(900);
    expect(questions(r.el)).to.exist;
    expect(r.loads).to.deep.equal([sample.services.length]);
  });

  it('removed and re-added while loading: the load resumes', async () => {
    const r = create(`/faults/delay?ms=300&id=${unique()}`);
    const first = document.createElement('div');
    const second = document.createElement('div');
    document.body.append(first, second);
    first.append(r.el);
    await aTimeout(50);
    // A page script moves it: disconnect, then connect elsewhere.
    second.append(r.el);
    await waitUntil(() => loaded(r), 'the moved finder stayed on "Loading…"', { timeout: 5000 });
    expect(r.errors).to.deep.equal([]);
    first.remove();
    second.remove();
  });

  it('removed while loading and added back later: the load resumes', async () => {
    const r = create(`/faults/delay?ms=300&id=${unique()}`);
    document.body.append(r.el);
    await aTimeout(50);
    r.el.remove();
    await aTimeout(400);
    document.body.append(r.el);
    await waitUntil(() => loaded(r), 'the re-added finder stayed on "Loading…"', { timeout: 5000 });
  });

  it('two finders with different feeds on one page each show their own', async () => {
    const full = create(`/faults/ok?id=${unique()}`);
    const empty = create(`/faults/zero-services?id=${unique()}`);
    document.body.append(full.el, empty.el);
    await waitUntil(() => loaded(full) && empty.el.shadowRoot?.querySelector('.notice'), 'both did not load');
    expect(questions(full.el)).to.exist;
    expect(questions(empty.el)).to.equal(null);
    expect($(empty.el, '.notice').textContent).to.include('There are no services in this list yet');
    expect(full.errors).to.deep.equal([]);
    expect(empty.errors).to.deep.equal([]);
  });

  it('an element written before its script is defined keeps the attributes and properties set on it', async () => {
    const feed = await sampleFeedJson();
    const early = document.createElement('sf-late');
    early.setAttribute('lang', 'en');
    early.setAttribute('heading-level', 'abc');
    Object.assign(early, { feed });
    document.body.append(early);
    customElements.define('sf-late', class extends SupportFinder {});
    const el = early as unknown;
    if (!(el instanceof SupportFinder)) throw new Error('not upgraded');
    await feedSettled(el);
    expect(el.headingLevel).to.equal(2);
    expect($(el, '.title').getAttribute('aria-level')).to.equal('2');
  });
});

describe('attributes typed by hand', () => {
  it('feed-timeout="15s" and feed-max-bytes="5MB" are read, not turned into NaN', async () => {
    const r = create(`/faults/ok?id=${unique()}`);
    r.el.setAttribute('feed-timeout', '15s');
    r.el.setAttribute('feed-max-bytes', '5MB');
    r.el.setAttribute('heading-level', '9');
    r.el.setAttribute('mode', 'Browse');
    document.body.append(r.el);
    await waitUntil(() => r.loads.length === 1, 'the feed did not load');
    expect(r.el.feedTimeout).to.equal(15_000);
    expect(r.el.feedMaxBytes).to.equal(5 * 1024 * 1024);
    expect(r.el.headingLevel).to.equal(6);
    expect(r.el.mode).to.equal('browse');
    expect(r.errors).to.deep.equal([]);
  });

  it('a size written with a unit still caps the size', async () => {
    const r = create(`/faults/huge?id=${unique()}`);
    r.el.setAttribute('feed-max-bytes', '1MB');
    document.body.append(r.el);
    await waitUntil(() => r.errors.length === 1, 'the cap did not stop the feed', { timeout: 10_000 });
    expect(r.errors).to.deep.equal(['too-large']);
  });
});
