/**
 * `BENCH_PROFILE=1 npm run bench`: what the main thread did in its longest stretch of work between
 * the feed's first byte and the first card, from a sampling profile of the first page of each
 * setting. A stretch is a run of samples with no idle sample between them (roughly one task, or a
 * few back to back). Built unminified, so the names are the source's.
 */
import type { CDPSession } from 'puppeteer-core';

const ANCHOR = 'benchProfileAnchor';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

/** Starts sampling; resolves with the page's clock at that moment, to place the samples on it. */
export async function startProfile(cdp: CDPSession): Promise<number> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  // A named busy moment at a known time on the page's clock: its first sample places every sample.
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: `(() => { const t = performance.now(); (function ${ANCHOR}() { while (performance.now() < t + 5); })(); return t; })()`,
  });
  return result.value as number;
}

/**
 * Where the time of each long task went, by function (self time, and the top of the finder's own
 * frames with callees), for the tasks given on the page's clock (`began`: startProfile's answer).
 */
export async function stopProfile(
  cdp: CDPSession,
  began: number,
  tasks: readonly { start: number; end: number }[],
  top = Number(process.env['BENCH_PROFILE_TOP'] ?? 8),
): Promise<string[]> {
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile & { startTime: number } };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: Node) => {
    const file =
      n.callFrame.url
        .split('/')
        .pop()
        ?.replace(/-[\w-]{8}\.js$/, '') ?? '';
    return `${n.callFrame.functionName || '(anonymous)'}${file ? ` ${file}:${n.callFrame.lineNumber + 1}` : ''}`;
  };
  // Each sample's time on the page's clock, from the anchor's first sample.
  let t = profile.startTime;
  const ticks = profile.timeDeltas.map((d) => (t += d));
  const first = profile.samples.findIndex((id) => byId.get(id)?.callFrame.functionName === ANCHOR);
  const zero = ticks[first] ?? profile.startTime;
  const at = ticks.map((tick) => (tick - zero) / 1000 + began);
  const lines: string[] = [];
  for (const task of tasks) {
    const self = new Map<string, number>();
    const total = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const when = at[i] ?? 0;
      if (when < task.start || when > task.end) return;
      const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      let node = byId.get(id);
      if (node) self.set(name(node), (self.get(name(node)) ?? 0) + dt);
      const seen = new Set<string>();
      while (node) {
        const key = name(node);
        if (!seen.has(key) && /support-finder/.test(key)) total.set(key, (total.get(key) ?? 0) + dt);
        seen.add(key);
        const up = parent.get(node.id);
        node = up === undefined ? undefined : byId.get(up);
      }
    });
    if (process.env['BENCH_PROFILE_TIMELINE']) {
      const buckets = new Map<number, Map<string, number>>();
      profile.samples.forEach((id, i) => {
        const when = at[i] ?? 0;
        if (when < task.start - 10 || when > task.end + 10) return;
        const b = Math.floor((when - task.start) / 5);
        let node = byId.get(id);
        const stack: string[] = [];
        while (node) {
          stack.push(node.callFrame.functionName);
          const up = parent.get(node.id);
          node = up === undefined ? undefined : byId.get(up);
        }
        const key = stack
          .reverse()
          .filter((f) => f && !f.startsWith('(root'))
          .slice(0, 14)
          .join('>');
        const m = buckets.get(b) ?? new Map<string, number>();
        m.set(key, (m.get(key) ?? 0) + 1);
        buckets.set(b, m);
      });
      for (const [b, m] of [...buckets].sort((x, y) => x[0] - y[0]))
        lines.push(`   ${b * 5}: ${[...m].sort((x, y) => y[1] - x[1])[0]?.[0] ?? ''}`);
    }
    if (process.env['BENCH_PROFILE_ENTRIES']) {
      const entries = new Map<string, number>();
      profile.samples.forEach((id, i) => {
        const when = at[i] ?? 0;
        if (when < task.start || when > task.end) return;
        let node = byId.get(id);
        const stack: string[] = [];
        while (node) {
          stack.push(name(node));
          const up = parent.get(node.id);
          node = up === undefined ? undefined : byId.get(up);
        }
        const key = stack
          .reverse()
          .filter((f) => !f.startsWith('(root'))
          .slice(0, 2)
          .join(' > ');
        entries.set(key, (entries.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
      });
      for (const [k, v] of [...entries].sort((x, y) => y[1] - x[1]).slice(0, 25))
        lines.push(`   ${v.toFixed(1).padStart(6)} ${k}`);
    }
    const rank = (m: Map<string, number>) =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, top)
        .map(([k, v]) => `        ${v.toFixed(1).padStart(6)} ms  ${k}`);
    lines.push(
      `    task of ${(task.end - task.start).toFixed(0)} ms at ${task.start.toFixed(0)} ms`,
      '      self:',
      ...rank(self),
      "      the finder's, with callees:",
      ...rank(total),
    );
  }
  return lines;
}
