import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from '../feed/limits.ts';
import type { PreparedFeed } from '../feed/prepared.ts';
import type { MessageKey } from '../i18n/localize.ts';
import { isStep, needsFeed } from '../journey/steps.ts';
import { isSeeker, URGENT_TOPIC } from '../match/answers.ts';
import type { MatchOutcome } from '../match/match.ts';
import { memoOne } from '../match/memo.ts';
import { usableAnswers } from '../match/place.ts';
import { yieldToPage } from '../schedule/tasks.ts';
import { urgentContacts } from '../urgent/defaults.ts';
import { Announcer } from './controllers/announcer.ts';
import { FeedController } from './controllers/feed-controller.ts';
import { FocusController, SCREEN_HEADING, type FocusTarget } from './controllers/focus-controller.ts';
import { lazyScreens } from './lazy-part.ts';
import { ListController } from './controllers/list-controller.ts';
import { LocaleController } from './controllers/locale-controller.ts';
import { PopupsController } from './controllers/popups-controller.ts';
import { DEFAULT_EXIT_URL, QuickExitController } from './controllers/quick-exit-controller.ts';
import { Results } from './results.ts';
import { SearchController, type SearchWish } from './controllers/search-controller.ts';
import { SessionController } from './controllers/session-controller.ts';
import { TextSpacingController } from './controllers/text-spacing-controller.ts';
import { UrgentController } from './controllers/urgent-controller.ts';
import type { CrisisHost } from './parts/crisis-help.ts';
import { urgentHelp } from './parts/urgent-help.ts';
import { PRESSES_TO_EXIT } from './shift-exit.ts';
import { cardContext, questionProps, type PropsSource } from './screen-props.ts';
import { styles } from './support-finder.styles.ts';
import * as attr from './attributes.ts';
import { feedFailedView, feedNoticeView, partFailedView } from './views/feed-error.ts';
import { frameView, viewSwitch, type View } from './views/frame.ts';
import { pendingQuestion, questionView } from './views/question.ts';
import { whoQuestion } from './views/questions/who.ts';
import type { ScreenContext } from './views/context.ts';

export { SupportFinderErrorEvent, SupportFinderExitEvent, SupportFinderLoadEvent } from './events.ts';
export type { View } from './views/frame.ts';

/**
 * @tagname support-finder
 * @summary A guided finder for children's, young people's and families' mental-health and
 * wellbeing support, from a partnership's published feed. Content written inside the element
 * (the crisis numbers, say) shows only when the script cannot run; a `<script type="application/json">`
 * inside it is a fallback copy of the feed.
 *
 * @event support-finder-load - The feed loaded and the finder shows it. `services` and `skipped` counts; no answers.
 * @event support-finder-error - The feed failed. `code` (one of `FEED_ERROR_CODES`) and `reason`;
 * urgent help stays shown.
 * @event support-finder-exit - Quick exit was used; fired just before the page is replaced.
 *
 * @csspart urgent-help - The urgent-help panel.
 * @csspart card - A service result card.
 * @csspart exit - The quick-exit button.
 *
 * @cssproperty --sf-font-family - Font; inherits the host page's by default.
 * @cssproperty --sf-font-size - Base font size (default: the reader's browser setting, not the page's root size).
 * @cssproperty --sf-color-scheme - `light` (default), `dark`, or `light dark` to follow the reader's setting: native controls and a theme's light-dark() colours follow it.
 * @cssproperty --sf-color-accent - Buttons, links and selected answers.
 * @cssproperty --sf-color-accent-text - Text on accent-coloured buttons.
 * @cssproperty --sf-color-text - Body text.
 * @cssproperty --sf-color-surface - Background.
 * @cssproperty --sf-color-muted - Quieter text (hints, progress, details).
 * @cssproperty --sf-color-border - Borders of cards and inputs.
 * @cssproperty --sf-color-soft - Background of chosen answers, tabs and panels.
 * @cssproperty --sf-color-urgent - The urgent-help panel and quick exit.
 * @cssproperty --sf-color-urgent-text - Text on the urgent colour (quick exit, the urgent sign).
 * @cssproperty --sf-color-urgent-soft - Background of the urgent-help panel.
 * @cssproperty --sf-color-focus - Focus ring.
 * @cssproperty --sf-radius - Corner radius.
 * @cssproperty --sf-space - Base spacing.
 * @cssproperty --sf-sticky-top - Where the sticky quick-exit bar sits below the top of the screen
 * (default: below the page's own fixed or sticky header, found by itself). The `sticky-top` attribute wins.
 */
