#!/usr/bin/env node
// npm run bench: builds the library and measures, in one run, its size and speed against the
// targets of issue #8; prints a table and writes bench/results.json. A report, not a test: it
// exits 0 when a target is missed (the size budgets CI enforces are in .size-limit.cjs), and 1
// only when it could not measure.
//
//   npm run bench                      everything, 9 runs of each speed measurement
//   npm run bench -- --runs 7          fewer runs (at least 7 count for the README)
//   npm run bench -- --skip heap       leave out a part: size, speed or heap (repeatable)
//   npm run bench -- --cycles 200      fewer mount/unmount cycles (1,000 by default)
//   npm run bench -- --out file.json   write the results elsewhere
//   npm run bench -- --report bench/results.json   print the table of an earlier run again
//
// What is measured, and how, is described in README.md ("Performance") and in the files of
// bench/: lib/build.mjs, lib/sizes.mjs, lib/browser.mjs and the pages in pages/.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildAll } from './lib/build.mjs';
import { APPROACH_PAGES, measureHeap, measureSpeed, median } from './lib/browser.mjs';
import { serve } from './lib/server.mjs';
import { measureSizes } from './lib/sizes.mjs';
import { measurePageBytes } from './lib/page-bytes.mjs';
import { generateDossier, treeItems } from './generate.mjs';
import { report } from './lib/report.mjs';
import { loadModel } from '../scripts/lib/load-model.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const tmp = join(root, 'bench/tmp');

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '9' },
    cycles: { type: 'string', default: '1000' },
    skip: { type: 'string', multiple: true, default: [] },
    out: { type: 'string', default: join(root, 'bench/results.json') },
    report: { type: 'string' },
  },
});
if (args.report) {
  // Only the table again, from the results of an earlier run (which get it rewritten).
  const earlier = JSON.parse(await readFile(args.report, 'utf8'));
  Object.assign(earlier, (({ table, where }) => ({ table, where }))(report(earlier)));
  await writeFile(args.report, `${JSON.stringify(earlier, null, 2)}\n`);
  console.log(`${earlier.table}\n\n${earlier.where}`);
  process.exit(0);
}
const runs = Number(args.runs);
const cycles = Number(args.cycles);
const skip = new Set(args.skip);
const log = (message) => process.stderr.write(`bench: ${message}\n`);

/** The targets of issue #8, as issue #22 revised them. */
export const TARGETS = {
  /** Bytes (gzip) a page with the autoloader and one `<factor-card>` downloads, everything included. */
  cardPage: 40_000,
  renderToStatic: 1.6,
  /** 10,000 items painted within this many times the page that only fetches and parses them (the floor). */
  items10kToFloor: 3.5,
  scaling: 12,
  /** An approach change painted in the frame after the elements' updates: paint − updates done ≤ one frame at 60 Hz. */
  approachFrame: 1000 / 60,
  /** Heap growth after 1,000 mount/unmount cycles of one element: 1 MB, about 1 kB a cycle. */
  heapPer1000: 1_000_000,
};
const SIZES = [100, 1000, 10_000];

const loads = [];
const sample = () => loads.push(loadavg()[0]);
sample();
const loadTimer = setInterval(sample, 5000);

const results = {
  date: new Date().toISOString(),
  command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
  machine: { cores: cpus().length, cpu: cpus()[0]?.model, memoryGB: Math.round(totalmem() / 1e9), node: process.version },
  targets: TARGETS,
};

log('building into bench/tmp/ …');
const built = await buildAll(root, tmp);
if (built.floorMissing.length) log(`warning: the floor (bench/floor/entry.js) misses what src/ imports:\n  ${built.floorMissing.join('\n  ')}`);
results.build = { ms: Math.round(built.ms), floorMissing: built.floorMissing };

if (!skip.has('size')) {
  log('measuring sizes …');
  const sizes = await measureSizes(root, built);
  const ratio = (x) => Math.round(x * 100) / 100;
  results.size = {
    floor: sizes.floor,
    cdn: { ...sizes.cdn, toFloor: { gzip: ratio(sizes.cdn.gzip / sizes.floor.gzip), brotli: ratio(sizes.cdn.brotli / sizes.floor.brotli) } },
    checks: sizes.checks,
  };
  log('measuring the bytes pages download through the autoloader …');
  const byteServer = await serve(root, { cdn: '/bench/tmp/dist/cdn/wat-werkt.js' });
  try {
    const bytes = await measurePageBytes({
      origin: byteServer.origin,
      autoloader: `/${relative(root, built.autoloader)}`,
      floorFile: built.floor,
      dataFile: join(root, 'data/samenlevingsopbouw.json'),
    });
    results.size.pages = Object.fromEntries(
      Object.entries(bytes.pages).map(([key, page]) => [
        key,
        { ...page, toFloor: ratio(page.gzip / bytes.floor.gzip), ...(key === 'card' ? { pass: page.gzip <= TARGETS.cardPage } : {}) },
      ]),
    );
    results.size.pageFloor = bytes.floor;
  } finally {
    await byteServer.close();
  }
}

