import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { STRICT_CSP } from './scripts/strict-csp.mjs';

/**
 * A style sheet without comments and layout: runs of white space become one space, and none is
 * left around braces, semicolons, commas and child combinators or after a colon, where CSS
 * ignores it (never before a colon: `a :hover` is not `a:hover`). Quoted strings are left as they
 * are. The sheets have no `${}` parts, whose closing brace this would take for the end of a rule.
 */
function minifySheet(sheet: string): string {
  return sheet
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/('[^']*'|"[^"]*")/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,>]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/;}/g, '}'),
    )
    .join('');
}

/**
 * Drops the indentation at the start of lines in the element's sources. Minifiers leave the
 * insides of lit's html`` and css`` templates alone; there, as in the code around them, leading
 * indentation means nothing (the finder's one <pre> holds only a binding), but it costs bytes.
 * So do the comments and layout of the style sheets in css``, which go too (`minifySheet`).
 */
function trimTemplateIndentation(): Plugin {
  return {
    name: 'trim-template-indentation',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/ui\/.*\.ts$/.test(id)) return undefined;
      const trimmed = code
        .replace(/\n[ \t]+/g, '\n')
        // The comments in css`` say why a rule is there, for whoever edits it; a phone needs none,
        // nor the spaces and line breaks that lay the rules out for reading.
        .replace(/\bcss`[^`]*`/g, minifySheet);
      return { code: trimmed, map: null };
    },
  };
}

/**
 * One config, three builds, chosen by `--mode`:
 * - `npm`: ES modules with dependencies external, for bundling by a host's own build;
 * - `embed`: one file for a plain script tag (what `npm run size` measures), with the
 *   translations as lazily loaded files beside it;
 * - default/`demo`: the demo page, served by `npm run demo`.
 */

/** Serves demo/csp.html with a strict Content Security Policy header. */
function strictCspDemo(): Plugin {
  return {
    name: 'strict-csp-demo',
    // The page shows the policy it is served with, from the one copy of it.
    transformIndexHtml: (html) => html.replace('%STRICT_CSP%', STRICT_CSP),
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.startsWith('/demo/csp.html')) {
          // The dev server's live reload needs a websocket; that is the only addition.
          res.setHeader(
            'Content-Security-Policy',
            STRICT_CSP.replace("connect-src 'self'", "connect-src 'self' ws: wss:"),
          );
        }
        next();
      });
    },
  };
}

/**
 * The built demo needs the sample feed, and the configurator the example themes, at the same
 * addresses the dev server gives them.
 */
function sampleFeedInDemo(): Plugin {
  const fileNames = [
    'data-schema/examples/sample-feed.json',
    ...['school', 'council', 'charity'].map((theme) => `examples/themes/${theme}.css`),
  ];
  return {
    name: 'sample-feed-in-demo',
    apply: 'build',
    generateBundle() {
      for (const fileName of fileNames) {
        this.emitFile({ type: 'asset', fileName, source: readFileSync(fileName, 'utf8') });
      }
    },
  };
}

/** A script-tag build of src/embed.ts; the two variants differ only in how they split. */
function embedBuild(
  outDir: string,
  fileName: string,
  rolldownOptions: NonNullable<NonNullable<UserConfig['build']>['rolldownOptions']>,
  format: 'es' | 'iife' = 'es',
): UserConfig {
  return {
    plugins: [trimTemplateIndentation()],
    build: {
      outDir,
      target: 'es2022',
      lib: { entry: 'src/embed.ts', formats: [format], fileName: () => fileName, name: 'SupportFinderEmbed' },
      rolldownOptions,
    },
  };
}

export default defineConfig(({ mode }): UserConfig => {
  if (mode === 'cli') {
    // The officers' command-line tool: one Node file with its few dependencies inside, so
    // `npx support-finder-feed` works from an install without the finder's build tools.
    return {
      ssr: { noExternal: true },
      build: {
        outDir: 'dist/cli',
        target: 'node20',
        ssr: 'src/cli/bin.ts',
        minify: false,
        rolldownOptions: { output: { entryFileNames: 'support-finder-feed.js', codeSplitting: false } },
      },
    };
  }
  if (mode === 'npm') {
    return {
      build: {
        outDir: 'dist/npm',
        target: 'es2022',
        minify: false,
        lib: { entry: { index: 'src/index.ts', react: 'src/react.ts' }, formats: ['es'] },
        rolldownOptions: {
          external: [/^lit/, /^@lit\//, /^zod/, /^fuse\.js/],
          output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
        },
      },
    };
  }
  if (mode === 'embed-single') {
    // The same finder as one file with every language inside, for a CMS that accepts one upload.
    // An IIFE, not an ES module: it works with or without type="module" (some CMSs strip it),
    // and everything stays inside the function, so a page's own globals (jQuery's $) are safe.
    return embedBuild(
      'dist/embed-single',
      'support-finder.single.js',
      { output: { codeSplitting: false, minify: true } },
      'iife',
    );
  }
  if (mode === 'embed') {
    // Each language but English, and fuzzy search, is its own small file beside the bundle,
    // fetched only when needed: an English reader's phone never downloads Arabic.
    // 'allow-extension' lets the lazy files import shared code (lit, the card) from the entry
    // file instead of splitting it into a third file every visitor would fetch anyway.
    return embedBuild('dist/embed', 'support-finder.js', {
      preserveEntrySignatures: 'allow-extension',
      output: {
        // The part both later-screen files share (the later English words and styles, the cards)
        // is named for what it is, not for whichever of its modules the bundler picked.
        chunkFileNames: (chunk) =>
          `support-finder-${chunk.moduleIds.some((id) => id.endsWith('/src/i18n/en-later.ts')) ? 'later-screens' : '[name]'}-[hash].js`,
        // Unminified for `BENCH_PROFILE=1 npm run bench`, so a profile names the source's functions.
        minify: process.env['BENCH_PROFILE'] !== '1',
      },
    });
  }
  return {
    plugins: [strictCspDemo(), sampleFeedInDemo()],
    build: {
      outDir: 'dist/demo',
      target: 'es2022',
      rolldownOptions: {
        input: {
          main: 'index.html',
          csp: 'demo/csp.html',
          council: 'demo/council.html',
          configurator: 'demo/configurator.html',
        },
      },
    },
    server: { host: '127.0.0.1' },
    preview: { host: '127.0.0.1' },
  };
});
