// Writes the dossier's text version (src/embed/fallback.ts) into the pages that carry it, between
// `<!-- wat-werkt:fallback lang=nl level=2 -->` and `<!-- /wat-werkt:fallback -->`: what a visitor
// sees with JavaScript off or the script stripped. test/embedding/no-javascript.test.ts fails when a
// page's copy differs from what this writes. `npm run fallback`.
import { build } from 'esbuild';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
export const PAGES = ['examples/cdn.html', 'embed.html'];
const MARKER = /([ \t]*)<!-- wat-werkt:fallback([^>]*)-->[\s\S]*?<!-- \/wat-werkt:fallback -->/g;

async function loadFallback() {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('src/embed/fallback.ts', root))],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'error',
  });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
}

const { fallbackHtml } = await loadFallback();
const dossier = JSON.parse(await readFile(new URL('data/samenlevingsopbouw.json', root), 'utf8'));
for (const page of PAGES) {
  const file = new URL(page, root);
  const html = await readFile(file, 'utf8').catch(() => undefined);
  if (html === undefined) continue;
  const next = html.replace(MARKER, (_, indent, args) => {
    const options = Object.fromEntries([...args.matchAll(/(\w+)=(\S+)/g)].map((m) => [m[1], m[2]]));
    const body = fallbackHtml(dossier, options.lang ?? 'nl', { headingLevel: Number(options.level ?? 2) })
      .split('\n')
      .map((line) => `${indent}${line}`)
      .join('\n');
    return `${indent}<!-- wat-werkt:fallback${args}-->\n${body}\n${indent}<!-- /wat-werkt:fallback -->`;
  });
  if (next !== html) {
    await writeFile(file, next);
    console.log(`wrote the fallback into ${page}`);
  }
}
