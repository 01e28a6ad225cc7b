/**
 * `BENCH_PROFILE=1 npm run bench`: where the main thread's time went, from a sampling profile of
 * the first page of each setting (built unminified, so the names are the source's). For each long
 * task from the feed's first byte to the first card, then for that whole window (`the window`):
 * the functions with the most time of their own, and the finder's own functions with their callees
 * (`BENCH_PROFILE_TOP=20` for more lines). `BENCH_PROFILE_ENTRIES=1` adds the window's time by what
 * started each piece of work (the first two frames of each stack).
 */
import type { CDPSession } from 'puppeteer-core';

const ANCHOR = 'benchProfileAnchor';
const TOP = Number(process.env['BENCH_PROFILE_TOP'] ?? 8);
const ENTRIES = process.env['BENCH_PROFILE_ENTRIES'] === '1';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}
interface Span {
  start: number;
  end: number;
}

/** Starts sampling; resolves with the page's clock at the anchor, to place the samples on it. */
export async function startProfile(cdp: CDPSession): Promise<number> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  // A named busy moment at a known time on the page's clock: its first sample places every sample
  // (the time a command takes to reach the page would put them several milliseconds out at 4×).
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: `(() => { const t = performance.now(); (function ${ANCHOR}() { while (performance.now() < t + 5); })(); return t; })()`,
  });
  return result.value as number;
}

/** Stops sampling and words where each long task's time, and the window's, went. */
export async function stopProfile(cdp: CDPSession, began: number, tasks: readonly Span[], window: Span) {
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, Node>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n);
  const name = ({ callFrame: { functionName, url, lineNumber } }: Node) => {
    const file =
      url
        .split('/')
        .pop()
        ?.replace(/-[\w-]{8}\.js$/, '') ?? '';
    return `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}` : ''}`;
  };
  const stack = (node: Node | undefined) => {
    const names: string[] = [];
    for (let n = node; n && n.callFrame.functionName !== '(root)'; n = parent.get(n.id)) names.push(name(n));
    return names;
  };
  let t = profile.startTime;
  const ticks = profile.timeDeltas.map((d) => (t += d));
  const zero = ticks[profile.samples.findIndex((id) => byId.get(id)?.callFrame.functionName === ANCHOR)];
  const at = ticks.map((tick) => (tick - (zero ?? profile.startTime)) / 1000 + began);
  const rank = (m: Map<string, number>, indent: string) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, TOP)
      .map(([k, v]) => `${indent}${v.toFixed(1).padStart(6)} ms  ${k}`);

  const describe = (span: Span, label: string) => {
    const self = new Map<string, number>();
    const total = new Map<string, number>();
    const entries = new Map<string, number>();
    const add = (m: Map<string, number>, key: string, ms: number) => m.set(key, (m.get(key) ?? 0) + ms);
    profile.samples.forEach((id, i) => {
      if ((at[i] ?? 0) < span.start || (at[i] ?? 0) > span.end) return;
      const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      const names = stack(byId.get(id));
      if (names[0]) add(self, names[0], ms);
      for (const n of new Set(names)) if (n.includes('support-finder')) add(total, n, ms);
      add(entries, names.slice(-2).reverse().join(' > '), ms);
    });
    return [
      `    ${label}`,
      '      self:',
      ...rank(self, '        '),
      "      the finder's, with callees:",
      ...rank(total, '        '),
      ...(ENTRIES ? ['      by what started it:', ...rank(entries, '        ')] : []),
    ];
  };
  return [
    ...tasks.flatMap((task) => describe(task, `task of ${(task.end - task.start).toFixed(0)} ms`)),
    ...describe(window, `the window, ${(window.end - window.start).toFixed(0)} ms`),
  ];
}
