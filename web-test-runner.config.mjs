import { readFile } from 'node:fs/promises';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { a11yCommandsPlugin } from './scripts/wtr-a11y-commands.mjs';
import { STRICT_CSP } from './scripts/strict-csp.mjs';
import { faultServer } from './test/browser/fault-server.mjs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

/**
 * Element tests in Debian's Chromium (test tools cannot download a browser here). The flags stop
 * Chromium's own background traffic, which this machine's closed network would refuse.
 */
const executablePath = CHROMIUM_PATH;

/** Pages under test/browser/fixtures/csp/ are served with the strict policy a careful host might use. */
export { STRICT_CSP };

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testsFinishTimeout: 120_000,
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2021', tsconfig: 'tsconfig.json' }),
    a11ySnapshotPlugin(),
    a11yCommandsPlugin(),
  ],
  middleware: [
    faultServer(),
    /**
     * /raw/dist/… serves a built file exactly as built. The esbuild plugin lowers every .js it
     * serves to es2021, adding helpers at the top of the file; harmless in a module, but in a
     * classic script they would be page globals, and the embedding tests check there are none.
     */
    async function rawBuild(context, next) {
      if (!context.path.startsWith('/raw/dist/') || context.path.includes('..')) return next();
      context.type = 'text/javascript';
      context.body = await readFile(new URL(`.${context.path.slice('/raw'.length)}`, import.meta.url));
    },
    function strictCsp(context, next) {
      if (context.path.startsWith('/test/browser/fixtures/csp/')) {
        context.set('Content-Security-Policy', STRICT_CSP);
      }
      return next();
    },
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: ['--headless', ...CHROMIUM_FLAGS],
      },
    }),
  ],
  testFramework: {
    config: { timeout: 20_000 },
  },
};
