/** How many cards render at once; more follow on request, so a long list stays quick on a phone. */
export const PAGE_SIZE = 20;
