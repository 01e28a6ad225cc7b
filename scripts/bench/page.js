// In-page half of `npm run bench`: loads the built finder with a feed and measures what a person
// would feel. Plain JavaScript, served as is; scripts/bench/run.ts drives it through puppeteer.
const params = new URLSearchParams(location.search);
const feedUrl = new URL(params.get('feed') ?? '', location.href).href;

const longTasks = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
}).observe({ type: 'longtask', buffered: true });

/** Resolves just after the next frame is painted: a task queued from rAF runs after the paint. */
const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

const marks = {};
/** How long the bench's reader looks at "All services" before typing. */
const LOOK_MS = 1500;
const mode = params.get('mode');
const baseline = mode === 'baseline' || mode === 'floor';
const finder = mode === 'floor' ? parseOnly() : baseline ? naiveSearch() : document.createElement('support-finder');
if (!baseline) {
  finder.setAttribute('lang', 'en');
  finder.setAttribute('src', feedUrl);
  // 20 MB over the emulated 4G connection takes longer than the default timeout allows.
  finder.setAttribute('feed-timeout', '120s');
  finder.addEventListener('support-finder-load', () => {
    marks.loadEvent = performance.now();
    void afterPaint().then(() => (marks.readyPainted = performance.now()));
  });
}
document.querySelector('main').append(finder);

/**
 * The bare floor, as the finder meets it: fetches the feed and times the first JSON.parse of its
 * text in this page (`marks.coldParse`).
 */
async function fetchAndParse() {
  const text = await (await fetch(feedUrl)).text();
  const parseStart = performance.now();
  const feed = JSON.parse(text);
  marks.coldParse = performance.now() - parseStart;
  return feed;
}

/** The floor alone, in a page that does nothing else. */
function parseOnly() {
  void fetchAndParse().then(() => (marks.readyPainted = marks.firstQuestion = performance.now()));
  return document.createElement('div');
}

/**
 * The naive baseline the finder is compared with: fuse.js over every text field of every service
 * in every language, searched on every keystroke, with every match rendered.
 */
function naiveSearch() {
  const host = document.createElement('div');
  const shadow = host.attachShadow({ mode: 'open' });
  const input = document.createElement('input');
  input.id = 'browse-search';
  input.type = 'search';
  const list = document.createElement('ul');
  shadow.append(input, list);
  const texts = (value) =>
    typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(texts) : [];
  void (async () => {
    const { default: Fuse } = await import('/fuse.mjs');
    const feed = await fetchAndParse();
    const docs = feed.services.map((s) => ({
      s,
      name: texts(s.name),
      text: [
        s.organisation,
        s.description,
        s.access?.howTo,
        s.hoursNote,
        s.cost,
        s.nextSteps,
        ...(s.locations ?? []).flatMap((l) => [l.name, l.address, l.accessibility]),
      ].flatMap(texts),
    }));
    const fuse = new Fuse(docs, { keys: ['name', 'text'], threshold: 0.3, ignoreLocation: true });
    input.addEventListener('input', () => {
      const items = fuse.search(input.value).map(({ item }) => {
        const li = document.createElement('li');
        const h = document.createElement('strong');
        h.textContent = item.name[0] ?? '';
        const p = document.createElement('p');
        p.textContent = texts(item.s.description)[0] ?? '';
        li.append(h, p);
        return li;
      });
      list.replaceChildren(...items);
    });
    marks.readyPainted = marks.firstQuestion = performance.now();
  })();
  return host;
}

const root = () => finder.shadowRoot;
const q = (selector) => root()?.querySelector(selector) ?? null;
const qa = (selector) => [...(root()?.querySelectorAll(selector) ?? [])];

// The first question counts as interactive once one of its answers can be chosen.
(function watchFirstQuestion() {
  if (baseline) return;
  const choice = q('label.choice input, .choice input');
  if (choice && !choice.disabled) {
    marks.firstQuestion = performance.now();
    return;
  }
  requestAnimationFrame(watchFirstQuestion);
})();

/** Waits until the finder's DOM has been quiet for `quietMs`; resolves with the paint after the last change. */
function settle(quietMs = 120, maxMs = 20000, since = performance.now()) {
  return new Promise((resolve) => {
    let last = since;
    let changed = false;
    let painted = since;
    const observer = new MutationObserver(() => {
      const at = (last = performance.now());
      changed = true;
      // The paint that shows this change: a task queued from the next frame runs after it.
      void afterPaint().then(() => {
        if (at === last) painted = performance.now();
      });
    });
    observer.observe(root(), { subtree: true, childList: true, characterData: true, attributes: true });
    const started = performance.now();
    const check = () => {
      const now = performance.now();
      if ((now - last >= quietMs && painted >= last) || now - started > maxMs) {
        observer.disconnect();
        resolve({ changed, lastChange: last, painted, timedOut: now - started > maxMs });
      } else setTimeout(check, 20);
    };
    setTimeout(check, quietMs);
  });
}

