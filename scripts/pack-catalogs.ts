import type { Plugin } from 'vite';
import { messages as en } from '../src/i18n/en-all.ts';
import { packMessages } from '../src/i18n/pack.ts';

/** Translation modules: every file in src/i18n/ named by a language tag, English's parts aside. */
const CATALOG = /\/src\/i18n\/(?!en[.-])[a-z]{2,3}(?:-[A-Za-z]+)?\.ts$/;

/**
 * Ships each translation as a list of texts in English key order instead of an object keyed by
 * message (see src/i18n/pack.ts). Runs after TypeScript is stripped, so a catalog module is plain
 * data; it is evaluated here and written back packed. A catalog that cannot be packed fails the build.
 */
export function packCatalogs(): Plugin {
  const order = Object.keys(en);
  return {
    name: 'pack-catalogs',
    enforce: 'post',
    async transform(code, id) {
      if (!CATALOG.test(id)) return undefined;
      const url = `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`;
      const module = (await import(url)) as Record<string, unknown>;
      const names = Object.keys(module).filter((n) => n !== 'messages');
      const lines = [`export const messages = ${JSON.stringify(packMessages(module['messages'] as never, order))};`];
      for (const name of names) lines.push(`export const ${name} = ${JSON.stringify(module[name])};`);
      return { code: lines.join('\n'), map: null };
    },
  };
}
