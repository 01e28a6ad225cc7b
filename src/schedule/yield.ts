type Scheduler = { yield?: () => Promise<void> };

/** Lets the page handle input and paint, then carries on; scheduler.yield keeps our place in line. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    // A message is not throttled like a nested setTimeout (4 ms each after the fifth).
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}
