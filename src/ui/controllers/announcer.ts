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
  /** What `follow` was given during this render, and what it last said. */
  #following = '';
  #followed = '';
  /** The same for `followAtOnce`. */
  #urgentFollowing = '';
  #urgentFollowed = '';

  constructor(host: ReactiveControllerHost, delay = 250) {
    this.#host = host;
    this.#delay = delay;
    host.addController(this);
  }

  /**
   * `delay` overrides the debounce, e.g. longer while someone is still typing a search. A message
   * given as a function is worked out only when it is said, so a key typed in a search does not
   * count results that the next key replaces.
   */
  announce(message: string | (() => string), immediate = false, delay = this.#delay): void {
    clearTimeout(this.#timer);
    const write = () => this.#write(typeof message === 'string' ? message : message());
    if (immediate) write();
    else this.#timer = setTimeout(write, delay);
  }

  #write(text: string): void {
    this.#useB = !this.#useB;
    this.regions = this.#useB ? ['', text] : [text, ''];
    this.#host.requestUpdate();
  }

  /**
   * A message that follows what the person types ("This sounds like …"), given on every render
   * that shows it: said once the typing pauses, and only when it changed, like a result count.
   */
  follow(message: string): void {
    this.#following = message;
  }

  /**
   * A message that follows words speaking of danger ("Who you can contact now is below your
   * words…"), given on every render that shows it, like `follow`, but said as soon as it appears
   * or changes, not once typing pauses: still politely, after what the person is typing. A
   * message still waiting its turn ("Question 3 of 6", a count) is older than the words and gives
   * way, rather than taking their place a moment later.
   */
  followAtOnce(message: string): void {
    this.#urgentFollowing = message;
  }

  hostUpdated(): void {
    const following = this.#following;
    const urgent = this.#urgentFollowing;
    // Each update gives them afresh (from willUpdate or render); what none gives is gone.
    this.#following = this.#urgentFollowing = '';
    if (urgent !== this.#urgentFollowed) {
      const message = (this.#urgentFollowed = urgent);
      // Written after this update has finished, not inside it (lit's change-in-update).
      if (message) {
        clearTimeout(this.#timer);
        queueMicrotask(() => this.#write(message));
      }
    }
    if (following === this.#followed) return;
    this.#followed = following;
    if (following) this.announce(following, false, 1000);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }
}
