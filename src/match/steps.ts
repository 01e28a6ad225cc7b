/**
 * Long pure work written as steps (generators that pause with a bare `yield`), so that one
 * implementation serves both callers: `finish` runs it at once (tests, benchmarks, the CLI), and
 * `inSlices` (src/schedule/tasks.ts) gives the page its turns between steps.
 */

/** Services looked at in one step: a few milliseconds' work on a slow phone. */
export const SERVICES_PER_STEP = 250;

/** A stepwise computation run to its end at once. */
export function finish<T>(steps: Iterator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
