// `npm run release`: one versioned zip anyone can use without Node (the script-tag folder, the
// one-file variant, the snippet to copy, the feed schema and the officers' command-line tool),
// and the SRI hash of the one-file variant. Publishes nothing. Run after the builds (the npm
// script does): `node scripts/release.mjs [outDir]`, default `release/`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { snippet, sri } from './snippet.mjs';
import { zip } from './zip.mjs';

const ROOT = new URL('../', import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const outDir = process.argv[2] ?? join(ROOT, 'release');
const name = `support-finder-${version}`;

/** Every file under `dir`, in a stable order, as [path relative to dir, absolute path]. */
function filesIn(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .sort()
    .map((path) => join(dir, path))
    .filter((path) => statSync(path).isFile())
    .map((path) => [relative(dir, path).split('\\').join('/'), path]);
}

function required(path) {
  try {
    return readFileSync(path);
  } catch {
    console.error(`Missing ${relative(ROOT, path)}: run the builds first (npm run release does).`);
    process.exit(1);
  }
}

const single = required(join(ROOT, 'dist/embed-single/support-finder.single.js'));
const integrity = sri(single);
const cdnUrl = `https://cdn.jsdelivr.net/npm/support-finder@${version}/dist/embed-single/support-finder.single.js`;

const readme = `Support Finder ${version}

support-finder/              The script-tag build: copy the whole folder to your site and add
                             <script type="module" src="/where/you/put/it/support-finder/support-finder.js"></script>
support-finder.single.js     The same finder as one file (for a CMS that accepts one upload).
snippet.html                 The code to paste into a page or a CMS "Custom HTML" block.
data-schema/                 The feed format: feed.schema.json, its guide (README.md), a spreadsheet
                             template and examples.
themes/                      Example colour themes (school, council, charity), light and dark:
                             copy one into your page's CSS, or change its colours.
cli/support-finder-feed.js   The partnership tool (Node.js 20 or newer):
                             node cli/support-finder-feed.js validate feed.json

Subresource Integrity of support-finder.single.js:
${integrity}

Package CDN address of the same file (once this version is published to npm):
${cdnUrl}
`;

const entries = [
  ...filesIn(join(ROOT, 'dist/embed')).map(([path, abs]) => ({
    name: `support-finder/${path}`,
    data: readFileSync(abs),
  })),
  { name: 'support-finder.single.js', data: single },
  {
    name: 'snippet.html',
    data: Buffer.from(
      snippet({
        version,
        feedUrl: 'https://wellbeing.example.org/feed.json',
        scriptUrl: '/assets/support-finder/support-finder.single.js',
        integrity,
      }),
    ),
  },
  ...filesIn(join(ROOT, 'data-schema')).map(([path, abs]) => ({
    name: `data-schema/${path}`,
    data: readFileSync(abs),
  })),
  ...filesIn(join(ROOT, 'examples/themes')).map(([path, abs]) => ({ name: `themes/${path}`, data: readFileSync(abs) })),
  { name: 'cli/support-finder-feed.js', data: required(join(ROOT, 'dist/cli/support-finder-feed.js')), mode: 0o755 },
  { name: 'README.txt', data: Buffer.from(readme) },
].map((entry) => ({ ...entry, name: `${name}/${entry.name}` }));

/** The date of the last commit, when there is one, so the same sources give the same zip. */
function sourceDate() {
  try {
    const seconds = Number(execFileSync('git', ['log', '-1', '--format=%ct'], { cwd: ROOT, encoding: 'utf8' }));
    if (seconds > 0) return new Date(seconds * 1000);
  } catch {
    // Not a git checkout (an unpacked source archive): today's date will do.
  }
  return new Date();
}
const date = sourceDate();
mkdirSync(outDir, { recursive: true });
const zipPath = join(outDir, `${name}.zip`);
writeFileSync(zipPath, zip(entries, date));

console.log(`${relative(process.cwd(), zipPath) || zipPath}: ${entries.length} files`);
console.log(`support-finder.single.js ${integrity}`);
console.log(`<script src="${cdnUrl}" integrity="${integrity}" crossorigin="anonymous"></script>`);
