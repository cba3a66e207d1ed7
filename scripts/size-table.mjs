#!/usr/bin/env node
// Prints the size-limit checks as a Markdown table, brotli and gzip side by side, with the budgets:
// `node scripts/size-table.mjs` after `npm run build`. (The README's size table comes from it.)
import { spawnSync } from 'node:child_process';

function run(gzip) {
  const result = spawnSync('npx', ['--no-install', 'size-limit', '--json'], {
    encoding: 'utf8',
    env: { ...process.env, SIZE_LIMIT_GZIP: gzip ? '1' : '' },
  });
  const start = result.stdout.indexOf('[');
  if (start < 0) throw new Error(result.stderr || result.stdout);
  return JSON.parse(result.stdout.slice(start));
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const brotli = run(false);
const gzip = new Map(run(true).map((c) => [c.name, c]));
console.log('| what | brotli | gzip | budget (brotli / gzip) |');
console.log('| --- | --- | --- | --- |');
for (const check of brotli) {
  const g = gzip.get(check.name);
  console.log(`| ${check.name} | ${kB(check.size)} | ${kB(g.size)} | ${kB(check.sizeLimit)} / ${kB(g.sizeLimit)} |`);
}
