// The configurator page: reads the form, shows what configurator-core.ts makes of it (the feed's
// problems, contrast in words, the preview and the snippet). Feed text only ever reaches the page
// as textContent.
import '../src/ui/support-finder.ts';
import { LOCALES } from '../src/i18n/locales.ts';
import {
  addressProblem,
  attributesFor,
  checkFeedBytes,
  contrastChecks,
  DEFAULT_CRISIS_TEXT,
  EXAMPLE_THEMES,
  fetchFailure,
  snippetFor,
  themeCss,
  type CustomColours,
  type FeedCheck,
  type Options,
  type Scheme,
  type ThemeChoice,
} from './configurator-core.ts';

/** An element of the page by id, of the kind expected; the page and this module ship together. */
function byId<T extends HTMLElement>(id: string, kind: abstract new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof kind)) throw new Error(`configurator.html has no #${id}`);
  return found;
}
const field = (id: string) => byId(id, HTMLElement);
const form = byId('options', HTMLFormElement);
const status = byId('status', HTMLParagraphElement);
const preview = byId('preview', HTMLDivElement);
const snippetBox = byId('snippet', HTMLTextAreaElement);
const report = byId('feed-report', HTMLDivElement);
const areaSelect = byId('area', HTMLSelectElement);
const langSelect = byId('lang', HTMLSelectElement);

/** The value of a form field: an input, a select or a text area. */
function value(id: string): string {
  const found = field(id);
  if (found instanceof HTMLInputElement || found instanceof HTMLSelectElement || found instanceof HTMLTextAreaElement) {
    return found.value;
  }
  throw new Error(`#${id} is not a form field`);
}
function setValue(id: string, to: string): void {
  const found = field(id);
  if (found instanceof HTMLInputElement || found instanceof HTMLTextAreaElement) found.value = to;
}

/** The example themes' style sheets, fetched from this site once each (no third party). */
const themeText = new Map<string, string>();
async function exampleCss(theme: ThemeChoice): Promise<string> {
  if (!(EXAMPLE_THEMES as readonly string[]).includes(theme)) return '';
  if (!themeText.has(theme)) {
    // As a style sheet: vite's dev server answers a plain request for CSS with a JS module.
    const response = await fetch(`/examples/themes/${theme}.css`, { headers: { Accept: 'text/css' } });
    const css = response.ok && response.headers.get('content-type')?.startsWith('text/css');
    themeText.set(theme, css ? await response.text() : '');
  }
  return themeText.get(theme) ?? '';
}

/** Says something once to screen readers, politely. */
function announce(words: string): void {
  status.textContent = '';
  requestAnimationFrame(() => {
    status.textContent = words;
  });
}

function radio(name: string): string {
  return form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? '';
}

function readOptions(): Options {
  const colours: CustomColours = {
    accent: value('colour-accent'),
    accentText: value('colour-accent-text'),
    text: value('colour-text'),
    surface: value('colour-surface'),
  };
  return {
    feedUrl: checkedFeedUrl,
    scriptUrl: value('script-url'),
    lang: value('lang'),
    mode: radio('mode') === 'browse' ? 'browse' : 'guided',
    area: value('area'),
    audience: value('audience'),
    headingLevel: Number(value('heading-level')),
    fallbackSrc: value('fallback-src'),
    crisisText: value('crisis-text'),
    theme: radio('theme') as ThemeChoice,
    scheme: value('scheme') as Scheme,
    colours,
  };
}

/** Shows or clears a field's error, linked to it so a screen reader reads it with the field. */
function setError(id: string, words: string | undefined): void {
  const input = field(id);
  const error = byId(`${id}-error`, HTMLParagraphElement);
  error.textContent = words ?? '';
  error.hidden = !words;
  const described = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((x) => x && x !== error.id);
  if (words) described.push(error.id);
  input.setAttribute('aria-describedby', described.join(' '));
  if (words) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}

function showContrast(colours: CustomColours): void {
  const list = byId('contrast', HTMLUListElement);
  const checks = contrastChecks(colours);
  list.replaceChildren(
    ...checks.map((check, i) => {
      const item = document.createElement('li');
      item.id = `contrast-${i}`;
      item.className = check.ok ? 'pass' : 'fail';
      item.textContent = check.words;
      return item;
    }),
  );
  // Each colour field is described by the checks it takes part in.
  const ids: Record<keyof CustomColours, string> = {
    text: 'colour-text',
    surface: 'colour-surface',
    accent: 'colour-accent',
    accentText: 'colour-accent-text',
  };
  for (const [key, id] of Object.entries(ids) as [keyof CustomColours, string][]) {
    const involved = checks.flatMap((c, i) => (c.fields.includes(key) ? [`contrast-${i}`] : []));
    field(id).setAttribute('aria-describedby', involved.join(' '));
    if (checks.some((c) => !c.ok && c.fields.includes(key))) field(id).setAttribute('aria-invalid', 'true');
    else field(id).removeAttribute('aria-invalid');
  }
}

/** The feed address last checked: typing a new one changes the preview only once it is checked. */
let checkedFeedUrl = '';
let shownAttributes = '';
let shownCss = '';
let updating = Promise.resolve();

