// The sources import with `.ts` extensions (run as-is by vite, vitest and the test runner); the
// published .d.ts files must point at the `.js`/`.d.ts` files that sit beside them instead.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.d.ts')) {
      const text = readFileSync(path, 'utf8');
      const fixed = text.replace(/((?:from|import)\s*\(?\s*['"]\.{1,2}\/[^'"]+)\.ts(['"])/g, '$1.js$2');
      if (fixed !== text) writeFileSync(path, fixed);
    }
  }
}
walk(new URL('../dist/npm/', import.meta.url).pathname);