let server;
try {
  if (!skip.has('speed') || !skip.has('heap')) server = await serve(root, { cdn: '/bench/tmp/dist/cdn/wat-werkt.js' });

  if (!skip.has('speed')) {
    log('generating dossiers …');
    const { validateDossier } = await loadModel();
    const dossiers = [{ key: 'real', label: 'the real dossier', url: '/data/samenlevingsopbouw.json', items: undefined }];
    const validity = {};
    for (const n of SIZES) {
      const dossier = generateDossier(n);
      const file = join(tmp, `dossier-${n}.json`);
      await writeFile(file, JSON.stringify(dossier));
      const check = validateDossier(dossier, { languages: ['nl', 'en'] });
      validity[n] = check.ok ? 'valid' : check.issues.slice(0, 3).map((i) => `${i.path || '(document)'}: ${i.code}`).join('; ');
      if (!check.ok) log(`warning: the generated dossier of ${n} items is not valid: ${validity[n]}`);
      if (check.ok) dossiers.push({ key: String(n), label: 'a generated dossier', url: `/${relative(root, file)}`, items: treeItems(dossier) });
    }
    log(`speed: ${runs} runs in Chromium …`);
    const render = ['real', String(SIZES.at(-1))].filter((key) => dossiers.some((d) => d.key === key));
    const floors = render.filter((key) => key !== 'real');
    const speed = await measureSpeed({ origin: server.origin, tmp, runs, dossiers, render, floors, log });
    results.browser = `headless Chromium ${speed.version}`;
    results.speed = summarise(speed.samples, dossiers, validity);
  }

  if (!skip.has('heap')) {
    const tags = (await readdir(join(root, 'src/define'))).filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, '')).sort();
    const heap = await measureHeap({ origin: server.origin, tags, cycles, log });
    const bound = (TARGETS.heapPer1000 * cycles) / 1000;
    results.heap = heap.map((h) => ({ ...h, bound, pass: h.precise && h.growth <= bound && h.leftover === 0 }));
  }
} finally {
  clearInterval(loadTimer);
  await server?.close();
}
sample();
results.loadAverage = { min: Math.min(...loads), max: Math.max(...loads), mean: Math.round((loads.reduce((a, b) => a + b, 0) / loads.length) * 100) / 100 };

