// Test-runner commands for accessibility checks that need the browser's own tools, run in Node:
// forced colours through the DevTools protocol (the stock emulateMedia command cannot set it for
// Chromium), the names of one role's nodes in Chromium's full accessibility tree, and comparing accessibility-tree snapshots with the files committed under
// test/browser/snapshots/. `UPDATE_SNAPSHOTS=1` rewrites those files instead of comparing.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SNAPSHOTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'browser', 'snapshots');
const update = process.env.UPDATE_SNAPSHOTS === '1';

/** One DevTools session per page: an emulation lasts as long as the session that set it. */
const cdpSessions = new WeakMap();

async function cdp(page) {
  let session = cdpSessions.get(page);
  if (!session) {
    session = await page.createCDPSession();
    cdpSessions.set(page, session);
  }
  return session;
}

/** A snapshot's file name: letters, digits and dashes only, so a test cannot write elsewhere. */
function snapshotFile(name) {
  if (typeof name !== 'string' || !/^[a-z0-9-]+$/.test(name)) throw new Error(`bad snapshot name: ${name}`);
  return join(SNAPSHOTS, `${name}.txt`);
}

export function a11yCommandsPlugin() {
  return {
    name: 'support-finder-a11y-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'forced-colors') {
        if (session.browser.type !== 'puppeteer') throw new Error('forced-colors needs Chromium');
        const client = await cdp(session.browser.getPage(session.id));
        await client.send('Emulation.setEmulatedMedia', {
          features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
        });
        return true;
      }
      if (command === 'prefers-contrast') {
        // Like forced colours, not settable with the stock emulateMedia command.
        if (session.browser.type !== 'puppeteer') throw new Error('prefers-contrast needs Chromium');
        const client = await cdp(session.browser.getPage(session.id));
        await client.send('Emulation.setEmulatedMedia', {
          features: [{ name: 'prefers-contrast', value: payload?.value ?? 'no-preference' }],
        });
        return true;
      }
      if (command === 'ax-names') {
        // The names of the nodes with one role (`article`, `DisclosureTriangle`…) in Chromium's
        // full accessibility tree, which is what a screen reader's lists of headings, links and
        // landmarks are built from; ignored nodes (not rendered, or hidden from assistive
        // technology) are left out.
        if (session.browser.type !== 'puppeteer') throw new Error('ax-names needs Chromium');
        const client = await cdp(session.browser.getPage(session.id));
        const { nodes } = await client.send('Accessibility.getFullAXTree');
        return nodes
          .filter((node) => !node.ignored && node.role?.value === payload?.role)
          .map((node) => String(node.name?.value ?? ''));
      }
      if (command === 'compare-ax-snapshot') {
        const file = snapshotFile(payload?.name);
        const actual = String(payload?.text ?? '');
        let expected;
        try {
          expected = await readFile(file, 'utf8');
        } catch {
          expected = undefined;
        }
        // CI compares only: a snapshot nobody committed is a failure there, not a new file.
        if (expected === undefined && process.env.CI) return { ok: false, expected: '(no snapshot committed)' };
        if (update || expected === undefined) {
          await mkdir(SNAPSHOTS, { recursive: true });
          await writeFile(file, actual);
          return { ok: true, written: true };
        }
        return { ok: expected === actual, expected };
      }
      return undefined;
    },
  };
}
