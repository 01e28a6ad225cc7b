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

type PostTask = (run: () => void, options: { priority: 'background' }) => Promise<unknown>;

/**
 * Runs `run` as soon as nothing more urgent is waiting: a background task where the browser has
 * `scheduler.postTask`, which, unlike an idle callback, is not held to one short slice per idle
 * period, so long work in small slices finishes several times sooner. Input and rendering still
 * go first. Elsewhere, in idle time.
 */
export function inBackground(run: (deadline: Deadline) => void): void {
  const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
  if (scheduler?.postTask) void scheduler.postTask(() => run(undefined), { priority: 'background' });
  else whenIdle(run);
}
