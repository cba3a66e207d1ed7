#!/usr/bin/env node
// What a built file is made of, module by module: its minified bytes and an estimate of its gzip share.
//
//   node bench/lib/composition.mjs                     the CDN file (`vite build --mode cdn`, built in memory)
//   node bench/lib/composition.mjs define/factor-card  an npm entry as size-limit measures it: the npm build
//                                                      (into bench/tmp/composition/) bundled by esbuild,
//                                                      minified, without lit and the built-in dossier
//   … --top 40                                         more rows (25 by default); --json for the raw figures
//
// The file is built with a source map and every byte of the minified output is charged to the module
// the map names. A module's gzip share is its bytes gzipped alone, scaled so that the shares add up to the
// gzip size of the whole file (modules compress better together than alone): an estimate, good for ranking.
import { build as esbuild } from 'esbuild';
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { sideEffectsOf } from './sizes.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '25' }, json: { type: 'boolean', default: false } },
});
const gzip = (text) => gzipSync(text, { level: 9 }).length;
const name = (id) => relative(root, id).replace(/^.*node_modules\//, '');

/** Base64 VLQ of one source-map `mappings` line into [generatedColumn, sourceIndex] pairs (absolute). */
const B64 = Object.fromEntries([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));
function decodeLine(line, state) {
  const segments = [];
  let column = 0;
  for (const segment of line.split(',')) {
    if (!segment) continue;
    const values = [];
    let value = 0;
    let shift = 0;
    for (const char of segment) {
      const digit = B64[char];
      value += (digit & 31) << shift;
      if (digit & 32) shift += 5;
      else {
        values.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    column += values[0];
    if (values.length > 1) state.source += values[1];
    segments.push([column, values.length > 1 ? state.source : -1]);
  }
  return segments;
}

/** Vite's JSON plugin gives no source map: the built-in dossier is most of what no module is named for. */
const UNMAPPED = 'data/samenlevingsopbouw.json, bundler runtime, banner (no source map)';

/** Minified text of `code`, charged to the sources of `map`. */
function bySourceMap(code, map, dir, unmapped = UNMAPPED) {
  const parts = new Map();
  const add = (source, text) => parts.set(source, (parts.get(source) ?? '') + text);
  const lines = code.split('\n');
  const mappings = map.mappings.split(';');
  const state = { source: 0 };
  // A segment runs to the next one, across line ends: a template literal is one token over many lines.
  let current = -1;
  lines.forEach((line, i) => {
    const segments = decodeLine(mappings[i] ?? '', state);
    if (!segments.length || segments[0][0] > 0) segments.unshift([0, current]);
    segments.forEach(([column, source], j) => {
      const end = j + 1 < segments.length ? segments[j + 1][0] : line.length + 1;
      add(source < 0 ? unmapped : name(resolve(dir, map.sources[source])), line.slice(column, end));
      current = source;
    });
  });
  return parts;
}

async function cdnParts() {
  let output;
  await build({
    root,
    configFile: resolve(root, 'vite.config.ts'),
    mode: 'cdn',
    logLevel: 'warn',
    build: { write: false, sourcemap: true },
    plugins: [
      {
        name: 'composition',
        generateBundle(_options, bundle) {
          output = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry);
        },
      },
    ],
  });
  const code = output.code.replace(/\n\/\/# sourceMappingURL=.*\n?$/, '');
  return { file: 'dist/cdn/wat-werkt.js', code, parts: bySourceMap(code, output.map, join(root, 'dist/cdn')) };
}

async function entryParts(entry) {
  // The npm build with source maps, bundled as size-limit does (esbuild reads the maps of its inputs).
  const dir = join(root, 'bench/tmp/composition');
  await build({ root, configFile: resolve(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir: join(dir, 'dist'), emptyOutDir: true, sourcemap: true } });
  const file = join(dir, 'dist', `${entry.replace(/^wat-werkt\//, '')}.js`);
  if (!existsSync(file)) throw new Error(`no entry ${entry} in the npm build`);
  const lit = /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/.*)?$/;
  const result = await esbuild({
    entryPoints: [file],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    sourcemap: 'external',
    outdir: join(dir, 'out'),
    logLevel: 'error',
    plugins: [
      sideEffectsOf(root, join(dir, 'dist')),
      {
        name: 'apart',
        setup(b) {
          // As .size-limit.cjs does: lit, the built-in dossier and every chunk loaded on first use
          // (a dynamic import) are not part of the entry's cost.
          b.onResolve({ filter: /.*/ }, (a) =>
            lit.test(a.path) || /samenlevingsopbouw-[\w-]+\.js$/.test(a.path) || a.kind === 'dynamic-import' ? { path: a.path, external: true } : undefined,
          );
        },
      },
    ],
  });
  const code = result.outputFiles.find((f) => f.path.endsWith('.js')).text.replace(/\n\/\/# sourceMappingURL=.*\n?$/, '');
  const map = JSON.parse(result.outputFiles.find((f) => f.path.endsWith('.map')).text);
  return { file: `${entry} (esbuild, minified, without lit, the built-in dossier and chunks loaded on first use)`, code, parts: bySourceMap(code, map, join(dir, 'out'), '(no source map: bundler runtime)') };
}

const target = positionals[0];
const { file, code, parts } = target ? await entryParts(target) : await cdnParts();
const total = { bytes: Buffer.byteLength(code), gzip: gzip(code) };
let rows = [...parts].map(([module, text]) => ({ module, bytes: Buffer.byteLength(text), alone: gzip(text) }));
const aloneSum = rows.reduce((sum, row) => sum + row.alone, 0);
rows = rows.map((row) => ({ ...row, gzip: Math.round((row.alone / aloneSum) * total.gzip) })).sort((a, b) => b.gzip - a.gzip);

if (args.json) {
  console.log(JSON.stringify({ file, total, modules: rows }, null, 2));
} else {
  const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
  const pct = (n) => `${((n / total.gzip) * 100).toFixed(1)} %`;
  console.log(`${file}: ${kB(total.bytes)} minified, ${kB(total.gzip)} gzip\n`);
  console.log('| module | minified | gzip (est.) | share |\n| --- | --- | --- | --- |');
  const top = rows.slice(0, Number(args.top));
  for (const row of top) console.log(`| ${row.module} | ${kB(row.bytes)} | ${kB(row.gzip)} | ${pct(row.gzip)} |`);
  const rest = rows.slice(top.length);
  if (rest.length) {
    const sum = (key) => rest.reduce((s, r) => s + r[key], 0);
    console.log(`| ${rest.length} more | ${kB(sum('bytes'))} | ${kB(sum('gzip'))} | ${pct(sum('gzip'))} |`);
  }
  const groups = new Map();
  for (const row of rows) {
    const group = row.module.startsWith('(')
      ? row.module
      : row.module.startsWith('src/')
      ? /\.styles\.ts$|^src\/styles\//.test(row.module)
        ? 'src: styles'
        : /\.messages\.ts$|^src\/i18n\//.test(row.module)
          ? 'src: messages'
          : 'src: code and templates'
      : row.module.startsWith('data/')
        ? 'data'
        : row.module.split('/')[0].startsWith('@')
          ? row.module.split('/').slice(0, 2).join('/')
          : row.module.split('/')[0];
    groups.set(group, (groups.get(group) ?? 0) + row.gzip);
  }
  console.log('\n| group | gzip (est.) | share |\n| --- | --- | --- |');
  for (const [group, size] of [...groups].sort((a, b) => b[1] - a[1])) console.log(`| ${group} | ${kB(size)} | ${pct(size)} |`);
}
