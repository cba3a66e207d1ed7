import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';
import { minifyTemplatesPlugin } from './scripts/lib/minify-templates.mjs';
import { embedPagePlugin } from './scripts/lib/embed-page.mjs';
import { validateDataPlugin } from './scripts/lib/validate-data-plugin.mjs';
import { builtinPartsPlugin } from './scripts/lib/builtin-parts.mjs';

const root = import.meta.dirname;
const defineEntries = Object.fromEntries(
  readdirSync(resolve(root, 'src/define'))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => [`define/${file.replace(/\.ts$/, '')}`, resolve(root, 'src/define', file)]),
);

/** Runtime libraries: dependencies (or the optional React peer) of the npm package, never bundled into it. */
/**
 * Chunk file names in `dir`: the built-in dossier's reflection prompts (scripts/lib/builtin-parts.mjs) are named apart
 * from the dossier's (both would be `samenlevingsopbouw-*`), which .size-limit.cjs measures by that name. A name, not a
 * chunk group: a group would wrap the module in the bundler's runtime.
 */
const chunkNames = (dir: string) => (chunk: { facadeModuleId: string | null }) =>
  `${dir}/${chunk.facadeModuleId?.endsWith('?part=prompts') ? 'builtin-prompts' : '[name]'}-[hash].js`;

