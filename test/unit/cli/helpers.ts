import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../src/cli/main.ts';

export const FIXTURES = join(import.meta.dirname, '../../fixtures/cli');
export const EXAMPLES = join(import.meta.dirname, '../../../data-schema/examples');
export const TODAY = '2026-11-27';

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'sff-'));
}

export function writeJson(dir: string, name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
}

export function readJsonFile(path: string): Record<string, unknown> & { services: Record<string, unknown>[] } {
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown> & { services: Record<string, unknown>[] };
}

/** Runs a command in-process, as the bin would, judging review dates as of a fixed day. */
export function cli(...argv: string[]): ReturnType<typeof run> {
  return run([...argv, '--today', TODAY]);
}
