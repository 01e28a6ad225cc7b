/**
 * Giving the page its turn: long work (reading a feed, building the search index) runs in slices
 * between which input and painting go first.
 */

type Scheduler = {
  yield?: () => Promise<void>;
  postTask?: (run: () => void, options: { priority: 'background' }) => Promise<unknown>;
};

const scheduler = (): Scheduler | undefined => (globalThis as { scheduler?: Scheduler }).scheduler;

/** Resolves in a task after the next frame is painted; where nothing paints (Node), after a yield. */
export function afterPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function') return yieldToPage();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

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

/**
 * Runs `run` as soon as nothing more urgent is waiting: a background task where the browser has
 * `scheduler.postTask`, which, unlike an idle callback, is not held to one short slice per idle
 * period, so long work in small slices finishes several times sooner. Input and rendering still
 * go first. Elsewhere, in idle time.
 */
export function inBackground(run: (deadline: Deadline) => void): void {
  const tasks = scheduler();
  if (tasks?.postTask) void tasks.postTask(() => run(undefined), { priority: 'background' });
  else whenIdle(run);
}

/** Lets the page handle input and paint, then carries on; scheduler.yield keeps our place in line. */
export function yieldToPage(): Promise<void> {
  const tasks = scheduler();
  if (tasks?.yield) return tasks.yield();
  return new Promise((resolve) => {
    // A message is not throttled like a nested setTimeout (4 ms each after the fifth).
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** A stepwise computation (see src/match/steps.ts) run to its end at once. */
export function finish<T>(steps: Iterator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs stepwise work (see src/match/steps.ts) to its end, giving the page its turn whenever a slice has
 * run for `sliceMs`, so none of it makes a long task. Stops between slices once `signal` aborts.
 */
export async function inSlices<T>(steps: Iterator<unknown, T>, sliceMs = 8, signal?: AbortSignal): Promise<T> {
  let start = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - start < sliceMs) continue;
    await yieldToPage();
    signal?.throwIfAborted();
    start = performance.now();
  }
}