export class SupportFinder extends LitElement {
  // No `delegatesFocus`: with it, a click on any text in the finder would focus its first control,
  // which is Quick exit, and a following Space would leave the page by accident.
  static override styles = styles;

  /** Defines `<support-finder>`; safe to call more than once (two script tags, two bundles). */
  static define(tag = 'support-finder'): void {
    if (!customElements.get(tag)) customElements.define(tag, this);
  }

  /** URL of the partnership's feed (JSON). Must be `https:` or on the page's own origin. */
  @property() src = '';
  /**
   * A feed given directly as an object instead of `src`. Assign a new object to change it: the
   * checked feed shares the parts checking did not change, so edits in place are not seen.
   */
  @property({ attribute: false }) feed: unknown;
  /** UI language. Defaults to the nearest `lang` on the page, then the browser's languages. */
  @property() override lang = '';
  /** Start with the guided questions (`guided`) or the list of every service (`browse`). */
  @property({ converter: attr.parseMode }) mode: attr.Mode = 'guided';
  /** Preselect an area by its feed id, e.g. on a council's page. */
  @property() area = '';
  /** Preselect who is looking: `me`, `parent-carer`, `professional` or `friend`. */
  @property({ converter: attr.parseAudience }) audience = '';
  /** Where quick exit goes. Only `https:` and `http:` addresses are used. */
  @property({ attribute: 'exit-url' }) exitUrl: string = DEFAULT_EXIT_URL;
  /** The level of the finder's top heading, to fit the host page's outline. */
  @property({ attribute: 'heading-level', converter: attr.headingLevelConverter }) headingLevel = 2;
  /**
   * Where the sticky quick-exit bar sits below the top of the screen, set by hand: "64px", "4rem"
   * or a number of pixels. Unset (or "auto"), the finder finds the page's own fixed or sticky
   * header by itself and sits below it. Wins over `--sf-sticky-top`.
   */
  @property({ attribute: 'sticky-top', converter: attr.stickyTopConverter }) stickyTop = '';
  /** Give up loading the feed after this long: milliseconds, or "15s", "2m". */
  @property({ attribute: 'feed-timeout', converter: attr.durationConverter(DEFAULT_TIMEOUT_MS) })
  feedTimeout = DEFAULT_TIMEOUT_MS;
  /** Refuse feeds larger than this: bytes, or "5MB", "512KB". */
  @property({ attribute: 'feed-max-bytes', converter: attr.byteSizeConverter(DEFAULT_MAX_BYTES) })
  feedMaxBytes = DEFAULT_MAX_BYTES;
  /** A copy of the feed to use, labelled as possibly out of date, when `src` fails. */
  @property({ attribute: 'fallback-src' }) fallbackSrc = '';
  /** Allow a plain-`http:` feed from another origin. For local testing only. */
  @property({ attribute: 'allow-insecure-feed', type: Boolean }) allowInsecureFeed = false;
  /** Override any UI string by its key, e.g. `{ 'finder.title': 'Find help' }`. */
  @property({ attribute: false }) strings: Partial<Record<MessageKey, string>> = {};
  /** The current date and time; settable so tests and previews can fix "open now". */
  @property({ attribute: false }) now?: Date;

  @state() private view: View = 'guided';

