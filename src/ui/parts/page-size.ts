/**
 * How many cards a list shows before "Show more". Ten, not twenty, since every card is laid out
 * (none is left out of the accessibility tree): at 5,000 services twenty cards took the keystroke
 * median to 19 ms and gave tasks over 50 ms with 4× CPU throttling; ten keep both in target.
 */
export const PAGE_SIZE = 10;

/**
 * How many cards of a new or changed page are drawn in the update that changed it, on every
 * device: enough to fill a phone's screen above its keyboard, so a key typed in a search shows its
 * first results at once. The rest of the page follows in a task of its own (see `ListController`),
 * so no one task draws ten new cards alongside the key and its search.
 */
export const FIRST_CARDS = 2;
