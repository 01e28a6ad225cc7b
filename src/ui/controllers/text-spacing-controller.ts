import type { ReactiveController, ReactiveElement } from 'lit';
import { LazyPart } from '../lazy-part.ts';
import type { TextSpacing } from '../page-watchers.ts';

export type TextSpacingHost = ReactiveElement;

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
  /** Read from a file loaded after the first render: see page-watchers.ts. */
  readonly #spacing: LazyPart<TextSpacing>;

  constructor(host: TextSpacingHost) {
    this.#spacing = new LazyPart(() => import('../page-watchers.ts').then(({ TextSpacing }) => new TextSpacing(host)));
    host.addController(this);
  }

  hostConnected(): void {
    this.#spacing.connect();
  }

  hostUpdated(): void {
    this.#spacing.part?.request();
  }

  hostDisconnected(): void {
    this.#spacing.disconnect();
  }
}
