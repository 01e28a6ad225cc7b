import type { ReactiveController } from 'lit';
import { safeHref } from '../../feed/links.ts';
import { SupportFinderExitEvent } from '../events.ts';
import { addShiftListener, removeShiftListener, type ShiftListener } from '../shift-exit.ts';
import { StickyBarController, type StickyBarHost } from './sticky-bar-controller.ts';

export const DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';

export interface QuickExitHost extends StickyBarHost {
  /** Where to go; only `https:` and `http:` addresses are used. */
  readonly exitUrl: string;
  /** Drops everything the person entered, before the page goes. */
  forgetAll(): void;
  /** Replaces the page; separate so tests can watch it. */
  leave(url: string): void;
  /** Presses of Shift so far, for announcing and showing progress; 0 when the count lapsed. */
  shiftProgress(presses: number): void;
}

/**
 * Quick exit by button or by Shift pressed three times: forgets every answer, blanks the finder,
 * and leaves. The Shift listener is shared by every finder on the page and is not public API.
 */
export class QuickExitController implements ReactiveController {
  /** True from the moment of leaving: the finder shows only "Leaving…". */
  exiting = false;
  /** Shift presses so far (0 to 2). */
  presses = 0;
  readonly #host: QuickExitHost;
  readonly #listener: ShiftListener = {
    onShiftProgress: (presses) => {
      this.presses = presses;
      this.#host.shiftProgress(presses);
      this.#host.requestUpdate();
    },
    onShiftExit: () => this.exit(),
  };

  constructor(host: QuickExitHost) {
    this.#host = host;
    host.addController(this);
    // Quick exit stays on screen: the bar it sits in keeps its room at the top (see the styles).
    new StickyBarController(host);
  }

  hostConnected(): void {
    addShiftListener(this.#listener);
  }

  hostDisconnected(): void {
    removeShiftListener(this.#listener);
  }

  exit(): void {
    this.#host.forgetAll();
    this.exiting = true;
    this.#host.requestUpdate();
    this.#host.dispatchEvent(new SupportFinderExitEvent());
    this.#host.leave(exitTarget(this.#host.exitUrl));
  }
}

/** The exit address resolved against the page, or the neutral default for anything unsafe. */
function exitTarget(exitUrl: string): string {
  try {
    const target = safeHref(new URL(exitUrl, document.baseURI).href);
    if (target && /^https?:/.test(target)) return target;
  } catch {
    // Not an address at all.
  }
  return DEFAULT_EXIT_URL;
}
