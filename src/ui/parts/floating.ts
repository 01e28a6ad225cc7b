import { nothing, type ElementPart } from 'lit';
import { AsyncDirective, directive, PartType, type PartInfo } from 'lit/async-directive.js';

/**
 * floating-ui comes in its own file, fetched when the first popup opens: most people never open
 * one. Until it is here the popup waits out of sight (see the styles' `data-placed`).
 */
let library: Promise<typeof import('../floating-place.ts')> | undefined;
const floatingUi = () => (library ??= import('../floating-place.ts'));

/**
 * Places a popup (the place list, a toggletip) beside the control it belongs to with floating-ui:
 * below it, or above when there is no room below (`flip`), moved sideways to stay in the window
 * (`shift`), lined up with the control's start edge in either direction (floating-place.ts). It follows scrolling and resizing (`autoUpdate`) while the popup is drawn, and stops when
 * lit removes it (closed) or the element leaves the page.
 */
class FloatBeside extends AsyncDirective {
  #floating: HTMLElement | undefined;
  #anchor: ((floating: HTMLElement) => Element | null | undefined) | undefined;
  #stop: (() => void) | undefined;
  #onOutside: (() => void) | undefined;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('floatBeside goes on an element');
  }

  render(_anchor: (floating: HTMLElement) => Element | null | undefined, _onOutside?: () => void): typeof nothing {
    return nothing;
  }

  override update(
    part: ElementPart,
    [anchor, onOutside]: [(floating: HTMLElement) => Element | null | undefined, (() => void)?],
  ): typeof nothing {
    this.#floating = part.element as HTMLElement;
    this.#anchor = anchor;
    this.#onOutside = onOutside;
    // On the first render the popup is not in the page yet: lit puts it there after this.
    if (!this.#stop) queueMicrotask(() => this.#start());
    return nothing;
  }

  #start(): void {
    void floatingUi().then(
      (ui) => this.#follow(ui),
      (error: unknown) => {
        // Without it the popup still opens, in the flow of the page below its control.
        console.warn('support-finder: popups could not be placed', error);
        if (this.#floating) this.#floating.dataset['placed'] = 'unplaced';
      },
    );
  }

  #follow(ui: typeof import('../floating-place.ts')): void {
    const floating = this.#floating;
    const anchor = floating && this.#anchor?.(floating);
    if (this.#stop || !this.isConnected || !floating?.isConnected || !anchor) return;
    const stopFollowing = ui.followAnchor(anchor, floating);
    // A press anywhere but the popup and its control closes it (for a toggletip).
    const outside = (e: Event) => {
      const path = e.composedPath();
      if (!path.includes(floating) && !path.includes(anchor)) this.#onOutside?.();
    };
    document.addEventListener('pointerdown', outside, true);
    this.#stop = () => {
      stopFollowing();
      document.removeEventListener('pointerdown', outside, true);
    };
  }

  override disconnected(): void {
    this.#stop?.();
    this.#stop = undefined;
    // Drawn no more because the screen changed: a toggletip is closed, not found open on return.
    // (After this update, not inside it; closing one that is closed already does nothing.)
    const close = this.#onOutside;
    if (close) queueMicrotask(close);
  }

  override reconnected(): void {
    queueMicrotask(() => this.#start());
  }
}

export const floatBeside = directive(FloatBeside);
