#!/usr/bin/env node
// The custom elements manifest for Storybook's docs pages: `.storybook/custom-elements.json`.
//
// Uses the repo-root `custom-elements.json` when the package build has made one that is newer
// than every element source, else analyses the sources itself, the way
// `cem analyze --litelement --globs "src/components/**/*.ts" --exclude "**/*.test.ts"` does
// (plus `src/base/*.ts`, so inherited properties such as `dossier` are listed), but through
// the analyzer's API, so package.json is never touched.
//
// Then it completes what the analyzer cannot see here: tag names (registered in src/define/
// through our own `define()`, which the analyzer does not recognise), private and protected
// members (hidden), and a description (our JSDoc puts the text under `@summary`).
//
// Usage: node scripts/analyze.mjs [--quiet]; .storybook/main.ts also calls writeManifest() when an
// element's source changes while Storybook's dev server runs.
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { registeredTags } from './lib/registered-tags.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, '.storybook/custom-elements.json');
let quiet = false;
const log = (message) => quiet || console.log(`[analyze] ${message}`);

const tsFiles = (dir) =>
  readdirSync(join(root, dir), { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('.d.ts'))
    .map((file) => join(dir, file).split('\\').join('/'));

const sourceFiles = () => [...tsFiles('src/components'), ...tsFiles('src/base')];

async function analyse(sources) {
  const { create, ts } = await import('@custom-elements-manifest/analyzer');
  const { litPlugin } = await import('@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js');
  const modules = sources.map((file) =>
    ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.ES2015, true),
  );
  return create({ modules, plugins: litPlugin(), context: { dev: false } });
}

function rootManifestIfFresh(sources) {
  const file = join(root, 'custom-elements.json');
  if (!existsSync(file)) return undefined;
  const built = statSync(file).mtimeMs;
  const newest = Math.max(...sources.map((f) => statSync(join(root, f)).mtimeMs));
  if (built < newest) {
    log('custom-elements.json is older than the element sources: analysing them instead');
    return undefined;
  }
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  log('using custom-elements.json from the repo root');
  return manifest;
}


/** Writes .storybook/custom-elements.json; returns the tag names it documents. */
export async function writeManifest(options = {}) {
  quiet = !!options.quiet;
  const sources = sourceFiles();
  const manifest = rootManifestIfFresh(sources) ?? (await analyse(sources));
  const tags = registeredTags();
  const found = [];
  for (const mod of manifest.modules ?? []) {
    for (const declaration of mod.declarations ?? []) {
      if (declaration.kind !== 'class') continue;
      const tag = declaration.tagName ?? tags.get(declaration.name);
      if (!tag) continue;
      declaration.tagName = tag;
      declaration.customElement = true;
      if (!declaration.description && declaration.summary) {
        declaration.description = declaration.summary;
        declaration.summary = declaration.summary.split(/\n\s*\n/)[0];
      }
      declaration.members = (declaration.members ?? []).filter(
        (m) => !m.static && m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('#'),
      );
      // `emit(name, detail)` in the base class reads as an event called "name".
      declaration.events = (declaration.events ?? []).filter((e) => !(e.inheritedFrom && !e.description));
      found.push(tag);
    }
  }
  const missing = [...tags.values()].filter((tag) => !found.includes(tag));
  if (missing.length) console.warn(`[analyze] no class found for: ${missing.join(', ')}`);

  const text = `${JSON.stringify(manifest, null, 2)}\n`;
  // Unchanged: leave the file alone, so that the dev server does not reload for nothing.
  if (!existsSync(out) || readFileSync(out, 'utf8') !== text) {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, text);
  }
  log(`${relative(root, out)}: ${found.sort().join(', ')}`);
  return found;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await writeManifest({ quiet: process.argv.includes('--quiet') });
}
