/**
 * How much of the top and the bottom of the screen the host page's own fixed or sticky bars cover
 * over the finder: a site header, a cookie banner. Pure: the page is seen only through `barAt`, so
 * the rules can be tested without a browser.
 */

export interface Box {
  readonly top: number;
  readonly bottom: number;
}

/**
 * The host page's fixed or sticky element painted at a point of the screen, if any comes before
 * the finder there (`elementsFromPoint` order); undefined where the page shows nothing fixed.
 */
export type BarAt = (x: number, y: number) => Box | undefined;

export interface Edges {
  /** Pixels from the top of the screen that the page's bars cover. */
  readonly top: number;
  /** Pixels from the bottom of the screen that the page's bars cover. */
  readonly bottom: number;
}

/** Bars stacked below one another (a header, then a menu bar) are followed this far. */
const MAX_STACK = 4;

/**
 * A bar taller than this share of the screen is an overlay (an open menu, a dialog), not a bar
 * to sit below: sitting below it would push Quick exit out of sight.
 */
const MAX_SHARE = 0.5;

/**
 * The covered edges of the screen over the finder's columns from `left` to `right`. Looks at three
 * points across that span, at the top edge, then just below each bar found, so a header and a menu
 * bar under it add up; likewise upwards from the bottom edge. Together never more than half the
 * screen each way, whatever the page does.
 */
export function coveredEdges(barAt: BarAt, left: number, right: number, width: number, height: number): Edges {
  const from = Math.max(0, left);
  const to = Math.min(width, right);
  if (to <= from || height <= 0) return { top: 0, bottom: 0 };
  const xs = [...new Set([from + 1, (from + to) / 2, to - 1].map((x) => Math.min(Math.max(x, 0), width - 1)))];
  const limit = height * MAX_SHARE;
  const bar = (box: Box | undefined) => (box && box.bottom - box.top <= limit ? box : undefined);

  let top = 0;
  for (let i = 0; i < MAX_STACK; i++) {
    let next = top;
    for (const x of xs) {
      const box = bar(barAt(x, top + 1));
      if (box && box.bottom > next) next = box.bottom;
    }
    if (next <= top || next > limit) break;
    top = next;
  }

  let bottom = 0;
  for (let i = 0; i < MAX_STACK; i++) {
    let next = bottom;
    for (const x of xs) {
      const box = bar(barAt(x, height - bottom - 1));
      if (box && height - box.top > next) next = height - box.top;
    }
    if (next <= bottom || next > limit) break;
    bottom = next;
  }
  return { top: Math.ceil(top), bottom: Math.ceil(bottom) };
}
