import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// The analyzer's own command-line entry, called in-process without writing the manifest.
import { cli } from '@custom-elements-manifest/analyzer/cli.js';

const ROOT = new URL('../../', import.meta.url).pathname;

describe('custom-elements.json', () => {
  it('is up to date with the element (run `npm run manifest` to refresh)', async () => {
    const argv = ['analyze', '--litelement', '--quiet', '--globs', 'src/ui/support-finder.component.ts'];
    const fresh: unknown = await cli({ argv, cwd: ROOT, noWrite: true });
    const committed: unknown = JSON.parse(readFileSync(new URL('custom-elements.json', `file://${ROOT}`), 'utf8'));
    expect(committed).toEqual(fresh);
  }, 30_000);
});
