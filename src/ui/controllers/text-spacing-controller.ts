import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { NextFrame } from '../next-frame.ts';
import { readerSpacing, type Spacing } from '../text-spacing.ts';

export interface TextSpacingHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * Brings the text spacing a person applies to the page (WCAG 1.4.12: a bookmarklet, a browser
 * extension, a user style sheet) inside the finder, which otherwise resets what it inherits so
 * that a host page's careless CSS stops at its boundary. Such tools set letter, word and line
 * spacing on every element, the finder's own included, and paragraph spacing on the page's `p`
 * elements; neither reaches into a shadow root. So the finder reads them from itself and from one
 * of the page's paragraphs, and takes each only where it is wider than its own (`readerSpacing`):
 * a page can widen the finder's spacing, never squeeze it. Read again a frame after the page's
 * styles or elements change; set on the finder through the CSSOM, which a strict CSP allows.
 */
export class TextSpacingController implements ReactiveController {
  readonly #host: TextSpacingHost;
  #observer: MutationObserver | undefined;
  /** One run a frame at most, however many scroll events and changes came before it. */
  readonly #frame = new NextFrame(() => this.#apply());
  #applied = '';

  constructor(host: TextSpacingHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer ??= new MutationObserver(() => this.#frame.request());
    // The whole document: a bookmarklet adds a style sheet to the head, or styles every element.
    this.#observer.observe(document.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['style', 'class'],
    });
    this.#frame.request();
  }

  hostUpdated(): void {
    // A new .finder (after "Leaving…", say) starts without the values.
    if (!this.#host.renderRoot.querySelector<HTMLElement>('.finder')?.style.getPropertyValue('--_letter'))
      this.#applied = '';
    if (!this.#applied) this.#frame.request();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#frame.cancel();
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