  private readonly announcer = new Announcer(this);
  private readonly feedLoader = new FeedController(this, () => ({
    src: this.src,
    feed: this.feed,
    timeoutMs: this.feedTimeout,
    maxBytes: this.feedMaxBytes,
    allowInsecure: this.allowInsecureFeed,
    fallbackSrc: this.fallbackSrc,
    // Browse's first list needs the feed in name order: sorted before that list is drawn, not in it.
    beforeShow: (prepared) => (this.view === 'browse' ? prepared.warm(this.langsFor(prepared)) : undefined),
  }));
  private readonly locale = new LocaleController(this, () => ({
    lang: this.lang,
    feedLang: this.feedLoader.prepared?.feed.partnership.defaultLanguage,
    strings: this.strings,
  }));
  private readonly exit = new QuickExitController(this);
  private readonly focusing = new FocusController(this);
  private readonly search = new SearchController(this, () => this.#searchWish());
  private readonly results = new Results(this.search, () => this.now);
  /** Browse and "My summary": most visits are one guided journey. */
  private readonly lazy = lazyScreens(this, () => import('./lazy-views.ts'), 'browse and summary');
  /** The rest of the guided journey, fetched alongside the feed, so it is there when the questions are. */
  private readonly lazyResults = lazyScreens(this, () => import('./lazy-results.ts'), 'results');
  private readonly urgent = new UrgentController(this, () => ({
    auto: this.#urgentAuto(),
    screen: `${this.view}:${this.session.journey.screen}`,
  }));
  /** The place list and the toggletips: what is open. */
  private readonly popups = new PopupsController(this, (text) => this.announcer.announce(text));
  private readonly urgentContacts = memoOne(urgentContacts);
  /** What the help below words of danger needs: see crisis-help.ts. */
  private readonly crisisHost: CrisisHost = {
    onShow: () => this.urgent.show(),
    follow: (message) => this.announcer.followAtOnce(message),
    redraw: () => this.requestUpdate(),
  };
  /** The answers the results use, one object while they are unchanged, so the results are kept. */
  private readonly usableAnswers = memoOne(usableAnswers);
  private readonly session = new SessionController(this, {
    announcer: this.announcer,
    localizer: () => this.locale.localizer,
    focus: (target) => this.focusing.after(target),
    resultCount: () => this.outcome()?.results.length,
    browseCount: (filters) => {
      const prepared = this.feedLoader.prepared;
      return prepared ? this.results.browse(prepared, filters, this.langs, this.lazy.part).length : 0;
    },
    requestUpdateAfterInput: () => {
      this.#afterInput = true;
      this.requestUpdate();
    },
  });
  /** A key typed or a filter chosen in browse waits for its update: see `scheduleUpdate`. */
  #afterInput = false;
  /** The screen's list of cards: a new screen or changed filters start it from the top. */
  private readonly list = new ListController(this, () => [
    this.view,
    this.session.journey.screen,
    this.view === 'browse' && this.session.filters,
  ]);

  constructor() {
    super();
    // The person's own text spacing, which the boundary would otherwise stop (WCAG 1.4.12).
    new TextSpacingController(this);
  }

  /**
   * A key typed in browse search (or a filter changed) is drawn in a task after its input event's,
   * not inside it: the browser lays the text box out again straight after the input event, so the
   * typed letter shows sooner, and keys typed faster than that share one search.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (this.#afterInput) {
      this.#afterInput = false;
      await yieldToPage();
    }
    await super.scheduleUpdate();
  }

  /** Resolves once the finder has drawn everything, the whole page of cards included. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let rest = this.results.pending ?? this.list.pending; rest; rest = this.results.pending ?? this.list.pending) {
      await rest;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('mode')) this.showView(this.mode === 'browse' ? 'browse' : 'guided', false);
    if (changed.has('area') || changed.has('audience')) {
      this.session.presets({
        ...(this.area ? { area: this.area } : {}),
        ...(isSeeker(this.audience) ? { seeker: this.audience } : {}),
      });
    }
    const { status } = this.feedLoader.state;
    // The rest of the journey is fetched alongside the feed; browse and the summary when opened.
    if (this.view === 'guided' && status !== 'error') this.lazyResults.want();
    if (this.view !== 'guided') this.lazy.want();
    const prepared = this.feedLoader.prepared;
    const rest = this.lazyResults.part;
    const screen = this.session.journey.screen;
    if (prepared && this.view === 'guided' && (screen === 'check' || screen === 'results')) {
      // From "Check your answers" on, so the results are often in before they are asked for.
      const answers = this.usableAnswers(this.session.journey.answers, prepared.areasById);
      this.results.prepareGuided(prepared, answers, this.langs, rest?.guidedSteps, () => {
        this.session.resultsReady(this.outcome()?.results.length ?? 0);
        this.requestUpdate();
      });
    }
    if (rest && prepared && this.view === 'guided' && screen === 'topics') {
      // Said once the person pauses typing.
      this.announcer.follow(rest.suggestedWords({ ...questionProps(this.propsSource, prepared), prepared }));
    }
  }

  /** What search the screen needs: see `SearchController`. */
  #searchWish(): SearchWish | undefined {
    const prepared = this.feedLoader.prepared;
    if (!prepared) return undefined;
    const { screen, answers: a } = this.session.journey;
    const browsing = this.view === 'browse';
    const reading =
      this.view === 'guided' &&
      (screen === 'topics' || (screen === 'results' && (!!a.query?.trim() || a.topics.length > 0)));
    return {
      prepared,
      lang: this.searchLang,
      now: browsing || reading,
      // Typing a browse search hurries the index along.
      urgent: browsing && this.session.filters.query.trim() !== '',
    };
  }

