import { NextFrame } from './next-frame.ts';
import { coveredEdges, type Box } from './host-bars.ts';
import { readerSpacing, type Spacing } from './text-spacing.ts';
import type { StickyBarHost } from './controllers/sticky-bar-controller.ts';
import type { TextSpacingHost } from './controllers/text-spacing-controller.ts';

/**
 * The halves of the sticky-bar and text-spacing controllers that watch the host page, loaded in a
 * file of their own once the finder is on screen: the entry file every visitor downloads has a
 * budget, and a page's header or a person's spacing found a frame or two later costs nobody.
 */

/** Finds the page's own fixed or sticky bars over the finder: see StickyBarController. */
export class PageBars {
  readonly #host: StickyBarHost;
  readonly #finder: () => HTMLElement | null;
  readonly #bar: () => Element | null;
  readonly #barsObserver = new ResizeObserver(() => this.request());
  readonly #mutations = new MutationObserver(() => this.request());
  /** One run a frame at most, however many scroll events and changes came before it. */
  readonly #frame = new NextFrame(() => this.#measure());
  #found = '';
  /** The page's bars found last time, watched for changes of size. */
  #watched = new Set<Element>();
  readonly #onChange = (): void => this.request();

  constructor(host: StickyBarHost, finder: () => HTMLElement | null, bar: () => Element | null) {
    this.#host = host;
    this.#finder = finder;
    this.#bar = bar;
  }

  start(): void {
    document.addEventListener('scroll', this.#onChange, { capture: true, passive: true });
    window.addEventListener('resize', this.#onChange, { passive: true });
    // A header that slides away or back on scroll ends where its transition ends.
    document.addEventListener('transitionend', this.#onChange, true);
    document.addEventListener('animationend', this.#onChange, true);
    this.#mutations.observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['class', 'style', 'hidden', 'open'],
    });
    this.request(true);
  }

  stop(): void {
    document.removeEventListener('scroll', this.#onChange, { capture: true });
    window.removeEventListener('resize', this.#onChange);
    document.removeEventListener('transitionend', this.#onChange, true);
    document.removeEventListener('animationend', this.#onChange, true);
    this.#mutations.disconnect();
    this.#barsObserver.disconnect();
    this.#watched.clear();
    this.#frame.cancel();
  }

  /** Measures again in the next frame; `fresh` for a new `.finder`, which starts without the values. */
  request(fresh = false): void {
    if (fresh) this.#found = '';
    this.#frame.request();
  }

  #measure(): void {
    const finder = this.#finder();
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
    const crowded = edges.top + (this.#bar()?.getBoundingClientRect().height ?? 0) > clientHeight - edges.bottom;
    const found = `${edges.top} ${edges.bottom} ${crowded}`;
    if (found !== this.#found) {
      this.#found = found;
      finder.style.setProperty('--_top-found', `${edges.top}px`);
      finder.style.setProperty('--_bottom-found', `${edges.bottom}px`);
      if (crowded) finder.style.setProperty('--_quick-z', '2147483647');
      else finder.style.removeProperty('--_quick-z');
    }
    for (const bar of this.#watched) if (!seen.has(bar)) this.#barsObserver.unobserve(bar);
    for (const bar of seen) if (!this.#watched.has(bar)) this.#barsObserver.observe(bar);
    this.#watched = seen;
  }
}

/** Brings the spacing a person applies to the page inside the finder: see TextSpacingController. */
export class TextSpacing {
  readonly #host: TextSpacingHost;
  readonly #observer = new MutationObserver(() => this.request());
  /** One run a frame at most, however many changes came before it. */
  readonly #frame = new NextFrame(() => this.#apply());
  #applied = '';

  constructor(host: TextSpacingHost) {
    this.#host = host;
  }

  start(): void {
    // The whole document: a bookmarklet adds a style sheet to the head, or styles every element.
    this.#observer.observe(document.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['style', 'class'],
    });
    this.request();
  }

  stop(): void {
    this.#observer.disconnect();
    this.#frame.cancel();
  }

  /** Applies again in the next frame; a new `.finder` (after "Leaving…", say) starts without the values. */
  request(): void {
    if (!this.#host.renderRoot.querySelector<HTMLElement>('.finder')?.style.getPropertyValue('--_letter'))
      this.#applied = '';
    this.#frame.request();
  }

  #apply(): void {
    const finder = this.#host.renderRoot.querySelector<HTMLElement>('.finder');
    if (!finder) return;
    const own = getComputedStyle(this.#host);
    const paragraph = document.querySelector('p');
    const spacing = readerSpacing(
      {
        fontSize: own.fontSize,
        letterSpacing: own.letterSpacing,
        wordSpacing: own.wordSpacing,
        lineHeight: own.lineHeight,
      },
      paragraph && getComputedStyle(paragraph),
    );
    const key = JSON.stringify(spacing);
    if (key === this.#applied) return;
    this.#applied = key;
    for (const [name, value] of Object.entries(spacing) as [keyof Spacing, string][])
      finder.style.setProperty(`--_${name}`, value);
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
