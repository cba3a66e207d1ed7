#!/usr/bin/env node
// Writes docs/THEMING.md's token tables (between `<!-- tokens:start -->` and `<!-- tokens:end -->`)
// from the one mapping of our tokens to the themes' (src/styles/token-map.ts), through
// src/styles/token-docs.ts. Run by `npm run analyze`; test/theming/docs.test.ts fails when they drift.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

const root = new URL('../', import.meta.url);
// The two modules have no imports but each other: compile them side by side and import them.
const dir = mkdtempSync(join(tmpdir(), 'ww-token-docs-'));
for (const name of ['token-map', 'token-docs']) {
  const source = readFileSync(new URL(`src/styles/${name}.ts`, root), 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
  writeFileSync(join(dir, `${name}.mjs`), outputText.replaceAll("from './token-map.js'", "from './token-map.mjs'"));
}
const { tokenTables } = await import(pathToFileURL(join(dir, 'token-docs.mjs')).href);
rmSync(dir, { recursive: true });

const path = new URL('docs/THEMING.md', root);
const doc = readFileSync(path, 'utf8');
const start = '<!-- tokens:start -->';
const end = '<!-- tokens:end -->';
if (!doc.includes(start) || !doc.includes(end)) throw new Error(`docs/THEMING.md lacks ${start} … ${end}`);
const next = `${doc.slice(0, doc.indexOf(start) + start.length)}\n\n${tokenTables()}\n\n${doc.slice(doc.indexOf(end))}`;
if (next !== doc) writeFileSync(path, next);
console.log(next === doc ? 'docs/THEMING.md: token tables up to date' : 'docs/THEMING.md: token tables written');
