import type { ReactiveController, ReactiveElement } from 'lit';

/** An element's id, or how a part finds an element of its own (the first card "Show more" adds). */
export type FocusTarget = string | ((root: ParentNode) => Element | null | undefined);

/** The heading every screen has; it takes focus on a new screen, and when focus would be lost. */
export const SCREEN_HEADING = 'step-heading';

/**
 * Moves focus after the next render to what asked for it, or, when the target is not drawn yet
 * (its screen waits for the feed or a part), when it shows, unless the person moved focus
 * meanwhile. A render that removes what had focus gives it to the screen's heading, so it is not
 * lost to the page (WCAG 2.4.3).
 */
export class FocusController implements ReactiveController {
  readonly #host: ReactiveElement;
  #target: FocusTarget | undefined;
  /** `#target` had not rendered yet. */
  #waits = false;
  /** What had focus when `#target` was asked for. */
  #from: Element | null = null;
  /** What had focus in the finder before this render. */
  #focused: Element | null = null;

  constructor(host: ReactiveElement) {
    this.#host = host;
    host.addController(this);
  }

  /** Focuses `target` after the next render. */
  after(target: FocusTarget): void {
    this.#target = target;
    this.#waits = false;
    this.#from = this.#active();
    this.#host.requestUpdate();
  }

  #active(): Element | null {
    const root = this.#host.renderRoot;
    return (root instanceof ShadowRoot ? root.activeElement : null) ?? root.ownerDocument.activeElement;
  }

  hostUpdate(): void {
    const root = this.#host.renderRoot;
    // A shadow root knows what has focus; asking its tree for :focus visits every element.
    this.#focused = root instanceof ShadowRoot ? root.activeElement : root.querySelector(':focus');
    // Focus moved while the screen waited: the person's choice, not to be taken from them. Not
    // merely still on the control that asked (All services, waiting for its screen's file).
    const active = this.#active();
    if (this.#waits && active && active !== this.#from && active !== root.ownerDocument.body) {
      this.#target = undefined;
      this.#waits = false;
    }
  }

  hostUpdated(): void {
    if (!this.#target && this.#focused && !this.#focused.isConnected) this.#target = SCREEN_HEADING;
    if (!this.#target) return;
    const root = this.#host.renderRoot;
    const target =
      typeof this.#target === 'string' ? root.querySelector(`#${CSS.escape(this.#target)}`) : this.#target(root);
    this.#waits = !target;
    if (!(target instanceof HTMLElement)) return;
    target.focus();
    this.#target = undefined;
  }
}
