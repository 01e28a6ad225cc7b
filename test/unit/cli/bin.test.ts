import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from './helpers.ts';

const ROOT = join(import.meta.dirname, '../../..');

/** The real executable, through tsx as in development; the built file is the same code bundled. */
function bin(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/bin.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the support-finder-feed executable', () => {
  // Starting Node with tsx takes a second or two, longer on a busy machine.
  it('prints and exits with the command’s result', { timeout: 30_000 }, () => {
    const ok = bin('validate', join(EXAMPLES, 'sample-feed.json'), '--today', '2026-11-27');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/49 will show/);
    const unreadable = bin('validate', 'no-such-file.json');
    expect(unreadable.status).toBe(2);
    expect(unreadable.stderr).toMatch(/There is no file at no-such-file\.json/);
  });
});