const external = [/^lit(\/.*)?$/, /^@lit\//, /^d3-hierarchy(\/.*)?$/, /^valibot(\/.*)?$/, /^react(-dom)?(\/.*)?$/];

/**
 * `vite`                    the demo page (index.html) and examples/ with the real dossier
 * `vite build`              the npm build in dist/: ES modules, one entry per element, runtime libraries
 *                           external; `tsc -p tsconfig.build.json` adds the `.d.ts` files beside them
 * `vite build --mode cdn`   dist/cdn/wat-werkt.js: one self-contained, minified file that registers every
 *                           element (the built-in dossier, a dynamic import elsewhere, is inlined)
 * Both builds minify the CSS and HTML/SVG of Lit's templates (scripts/lib/minify-templates.mjs), and every build
 * (and `vite` serving) fails when data/samenlevingsopbouw.json is not a valid dossier: the browser takes the
 * built-in dossier unvalidated (scripts/lib/validate-data-plugin.mjs, src/model/builtin.ts).
 * `vite build --mode autoloader`  dist/cdn/autoloader.js and its chunks (dist/cdn/autoload/): each
 *                           element's code loaded when the page has one; and dist/cdn/embed.html with
 *                           its script embed.js, the iframe embed page (embed.html at the root in `vite`)
 * `vite build --mode test-harness`  node_modules/.cache/wat-werkt/: React and our wrappers as one ES
 *                           module for the browser tests (React ships CommonJS only)
 */
export default defineConfig(({ mode }): UserConfig => {
  if (mode === 'cdn') {
    return {
      plugins: [minifyTemplatesPlugin({ root }), validateDataPlugin(root), builtinPartsPlugin({ whole: true })],
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: true,
        target: 'es2022',
        minify: 'oxc',
        lib: { entry: resolve(root, 'src/cdn.ts'), formats: ['es'], fileName: () => 'wat-werkt.js' },
        rolldownOptions: {
          output: {
            codeSplitting: false,
            // Full minification (Vite keeps whitespace in ES libraries, for bundlers that read them).
            minify: true,
            comments: { legal: false, annotation: false, jsdoc: false },
            // The magic comment asks V8 (Chromium) to compile every function while the file streams
            // in, off the main thread, rather than each on its first call, on the main thread: nearly
            // all of the file runs for the first view. Interleaved A/B, 15 page loads each: a tree's
            // first render after load 96 → 85 ms, main-thread time of a page load 6 ms less; load to
            // painted unchanged (the script runs ~19 ms later, then faster).
            postBanner: '//# allFunctionsCalledOnLoad\n/*! wat-werkt — EUPL-1.2. Includes lit, @lit/context, d3-hierarchy, valibot (BSD-3-Clause, ISC, MIT): see the package licences. */',
          },
        },
      },
    };
  }
  if (mode === 'autoloader') {
    return {
      plugins: [minifyTemplatesPlugin({ root }), embedPagePlugin(root), validateDataPlugin(root), builtinPartsPlugin()],
      build: {
        outDir: 'dist/cdn',
        // wat-werkt.js, written by the cdn build just before, stays.
        emptyOutDir: false,
        target: 'es2022',
        minify: 'oxc',
        lib: {
          entry: { autoloader: resolve(root, 'src/autoloader.ts'), embed: resolve(root, 'src/embed/embed-page.ts') },
          formats: ['es'],
          fileName: (_format, name) => `${name}.js`,
        },
        rolldownOptions: {
          // Required by the groups below that leave their modules' imports where they are.
          preserveEntrySignatures: 'allow-extension',
          output: {
            minify: true,
            chunkFileNames: chunkNames('autoload'),
            // Fewer, larger chunks: each file a page fetches costs its own gzip header and dictionary, and a small
            // chunk compresses poorly alone (issue 22: the one-card page ≤ 40 kB gzip; measured by `npm run bench`).
            codeSplitting: {
              groups: [
                // What every element but the provider runs: lit, the shared tokens and catalogue, the element base
                // (dossier-element.ts, its controller, fragments.ts), emphasis sources and the two small style sheets,
                // with everything they import. Left to itself the bundler cut this into five chunks by which of the
                // seven elements import each module (the overview and provider no emphasis sources, the profile no
                // containment sheet); one chunk is 1.3 kB gzip less on a one-card page and 0.7 kB on an overview's,
                // though an overview alone now carries emphasis code it does not run (2.7 kB raw).
                {
                  name: 'elements',
                  test: /src[\\/](define|styles[\\/](tokens|containment|visually-hidden)|base[\\/](fragments|dossier-element)|model[\\/]emphasis-sources)\.ts$/,
                },
                // Soft hyphens and the export buttons' controller, styles and messages: the card and the comparator
                // use them all (the pictures, loaded on export, the messages too). One chunk, not two.
                {
                  name: 'card-shared',
                  test: /src[\\/](i18n[\\/]hyphenate|export[\\/]export[-.](controller|styles|messages))\.ts$/,
                  includeDependenciesRecursively: false,
                },
              ],
            },
            comments: { legal: false, annotation: false, jsdoc: false },
            // The full notice where third-party code is (and on the entries); our own chunks say only whose they
            // are: a page loads up to a dozen chunks, and the full line, gzipped, costs about 0.1 kB in each.
            postBanner: (chunk) =>
              chunk.isEntry || chunk.moduleIds.some((id) => id.includes('node_modules'))
                ? '/*! wat-werkt — EUPL-1.2. Includes lit, @lit/context, d3-hierarchy, valibot (BSD-3-Clause, ISC, MIT): see the package licences. */'
                : '/*! wat-werkt — EUPL-1.2 */',
          },
        },
      },
    };
  }
  if (mode === 'test-harness') {
    return {
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      // One file: the built-in dossier's two parts read from the whole data file, as in the CDN file.
      plugins: [builtinPartsPlugin({ whole: true })],
      build: {
        outDir: 'node_modules/.cache/wat-werkt',
        emptyOutDir: true,
        target: 'es2022',
        minify: false,
        lib: { entry: { 'react-harness': resolve(root, 'test/packaging/react-harness.ts') }, formats: ['es'] },
        rolldownOptions: { output: { codeSplitting: false } },
      },
    };
  }
  return {
    server: { host: '127.0.0.1', port: 5173 },
    plugins: [minifyTemplatesPlugin({ root }), validateDataPlugin(root), builtinPartsPlugin()],
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      lib: {
        entry: {
          index: resolve(root, 'src/index.ts'),
          'model/index': resolve(root, 'src/model/index.ts'),
          all: resolve(root, 'src/all.ts'),
          'react/index': resolve(root, 'src/react/index.ts'),
          ...defineEntries,
        },
        formats: ['es'],
      },
      rolldownOptions: {
        external,
        output: { chunkFileNames: chunkNames('chunks') },
      },
    },
  };
});
