/**
 * floating-ui, in a file of its own fetched when the first popup opens (parts/floating.ts): only
 * the parts the finder uses, so the file stays small.
 */
import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';

/** Room kept between a popup and the edge of the window. */
const EDGE = 8;

/**
 * Keeps `floating` beside `anchor` until the returned function is called: below it, or above when
 * there is no room below (`flip`), moved sideways to stay in the window (`shift`). Its size is
 * the styles' (at most the window's width less the edges): resizing it here, inside the resize
 * observer `autoUpdate` uses, would set off a ResizeObserver loop. `bottom-start` lines it up with the anchor's start edge,
 * which floating-ui reads from `dir`, so on the right in Arabic and Urdu.
 */
export function followAnchor(anchor: Element, floating: HTMLElement): () => void {
  const place = () =>
    void computePosition(anchor, floating, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [offset(4), flip({ padding: EDGE }), shift({ padding: EDGE })],
    }).then(({ x, y }) => {
      // Set through the style object, which a strict style-src allows, not a style attribute.
      floating.style.left = `${x}px`;
      floating.style.top = `${y}px`;
      floating.dataset['placed'] = '';
    });
  return autoUpdate(anchor, floating, place);
}
