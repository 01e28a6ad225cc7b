import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Polite announcements through two alternating live regions, as GOV.UK's accessible-autocomplete
 * does: writing to the other region each time makes screen readers repeat a message that is the
 * same as the last one ("12 services found" after changing a filter), and the short debounce
 * keeps quick changes from chattering.
 */
export class Announcer implements ReactiveController {
  regions: [string, string] = ['', ''];
  readonly #host: ReactiveControllerHost;
  readonly #delay: number;
  #useB = false;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost, delay = 250) {
    this.#host = host;
    this.#delay = delay;
    host.addController(this);
  }

  /** `delay` overrides the debounce, e.g. longer while someone is still typing a search. */
  announce(message: string, immediate = false, delay = this.#delay): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    const write = () => {
      this.#useB = !this.#useB;
      this.regions = this.#useB ? ['', message] : [message, ''];
      this.#host.requestUpdate();
    };
    if (immediate) write();
    else this.#timer = setTimeout(write, delay);
  }

  hostDisconnected(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
  }
}
