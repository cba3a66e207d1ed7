#!/usr/bin/env node
// Profiles one benchmark page in Chromium: where the renderer's main thread spends its time, from
// navigation until the page publishes its result, by trace event (script, style, layout, paint, …)
// and, with --js, by JavaScript function (self time, from V8's sampling profiler).
//
//   node bench/profile.mjs "/bench/pages/load.html?data=/data/samenlevingsopbouw.json" [--js] [--trace out.json]
//
// It builds into bench/tmp first; the pages then load the CDN file unminified, so that functions
// keep their names (the minified file's timings are what `npm run bench` reports).
import { writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { buildAll } from './lib/build.mjs';
import { CHROMIUM, FLAGS, whenDone } from './lib/browser.mjs';
import { serve } from './lib/server.mjs';
import { CATEGORIES, mainThread } from './lib/trace.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({ allowPositionals: true, options: { js: { type: 'boolean' }, trace: { type: 'string' }, width: { type: 'string', default: '1280' } } });
const path = positionals[0] ?? '/bench/pages/load.html?data=/data/samenlevingsopbouw.json';

await buildAll(root, resolve(root, 'bench/tmp'), { debug: true });
const server = await serve(root, { cdn: '/bench/tmp/dist/cdn/wat-werkt.js', alias: { '/bench/tmp/dist/cdn/wat-werkt.js': '/bench/tmp/debug/wat-werkt.js' } });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
try {
  const context = await browser.newContext({ viewport: { width: Number(values.width), height: 800 } });
  const page = await context.newPage();
  const categories = [...CATEGORIES, ...(values.js ? ['disabled-by-default-v8.cpu_profiler'] : [])];
  await browser.startTracing(page, { categories });
  // Wait for the page's console line, not by polling: see DONE in bench/pages/harness.js.
  const done = whenDone(page, 120_000);
  await page.goto(server.origin + path);
  await done;
  const result = await page.evaluate(() => window.benchResult);
  const trace = JSON.parse((await browser.stopTracing()).toString());
  if (values.trace) await writeFile(values.trace, JSON.stringify(trace));
  const { markup: _markup, ...shown } = result;
  console.log(JSON.stringify(shown));
  summarise(trace.traceEvents ?? trace);
} finally {
  await browser.close();
  await server.close();
}

function summarise(events) {
  const main = mainThread(events);
  if (main.windows) console.log(`(${main.windows} window(s) between bench:start and bench:end marks)`);
  console.log(`\nmain thread busy: ${main.wall.toFixed(1)} ms (CPU ${main.cpu.toFixed(1)} ms); self time by event:`);
  for (const [name, ms] of main.self.slice(0, 18)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);

  if (!values.js) return;
  // V8 CPU profile chunks: nodes and samples (in the marked windows), self time per function.
  const nodes = new Map();
  const samples = [];
  const profile = events.find((e) => e.name === 'Profile');
  let time = profile?.args?.data?.startTime ?? 0;
  for (const e of events.filter((x) => x.name === 'ProfileChunk').sort((a, b) => a.ts - b.ts)) {
    const data = e.args?.data?.cpuProfile;
    for (const n of data?.nodes ?? []) nodes.set(n.id, n);
    const deltas = e.args.data.timeDeltas ?? [];
    (data?.samples ?? []).forEach((id, i) => {
      time += deltas[i] ?? 0;
      if (!main.windowList.length || main.windowList.some(([a, b]) => time >= a && time <= b)) samples.push([id, deltas[i] ?? 0]);
    });
  }
  const fn = new Map();
  for (const [id, dt] of samples) {
    const n = nodes.get(id);
    const cf = n?.callFrame ?? {};
    const key = `${cf.functionName || '(anonymous)'} ${(cf.url ?? '').split('/').pop()}:${cf.lineNumber + 1}:${cf.columnNumber + 1}`;
    fn.set(key, (fn.get(key) ?? 0) + dt);
  }
  console.log('\nJavaScript self time by function:');
  for (const [key, us] of [...fn].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  ${key}`);
}