  /**
   * The urgent panel opens by itself when the finder has nothing else: the feed failed, or nothing
   * listed fits (no wrong door: someone to talk to); and on arriving at results when the person
   * said help is needed now. Never on choosing an answer: see UrgentController.
   */
  #urgentAuto(): boolean {
    const feed = this.feedLoader.state;
    const a = this.session.journey.answers;
    if (feed.status === 'error' || this.feedLoader.prepared?.feed.services.length === 0) return true;
    const atResults = this.view === 'guided' && this.session.journey.screen === 'results';
    return (
      atResults && (a.urgentNow === true || a.topics.includes(URGENT_TOPIC) || this.outcome()?.results.length === 0)
    );
  }

  /** Leaves at once; see `QuickExitController`. */
  quickExit(): void {
    this.exit.exit();
  }

  /** Drops everything the person entered or chose (called by quick exit). @internal */
  forgetAll(): void {
    this.session.forget();
    this.urgent.forget();
  }

  /** `replace`, not `assign`: Back from the neutral site does not bring this page back. @internal */
  leave(url: string): void {
    window.location.replace(url);
  }

  /** Shift × 3 progress, announced at once. @internal */
  shiftProgress(presses: number): void {
    const l = this.locale.localizer;
    const left = PRESSES_TO_EXIT - presses;
    this.announcer.announce(presses === 0 ? l.t('exit.expired') : l.t('exit.press', { count: left }), true);
  }

  private outcome(): MatchOutcome | undefined {
    const prepared = this.feedLoader.prepared;
    if (!prepared) return undefined;
    const answers = this.usableAnswers(this.session.journey.answers, prepared.areasById);
    return this.results.guided(prepared, answers, this.langs, this.lazyResults.part?.guidedSteps);
  }

  /** The language own words and browse search are read in: the interface's. */
  private get searchLang(): string {
    return this.langs[0] ?? 'en';
  }

  private showView(view: View, focus = true): void {
    if (view !== 'guided') this.lazy.load();
    // Browse starts from what the person already told the questions.
    if (view === 'browse') this.session.browseFromAnswers();
    this.view = view;
    if (focus) this.focusing.after(SCREEN_HEADING);
  }

  private get langs(): string[] {
    return this.langsFor(this.feedLoader.prepared);
  }

  private langsFor(prepared: PreparedFeed | undefined): string[] {
    return [this.locale.localizer.lang, prepared?.feed.partnership.defaultLanguage ?? 'en', 'en'];
  }

  protected override render(): TemplateResult {
    const l = this.locale.localizer;
    if (this.exit.exiting) return html`<div class="finder" role="alert">${l.t('exit.leaving')}</div>`;
    const feed = this.feedLoader.state;
    const prepared = feed.status === 'ready' ? feed.prepared : undefined;
    const a = this.session.journey.answers;
    const urgentOpen = this.urgent.open;
    const level = this.headingLevel;
    const langs = this.langs;
    const contacts = this.urgentContacts(l, prepared?.feed, a.age);
    // Nothing listed: say so at once, with urgent help open above, not after six questions.
    const body =
      prepared?.feed.services.length === 0
        ? html`<p class="notice" role="status">${l.t('finder.noServices')}</p>`
        : this.renderScreens(prepared, feed.status === 'error');
    return frameView({
      l,
      langs,
      level,
      presses: this.exit.presses,
      regions: this.announcer.regions,
      notice: feedNoticeView(l, level + 1, feed, () => this.feedLoader.retry()),
      // Drawn again only when something in it changes, not on every key typed elsewhere.
      urgent: guard([l, contacts, urgentOpen, level, langs.join()], () =>
        urgentHelp(l, contacts, {
          open: urgentOpen,
          level: level + 1,
          langs,
          onToggle: (event) => this.urgent.onToggle(event),
        }),
      ),
      body,
      feedback: prepared && { url: prepared.feed.partnership.feedbackUrl, partnership: prepared.feed.partnership.name },
      onExit: () => this.exit.exit(),
      onHelp: () => this.urgent.show(),
      onLanguage: (lang) => (this.lang = lang),
    });
  }

  /**
   * The view switch and the current screen. One template whether the feed is ready or not, so a
   * question answered while it loads stays as it is (and keeps focus) when it arrives; screens
   * built from the feed say "Loading…" meanwhile, or what failed.
   */
  private renderScreens(prepared: PreparedFeed | undefined, failed: boolean): TemplateResult {
    const l = this.locale.localizer;
    const { session } = this;
    const ctx: ScreenContext | undefined = prepared && {
      l: l,
      langs: this.langs,
      level: this.headingLevel + 1,
      prepared: prepared,
      session: session,
      list: { limit: this.list.limit, drawn: this.list.drawn, onMore: this.#onMore },
      focus: (target) => this.focusing.after(target),
      card: cardContext(this.propsSource, prepared),
      today: this.now ?? new Date(),
      crisis: this.crisisHost,
    };
    const loading = html`<p role="status">${l.t('finder.loading')}</p>`;
    const waiting = (part: { failed: boolean; load: () => void }) =>
      part.failed ? partFailedView(l, () => part.load()) : loading;
    // A screen built from the feed, before it is ready: "Loading…", or "Try again" if it failed.
    const feedPending = failed ? feedFailedView(l, () => this.feedLoader.retry()) : loading;
    let screen: TemplateResult;
    if (this.view === 'guided') {
      const rest = this.lazyResults.part;
      const step = session.journey.screen;
      // "Loading…" while the results are worked out.
      const outcome = step === 'results' ? this.outcome() : undefined;
      if (!isStep(step))
        screen = !ctx
          ? feedPending
          : !rest
            ? waiting(this.lazyResults)
            : step === 'results'
              ? outcome
                ? rest.resultsView(ctx, outcome)
                : loading
              : rest.checkView(ctx, rest.checkRows(ctx));
      else {
        const props = questionProps(this.propsSource, prepared);
        // The first question is in this file: it never waits for the rest of the journey.
        const question =
          needsFeed(step) && !prepared
            ? pendingQuestion(step, props, feedPending)
            : step === 'who'
              ? whoQuestion(props)
              : rest?.questionFor(step, props, prepared);
        screen = question ? questionView(step, props, question) : waiting(this.lazyResults);
      }
    } else {
      const lazy = this.lazy.part;
      screen = !ctx
        ? feedPending
        : !lazy
          ? waiting(this.lazy)
          : this.view === 'browse'
            ? lazy.browseScreen(
                ctx,
                this.results.browse(ctx.prepared, session.filters, this.langs, lazy),
                session.filters.query.trim() !== '' && !this.search.index(ctx.prepared, this.searchLang),
              )
            : lazy.summaryScreen(ctx, this, (ok) =>
                this.announcer.announce(l.t(ok ? 'summary.copied' : 'summary.copyFailed'), true),
              );
    }
    return html`${prepared?.skipped ? html`<p class="notice">${l.t('finder.warnings', { count: prepared.skipped })}</p>` : nothing}
    ${viewSwitch(l, this.view, session.saved.length, (v) => this.showView(v))} ${screen}`;
  }

  /** "Show more": the next page, with focus on its first card (WCAG 2.4.3). */
  readonly #onMore = (firstNew: FocusTarget) => {
    this.list.more();
    this.focusing.after(firstNew);
  };

  private get propsSource(): PropsSource {
    const { session, search, urgent, crisisHost: crisis, searchLang, now, langs, popups } = this;
    const l = this.locale.localizer;
    return { l, langs, level: this.headingLevel, session, search, urgent, crisis, searchLang, now, popups };
  }
}
