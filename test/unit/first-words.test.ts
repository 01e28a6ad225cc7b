import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages as first } from '../../src/i18n/en.ts';
import { messages as later } from '../../src/i18n/en-later.ts';
import { messages as all } from '../english.ts';
import { addLaterEnglish, ENGLISH, loadCatalog, Localizer } from '../../src/i18n/localize.ts';
import { messages as polish } from '../../src/i18n/pl.ts';

const SRC = resolve(new URL('../../src/', import.meta.url).pathname);
/** The files that bring the later screens, and with them the later English words. */
const LATER_PARTS = ['ui/lazy-results.ts', 'ui/lazy-views.ts'].map((path) => resolve(SRC, path));

/**
 * Every source file the finder can run without the later parts: what src/embed.ts imports, and
 * what those files load by dynamic import, but not the later parts nor anything only they import.
 * Imports of types only are left out, as the build leaves them out.
 */
function withoutLaterParts(): Map<string, string> {
  const files = new Map<string, string>();
  const visit = (path: string) => {
    if (files.has(path) || LATER_PARTS.includes(path)) return;
    const code = readFileSync(path, 'utf8');
    files.set(path, code);
    const statics = code.matchAll(/^(?:import|export)\s+(?!type\b)([^;]*?)\s+from\s+'(\.[^']+)'/gms);
    for (const [, names = '', target = ''] of statics) {
      // `import { type A, type B } from` brings no code.
      if (
        /^\{[^}]*\}$/.test(names) &&
        names
          .slice(1, -1)
          .split(',')
          .every((n) => /^\s*type\s/.test(n) || !n.trim())
      )
        continue;
      visit(resolve(dirname(path), target));
    }
    for (const [, target = ''] of code.matchAll(/import\(\s*'(\.[^']+)'\s*\)/g)) visit(resolve(dirname(path), target));
    for (const [, target = ''] of code.matchAll(/^import\s+'(\.[^']+)'/gm)) visit(resolve(dirname(path), target));
  };
  visit(resolve(SRC, 'embed.ts'));
  return files;
}

/** The catalog keys a file names: as written (`'card.free'`) or by prefix (`how.${mode}`). */
function keysNamed(code: string): string[] {
  const prefixes = [...code.matchAll(/`([a-zA-Z.]+\.)\$\{/g)].map((m) => m[1] ?? '');
  return Object.keys(all).filter((key) => code.includes(`'${key}'`) || prefixes.some((p) => key.startsWith(p)));
}

/** The catalogs themselves name every key; what counts is the code that asks for them. */
const isCatalog = (path: string) => /\/i18n\/(?!localize|topic-names)[\w-]+\.ts$/.test(path);

describe('the first download’s words', () => {
  const files = withoutLaterParts();
  const code = [...files].filter(([path]) => !isCatalog(path));

  it('holds every word its own code can show, so nothing on screen waits for a later file', () => {
    expect(files.size).toBeGreaterThan(20);
    const misplaced = code.flatMap(([path, text]) =>
      keysNamed(text)
        .filter((key) => !(key in first))
        .map((key) => `${path.slice(SRC.length + 1)}: ${key}`),
    );
    expect(misplaced, 'move these to src/i18n/en.ts').toEqual([]);
  });

  it('does not carry the later words', () => {
    expect(files.has(resolve(SRC, 'i18n', 'en-later.ts'))).toBe(false);
  });

  it('keeps no word in the first part that only later screens use', () => {
    const named = new Set(keysNamed(code.map(([, text]) => text).join('\n')));
    const needless = Object.keys(first).filter((key) => !named.has(key));
    expect(needless, 'move these to src/i18n/en-later.ts').toEqual([]);
  });

  it('has each key in one part only', () => {
    expect(Object.keys(first).filter((key) => key in later)).toEqual([]);
  });
});

describe('the later words joining the catalogs', () => {
  it('reach Localizers made before they came, in English and in a translation loaded before them', async () => {
    const english = new Localizer(ENGLISH);
    const pl = new Localizer(await loadCatalog('pl'));
    expect(english.t('finder.title')).toBe('Find support');
    expect(pl.t('finder.title')).toBe(polish['finder.title']);
    expect(english.has('card.free')).toBe(false);

    addLaterEnglish(later);
    addLaterEnglish(later);

    expect(english.has('card.free')).toBe(true);
    expect(english.t('card.free')).toBe('Free');
    expect(english.t('list.more', { count: 3 })).toBe('Show more (3 left)');
    expect(pl.t('card.free')).toBe(polish['card.free']);
    expect(pl.t('finder.title')).toBe(polish['finder.title']);
    // A translation loaded afterwards has every text in its place from the start.
    const catalog = await loadCatalog('pl');
    expect(catalog.messages).toEqual(polish);
    expect(new Localizer(catalog).t('summary.title')).toBe(polish['summary.title']);
  });
});
