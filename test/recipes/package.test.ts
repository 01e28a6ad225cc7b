import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sri } from '../../scripts/snippet.mjs';
import { ROOT } from './harness.ts';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  exports: Record<string, string | Record<string, string>>;
  sideEffects: string[];
  customElements: string;
  bin: Record<string, string>;
  types: string;
};

describe('npm pack', () => {
  const [{ files }] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--ignore-scripts', '--json'], { cwd: ROOT, encoding: 'utf8' }),
  ) as [{ files: { path: string }[] }];
  const paths = new Set(files.map((f) => f.path));

  it('ships the element, its types, its manifest, both script-tag builds, the CLI and the changelog', () => {
    for (const path of [
      'package.json',
      'README.md',
      'CHANGELOG.md',
      'custom-elements.json',
      'dist/npm/index.js',
      'dist/npm/index.d.ts',
      'dist/npm/react.js',
      'dist/npm/react.d.ts',
      'dist/npm/ui/support-finder.js',
      'dist/npm/ui/support-finder.d.ts',
      'dist/npm/ui/events.d.ts',
      'dist/embed/support-finder.js',
      'dist/embed-single/support-finder.single.js',
      'dist/cli/support-finder-feed.js',
      'data-schema/feed.schema.json',
    ]) {
      expect(paths, path).toContain(path);
    }
  });

  it('ships no sources, tests, demo build or recipes', () => {
    const stray = [...paths].filter((p) => /^(src|test|examples|scripts|demo|\.scratch|release|dist\/demo)\//.test(p));
    expect(stray).toEqual([]);
  });

  it('every address in package.json points at a shipped file', () => {
    const targets = [pkg.types, pkg.customElements, ...Object.values(pkg.bin)];
    for (const target of Object.values(pkg.exports)) {
      targets.push(...(typeof target === 'string' ? [target] : Object.values(target)));
    }
    for (const target of targets) expect(paths, target).toContain(target.replace(/^\.\//, ''));
  });

  it('marks every shipped module that defines the element, or imports one for that, as having side effects', () => {
    // A bundler drops an import of a module outside this list when nothing it exports is used:
    // `import 'support-finder'` would then define nothing in a production build.
    const patterns = pkg.sideEffects.map(
      (glob) => new RegExp(`^${glob.replace(/^\.\//, '').replace(/\./g, '\\.').replace(/\*/g, '[^/]*')}$`),
    );
    const modules = [...paths].filter((p) => p.startsWith('dist/npm/') && p.endsWith('.js'));
    const text = new Map(modules.map((p) => [p, readFileSync(join(ROOT, p), 'utf8')]));
    // Defines at its top level (not indented: not inside a function), or imports for effect
    // (`import "./x.js";`, nothing taken from it) a module that does.
    const defining = new Set(modules.filter((p) => /^\S.*\.define\(\);?$/m.test(text.get(p) ?? '')));
    for (let grew = true; grew;) {
      grew = false;
      for (const [path, source] of text) {
        if (defining.has(path)) continue;
        const bare = [...source.matchAll(/^import "(\.{1,2}\/[^"]+)";?$/gm)].map((m) =>
          join(dirname(path), m[1] ?? ''),
        );
        if (bare.some((dep) => defining.has(dep))) {
          defining.add(path);
          grew = true;
        }
      }
    }
    expect([...defining].sort()).toEqual(['dist/npm/index.js', 'dist/npm/react.js', 'dist/npm/ui/support-finder.js']);
    for (const path of defining)
      expect(
        patterns.some((re) => re.test(path)),
        path,
      ).toBe(true);
  });
});

describe('shipped types', () => {
  const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
  const project = join(ROOT, 'test/recipes/fixtures/types');

  it('type <support-finder> in React 19 TSX and its events, and refuse misuse', () => {
    const run = spawnSync(process.execPath, [tsc, '-p', join(project, 'tsconfig.json')], { encoding: 'utf8' });
    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('of the main entry bring in nothing of React', () => {
    const run = spawnSync(process.execPath, [tsc, '-p', join(project, 'tsconfig.no-react.json'), '--listFilesOnly'], {
      encoding: 'utf8',
    });
    expect(run.status, run.stdout).toBe(0);
    expect(run.stdout).toContain('node_modules/support-finder/dist/npm/index.d.ts');
    expect(run.stdout).not.toMatch(/@types\/react|support-finder\/dist\/npm\/react\.d\.ts/);
  });
});

/** The entries of a zip, read back from its central directory without the writer's code. */
function unzip(archive: Buffer): Map<string, { data: Buffer; mode: number }> {
  const entries = new Map<string, { data: Buffer; mode: number }>();
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = archive.readUInt32LE(end + 16);
  for (let i = 0; i < archive.readUInt16LE(end + 10); i++) {
    const method = archive.readUInt16LE(at + 10);
    const size = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const extra = archive.readUInt16LE(at + 30) + archive.readUInt16LE(at + 32);
    const mode = archive.readUInt32LE(at + 38) >>> 16;
    const local = archive.readUInt32LE(at + 42);
    const name = archive.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const body = archive.subarray(start, start + size);
    entries.set(name, { data: method === 8 ? inflateRawSync(body) : Buffer.from(body), mode: mode & 0o777 });
    at += 46 + nameLength + extra;
  }
  return entries;
}

describe('npm run release', () => {
  const out = mkdtempSync(join(tmpdir(), 'sf-release-'));
  const printed = execFileSync(process.execPath, [join(ROOT, 'scripts/release.mjs'), out], { encoding: 'utf8' });
  const zipPath = join(out, `support-finder-${pkg.version}.zip`);
  const entries = unzip(readFileSync(zipPath));
  const prefix = `support-finder-${pkg.version}/`;
  const single = readFileSync(join(ROOT, 'dist/embed-single/support-finder.single.js'));

  it('zips the script-tag folder, the one-file variant, the snippet, the feed schema, the themes and the CLI, byte for byte', () => {
    const expected: Record<string, string> = {
      'support-finder/support-finder.js': 'dist/embed/support-finder.js',
      'support-finder.single.js': 'dist/embed-single/support-finder.single.js',
      'data-schema/feed.schema.json': 'data-schema/feed.schema.json',
      'cli/support-finder-feed.js': 'dist/cli/support-finder-feed.js',
      'themes/school.css': 'examples/themes/school.css',
      'themes/council.css': 'examples/themes/council.css',
      'themes/charity.css': 'examples/themes/charity.css',
    };
    for (const [inZip, source] of Object.entries(expected)) {
      expect(entries.get(prefix + inZip)?.data.equals(readFileSync(join(ROOT, source))), inZip).toBe(true);
    }
    expect(entries.get(`${prefix}cli/support-finder-feed.js`)?.mode).toBe(0o755);
    expect(entries.has(`${prefix}snippet.html`)).toBe(true);
  });

  it('prints the one-file variant’s sha384 SRI hash, which the snippet carries', () => {
    const integrity = sri(single);
    expect(integrity).toMatch(/^sha384-[A-Za-z0-9+/]{64}$/);
    expect(printed).toContain(integrity);
    expect(entries.get(`${prefix}snippet.html`)?.data.toString()).toContain(`integrity="${integrity}"`);
  });

  it('is a zip that unzip reads, and the CLI in it runs on its own', () => {
    const dir = join(out, 'unpacked');
    for (const [name, { data, mode }] of entries) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), data, { mode });
    }
    const cli = spawnSync(
      process.execPath,
      [
        join(dir, prefix, 'cli/support-finder-feed.js'),
        'validate',
        join(dir, prefix, 'data-schema/examples/sample-feed.json'),
      ],
      { encoding: 'utf8', cwd: tmpdir() },
    );
    expect(cli.status, cli.stdout + cli.stderr).toBe(0);
    // An independent reader, where the machine has one.
    if (existsSync('/usr/bin/unzip')) execFileSync('/usr/bin/unzip', ['-tq', zipPath]);
    rmSync(out, { recursive: true, force: true });
  });
});
