import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Whether the urgent-help panel is open, and who opened it. The finder opens it by itself only
 * where nothing else can help (the feed failed, nothing listed fits); a person opens it with
 * "Get help now", its own summary, or the button beside an answer that says help is needed now.
 * Choosing an answer never opens it: a panel opening above the answer would push the answer off
 * the screen (WCAG 3.2.2). What the finder opened closes again on the next screen, so a later
 * step does not start behind a long list of contacts; what the person opened stays open.
 */
export class UrgentController implements ReactiveController {
  readonly #host: ReactiveElement;
  /** Whether the finder opens the panel by itself, and the key of the screen the person is on. */
  readonly #finder: () => { auto: boolean; screen: string };
  /** The person's own choice; `undefined` follows the finder's. */
  #chosen: boolean | undefined;
  #auto = false;
  #screen = '';
  #focusSummary = false;

  constructor(host: ReactiveElement, finder: () => { auto: boolean; screen: string }) {
    this.#host = host;
    this.#finder = finder;
    host.addController(this);
  }

  get open(): boolean {
    return this.#chosen ?? this.#auto;
  }

  hostUpdate(): void {
    const { auto, screen } = this.#finder();
    if (screen !== this.#screen) {
      this.#screen = screen;
      if (this.#chosen !== true) this.#chosen = undefined;
    }
    this.#auto = auto;
  }

  /** Opens the panel at a person's request and moves focus to it, where its contacts follow. */
  show(): void {
    this.#chosen = true;
    this.#focusSummary = true;
    this.#host.requestUpdate();
  }

  /** The panel's own `toggle` event: a change the finder did not render was the person's. */
  onToggle(event: Event): void {
    const open = (event.currentTarget as HTMLDetailsElement).open;
    if (open !== this.open) {
      this.#chosen = open;
      this.#host.requestUpdate();
    }
  }

  /** Drops the person's choice (quick exit, starting again). */
  forget(): void {
    this.#chosen = undefined;
  }

  hostUpdated(): void {
    if (!this.#focusSummary) return;
    this.#focusSummary = false;
    this.#host.renderRoot.querySelector<HTMLElement>('.urgent > summary')?.focus();
  }
}
