import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages } from '../english.ts';

const SRC = new URL('../../src/', import.meta.url).pathname;

/** Every source file but the catalogs themselves (topic-names.ts picks keys, so it counts). */
function sourceText(): string {
  const texts: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (path.endsWith('.ts') && !/\/i18n\/(?!localize|topic-names)[\w-]+\.ts$/.test(path))
        texts.push(readFileSync(path, 'utf8'));
    }
  };
  walk(SRC);
  return texts.join('\n');
}

describe('the English catalog', () => {
  it('has no message that nothing shows (translators should not translate dead text)', () => {
    const code = sourceText();
    // Keys built at run time from a value, e.g. `how.${mode}`, count for every key under that prefix.
    const prefixes = [...code.matchAll(/`([a-zA-Z.]+\.)\$\{/g)].map((m) => m[1] ?? '');
    const unused = Object.keys(messages).filter(
      (key) => !code.includes(`'${key}'`) && !prefixes.some((prefix) => key.startsWith(prefix)),
    );
    expect(unused).toEqual([]);
  });
});
