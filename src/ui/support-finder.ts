import type { SupportFinderEventMap } from './events.ts';
import { SupportFinder } from './support-finder.component.ts';

export * from './support-finder.component.ts';
export type { SupportFinderEventMap } from './events.ts';

SupportFinder.define();

declare global {
  interface HTMLElementTagNameMap {
    'support-finder': SupportFinder;
  }
  // The events bubble and are composed, so every target a host may listen on (the element, an
  // ancestor, document, window) gets their types: all their event maps extend this one.
  interface GlobalEventHandlersEventMap {
    'support-finder-load': SupportFinderEventMap['support-finder-load'];
    'support-finder-error': SupportFinderEventMap['support-finder-error'];
    'support-finder-exit': SupportFinderEventMap['support-finder-exit'];
  }
}
