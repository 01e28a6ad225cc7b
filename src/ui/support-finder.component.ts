import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { FeedError, formatWarning } from '../feed/errors.ts';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, loadFeed } from '../feed/load.ts';
import { parseFeed, type Feed } from '../feed/parse.ts';
import { safeHref } from '../feed/links.ts';
import { loadCatalog, Localizer, LOCALES, negotiateLocale, type MessageKey } from '../i18n/localize.ts';
import { messages as enMessages, meta as enMeta } from '../i18n/en.ts';
import { pickText } from '../i18n/text.ts';
import { DELIVERY_PREFERENCES, emptyAnswers, type Answers, type Seeker } from '../match/answers.ts';
import { emptyFilters, type BrowseFilters } from '../match/browse-filters.ts';
import { nearestArea } from '../match/geo.ts';
import { matchServices, type MatchOutcome, type Result } from '../match/match.ts';
import { areaForPostcode } from '../match/postcode.ts';
import type { FinderSearch } from '../match/search.ts';
import { searchDocs } from '../match/search-docs.ts';
import { urgentContacts } from '../urgent/defaults.ts';
import { Announcer } from './announcer.ts';
import { choice } from './parts/choice.ts';
import { heading } from './parts/heading.ts';
import { searchField } from './parts/search-field.ts';
import { PAGE_SIZE, resultList } from './parts/result-list.ts';
import type { CardContext } from './parts/service-card.ts';
import { urgentHelp } from './parts/urgent-help.ts';
import { addShiftListener, PRESSES_TO_EXIT, removeShiftListener, type ShiftListener } from './shift-exit.ts';
import { styles } from './support-finder.styles.ts';

/** The questions, in order. Results follow the last one. */
export const STEPS = ['who', 'age', 'topics', 'now', 'how', 'where'] as const;
export type Step = (typeof STEPS)[number] | 'results';

const SEEKERS: readonly Seeker[] = ['me', 'parent-carer', 'professional', 'friend'];

/** The optional answers each question sets (topics and delivery are lists, emptied instead). */
const ANSWERS_OF: Record<
  (typeof STEPS)[number],
  readonly ('seeker' | 'age' | 'query' | 'urgentNow' | 'selfReferralOnly' | 'area' | 'postcode' | 'near')[]
> = {
  who: ['seeker'],
  age: ['age'],
  topics: ['query'],
  now: ['urgentNow'],
  how: ['selfReferralOnly'],
  where: ['area', 'postcode', 'near'],
};
export type View = 'guided' | 'browse' | 'summary';
const MAX_AGE = 25;
const DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';

type FeedState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; feed: Feed; skipped: number }
  | { status: 'error'; error: FeedError | Error };

/** Fired when the feed has loaded. Carries counts only, never anything the person chose. */
export class SupportFinderLoadEvent extends Event {
  constructor(
    readonly services: number,
    readonly skipped: number,
  ) {
    super('support-finder-load', { bubbles: true, composed: true });
  }
}

/** Fired when the feed could not be used. `code` says why, in words a developer can search. */
export class SupportFinderErrorEvent extends Event {
  constructor(
    readonly code: string,
    readonly reason: string,
  ) {
    super('support-finder-error', { bubbles: true, composed: true });
  }
}

/**
 * @tagname support-finder
 * @summary A guided finder for children's, young people's and families' mental-health and
 * wellbeing support, from a partnership's published feed.
 *
 * @event support-finder-load - The feed loaded. `services` and `skipped` counts; no answers.
 * @event support-finder-error - The feed failed. `code` and `reason`; urgent help stays shown.
 * @event support-finder-exit - Quick exit was used; fired just before the page is replaced.
 *
 * @csspart urgent-help - The urgent-help panel.
 * @csspart card - A service result card.
 * @csspart exit - The quick-exit button.
 *
 * @cssproperty --sf-font-family - Font; inherits the host page's by default.
 * @cssproperty --sf-font-size - Base font size (default 1rem).
 * @cssproperty --sf-color-accent - Buttons, links and selected answers.
 * @cssproperty --sf-color-accent-text - Text on accent-coloured buttons.
 * @cssproperty --sf-color-text - Body text.
 * @cssproperty --sf-color-surface - Background.
 * @cssproperty --sf-color-border - Borders of cards and inputs.
 * @cssproperty --sf-color-urgent - The urgent-help panel and quick exit.
 * @cssproperty --sf-color-focus - Focus ring.
 * @cssproperty --sf-radius - Corner radius.
 * @cssproperty --sf-space - Base spacing.
 */
export class SupportFinder extends LitElement implements ShiftListener {
  // No `delegatesFocus`: with it, a click on any text in the finder would focus its first control,
  // which is Quick exit, and a following Space would leave the page by accident.
  static override styles = styles;