/** Brings the preview and the snippet up to date with the form. */
async function update(): Promise<void> {
  const options = readOptions();
  byId('custom-colours', HTMLFieldSetElement).hidden = options.theme !== 'custom';
  if (options.theme === 'custom') showContrast(options.colours);
  setError(
    'fallback-src',
    options.fallbackSrc.trim() ? addressProblem(options.fallbackSrc, location.origin) : undefined,
  );
  const css = themeCss(options, await exampleCss(options.theme));
  const attributes = attributesFor(options);
  const key = JSON.stringify(attributes);
  if (css !== shownCss) {
    let style = document.getElementById('preview-theme');
    if (!style) {
      style = document.createElement('style');
      style.id = 'preview-theme';
      document.head.append(style);
    }
    style.textContent = css;
    shownCss = css;
  }
  if (key !== shownAttributes) {
    // A new element each time: the preview shows what a page loading with these attributes shows.
    const finder = document.createElement('support-finder');
    for (const [name, value] of attributes) finder.setAttribute(name, value);
    preview.replaceChildren(finder);
    shownAttributes = key;
  }
  snippetBox.value = snippetFor(options, css);
}

function scheduleUpdate(): void {
  updating = updating.then(update);
}

function showReport(check: FeedCheck): void {
  const parts: HTMLElement[] = [];
  const heading = document.createElement('p');
  heading.className = 'report-summary';
  if (check.unreadable) {
    heading.textContent = `This feed cannot be used: ${check.unreadable}`;
    parts.push(heading);
  } else {
    heading.textContent =
      `${check.services} services, ${check.shown} will show in the finder. ` +
      (check.errors + check.warnings === 0
        ? 'No problems found.'
        : `${check.errors} ${check.errors === 1 ? 'error' : 'errors'} and ${check.warnings} ${check.warnings === 1 ? 'warning' : 'warnings'}.`);
    parts.push(heading);
    if (check.rules.length > 0) {
      const list = document.createElement('ul');
      list.className = 'problems';
      for (const rule of check.rules) {
        const item = document.createElement('li');
        const summary = document.createElement('strong');
        summary.textContent = `${rule.severity === 'error' ? 'Error' : 'Warning'}: ${rule.summary}.`;
        const fix = document.createElement('span');
        fix.textContent = ` What to do: ${rule.fix}`;
        const each = document.createElement('ul');
        const mine = check.problems.filter((p) => p.rule === rule.rule);
        // A huge feed's thousandth missing age adds nothing the count does not say.
        for (const p of mine.slice(0, 50)) {
          const line = document.createElement('li');
          const who = p.serviceId ? ` (service "${p.serviceId}"${p.serviceName ? `, ${p.serviceName}` : ''})` : '';
          line.textContent = `${p.path}${who}: ${p.message}`;
          each.append(line);
        }
        if (mine.length > 50) {
          const more = document.createElement('li');
          more.textContent = `…and ${mine.length - 50} more like these. support-finder-feed validate lists every one.`;
          each.append(more);
        }
        item.append(summary, fix, each);
        list.append(item);
      }
      parts.push(list);
    }
  }
  report.replaceChildren(...parts);
  report.hidden = false;
  report.className = `report ${check.unreadable || check.errors > 0 ? 'has-errors' : 'ok'}`;
  announce(heading.textContent);
}

function fillAreas(areas: FeedCheck['areas']): void {
  const chosen = areaSelect.value;
  const options = areas.map((a) => new Option(a.name, a.id, false, a.id === chosen));
  const every = areaSelect.options[0];
  areaSelect.replaceChildren(...(every ? [every] : []), ...options);
}

/** Fetches the feed and checks it; the result is listed under the field and announced. */
async function checkFeed(): Promise<void> {
  const address = value('feed-url');
  const problem = addressProblem(address, location.origin);
  setError('feed-url', problem);
  if (problem) {
    report.hidden = true;
    announce(problem);
    return;
  }
  checkedFeedUrl = address.trim();
  scheduleUpdate();
  announce('Checking the feed…');
  const today = new Date().toISOString().slice(0, 10);
  let check: FeedCheck;
  try {
    const response = await fetch(new URL(address.trim(), location.href), { credentials: 'omit' });
    if (!response.ok) {
      setError('feed-url', fetchFailure(undefined, response.status));
      report.hidden = true;
      announce(fetchFailure(undefined, response.status));
      return;
    }
    check = checkFeedBytes(new Uint8Array(await response.arrayBuffer()), response.headers.get('content-type'), today);
  } catch (error) {
    setError('feed-url', fetchFailure(error));
    report.hidden = true;
    announce(fetchFailure(error));
    return;
  }
  setError(
    'feed-url',
    check.unreadable || check.errors > 0 ? 'This feed has problems: see the list below.' : undefined,
  );
  fillAreas(check.areas);
  showReport(check);
}

async function copy(): Promise<void> {
  try {
    await navigator.clipboard.writeText(snippetBox.value);
    announce('The code is copied. Paste it into your page.');
  } catch {
    // No clipboard (an old browser, a page without permission): the code is selected to copy by hand.
    snippetBox.focus();
    snippetBox.select();
    announce('The code is selected: press Control+C (or Command+C) to copy it.');
  }
}

function start(): void {
  for (const locale of LOCALES) langSelect.append(new Option(`${locale.name} (${locale.lang})`, locale.lang));
  setValue('feed-url', new URL('/data-schema/examples/sample-feed.json', location.href).href);
  setValue('script-url', '/support-finder/support-finder.js');
  setValue('crisis-text', DEFAULT_CRISIS_TEXT);
  form.addEventListener('input', scheduleUpdate);
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).id === 'feed-url') void checkFeed();
    else scheduleUpdate();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void checkFeed();
  });
  field('check-feed').addEventListener('click', () => void checkFeed());
  field('copy').addEventListener('click', () => void copy());
  scheduleUpdate();
  void checkFeed();
}

start();
