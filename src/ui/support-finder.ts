import { SupportFinder } from './support-finder.component.ts';

export * from './support-finder.component.ts';

SupportFinder.define();

declare global {
  interface HTMLElementTagNameMap {
    'support-finder': SupportFinder;
  }
}