function summarise(samples, dossiers, validity) {
  const stat = (xs) => ({ median: round(median(xs)), min: round(Math.min(...xs)), max: round(Math.max(...xs)), n: xs.length });
  const load = dossiers.map((d) => {
    const s = samples.load[d.key];
    const pick = (k) => s.map((x) => x[k]);
    return {
      key: d.key,
      label: d.label,
      url: d.url,
      items: s[0].items,
      valid: d.key === 'real' ? 'valid' : validity[d.key],
      nodes: s[0].nodes,
      painted: stat(pick('painted')),
      // Where the time goes (medians, ms from navigation start).
      phases: { html: round(median(pick('html'))), script: round(median(pick('script'))), loaded: round(median(pick('loaded'))), dom: round(median(pick('dom'))) },
      errors: [...new Set(s.flatMap((x) => x.errors))],
    };
  });
  for (const n of SIZES)
    if (validity[n] !== 'valid')
      load.push({ key: String(n), label: 'a generated dossier', items: n, valid: validity[n], painted: { median: NaN, min: NaN, max: NaN, n: 0 }, errors: [] });
  const by = Object.fromEntries(load.map((l) => [l.key, l]));
  // The same page without the library: empty, or only fetching and parsing a dossier (floor.js).
  // (a list, the empty page first: an object's keys would put '10000' before 'empty')
  const emptyFirst = ([a], [b]) => (b === 'empty') - (a === 'empty');
  const floor = Object.entries(samples.floor).sort(emptyFirst).map(([key, s]) => ({
    key,
    ...stat(s.map((x) => x.painted)),
    ...(key === 'empty' ? {} : { parsed: round(median(s.map((x) => x.parsed))), items: s[0].items }),
    errors: [...new Set(s.flatMap((x) => x.errors))],
  }));
  const ten = by[String(SIZES.at(-1))];
  const one = by[String(SIZES.at(-2))];
  const render = Object.fromEntries(
    Object.entries(samples.render).map(([key, r]) => {
      const tree = median(r.tree.map((x) => x.ms));
      const stat = median(r.static.map((x) => x.ms));
      const warmTree = median(r.tree.map((x) => x.warm));
      const warmStatic = median(r.static.map((x) => x.warm));
      const warm = { tree: round(warmTree), static: round(warmStatic), ratio: round(warmTree / warmStatic, 2) };
      return [key, { tree: round(tree), static: round(stat), ratio: round(tree / stat, 2), warm, treeNodes: r.tree[0].nodes, staticNodes: r.static[0].nodes, errors: [...new Set([...r.tree, ...r.static].flatMap((x) => x.errors))] }];
    }),
  );
  /** The approach change on one variant of the demo page; `target` for the one the target is about. */
  const approach = (key, target) => {
    const changes = samples[key].flatMap((a) => a.samples.map((s) => s.ms));
    // A page load cycles through the approaches and none: the first round shows each state for
    // the first time (templates, code and styles not used yet), the later rounds again.
    const round1 = new Set(samples[key][0].samples.map((s) => s.approach)).size;
    const inRound = (first) => samples[key].flatMap((a) => a.samples.filter((_, i) => i < round1 === first).map((s) => s.ms));
    return {
      ...stat(changes),
      p90: round([...changes].sort((a, b) => a - b)[Math.floor(changes.length * 0.9)]),
      firstRound: stat(inRound(true)),
      ...(inRound(false).length ? { laterRounds: stat(inRound(false)) } : {}),
      // Until every element's update is done (before style, layout and paint).
      updated: stat(samples[key].flatMap((a) => a.samples.map((s) => s.updated))),
      elements: samples[key][0].elements,
      // Painted in the frame after the updates: what remains after the updates fits in one frame.
      ...(target ? { afterUpdates: round(median(changes) - median(samples[key].flatMap((a) => a.samples.map((s) => s.updated)))), pass: median(changes) - median(samples[key].flatMap((a) => a.samples.map((s) => s.updated))) <= target } : {}),
      errors: [...new Set(samples[key].flatMap((x) => x.errors))],
    };
  };
  return {
    load,
    floor,
    items10k: (() => {
      const parse = floor.find((f) => f.key === String(SIZES.at(-1)));
      const toFloor = parse ? round(ten.painted.median / parse.median, 2) : NaN;
      return { ...ten.painted, toFloor, pass: toFloor <= TARGETS.items10kToFloor && ten.valid === 'valid' };
    })(),
    scaling: { ratio: round(ten.painted.median / one.painted.median, 2), pass: ten.painted.median / one.painted.median <= TARGETS.scaling },
    render: { ...render, pass: render.real.ratio <= TARGETS.renderToStatic },
    // (a dossier the validator refuses is not measured: its rows say why)
    // The target is the demo page as it loads; the other two are reported beside it.
    ...Object.fromEntries(Object.keys(APPROACH_PAGES).map((key) => [key, approach(key, key === 'approach' ? TARGETS.approachFrame : undefined)])),
  };
}

function round(x, digits = 1) {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

// ── The table ──

const { table, rows, where } = report(results);
results.table = table;
results.where = where;
await mkdir(dirname(args.out), { recursive: true });
await writeFile(args.out, `${JSON.stringify(results, null, 2)}\n`);

console.log(`\n${table}\n\n${where}.\nResults: ${relative(process.cwd(), args.out)}`);
const missed = rows.filter((r) => r[3] === '**MISSED**').length;
const errors = [...(results.speed?.load ?? []).flatMap((l) => l.errors), ...Object.keys(APPROACH_PAGES).flatMap((k) => results.speed?.[k]?.errors ?? []), ...(results.heap ?? []).flatMap((h) => h.errors)];
if (errors.length) console.log(`\nErrors in the pages:\n  ${[...new Set(errors)].join('\n  ')}`);
console.log(missed ? `\n${missed} target(s) missed (a report, not a failure).` : '\nEvery target met.');
