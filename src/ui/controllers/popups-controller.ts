import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The "where" box while someone types in it: their words, whether the list is open, the option they are on. */
export interface PlaceBox {
  /** What is in the box since the person last typed; undefined once it is taken as the answer. */
  typed: string | undefined;
  open: boolean;
  /** The option under the arrow keys, or -1 for none. */
  active: number;
}

/** What the views are given to open and close the popups (the place list and the toggletips). */
export interface Popups {
  readonly place: PlaceBox;
  setPlace(change: Partial<PlaceBox>): void;
  /** The toggletip showing, by its id, if any. */
  readonly tip: string | undefined;
  toggleTip(id: string): void;
  closeTip(): void;
  /** Said politely through the element's announcer ("Places that match: 2"). */
  announce(text: string): void;
}

/**
 * The state of the popups, kept by the element (in the first download, so kept small): the views
 * that draw and place them, and close a toggletip on a press elsewhere, come with the later
 * questions and the cards. Everything closes when the element leaves the page.
 */
export class PopupsController implements ReactiveController, Popups {
  place: PlaceBox = { typed: undefined, open: false, active: -1 };
  tip: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    readonly announce: (text: string) => void,
  ) {
    host.addController(this);
  }

  setPlace(change: Partial<PlaceBox>): void {
    this.place = { ...this.place, ...change };
    this.host.requestUpdate();
  }

  toggleTip(id: string): void {
    this.tip = this.tip === id ? undefined : id;
    this.host.requestUpdate();
  }

  closeTip(): void {
    if (this.tip !== undefined) this.toggleTip(this.tip);
  }

  hostDisconnected(): void {
    this.place = { typed: undefined, open: false, active: -1 };
    this.tip = undefined;
  }
}