  /** Defines `<support-finder>`; safe to call more than once (two script tags, two bundles). */
  static define(tag = 'support-finder'): void {
    if (!customElements.get(tag)) customElements.define(tag, this);
  }

  // Public properties

  /** URL of the partnership's feed (JSON). Must be `https:` or on the page's own origin. */
  @property() src = '';

  /** A feed given directly as an object instead of `src`. */
  @property({ attribute: false }) feed: unknown;

  /** UI language. Defaults to the nearest `lang` on the page, then the browser's languages. */
  @property() override lang = '';

  /** Start with the guided questions (`guided`) or the list of every service (`browse`). */
  @property() mode: 'guided' | 'browse' = 'guided';

  /** Preselect an area by its feed id, e.g. on a council's page. */
  @property() area = '';

  /** Preselect who is looking: `me`, `parent-carer`, `professional` or `friend`. */
  @property() audience = '';

  /** Where quick exit goes. Only `https:` and `http:` addresses are used. */
  @property({ attribute: 'exit-url' }) exitUrl = DEFAULT_EXIT_URL;

  /** The level of the finder's top heading, to fit the host page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Give up loading the feed after this many milliseconds. */
  @property({ attribute: 'feed-timeout', type: Number }) feedTimeout = DEFAULT_TIMEOUT_MS;

  /** Refuse feeds larger than this many bytes. */
  @property({ attribute: 'feed-max-bytes', type: Number }) feedMaxBytes = DEFAULT_MAX_BYTES;

  /** Allow a plain-`http:` feed from another origin. For local testing only. */
  @property({ attribute: 'allow-insecure-feed', type: Boolean }) allowInsecureFeed = false;

  /** Override any UI string by its key, e.g. `{ 'finder.title': 'Find help' }`. */
  @property({ attribute: false }) strings: Partial<Record<MessageKey, string>> = {};

  /** The current date and time; settable so tests and previews can fix "open now". */
  @property({ attribute: false }) now?: Date;

  // Internal state

  @state() private feedState: FeedState = { status: 'idle' };
  @state() private step: Step = 'who';
  @state() private answers: Answers = emptyAnswers();
  @state() private ageInput = '';
  @state() private ageError = false;
  @state() private localizer = new Localizer({ meta: enMeta, messages: enMessages });
  @state() private exiting = false;
  @state() private shiftPresses = 0;
  @state() private view: View = 'guided';
  /** Ids of services saved to "My summary", in the order saved. Memory only. */
  @state() private saved: string[] = [];
  /** The person's own words for their summary. Memory only. */
  @state() private note = '';
  @state() private filters: BrowseFilters = emptyFilters();
  @state() private listLimit = PAGE_SIZE;
  @state() private locating: 'idle' | 'locating' | 'found' | 'failed' = 'idle';
  /** Browse and summary live in a separate file; true when fetching it failed. */
  @state() private lazyFailed = false;

  private readonly announcer = new Announcer(this);
  private lazy?: typeof import('./lazy-views.ts');
  private localeRequest = 0;
  private loadController?: AbortController;
  private search?: FinderSearch;
  private focusStepOnUpdate = false;

  // Lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    addShiftListener(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeShiftListener(this);
    this.loadController?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('feed')) void this.loadFeed();
    if (changed.has('lang') || changed.has('strings')) void this.loadLocale();
    if (changed.has('mode')) {
      this.view = this.mode === 'browse' ? 'browse' : 'guided';
      if (this.view === 'browse') void this.loadLazyViews();
    }
    if (changed.has('area') && this.area) {
      this.answers = { ...this.answers, area: this.area };
      this.filters = { ...this.filters, area: this.area };
    }
    if (changed.has('audience') && SEEKERS.includes(this.audience as Seeker)) {
      this.answers = { ...this.answers, seeker: this.audience as Seeker };
    }
  }

  protected override updated(): void {
    if (this.focusStepOnUpdate) {
      this.focusStepOnUpdate = false;
      this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
    }
  }

  // Handlers

  /** Reloads the feed; a newer load cancels an older one still in flight. */
  private async loadFeed(): Promise<void> {
    this.loadController?.abort();
    const controller = new AbortController();
    this.loadController = controller;
    try {
      let parsed;
      if (this.feed !== undefined && this.feed !== null) {
        parsed = parseFeed(this.feed);
      } else if (this.src) {
        this.feedState = { status: 'loading' };
        parsed = await loadFeed(this.src, {
          signal: controller.signal,
          timeoutMs: this.feedTimeout,
          maxBytes: this.feedMaxBytes,
          allowInsecure: this.allowInsecureFeed,
        });
      } else {
        this.feedState = { status: 'idle' };
        return;
      }
      if (controller.signal.aborted) return;
      for (const w of parsed.warnings) console.warn(`support-finder: ${formatWarning(w)}`);
      this.search = undefined;
      void this.prepareSearch(parsed.feed, controller.signal);
      const skipped = new Set(parsed.warnings.filter((w) => w.effect === 'skipped').map((w) => w.where)).size;
      this.feedState = { status: 'ready', feed: parsed.feed, skipped };
      if (!this.lang) void this.loadLocale();
      this.dispatchEvent(new SupportFinderLoadEvent(parsed.feed.services.length, skipped));
    } catch (error) {
      if (controller.signal.aborted) return;
      const err = error instanceof Error ? error : new Error(String(error));
      console.error(`support-finder: ${err.message}`);
      this.feedState = { status: 'error', error: err };
      this.dispatchEvent(new SupportFinderErrorEvent(err instanceof FeedError ? err.code : 'unknown', err.message));
    }
  }

  /**
   * Fuzzy search is a separate file loaded once the feed is in: it is only needed from the third
   * question on, and keeping it out of the first download keeps the first view quick on a phone.
   */
  private async prepareSearch(feed: Feed, signal: AbortSignal): Promise<void> {
    try {
      const { FinderSearch } = await import('../match/search.ts');
      if (signal.aborted) return;
      this.search = new FinderSearch(searchDocs(feed.topics, feed.services));
      this.requestUpdate();
    } catch (error) {
      // Topics still work without it; only the person's own words go unmatched.
      console.warn('support-finder: search could not load', error);
    }
  }

  private async loadLocale(): Promise<void> {
    const hostLang = this.closest('[lang]:not(support-finder)')?.getAttribute('lang');
    const feedLang = this.feedState.status === 'ready' ? this.feedState.feed.partnership.defaultLanguage : undefined;
    const wanted = negotiateLocale([this.lang, hostLang, ...navigator.languages, feedLang]);
    const request = ++this.localeRequest;
    try {
      const catalog = await loadCatalog(wanted);
      // A quicker, later choice of language wins over a slow earlier one.
      if (request === this.localeRequest) this.localizer = new Localizer(catalog, this.strings);
    } catch (error) {
      // Keep the language already showing; English is always built in.
      console.warn(`support-finder: language "${wanted}" could not load`, error);
    }
  }

  private onLanguageChange(event: Event): void {
    this.lang = (event.target as HTMLSelectElement).value;
  }

  /** Called by the shared Shift listener. */
  onShiftProgress(presses: number): void {
    this.shiftPresses = presses;
    const l = this.localizer;
    if (presses === 0) this.announcer.announce(l.t('exit.expired'), true);
    else this.announcer.announce(l.t('exit.press', { count: PRESSES_TO_EXIT - presses }), true);
  }

  onShiftExit(): void {
    this.quickExit();
  }

  /**
   * Leaves at once: forgets every answer, blanks the finder, and replaces this page in the tab's
   * history so Back does not return to it.
   */
  quickExit(): void {
    this.forget();
    this.step = 'who';
    this.exiting = true;
    this.dispatchEvent(new Event('support-finder-exit', { bubbles: true, composed: true }));
    let target: string | undefined;
    try {
      target = safeHref(new URL(this.exitUrl, document.baseURI).href);
    } catch {
      target = undefined;
    }
    this.leave(target && /^https?:/.test(target) ? target : DEFAULT_EXIT_URL);
  }

  /**
   * `replace`, not `assign`: the finder's page is swapped out of this tab's history, so Back from
   * the neutral site does not bring it back. (Earlier entries and the browser's history list are
   * beyond a page's reach; the README says so.) Separate so tests can observe it.
   */
  protected leave(url: string): void {
    window.location.replace(url);
  }

  /** Drops everything the person entered or chose: answers, saved services, their own words. */
  private forget(): void {
    this.answers = emptyAnswers();
    this.ageInput = '';
    this.ageError = false;
    this.saved = [];
    this.note = '';
    this.filters = emptyFilters();
    this.listLimit = PAGE_SIZE;
    this.locating = 'idle';
  }

  private showView(view: View): void {
    if (view !== 'guided') void this.loadLazyViews();
    this.view = view;
    this.listLimit = PAGE_SIZE;
    this.focusStepOnUpdate = true;
  }

  private async loadLazyViews(): Promise<void> {
    if (this.lazy) return;
    this.lazyFailed = false;
    try {
      this.lazy = await import('./lazy-views.ts');
      this.requestUpdate();
    } catch (error) {
      console.warn('support-finder: browse and summary could not load', error);
      this.lazyFailed = true;
    }
  }

  private toggleSave(service: Feed['services'][number]): void {
    const name = pickText(service.name, this.langs).text;
    const had = this.saved.includes(service.id);
    this.saved = had ? this.saved.filter((id) => id !== service.id) : [...this.saved, service.id];
    this.announcer.announce(this.localizer.t(had ? 'save.removed' : 'save.added', { name }), true);
  }

  private setFilters(filters: BrowseFilters): void {
    this.filters = filters;
    this.listLimit = PAGE_SIZE;
    const feed = this.feedState.status === 'ready' ? this.feedState.feed : undefined;
    if (!feed) return;
    // A longer pause while typing, as GOV.UK's autocomplete does, so the count is read once.
    const count = this.browseResults(feed).length;
    this.announcer.announce(this.localizer.t('results.count', { count }), false, 1000);
  }

  /** "Near me": asked for only when the person presses the button; the position stays in memory. */
  private locate(feed: Feed): void {
    if (!('geolocation' in navigator)) {
      this.locating = 'failed';
      return;
    }
    this.locating = 'locating';
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const near = { lat: position.coords.latitude, lon: position.coords.longitude };
        const area = nearestArea(feed.areas, feed.services, near);
        const next = { ...this.answers, near };
        if (area) next.area = area.id;
        this.answers = next;
        this.locating = 'found';
      },
      () => {
        this.locating = 'failed';
      },
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 300_000 },
    );
  }

  private stopLocating(): void {
    const next = { ...this.answers };
    delete next.near;
    this.answers = next;
    this.locating = 'idle';
  }

  private async copySummary(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.announcer.announce(this.localizer.t('summary.copied'), true);
    } catch {
      this.announcer.announce(this.localizer.t('summary.copyFailed'), true);
    }
  }

  private clearSummary(): void {
    this.forget();
    this.step = 'who';
    this.announcer.announce(this.localizer.t('summary.cleared'), true);
    this.focusStepOnUpdate = true;
  }

  private goTo(step: Step): void {
    this.step = step;
    this.listLimit = PAGE_SIZE;
    this.focusStepOnUpdate = true;
    const l = this.localizer;
    const index = STEPS.indexOf(step as (typeof STEPS)[number]);
    if (index >= 0) this.announcer.announce(l.t('step.progress', { step: index + 1, total: STEPS.length }));
    else this.announceResults();
  }

  private next(): void {
    if (this.step === 'age' && !this.commitAge()) return;
    const index = STEPS.indexOf(this.step as (typeof STEPS)[number]);
    this.goTo(STEPS[index + 1] ?? 'results');
  }

  /** Skipping a question forgets any answer already given to it, so the choice really is theirs. */
  private skip(): void {
    const step = this.step;
    if (step === 'results') return;
    const drop = new Set<string>(ANSWERS_OF[step]);
    const kept = Object.fromEntries(Object.entries(this.answers).filter(([key]) => !drop.has(key))) as Partial<Answers>;
    this.answers = {
      ...kept,
      topics: step === 'topics' ? [] : this.answers.topics,
      delivery: step === 'how' ? [] : this.answers.delivery,
    };
    if (step === 'age') {
      this.ageInput = '';
      this.ageError = false;
    }
    if (step === 'where') this.locating = 'idle';
    this.goTo(STEPS[STEPS.indexOf(step) + 1] ?? 'results');
  }

  private back(): void {
    const index = this.step === 'results' ? STEPS.length : STEPS.indexOf(this.step);
    const previous = STEPS[index - 1];
    if (previous) this.goTo(previous);
  }

  private startOver(): void {
    this.answers = emptyAnswers();
    if (this.area) this.answers.area = this.area;
    this.ageInput = '';
    this.ageError = false;
    this.locating = 'idle';
    this.goTo('who');
  }

  private commitAge(): boolean {
    const raw = this.ageInput.trim();
    if (raw === '') {
      const a = { ...this.answers };
      delete a.age;
      this.answers = a;
      this.ageError = false;
      return true;
    }
    const age = Number(raw);
    if (!/^\d{1,2}$/.test(raw) || age > MAX_AGE) {
      this.ageError = true;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#age')?.focus());
      return false;
    }
    this.ageError = false;
    this.answers = { ...this.answers, age };
    return true;
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.next();
  }

  /** "Yes, now" takes the person straight to the urgent contacts; Next still carries on after. */
  private answerNow(yes: boolean): void {
    this.setAnswer('urgentNow', yes);
    if (!yes) return;
    void this.updateComplete.then(() => {
      const summary = this.renderRoot.querySelector<HTMLElement>('.urgent > summary');
      summary?.scrollIntoView({ block: 'start', behavior: 'smooth' });
      summary?.focus();
    });
  }

  private setAnswer<K extends keyof Answers>(key: K, value: Answers[K]): void {
    this.answers = { ...this.answers, [key]: value };
  }

  private toggle<K extends 'topics' | 'delivery'>(key: K, value: Answers[K][number], on: boolean): void {
    const current: Answers[K][number][] = this.answers[key];
    const next = on ? [...new Set([...current, value])] : current.filter((v) => v !== value);
    this.answers = { ...this.answers, [key]: next };
  }

  private announceResults(): void {
    const outcome = this.outcome();
    if (!outcome) return;
    this.announcer.announce(this.localizer.t('results.count', { count: outcome.results.length }));
  }

  // Derived data

  private get isHelper(): boolean {
    const s = this.answers.seeker;
    return s === 'parent-carer' || s === 'professional' || s === 'friend';
  }

  private get langs(): string[] {
    const feedLang = this.feedState.status === 'ready' ? this.feedState.feed.partnership.defaultLanguage : 'en';
    return [this.localizer.lang, feedLang, 'en'];
  }

  private browseResults(feed: Feed): Result[] {
    if (!this.lazy) return [];
    return this.lazy.browseServices(feed.services, this.filters, {
      now: this.now ?? new Date(),
      timeZone: feed.partnership.timeZone,
      queryHits: this.search?.servicesFor(this.filters.query),
      nameOf: (s) => pickText(s.name, this.langs).text,
    });
  }

  private outcome(): MatchOutcome | undefined {
    if (this.feedState.status !== 'ready') return undefined;
    const { feed } = this.feedState;
    const query = this.answers.query ?? '';
    return matchServices(feed.services, this.answers, {
      now: this.now ?? new Date(),
      timeZone: feed.partnership.timeZone,
      areas: feed.areas,
      queryHits: this.search?.servicesFor(query),
      queryTopics: this.search?.topicsFor(query),
    });
  }

  // Rendering

  protected override render(): TemplateResult {
    const l = this.localizer;
    if (this.exiting) return html`<div class="finder" role="alert">${l.t('exit.leaving')}</div>`;
    const feed = this.feedState.status === 'ready' ? this.feedState.feed : undefined;
    // Open by itself when help may be needed now: the feed failed, the person said so, they chose
    // the topic about hurting themselves, or nothing listed fits (no wrong door: someone to talk to).
    const urgentOpen =
      this.feedState.status === 'error' ||
      this.answers.urgentNow === true ||
      this.answers.topics.includes('hurting-yourself') ||
      (this.view === 'guided' && this.step === 'results' && this.outcome()?.results.length === 0);
    return html`<div class="finder" lang=${l.lang} dir=${l.dir}>
      ${this.renderBar()}
      ${l.review === 'draft' ? html`<p class="meta">${l.t('finder.draftTranslation')}</p>` : nothing}
      <div class="visually-hidden">
        <div role="status" aria-live="polite" aria-atomic="true">${this.announcer.regions[0]}</div>
        <div role="status" aria-live="polite" aria-atomic="true">${this.announcer.regions[1]}</div>
      </div>
      ${urgentHelp(l, urgentContacts(l, feed, this.answers.age), {
        open: urgentOpen,
        level: this.headingLevel + 1,
        langs: this.langs,
      })}
      ${this.renderBody()}
      <details class="safety">
        <summary>${l.t('safety.title')}</summary>
        <p>${l.t('safety.exit')}</p>
        <p>${l.t('safety.history')}</p>
        <p>${l.t('safety.storage')}</p>
      </details>
      ${this.renderFeedback(feed)}
    </div>`;
  }

  /** The partnership's own feedback page, when the feed names one: people's views shape services. */
  private renderFeedback(feed: Feed | undefined): TemplateResult | typeof nothing {
    const href = safeHref(feed?.partnership.feedbackUrl);
    if (!feed || !href) return nothing;
    const partnership = pickText(feed.partnership.name, this.langs).text;
    return html`<p class="meta">
      <a href=${href} target="_blank" rel="noopener noreferrer"
        >${this.localizer.t('feedback.link', { partnership })}</a
      >
    </p>`;
  }

  private renderBar(): TemplateResult {
    const l = this.localizer;
    // Quick exit comes first in the markup so it is the first thing Tab reaches.
    return html`<div class="bar">
      <button type="button" class="button exit" part="exit" @click=${this.quickExit}>
        <span aria-hidden="true">✕</span>${l.t('exit.button')}
        <span class="visually-hidden">${l.t('exit.hint')}</span>
        <span class="presses" aria-hidden="true">${'•'.repeat(this.shiftPresses)}</span>
      </button>
      ${heading(this.headingLevel, l.t('finder.title'), { cls: 'title' })}
      <span class="lang">
        <label for="lang">${l.t('finder.language')}</label>
        <select id="lang" class="select" @change=${this.onLanguageChange}>
          ${LOCALES.map(
            (o) => html`<option value=${o.lang} lang=${o.lang} ?selected=${o.lang === l.lang}>${o.name}</option>`,
          )}
        </select>
      </span>
    </div>`;
  }

  private renderBody(): TemplateResult | typeof nothing {
    const l = this.localizer;
    switch (this.feedState.status) {
      case 'idle':
        return nothing;
      case 'loading':
        return html`<p role="status">${l.t('finder.loading')}</p>`;
      case 'error': {
        const code = this.feedState.error instanceof FeedError ? this.feedState.error.code : 'network';
        return html`<div class="notice" role="alert">
          ${heading(this.headingLevel + 1, l.t('error.title'), { cls: 'question' })}
          <p>${l.t(`error.${code}` as MessageKey)}</p>
          <p>${l.t('error.body')}</p>
          <div class="nav">
            <button type="button" class="button" @click=${() => void this.loadFeed()}>${l.t('error.retry')}</button>
          </div>
        </div>`;
      }
      case 'ready':
        return html`${
          this.feedState.skipped
            ? html`<p class="notice">${l.t('finder.warnings', { count: this.feedState.skipped })}</p>`
            : nothing
        }
        ${this.renderViewSwitch()} ${this.renderView(this.feedState.feed)}`;
    }
  }

  private renderViewSwitch(): TemplateResult {
    const l = this.localizer;
    const button = (view: View, label: string) =>
      html`<button
        type="button"
        class="button tab"
        aria-pressed=${this.view === view ? 'true' : 'false'}
        @click=${() => this.showView(view)}
      >
        ${label}
      </button>`;
    return html`<div class="views" role="group" aria-label=${l.t('view.label')}>
      ${button('guided', l.t('view.guided'))} ${button('browse', l.t('view.browse'))}
      ${button('summary', l.t('view.summary', { count: this.saved.length }))}
    </div>`;
  }

  private renderView(feed: Feed): TemplateResult {
    const lazy = this.lazy;
    if (this.view === 'guided') return this.step === 'results' ? this.renderResults(feed) : this.renderStep(feed);
    if (!lazy && this.lazyFailed) {
      return html`<div class="notice" role="alert">
        <p>${this.localizer.t('finder.partFailed')}</p>
        <button type="button" class="button" @click=${() => void this.loadLazyViews()}>
          ${this.localizer.t('error.retry')}
        </button>
      </div>`;
    }
    if (!lazy) return html`<p role="status">${this.localizer.t('finder.loading')}</p>`;
    switch (this.view) {
      case 'browse':
        return lazy.browseView({
          feed,
          filters: this.filters,
          results: this.browseResults(feed),
          card: this.cardContext(feed),
          limit: this.listLimit,
          onFilters: (filters) => this.setFilters(filters),
          onMore: () => this.showMore(),
        });
      case 'summary':
        return lazy.summaryView({
          input: {
            l: this.localizer,
            langs: this.langs,
            answers: this.answers,
            note: this.note,
            saved: this.saved.flatMap((id) => feed.services.filter((s) => s.id === id)),
            topics: new Map(feed.topics.map((t) => [t.id, t])),
            areas: new Map(feed.areas.map((a) => [a.id, a])),
            today: this.now ?? new Date(),
          },
          level: this.headingLevel + 1,
          onNote: (note) => (this.note = note),
          onRemove: (id) => (this.saved = this.saved.filter((s) => s !== id)),
          onPrint: () => lazy.printOnly(this),
          onCopy: (text) => void this.copySummary(text),
          onClear: () => this.clearSummary(),
        });
    }
  }

  private showMore(): void {
    this.listLimit += PAGE_SIZE;
  }

  private cardContext(feed: Feed): CardContext {
    const reviewMs = feed.partnership.reviewPeriodDays * 86_400_000;
    return {
      l: this.localizer,
      langs: this.langs,
      level: this.headingLevel + 2,
      topics: new Map(feed.topics.map((t) => [t.id, t])),
      areas: new Map(feed.areas.map((a) => [a.id, a])),
      staleBefore: new Date((this.now ?? new Date()).getTime() - reviewMs).toISOString().slice(0, 10),
      helper: this.isHelper,
      isSaved: (id) => this.saved.includes(id),
      feedbackUrl: feed.partnership.feedbackUrl,
      onToggleSave: (service) => this.toggleSave(service),
    };
  }

  private renderStep(feed: Feed): TemplateResult {
    const l = this.localizer;
    const index = STEPS.indexOf(this.step as (typeof STEPS)[number]);
    const last = index === STEPS.length - 1;
    return html`<form class="step" @submit=${this.onSubmit} novalidate>
      <div class="progress">
        <span>${l.t('step.progress', { step: index + 1, total: STEPS.length })}</span>
        <!-- A native bar, not a width in a style attribute: strict CSPs block style attributes. -->
        <progress class="progress-bar" aria-hidden="true" max=${STEPS.length} .value=${index + 1}></progress>
      </div>
      ${index === 0 ? html`<p>${l.t('finder.intro')}</p>` : nothing} ${this.renderQuestion(feed)}
      <div class="nav">
        ${index > 0 ? html`<button type="button" class="button" @click=${this.back}>${l.t('step.back')}</button>` : nothing}
        <button type="submit" class="button primary">${last ? l.t('step.results') : l.t('step.next')}</button>
        <span class="spacer"></span>
        <button type="button" class="button link" @click=${this.skip}>${l.t('step.skip')}</button>
      </div>
    </form>`;
  }

  private questionHeading(key: MessageKey, otherKey?: MessageKey): TemplateResult {
    const text = this.isHelper && otherKey ? this.localizer.t(otherKey) : this.localizer.t(key);
    return html`<legend>
      ${heading(this.headingLevel + 1, text, { id: 'step-heading', cls: 'question', focusable: true })}
    </legend>`;
  }

  private renderQuestion(feed: Feed): TemplateResult {
    const l = this.localizer;
    const a = this.answers;
    switch (this.step) {
      case 'who':
        return html`<fieldset>
          ${this.questionHeading('who.title')}
          <div class="choices">
            ${SEEKERS.map((seeker) =>
              choice({
                type: 'radio',
                name: 'who',
                value: seeker,
                checked: a.seeker === seeker,
                label: l.t(`who.${seeker}`),
                onChange: () => this.setAnswer('seeker', seeker),
              }),
            )}
          </div>
        </fieldset>`;
      case 'age':
        return html`<fieldset>
          ${this.questionHeading('age.title', 'age.titleOther')}
          <div class="field">
            <label for="age">${l.t('age.label')}</label>
            <span class="hint" id="age-hint">${l.t('age.hint')}</span>
            ${this.ageError ? html`<span class="error" id="age-error">${l.t('age.invalid')}</span>` : nothing}
            <input
              id="age"
              class="text-input short"
              type="text"
              inputmode="numeric"
              autocomplete="off"
              maxlength="2"
              aria-describedby=${this.ageError ? 'age-hint age-error' : 'age-hint'}
              aria-invalid=${this.ageError ? 'true' : 'false'}
              .value=${this.ageInput}
              @input=${(e: Event) => (this.ageInput = (e.target as HTMLInputElement).value)}
            />
          </div>
        </fieldset>`;
      case 'topics':
        return this.renderTopics(feed);
      case 'now':
        return html`<fieldset>
          ${this.questionHeading('now.title')}
          <div class="choices">
            ${([true, false] as const).map((yes) =>
              choice({
                type: 'radio',
                name: 'now',
                checked: a.urgentNow === yes,
                label: l.t(yes ? 'now.yes' : 'now.no'),
                onChange: () => this.answerNow(yes),
              }),
            )}
          </div>
          ${a.urgentNow ? html`<p class="notice" role="status">${l.t('now.yesLead')}</p>` : nothing}
        </fieldset>`;
      case 'how':
        return html`<fieldset>
          ${this.questionHeading('how.title')}
          <p class="hint">${l.t('how.hint')}</p>
          <div class="choices">
            ${DELIVERY_PREFERENCES.map((d) =>
              choice({
                type: 'checkbox',
                checked: a.delivery.includes(d),
                label: l.t(`how.${d}`),
                onChange: (on) => this.toggle('delivery', d, on),
              }),
            )}
            ${choice({
              type: 'checkbox',
              checked: a.selfReferralOnly === true,
              label: l.t('how.self'),
              onChange: (on) => this.setAnswer('selfReferralOnly', on),
            })}
          </div>
        </fieldset>`;
      case 'where':
        return this.renderWhere(feed);
      default:
        return html``;
    }
  }

  private renderTopics(feed: Feed): TemplateResult {
    const l = this.localizer;
    const a = this.answers;
    const suggested = this.search?.topicsFor(a.query ?? '') ?? [];
    const byId = new Map(feed.topics.map((t) => [t.id, t]));
    return html`<fieldset>
      ${this.questionHeading('topics.title', 'topics.titleOther')}
      <p class="hint">${l.t('topics.hint')}</p>
      <div class="choices">
        ${feed.topics
          .filter((t) => this.isHelper || t.id !== 'parenting')
          .map((t) => {
            const name = pickText(t.name, this.langs);
            return choice({
              type: 'checkbox',
              checked: a.topics.includes(t.id),
              label: name.text,
              lang: name.lang,
              onChange: (on) => this.toggle('topics', t.id, on),
            });
          })}
      </div>
      <div class="field">
        ${searchField({
          id: 'query',
          label: l.t('topics.search'),
          hint: l.t('topics.searchHint'),
          value: a.query ?? '',
          onInput: (value) => this.setAnswer('query', value),
        })}
        ${
          suggested.length
            ? html`<p class="hint">
                ${l.t('topics.suggested')}
                ${l.list(suggested.map((id) => pickText(byId.get(id)?.name, this.langs).text))}
              </p>`
            : nothing
        }
      </div>
    </fieldset>`;
  }

  private renderWhere(feed: Feed): TemplateResult {
    const l = this.localizer;
    const a = this.answers;
    const postcodeArea = a.postcode ? areaForPostcode(feed.areas, a.postcode) : undefined;
    return html`<fieldset>
      ${this.questionHeading('where.title', 'where.titleOther')}
      <div class="field">
        <label for="area">${l.t('where.area')}</label>
        <select
          id="area"
          class="select"
          @change=${(e: Event) => {
            const value = (e.target as HTMLSelectElement).value;
            const next = { ...this.answers };
            if (value) next.area = value;
            else delete next.area;
            delete next.postcode;
            this.answers = next;
          }}
        >
          <option value="" ?selected=${!a.area}>${l.t('where.anyArea')}</option>
          ${feed.areas.map((area) => {
            const name = pickText(area.name, this.langs);
            return html`<option value=${area.id} ?selected=${a.area === area.id}>${name.text}</option>`;
          })}
        </select>
      </div>
      <div class="field">
        <label for="postcode">${l.t('where.postcode')}</label>
        <span class="hint" id="postcode-hint">${l.t('where.postcodeHint')}</span>
        <input
          id="postcode"
          class="text-input short"
          type="text"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="postcode-hint postcode-result"
          .value=${a.postcode ?? ''}
          @change=${(e: Event) => {
            const postcode = (e.target as HTMLInputElement).value.trim();
            const next = { ...this.answers };
            const match = postcode ? areaForPostcode(feed.areas, postcode) : undefined;
            if (postcode) next.postcode = postcode;
            else delete next.postcode;
            if (match) next.area = match.id;
            else if (postcode) delete next.area;
            this.answers = next;
          }}
        />
        <p class="hint" id="postcode-result" role="status">
          ${
            a.postcode
              ? postcodeArea
                ? l.t('where.postcodeFound', { area: pickText(postcodeArea.name, this.langs).text })
                : l.t('where.postcodeUnknown')
              : nothing
          }
        </p>
      </div>
      ${this.renderNearMe(feed)}
    </fieldset>`;
  }

  private renderNearMe(feed: Feed): TemplateResult {
    const l = this.localizer;
    const area = this.answers.area ? feed.areas.find((a) => a.id === this.answers.area) : undefined;
    const status =
      this.locating === 'found'
        ? area
          ? l.t('where.nearMeFound', { area: pickText(area.name, this.langs).text })
          : l.t('where.nearMeFoundNoArea')
        : this.locating === 'failed'
          ? l.t('where.nearMeFailed')
          : '';
    return html`<div class="field">
      <span class="hint" id="near-hint">${l.t('where.nearMeHint')}</span>
      <div class="nav">
        ${
          this.answers.near
            ? html`<button type="button" class="button" @click=${this.stopLocating}>${l.t('where.nearMeStop')}</button>`
            : html`<button
                type="button"
                class="button"
                aria-describedby="near-hint"
                ?disabled=${this.locating === 'locating'}
                @click=${() => this.locate(feed)}
              >
                ${l.t('where.nearMe')}
              </button>`
        }
      </div>
      <p class="hint" role="status">${status}</p>
    </div>`;
  }

  private renderResults(feed: Feed): TemplateResult {
    const l = this.localizer;
    const outcome = this.outcome() ?? { results: [], widened: [] };
    const ctx = this.cardContext(feed);
    const forThem = outcome.results.filter((r) => !r.forHelper);
    const forYou = outcome.results.filter((r) => r.forHelper);
    const more = () => this.showMore();
    return html`<section class="results" aria-labelledby="step-heading">
      ${heading(this.headingLevel + 1, l.t('results.title'), { id: 'step-heading', cls: 'question', focusable: true })}
      <p>${l.t('results.count', { count: outcome.results.length })}</p>
      ${outcome.results.length === 0 ? html`<p class="notice">${l.t('results.none')}</p>` : nothing}
      ${
        outcome.widened.length
          ? html`<p class="notice">
              ${l.t('results.widened', { what: l.list(outcome.widened.map((w) => l.t(`results.widen.${w}`))) })}
            </p>`
          : nothing
      }
      <div class="nav">
        <button type="button" class="button" @click=${this.back}>${l.t('results.edit')}</button>
        <button type="button" class="button link" @click=${this.startOver}>${l.t('step.startOver')}</button>
      </div>
      ${forYou.length && forThem.length ? heading(this.headingLevel + 2, l.t('results.forThem'), { cls: 'subheading' }) : nothing}
      ${resultList(forThem, { ...ctx, level: forYou.length && forThem.length ? ctx.level + 1 : ctx.level }, this.listLimit, more)}
      ${
        forYou.length
          ? html`${heading(this.headingLevel + 2, l.t('results.forYou'), { cls: 'subheading' })}
            ${resultList(forYou, { ...ctx, level: forThem.length ? ctx.level + 1 : ctx.level }, this.listLimit, more)}`
          : nothing
      }
    </section>`;
  }
}
