import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface StickyBarHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * Keeps `--_quick-size` on the finder equal to the sticky quick-exit bar's height, which changes
 * with the language, the text size and the person's own text spacing. The styles give every
 * focusable control that much scroll margin, so a control that gets focus is scrolled clear of
 * the bar rather than under it (WCAG 2.4.11). Set through the CSSOM, which a strict CSP allows.
 */
export class StickyBarController implements ReactiveController {
  readonly #host: StickyBarHost;
  #observer: ResizeObserver | undefined;
  #bar: Element | null = null;

  constructor(host: StickyBarHost) {
    this.#host = host;
    host.addController(this);
  }

  hostUpdated(): void {
    const bar = this.#host.renderRoot.querySelector('.quick');
    if (bar === this.#bar) return;
    this.#observer?.disconnect();
    this.#bar = bar;
    if (!bar) return;
    this.#observer ??= new ResizeObserver((entries) => {
      for (const entry of entries) {
        const finder = entry.target.parentElement;
        const size = entry.borderBoxSize[0]?.blockSize ?? entry.target.getBoundingClientRect().height;
        finder?.style.setProperty('--_quick-size', `${Math.ceil(size)}px`);
      }
    });
    this.#observer.observe(bar);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#bar = null;
  }
}
