/**
 * Long pure work written as steps (generators that pause with a bare `yield`), so that one
 * implementation serves both callers: `finish` runs it at once (tests, benchmarks, the CLI), and
 * `inSlices` gives the page its turns between steps (both in src/schedule/tasks.ts).
 */

/** Services looked at in one step: a few milliseconds' work on a slow phone. */
export const SERVICES_PER_STEP = 250;
