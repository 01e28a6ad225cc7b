/**
 * The entry for React 19 sites: `import 'support-finder/react'` defines `<support-finder>` exactly
 * as the main entry does and also tells TypeScript what JSX may put on it, typed events included.
 * It is a separate entry so that the main entry's types never mention React: a site without
 * React installed would otherwise fail to type-check this module augmentation.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { SupportFinderEventMap } from './ui/events.ts';
import type { SupportFinder } from './ui/support-finder.ts';

export * from './index.ts';

/**
 * React 19 adds a listener for a prop named `on` + the event's exact name on a custom element,
 * so `onsupport-finder-load={(e) => e.services}` receives the finder's own event class.
 */
export type SupportFinderEventProps = {
  [Name in keyof SupportFinderEventMap as `on${Name}`]?: (event: SupportFinderEventMap[Name]) => void;
};

/**
 * What JSX may set on `<support-finder>`: the attributes by their HTML names, and the properties
 * that take objects (`feed`, `strings`, `now`). React 19 sets a prop as a property when the
 * element has one of that name (`src`, `feed`) and as an attribute otherwise (`heading-level`),
 * which the element reads with the same forgiving parsers as in HTML.
 */
export type SupportFinderAttributes = {
  src?: string;
  lang?: string;
  mode?: 'guided' | 'browse';
  area?: string;
  audience?: 'me' | 'parent-carer' | 'professional' | 'friend';
  'exit-url'?: string;
  'heading-level'?: 1 | 2 | 3 | 4 | 5 | 6;
  'feed-timeout'?: string | number;
  'feed-max-bytes'?: string | number;
  'fallback-src'?: string;
  'allow-insecure-feed'?: boolean;
  feed?: unknown;
  strings?: SupportFinder['strings'];
  now?: Date;
};

export type SupportFinderJsxProps = DetailedHTMLProps<HTMLAttributes<SupportFinder>, SupportFinder> &
  SupportFinderAttributes &
  SupportFinderEventProps;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React declares JSX as a namespace; augmenting it needs one
  namespace JSX {
    interface IntrinsicElements {
      'support-finder': SupportFinderJsxProps;
    }
  }
}
