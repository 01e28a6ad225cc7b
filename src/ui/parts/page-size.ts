/** How many cards render at once; more follow on request, so a long list stays quick on a phone. */
export const PAGE_SIZE = 20;

/**
 * Cards drawn in the update that follows a changed browse filter or a key typed in its search; the
 * rest of the page is drawn a task later. Enough to fill a phone's screen and a little more, so
 * the change shows at once while no one task has to draw twenty cards on a slow phone.
 */
export const FIRST_CARDS = 4;
