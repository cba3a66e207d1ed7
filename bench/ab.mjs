#!/usr/bin/env node
// Interleaved A/B of two commits' CDN files, for changes smaller than the ±20 % that separate
// two runs of `npm run bench` on a shared machine: each commit is built (git archive into
// bench/tmp/ab/<commit>, with this checkout's node_modules), then the same pages are loaded
// for A and B by turns, in one browser, and medians compared. A report, like the bench.
//
//   node bench/ab.mjs 6a73dfe HEAD                          approach, render-real, load-real
//   node bench/ab.mjs --runs 15 HEAD~1 HEAD load-10000 render-real
//   node bench/ab.mjs --own-data 26260ae HEAD render-real   each build with its own commit's data/
//
// Tests: load-<dossier> (page load to painted; second figure: the dossier loaded), render-<dossier>
// (a tree's first render in a page; second: again in the same page), approach (demo page; second:
// updates done); <dossier> is real, 100, 1000 or 10000. "cpu" is the renderer's main-thread time
// (trace) in what the page measures (load: from the start; render: both renders; approach: per
// change), which other processes on the machine disturb less than wall time.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { generateDossier } from './generate.mjs';
import { CHROMIUM, FLAGS, median, whenDone } from './lib/browser.mjs';
import { serve } from './lib/server.mjs';
import { CATEGORIES, mainThread } from './lib/trace.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '9' }, 'own-data': { type: 'boolean' } } });
const [revA, revB, ...asked] = positionals;
if (!revA || !revB) {
  console.error('usage: node bench/ab.mjs [--runs N] REV_A REV_B [test …]');
  process.exit(1);
}
const tests = asked.length ? asked : ['approach', 'render-real', 'load-real'];
const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();

/** Builds the CDN file of a commit; returns its path below the repository. */
async function buildAt(rev) {
  const sha = git('rev-parse', '--short=12', rev);
  const dir = join(root, 'bench/tmp/ab', sha);
  if (!existsSync(join(dir, 'dist/cdn/wat-werkt.js'))) {
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    execFileSync('sh', ['-c', `git archive ${sha} | tar -x -C "${dir}"`], { cwd: root });
    await symlink(join(root, 'node_modules'), join(dir, 'node_modules'));
    execFileSync('npx', ['vite', 'build', '--mode', 'cdn', '--logLevel', 'error'], { cwd: dir, stdio: 'inherit' });
  }
  return { sha, file: `/bench/tmp/ab/${sha}/dist/cdn/wat-werkt.js` };
}

const DOSSIERS = { real: '/data/samenlevingsopbouw.json' };
for (const n of [100, 1000, 10_000]) {
  const file = join(root, `bench/tmp/dossier-${n}.json`);
  if (tests.some((t) => t.endsWith(`-${n}`)) && !existsSync(file)) await writeFile(file, JSON.stringify(generateDossier(n)));
  DOSSIERS[n] = `/bench/tmp/dossier-${n}.json`;
}

const [a, b] = [await buildAt(revA), await buildAt(revB)];
const cdn = '/bench/tmp/dist/cdn/wat-werkt.js';
// --own-data: each build reads the real dossier as its own commit has it (an older build's strict
// schema refuses fields added since, and never paints).
const REAL = '/data/samenlevingsopbouw.json';
const aliases = (side) => ({ [cdn]: side.file, ...(values['own-data'] ? { [REAL]: side.file.replace('/dist/cdn/wat-werkt.js', REAL) } : {}) });
const servers = [await serve(root, { cdn, alias: aliases(a) }), await serve(root, { cdn, alias: aliases(b) })];
const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });

/** One page load: the page's result and the main thread's time. */
async function visit(origin, path) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  try {
    await browser.startTracing(page, { categories: CATEGORIES });
    // Nothing runs in the page until it says it is done (see DONE in pages/harness.js).
    const done = whenDone(page, 120_000);
    await page.goto(origin + path);
    await done;
    const result = await page.evaluate(() => window.benchResult);
    const trace = JSON.parse((await browser.stopTracing()).toString());
    if (result.error) throw new Error(`${path}: ${result.error}`);
    return { ...result, cpu: mainThread(trace.traceEvents ?? trace).cpu };
  } finally {
    await context.close();
  }
}

const MEASURE = {
  load: async (origin, key) => {
    const r = await visit(origin, `/bench/pages/load.html?data=${DOSSIERS[key]}`);
    return { ms: r.painted, second: r.loaded, cpu: r.cpu };
  },
  render: async (origin, key) => {
    const r = await visit(origin, `/bench/pages/render.html?mode=tree&data=${DOSSIERS[key]}`);
    return { ms: r.ms, second: r.warm, cpu: r.cpu };
  },
  approach: async (origin) => {
    const r = await visit(origin, '/bench/demo.html?changes=9');
    const changes = r.samples.slice(1);
    return { ms: median(changes.map((x) => x.ms)), second: median(changes.map((x) => x.updated)), cpu: r.cpu / changes.length };
  },
};

const samples = Object.fromEntries(tests.map((t) => [t, [[], []]]));
try {
  for (let run = 0; run < Number(values.runs); run++) {
    process.stderr.write(`ab: run ${run + 1}/${values.runs}\n`);
    for (const test of tests) {
      const [kind, key] = test.split('-');
      if (!MEASURE[kind] || (kind !== 'approach' && !DOSSIERS[key])) throw new Error(`unknown test ${test}`);
      // A first on even runs, B first on odd ones.
      for (const side of run % 2 ? [1, 0] : [0, 1]) samples[test][side].push(await MEASURE[kind](servers[side].origin, key));
    }
  }
} finally {
  await browser.close();
  for (const s of servers) await s.close();
}

const f = (x) => x.toFixed(1).padStart(7);
console.log(`A = ${revA} (${a.sha}), B = ${revB} (${b.sha}); medians of ${values.runs} runs, interleaved; ms`);
console.log(`${'test'.padEnd(14)}${'A'.padStart(7)} ${'B'.padStart(7)} | ${'second A'.padStart(7)} ${'B'.padStart(7)} | ${'cpu A'.padStart(7)} ${'B'.padStart(7)}`);
for (const test of tests) {
  const [sa, sb] = samples[test];
  const m = (xs, k) => median(xs.map((x) => x[k]));
  console.log(`${test.padEnd(14)}${f(m(sa, 'ms'))} ${f(m(sb, 'ms'))} | ${f(m(sa, 'second'))} ${f(m(sb, 'second'))} | ${f(m(sa, 'cpu'))} ${f(m(sb, 'cpu'))}`);
}
