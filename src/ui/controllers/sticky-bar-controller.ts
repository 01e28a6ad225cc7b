import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { NextFrame } from '../next-frame.ts';
import { coveredEdges, type Box } from '../host-bars.ts';

export interface StickyBarHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
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
  #barsObserver: ResizeObserver | undefined;
  #mutations: MutationObserver | undefined;
  #bar: Element | null = null;
  #finder: HTMLElement | null = null;
  /** One run a frame at most, however many scroll events and changes came before it. */
  readonly #frame = new NextFrame(() => this.#measure());
  #found = '';
  /** The page's bars found last time, watched for changes of size. */
  #watched = new Set<Element>();
  readonly #onChange = (): void => this.#frame.request();

  constructor(host: StickyBarHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('scroll', this.#onChange, { capture: true, passive: true });
    window.addEventListener('resize', this.#onChange, { passive: true });
    // A header that slides away or back on scroll ends where its transition ends.
    document.addEventListener('transitionend', this.#onChange, true);
    document.addEventListener('animationend', this.#onChange, true);
    this.#mutations ??= new MutationObserver(this.#onChange);
    this.#mutations.observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['class', 'style', 'hidden', 'open'],
    });
    this.#barsObserver ??= new ResizeObserver(this.#onChange);
    // Moved in the page: the finder drawn before is watched again without waiting for an update.
    this.hostUpdated();
    this.#frame.request();
  }

  hostUpdated(): void {
    const root = this.#host.renderRoot;
    const finder = root.querySelector<HTMLElement>('.finder');
    if (finder !== this.#finder) {
      this.#finder = finder;
      this.#found = '';
      this.#frame.request();
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
    document.removeEventListener('scroll', this.#onChange, { capture: true });
    window.removeEventListener('resize', this.#onChange);
    document.removeEventListener('transitionend', this.#onChange, true);
    document.removeEventListener('animationend', this.#onChange, true);
    this.#mutations?.disconnect();
    this.#barsObserver?.disconnect();
    this.#quickObserver?.disconnect();
    this.#watched.clear();
    this.#bar = null;
    this.#finder = null;
    this.#frame.cancel();
  }

  #measure(): void {
    const finder = this.#finder;
    if (!finder?.isConnected) return;
    const host = this.#host;
    const holders = composedAncestors(host);
    const seen = new Set<Element>();
    const barAt = (x: number, y: number): Box | undefined => {
      for (const e of document.elementsFromPoint(x, y)) {
        // The finder itself, or what holds it: nothing of the page's is painted over it here.
        if (holders.has(e)) return undefined;
        const bar = fixedOrSticky(e, holders);
        if (bar) {
          seen.add(bar);
          return bar.getBoundingClientRect();
        }
      }
      return undefined;
    };
    const box = host.getBoundingClientRect();
    // The layout viewport without its scroll bar: what fixed elements are placed in.
    const { clientWidth, clientHeight } = document.documentElement;
    const edges = coveredEdges(barAt, box.left, box.right, clientWidth, clientHeight);
    // No room for the bar between the page's header and its banner (a small screen, or 400% zoom):
    // it is raised over them, as Quick exit must never be covered. Otherwise it stays under
    // whatever the page opens over it, such as its own menus.
    const crowded = edges.top + (this.#bar?.getBoundingClientRect().height ?? 0) > clientHeight - edges.bottom;
    const found = `${edges.top} ${edges.bottom} ${crowded}`;
    if (found !== this.#found) {
      this.#found = found;
      finder.style.setProperty('--_top-found', `${edges.top}px`);
      finder.style.setProperty('--_bottom-found', `${edges.bottom}px`);
      if (crowded) finder.style.setProperty('--_quick-z', '2147483647');
      else finder.style.removeProperty('--_quick-z');
    }
    for (const bar of this.#watched) if (!seen.has(bar)) this.#barsObserver?.unobserve(bar);
    for (const bar of seen) if (!this.#watched.has(bar)) this.#barsObserver?.observe(bar);
    this.#watched = seen;
  }
}

/** The element, its ancestors, and the hosts of the shadow roots it is in. */
function composedAncestors(element: Element): Set<Element> {
  const found = new Set<Element>();
  for (let n: Element | null = element; n;) {
    found.add(n);
    const root = n.getRootNode();
    n = n.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
  return found;
}

/** The fixed or sticky element `e` is part of, short of the finder's own ancestors. */
function fixedOrSticky(e: Element, holders: Set<Element>): Element | undefined {
  for (let n: Element | null = e; n && !holders.has(n); n = n.parentElement) {
    const { position } = getComputedStyle(n);
    if (position === 'fixed' || position === 'sticky') return n;
  }
  return undefined;
}
