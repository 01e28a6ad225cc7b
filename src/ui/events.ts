/** Fired when the feed has loaded. Carries counts only, never anything the person chose. */
export class SupportFinderLoadEvent extends Event {
  constructor(
    readonly services: number,
    readonly skipped: number,
  ) {
    super('support-finder-load', { bubbles: true, composed: true });
  }
}

/** Fired when the feed could not be used. `code` says why, in words a developer can search. */
export class SupportFinderErrorEvent extends Event {
  constructor(
    readonly code: string,
    readonly reason: string,
  ) {
    super('support-finder-error', { bubbles: true, composed: true });
  }
}

/** Fired when quick exit is used, just before the page is replaced. */
export class SupportFinderExitEvent extends Event {
  constructor() {
    super('support-finder-exit', { bubbles: true, composed: true });
  }
}

/**
 * Every event the finder fires, by name. Merged into the DOM's own event maps (see
 * `support-finder.ts`), so `addEventListener('support-finder-load', (e) => e.services)` is typed
 * on the element, on any ancestor, on `document` and on `window`: the events bubble out of the
 * shadow root, and a host often listens higher up.
 */
export interface SupportFinderEventMap {
  'support-finder-load': SupportFinderLoadEvent;
  'support-finder-error': SupportFinderErrorEvent;
  'support-finder-exit': SupportFinderExitEvent;
}
