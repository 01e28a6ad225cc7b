import type { ReactiveController, ReactiveElement } from 'lit';
import { LazyPart } from '../lazy-part.ts';
import type { PageBars } from '../page-watchers.ts';

export interface StickyBarHost extends ReactiveElement {
  /** Where the bar sits, set by hand (`sticky-top`): a CSS length, or "" to find the page's bars. */
  readonly stickyTop: string;
}

/**
 * Keeps the sticky quick-exit bar on screen and clear of whatever the host page fixes over it,
 * with no configuration. On the finder (`.finder`), through the CSSOM, which a strict CSP allows:
 *
 * - `--_quick-size`: the bar's own height, which changes with the language, the text size and the
 *   person's text spacing;
 * - `--_top-found` and `--_bottom-found`: how much of the top and the bottom of the screen the
 *   page's own fixed or sticky bars cover over the finder (a site header, a cookie banner), found
 *   by asking the browser what is painted there (`coveredEdges`);
 * - `--_top-set`: the `sticky-top` attribute, which wins over `--sf-sticky-top` and what was found;
 * - `--_quick-z`: set only when the page's bars leave no room for the bar between them.
 *
 * The styles sit the bar below the page's header and give every focusable control that much scroll
 * margin at the top and the bottom, so a control that gets focus is scrolled clear of both (WCAG
 * 2.4.11). Measured again a frame after the page scrolls, resizes, changes (a banner added or
 * dismissed, a header that shrinks) or ends a transition; never on a timer.
 */
export class StickyBarController implements ReactiveController {
  readonly #host: StickyBarHost;
  #quickObserver: ResizeObserver | undefined;
  #bar: Element | null = null;
  #finder: HTMLElement | null = null;
  /** The page's bars are looked for from a file loaded after the first render. */
  readonly #pageBars = new LazyPart<PageBars>(() =>
    import('../page-watchers.ts').then(
      ({ PageBars }) =>
        new PageBars(
          this.#host,
          () => this.#finder,
          () => this.#bar,
        ),
    ),
  );

  constructor(host: StickyBarHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    // Moved in the page: the finder drawn before is watched again without waiting for an update.
    this.hostUpdated();
    this.#pageBars.connect();
  }

  hostUpdated(): void {
    const root = this.#host.renderRoot;
    const finder = root.querySelector<HTMLElement>('.finder');
    if (finder !== this.#finder) {
      this.#finder = finder;
      this.#pageBars.part?.request(true);
    }
    if (finder && finder.style.getPropertyValue('--_top-set') !== this.#host.stickyTop) {
      if (this.#host.stickyTop) finder.style.setProperty('--_top-set', this.#host.stickyTop);
      else finder.style.removeProperty('--_top-set');
    }
    const bar = root.querySelector('.quick');
    if (bar === this.#bar) return;
    this.#quickObserver?.disconnect();
    this.#bar = bar;
    if (!bar) return;
    this.#quickObserver ??= new ResizeObserver((entries) => {
      for (const entry of entries) {
        const finder = entry.target.parentElement;
        const size = entry.borderBoxSize[0]?.blockSize ?? entry.target.getBoundingClientRect().height;
        finder?.style.setProperty('--_quick-size', `${Math.ceil(size)}px`);
      }
    });
    this.#quickObserver.observe(bar);
  }

  hostDisconnected(): void {
    this.#pageBars.disconnect();
    this.#quickObserver?.disconnect();
    this.#bar = null;
    this.#finder = null;
  }
}
