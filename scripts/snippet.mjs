// The embed code a site pastes in: one copy, used by the release's snippet.html and by the
// WordPress recipe's test, so the code people copy is the code that is tested.
import { createHash } from 'node:crypto';

/** The Subresource Integrity value of a file's bytes: what a browser checks before running it. */
export function sri(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/**
 * @param {{ version: string, feedUrl: string, scriptUrl: string, integrity: string }} options
 * @returns {string} HTML for a CMS's "Custom HTML" block
 */
export function snippet({ version, feedUrl, scriptUrl, integrity }) {
  return `<!--
  Support Finder ${version}. Paste this where the finder should appear (in WordPress, a "Custom HTML" block).
  1. Put your partnership's feed address in src="…".
  2. Put the address of support-finder.single.js in the script's src="…": a copy on your own site, or
     the package CDN address in the README. integrity="…" is this exact file's fingerprint: the browser
     runs nothing else. After replacing the file with a newer version, copy the newer snippet too.
  The words inside <support-finder> show only if the script cannot run: keep the crisis numbers there.
-->
<support-finder src="${feedUrl}">
  <p>Need help now? Call 999 in an emergency, Childline on 0800 1111 or Samaritans on 116 123.</p>
</support-finder>
<script src="${scriptUrl}" integrity="${integrity}" crossorigin="anonymous"></script>
`;
}