async function waitFor(fn, what, timeoutMs = 60000) {
  const started = performance.now();
  for (;;) {
    const value = fn();
    if (value) return value;
    if (performance.now() - started > timeoutMs) throw new Error(`bench: timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

function byText(selector, text) {
  return qa(selector).find((e) => e.textContent.trim().includes(text)) ?? null;
}

async function click(selector, text) {
  const target = await waitFor(() => byText(selector, text), `${selector} "${text}"`);
  target.click();
  await finder.updateComplete;
}

/** A paint-timed measure of one action: from just before it to the paint after the DOM settles. */
async function timed(action) {
  const start = performance.now();
  const settled = settle();
  await action();
  // The settle wait itself is not the person's: count to the paint after the last change.
  const { painted, timedOut } = await settled;
  return { painted: painted - start, timedOut };
}

// Keystroke timing: keydown to the paint that shows the input's own echo, and to the paint after
// the results stop changing. Both taken from the event's own time stamp.
let pendingKey;
addEventListener(
  'keydown',
  (e) => {
    if (e.key.length !== 1 && e.key !== 'Backspace') return;
    // Watching starts here, before the input event, so no change of the results is missed.
    const key = { down: e.timeStamp, echo: undefined, settled: settle(150, 20000, e.timeStamp) };
    pendingKey = key;
    void afterPaint().then(() => (key.echo = performance.now() - key.down));
  },
  true,
);

window.bench = {
  marks,
  longTasks,
  feedUrl,

  async loaded() {
    await waitFor(() => marks.readyPainted && marks.firstQuestion, 'feed ready and first question', 120000);
    const resource = performance.getEntriesByName(feedUrl)[0];
    const fetchEnd = resource?.responseEnd ?? NaN;
    return {
      bytes: resource?.decodedBodySize ?? NaN,
      fetchEnd,
      loadProcessing: marks.readyPainted - fetchEnd,
      loadEventAfterFetch: marks.loadEvent - fetchEnd,
      // Files fetched after the feed arrived hold up the results too (chunks, topics).
      laterFiles: performance
        .getEntriesByType('resource')
        .filter((r) => r.startTime >= fetchEnd - 1)
        .map((r) => `${r.name.split('/').pop()} ${Math.round(r.startTime - fetchEnd)}+${Math.round(r.duration)}`),
      firstQuestion: marks.firstQuestion,
      firstQuestionAfterFetch: marks.firstQuestion - fetchEnd,
      ready: marks.readyPainted,
      // From the request on: the body is read and checked while it downloads.
      longTasksDuringLoad: longTasks
        .filter((t) => t.start + t.duration >= (resource?.startTime ?? fetchEnd) && t.start <= marks.readyPainted)
        .map((t) => t.duration),
    };
  },

  /** JSON.parse of the very same bytes again in this page, once the heap has grown: median of three. */
  async jsonParseFloor() {
    const text = await (await fetch(feedUrl)).text();
    const runs = [];
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      JSON.parse(text);
      runs.push(performance.now() - start);
      await afterPaint();
    }
    return runs.sort((a, b) => a - b)[1];
  },

  /** The guided questions, answered as a young person; times the last answer to painted results. */
  async journey() {
    await click('label.choice', 'Me');
    await click('button', 'Next');
    const age = await waitFor(() => q('#age'), 'age input');
    age.value = '14';
    age.dispatchEvent(new Event('input'));
    await finder.updateComplete;
    await click('button', 'Next');
    await click('label.choice', 'Feeling worried');
    await click('button', 'Next');
    // Skip whatever questions are left (now, how, where) until Check your answers offers results.
    for (let i = 0; i < 6 && !byText('button', 'Show results'); i++) {
      await click('button', 'Skip this question');
      await settle();
    }
    const showResults = await waitFor(() => byText('button', 'Show results'), 'Show results');
    const result = await timed(() => showResults.click());
    return { ms: result.painted, cards: qa('.card').length };
  },

  /** Opens "All services" and focuses its search box, ready for typing. */
  async openBrowse() {
    if (baseline) {
      q('#browse-search').focus();
      return true;
    }
    await click('button', 'All services');
    const input = await waitFor(() => q('#browse-search'), 'browse search box');
    await settle();
    // A person looks at the list before typing; the search index builds in idle time meanwhile
    // (from the first screen on). Typing sooner meets "Preparing search…" on the first key.
    await new Promise((resolve) => setTimeout(resolve, LOOK_MS));
    input.focus();
    return true;
  },

  /** Empties the search box between two searches (not a key press: not measured). */
  async clearSearch() {
    const input = q('#browse-search');
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settle();
    input.focus();
    return true;
  },

  /** Called after each key press: waits for the results to settle and reports the timings. */
  async keyResult() {
    const key = pendingKey;
    pendingKey = undefined;
    if (!key) return undefined;
    const { painted, changed } = await key.settled;
    await waitFor(() => key.echo !== undefined, 'echo paint');
    return { echo: key.echo, results: changed ? painted - key.down : key.echo, down: key.down };
  },

  longTasksBetween(start, end) {
    return longTasks.filter((t) => t.start >= start && t.start <= end).map((t) => t.duration);
  },

  now: () => performance.now(),
};
