/**
 * How many cards render at once; more follow on "Show more". Ten, not twenty, since every card is
 * now laid out (none is left out of the accessibility tree): at 5,000 services twenty cards took the
 * keystroke median to 19 ms and gave tasks over 50 ms with 4× throttling; ten keep both in target.
 */
export const PAGE_SIZE = 10;

/**
 * Where drawing a changed list is slow (a slow phone), the update after a changed browse filter or
 * a key typed in its search draws only this many cards, and each update after it MORE_CARDS more
 * until the page is drawn: enough to fill a phone's screen above its keyboard, so the change shows
 * at once while no one task has to draw twenty cards. The browser lays the new cards out in the
 * frame after: with four, that frame was the longest task while typing (layout alone 20 to 30 ms
 * with 4× CPU throttling); with two, the cards below are laid out a frame later, as they are drawn.
 */
export const FIRST_CARDS = 2;
export const MORE_CARDS = 4;

/**
 * Drawing a changed list took longer than this (the updates, not layout): changes are drawn in
 * steps from then on.
 */
export const SLOW_DRAW_MS = 16;
