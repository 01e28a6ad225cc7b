import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

describe('the styling API', () => {
  const sheets = ['src/ui/support-finder.styles.ts', 'src/ui/later-screens.styles.ts']
    .map((path) => readFileSync(new URL(path, `file://${ROOT}`), 'utf8'))
    .join('\n');
  const sources = readFileSync(new URL('src/ui/support-finder.component.ts', `file://${ROOT}`), 'utf8');
  const readme = readFileSync(new URL('README.md', `file://${ROOT}`), 'utf8');
  const manifest = readFileSync(new URL('custom-elements.json', `file://${ROOT}`), 'utf8');
  const tokens = [...new Set(sheets.match(/--sf-[a-z-]+/g))];

  it('documents every --sf-* custom property the styles read, in the manifest and the README’s table', () => {
    expect(tokens.length).toBeGreaterThan(10);
    for (const token of tokens) {
      expect(manifest, token).toContain(`"name": "${token}"`);
      expect(readme, token).toContain(`| \`${token}\``);
    }
  });

  it('documents every part, in the README’s table', () => {
    const views = readdirSync(join(ROOT, 'src/ui'), { recursive: true, encoding: 'utf8' })
      .filter((path) => path.endsWith('.ts'))
      .map((path) => readFileSync(join(ROOT, 'src/ui', path), 'utf8'))
      .join('\n');
    const parts = [...views.matchAll(/\bpart="([^"]+)"/g)].map((m) => m[1]!);
    expect(parts.sort()).toEqual(['card', 'exit', 'urgent-help']);
    for (const part of parts) {
      expect(sources, part).toContain(`@csspart ${part} `);
      expect(readme, part).toContain(`| \`::part(${part})\``);
    }
  });
});
