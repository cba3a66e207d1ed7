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
import { CHROMIUM, FLAGS } from './lib/browser.mjs';
import { serve } from './lib/server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({ allowPositionals: true, options: { js: { type: 'boolean' }, trace: { type: 'string' }, width: { type: 'string', default: '1280' } } });
const path = positionals[0] ?? '/bench/pages/load.html?data=/data/samenlevingsopbouw.json';

await buildAll(root, resolve(root, 'bench/tmp'), { debug: true });
const server = await serve(root, { cdn: '/bench/tmp/dist/cdn/wat-werkt.js', alias: { '/bench/tmp/dist/cdn/wat-werkt.js': '/bench/tmp/debug/wat-werkt.js' } });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
try {
  const context = await browser.newContext({ viewport: { width: Number(values.width), height: 800 } });
  const page = await context.newPage();
  const categories = ['devtools.timeline', 'blink.user_timing', 'loading', ...(values.js ? ['disabled-by-default-v8.cpu_profiler'] : [])];
  await browser.startTracing(page, { categories });
  await page.goto(server.origin + path);
  await page.waitForFunction(() => window.benchResult, null, { polling: 200, timeout: 120_000 });
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
  // The renderer's main thread: the one named CrRendererMain that ran the most.
  const names = new Map(events.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args.name]));
  const busy = new Map();
  for (const e of events) if (e.ph === 'X' && names.get(`${e.pid}:${e.tid}`) === 'CrRendererMain') busy.set(`${e.pid}:${e.tid}`, (busy.get(`${e.pid}:${e.tid}`) ?? 0) + (e.dur ?? 0));
  const main = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  // With performance.mark('bench:start') … ('bench:end') pairs in the page: only those windows.
  const marks = events.filter((e) => `${e.pid}:${e.tid}` === main && (e.name === 'bench:start' || e.name === 'bench:end')).sort((a, b) => a.ts - b.ts);
  const windows = [];
  for (let i = 0; i + 1 < marks.length; i++) if (marks[i].name === 'bench:start' && marks[i + 1].name === 'bench:end') windows.push([marks[i].ts, marks[i + 1].ts]);
  const inWindow = (e) => !windows.length || windows.some(([a, b]) => e.ts < b && e.ts + e.dur > a);
  if (windows.length) console.log(`(${windows.length} windows between bench:start and bench:end marks)`);
  const own = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.dur && inWindow(e)).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Self time by event name: an event's duration minus its children's.
  const self = new Map();
  const stack = [];
  for (const e of own) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - e.dur);
    self.set(e.name, (self.get(e.name) ?? 0) + e.dur);
    stack.push(e);
  }
  const top = own.filter((e, i) => !own.slice(Math.max(0, i - 50), i).some((p) => p.ts <= e.ts && p.ts + p.dur >= e.ts + e.dur));
  const total = top.reduce((s, e) => s + e.dur, 0);
  console.log(`\nmain thread busy: ${(total / 1000).toFixed(1)} ms; self time by event:`);
  for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 18)) console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  ${name}`);

  if (!values.js) return;
  // V8 CPU profile chunks: nodes and samples, self time per function.
  const nodes = new Map();
  const samples = [];
  for (const e of events) {
    if (e.name !== 'ProfileChunk') continue;
    const data = e.args?.data?.cpuProfile;
    for (const n of data?.nodes ?? []) nodes.set(n.id, n);
    const deltas = e.args.data.timeDeltas ?? [];
    (data?.samples ?? []).forEach((id, i) => samples.push([id, deltas[i] ?? 0]));
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
