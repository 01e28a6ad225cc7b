/** The time left in an idle period, or undefined where the browser has no idle callbacks. */
export type Deadline = { timeRemaining(): number } | undefined;

/**
 * Runs `run` when the browser is idle: `requestIdleCallback` where it has it (not every Safari),
 * no later than `timeout`; elsewhere after `fallbackMs`.
 */
export function whenIdle(run: (deadline: Deadline) => void, timeout = 1500, fallbackMs = 30): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout });
  else setTimeout(() => run(undefined), fallbackMs);
}
