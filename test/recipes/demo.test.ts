import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './harness.ts';

/** A port nothing listens on now. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** Whether the demo answers at `port`, polled until it does (`up`) or does not, for up to 20 s. */
async function waitFor(port: number, up: boolean): Promise<boolean> {
  for (let i = 0; i < 80; i++) {
    const answered = await fetch(`http://127.0.0.1:${port}/`).then(
      (response) => response.ok,
      () => false,
    );
    if (answered === up) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

const started: ChildProcess[] = [];
function startDemo(port: number): ChildProcess {
  const npm = spawn('npm', ['run', 'demo', '--', '--port', String(port)], { cwd: ROOT, stdio: 'ignore' });
  started.push(npm);
  return npm;
}
afterAll(() => {
  for (const npm of started) npm.kill('SIGKILL');
});

describe('npm run demo', () => {
  it('frees its port when npm is stopped by its process id, so the next one starts', async () => {
    const port = await freePort();
    for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
      const npm = startDemo(port);
      expect(await waitFor(port, true), `started before ${signal}`).toBe(true);
      npm.kill(signal);
      expect(await waitFor(port, false), `stopped by ${signal}`).toBe(true);
    }
  });
});
