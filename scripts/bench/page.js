// In-page half of `npm run bench` (see run.ts for the definitions of what is measured). Plain
// JavaScript, served as is. It watches the finder only from outside: the network (Resource
// Timing), the main thread (Long Tasks API), the finder's public events and its shadow DOM.
const params = new URLSearchParams(location.search);
/** The feed as the finder asks for it: a query of its own per page (see run.ts). */
const feedUrl = new URL(params.get('feed') ?? '', location.href).href;
/** The same bytes, never held, for the bare parse. */
const plainUrl = feedUrl.split('?')[0];

const longTasks = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) longTasks.push({ start: e.startTime, end: e.startTime + e.duration });
}).observe({ type: 'longtask', buffered: true });

/**
 * Resolves with the time just after the next frame is painted: a message posted from a
 * requestAnimationFrame callback is handled once that frame's rendering has run.
 */
function afterPaint() {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(undefined);
    }),
  );
}

let finder;
const root = () => finder?.shadowRoot ?? null;
const qa = (selector) => [...(root()?.querySelectorAll(selector) ?? [])];
const byText = (selector, text) => qa(selector).find((e) => e.textContent.trim().includes(text)) ?? null;

/**
 * Resolves with `check()`'s first truthy value, tested now and after every change to the shadow
 * DOM, so a wait adds no polling delay to what it times.
 */
function until(check, what, timeoutMs = 60_000) {
  const now = check();
  if (now) return Promise.resolve(now);
  return new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => {
      const value = check();
      if (!value) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(value);
    });
    observer.observe(root(), { subtree: true, childList: true, characterData: true, attributes: true });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`bench: timed out waiting for ${what}`));
    }, timeoutMs);
  });
}

/**
 * A card with its heading and some text of its own: looked for at each change of the shadow DOM,
 * without asking for layout (which would add a forced layout to the finder's own task).
 */
function cardWithText() {
  for (const card of qa('article.card')) {
    const heading = card.querySelector('[role=heading], h1, h2, h3, h4, h5, h6');
    const name = heading?.textContent.trim() ?? '';
    const text = card.textContent.replace(/\s+/g, ' ').trim();
    if (name && text.length >= name.length + 20) return card;
  }
  return undefined;
}

/** After a paint: the card laid out on the screen (a card drawn hidden, or without a box, does not count). */
function laidOut(card) {
  const heading = card.querySelector('[role=heading], h1, h2, h3, h4, h5, h6');
  const box = heading.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && card.checkVisibility?.({ contentVisibilityAuto: true }) !== false;
}

/** Resolves once a readable card is painted: the time of that paint, and the card. */
async function readableCard() {
  const card = await until(cardWithText, 'a readable card');
  // Each paint after that, until the card is on the screen (at most a few seconds of frames).
  for (let frame = 0; frame < 600; frame++) {
    const painted = await afterPaint();
    const shown = cardWithText();
    if (shown && laidOut(shown)) return { card: shown, painted };
  }
  throw new Error(`bench: a card was drawn but never laid out (${card.textContent.slice(0, 40)})`);
}

const loadEvent = {};
let feedFailed;
/** Rejects as soon as the finder reports the feed unusable, so no wait runs out its timeout. */
const failure = new Promise((_, reject) => (feedFailed = reject));
failure.catch(() => undefined);

function create(mode) {
  finder = document.createElement('support-finder');
  finder.setAttribute('lang', 'en');
  finder.setAttribute('mode', mode);
  finder.setAttribute('src', feedUrl);
  // 20 MB at 4× throttling can take longer than the default allows.
  finder.setAttribute('feed-timeout', '120s');
  finder.addEventListener('support-finder-load', (e) =>
    Object.assign(loadEvent, { services: e.services, skipped: e.skipped }),
  );
  finder.addEventListener('support-finder-error', (e) => feedFailed(new Error(`${e.code}: ${e.reason}`)));
  document.querySelector('main').append(finder);
}

const orError = (promise) => Promise.race([promise, failure]);

/**
 * Clicks the control once it is on the screen: in a task of its own after the paint that shows it,
 * as a person's click comes (clicked from the MutationObserver, the finder's next screen would be
 * drawn inside the task that drew this one, and that task timed as one).
 */
async function clickWhen(selector, text) {
  const target = await until(() => byText(selector, text), `${selector} "${text}"`);
  await afterPaint();
  target.click();
  return target;
}

/** Clicks and resolves once the finder has left the screen it was on (the step heading changed). */
async function advance(selector, text) {
  const heading = () => root()?.querySelector('#step-heading')?.textContent ?? '';
  const before = heading();
  await clickWhen(selector, text);
  await until(() => heading() !== before, `the screen after "${text}"`);
}

