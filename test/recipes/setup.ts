import { join } from 'node:path';
import { installPackedPackage, ROOT } from './harness.ts';

/** Once per run: the package, packed as npm would publish it, installed where the recipes look. */
export default function setup(): void {
  installPackedPackage([join(ROOT, 'examples'), join(ROOT, 'test/recipes/fixtures/types')]);
}