/**
 * The guided questions, answered as a young person who wastes no time: each the moment it is on
 * the screen. The first two need no feed, so they are answered before `release()` lets it come.
 */
async function answer(release) {
  await clickWhen('label.choice', 'Me');
  await advance('button', 'Next');
  const age = await until(() => root()?.querySelector('#age'), 'age input');
  age.value = '14';
  age.dispatchEvent(new Event('input'));
  await advance('button', 'Next');
  release();
  await clickWhen('label.choice', 'Feeling worried');
  await advance('button', 'Next');
  // Skip whatever questions are left until Check your answers offers the results.
  for (let i = 0; i < 6 && !byText('button', 'Show results'); i++) await advance('button', 'Skip this question');
  await clickWhen('button', 'Show results');
}

/**
 * Key press to the next paint, two ways: the Event Timing API (each event's time stamp to the next
 * paint, what INP is made of; rounded to 8 ms and reported only from 16 ms), and, for the quicker
 * keys it leaves out, a message posted from the next animation frame, from the keydown's time stamp.
 */
let pendingKey;
const keyEvents = [];
new PerformanceObserver((list) => {
  // Only the events of an interaction (keydown, keyup…), as INP takes them.
  for (const e of list.getEntries())
    if (e.interactionId > 0) keyEvents.push({ start: e.startTime, duration: e.duration });
}).observe({ type: 'event', durationThreshold: 16 });
addEventListener(
  'keydown',
  (e) => {
    if (e.key.length !== 1) return;
    const key = { down: e.timeStamp };
    key.painted = afterPaint().then((at) => ({ down: key.down, painted: at - key.down }));
    pendingKey = key;
  },
  true,
);

window.bench = {
  /** Before the finder exists: fetches the feed's bytes and times one bare JSON.parse of them. */
  async parse() {
    const text = await (await fetch(plainUrl)).text();
    // How long the bytes took to arrive for a reader that keeps up (nothing else runs yet).
    const sent = performance.getEntriesByName(new URL(plainUrl, location.href).href).at(-1);
    const transfer = sent ? sent.responseEnd - sent.responseStart : null;
    const start = performance.now();
    try {
      JSON.parse(text);
    } catch {
      return { ms: null, transfer };
    }
    return { ms: performance.now() - start, transfer };
  },

  /**
   * Starts the finder and resolves once its first readable card is painted: in browse the list's,
   * in guided the results' after the questions are answered. Times are on this page's clock.
   */
  async load(mode) {
    create(mode);
    const released =
      mode === 'guided' ? answer(() => void fetch(`/release?feed=${encodeURIComponent(feedUrl)}`)) : undefined;
    let firstCard = NaN;
    let cardTop;
    let error;
    try {
      if (released) await orError(released);
      const { card, painted } = await orError(readableCard());
      firstCard = painted;
      cardTop = card.getBoundingClientRect().top;
    } catch (e) {
      const screen = root()?.querySelector('#step-heading')?.textContent.trim();
      error = `${e.message ?? e}${screen ? ` (on "${screen}")` : ''}`;
    }
    const entry = performance.getEntriesByName(feedUrl).find((e) => e.responseEnd > 0);
    return {
      // Null when no card came (NaN would not cross to run.ts).
      firstCard: Number.isFinite(firstCard) ? firstCard : null,
      error,
      // Where the card was: run.ts sizes the window so that it is on the screen.
      cardTop,
      load: { ...loadEvent },
      // Zero when the page's timeline holds no entry (a worker fetched the feed): run.ts then
      // uses the server's own times.
      firstByte: entry?.responseStart ?? 0,
      lastByte: entry?.responseEnd ?? 0,
      bytes: entry?.decodedBodySize ?? 0,
      timeOrigin: performance.timeOrigin,
      longTasks,
    };
  },

  /** Opens the search of "All services" and focuses it, after a person's look at the list. */
  async openSearch(lookMs) {
    const input = await until(() => root()?.querySelector('#browse-search'), 'browse search box');
    // A person looks at the list before typing; the finder may prepare its search meanwhile.
    await new Promise((resolve) => setTimeout(resolve, lookMs));
    input.focus();
    return true;
  },

  /** Empties the search box between two searches (not a key press: not measured). */
  async clearSearch() {
    const input = root().querySelector('#browse-search');
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await afterPaint();
    input.focus();
    return true;
  },

  /** The last key's time stamp and its time to the next paint by the animation frame. */
  async keyTime() {
    const key = pendingKey;
    pendingKey = undefined;
    return key ? key.painted : undefined;
  },

  /** The Event Timing entries of interactions so far (16 ms or more). */
  keyEvents: () => keyEvents.splice(0),

  now: () => performance.now(),
};
