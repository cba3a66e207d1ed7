// Writes the dossier's text version (src/embed/fallback.ts) into the pages that carry it, between
// `<!-- wat-werkt:fallback lang=nl level=2 -->` and `<!-- /wat-werkt:fallback -->`: what a visitor
// sees with JavaScript off or the script stripped. test/embedding/no-javascript.test.ts fails when a
// page's copy differs from what this writes. `npm run fallback`.
//
// It also writes embed-en.html from embed.html: the same embed page (configuration, styles, script),
// with `lang="en"`, an English title and the English text version. A page without JavaScript cannot
// read its query (`?lang=en`), so each language has a page of its own; the embed builder's iframe code
// for English points to embed-en.html. Each page's text version links to the other's (in <noscript>).
import { build } from 'esbuild';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
export const PAGES = ['examples/cdn.html', 'embed.html'];
const MARKER = /([ \t]*)<!-- wat-werkt:fallback([^>]*)-->[\s\S]*?<!-- \/wat-werkt:fallback -->/g;
const OTHER = /([ \t]*)<!-- wat-werkt:other-language([^>]*)-->[\s\S]*?<!-- \/wat-werkt:other-language -->/g;

/** The embed page of each language, and how its text version points to the other. */
const EMBED = {
  nl: { file: 'embed.html', link: '<p lang="nl"><a href="embed.html" hreflang="nl">Deze tekst in het Nederlands</a></p>' },
  en: { file: 'embed-en.html', link: '<p lang="en"><a href="embed-en.html" hreflang="en">This text in English</a></p>' },
};

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

const { fallbackHtml, escapeHtml } = await loadFallback();
const dossier = JSON.parse(await readFile(new URL('data/samenlevingsopbouw.json', root), 'utf8'));
const argsOf = (args) => Object.fromEntries([...args.matchAll(/(\w+)=(\S+)/g)].map((m) => [m[1], m[2]]));

/** `html` with its marked blocks written anew; `lang` overrides the language the markers name. */
function fill(html, lang) {
  return html
    .replace(MARKER, (_, indent, args) => {
      const options = argsOf(args);
      const language = lang ?? options.lang ?? 'nl';
      const marker = lang ? args.replace(/lang=\S+/, `lang=${lang}`) : args;
      const body = fallbackHtml(dossier, language, { headingLevel: Number(options.level ?? 2) })
        .split('\n')
        .map((line) => `${indent}${line}`)
        .join('\n');
      return `${indent}<!-- wat-werkt:fallback${marker}-->\n${body}\n${indent}<!-- /wat-werkt:fallback -->`;
    })
    .replace(OTHER, (_, indent, args) => {
      const language = lang ?? argsOf(args).lang ?? 'nl';
      const marker = lang ? args.replace(/lang=\S+/, `lang=${lang}`) : args;
      const other = EMBED[language === 'en' ? 'nl' : 'en'].link;
      return `${indent}<!-- wat-werkt:other-language${marker}-->\n${indent}<noscript>${other}</noscript>\n${indent}<!-- /wat-werkt:other-language -->`;
    });
}

async function write(page, next) {
  const file = new URL(page, root);
  const html = await readFile(file, 'utf8').catch(() => undefined);
  if (next !== html) {
    await writeFile(file, next);
    console.log(`wrote the fallback into ${page}`);
  }
}

for (const page of PAGES) {
  const html = await readFile(new URL(page, root), 'utf8').catch(() => undefined);
  if (html !== undefined) await write(page, fill(html));
}

const dutch = await readFile(new URL(EMBED.nl.file, root), 'utf8');
const title = (lang) => `<title>${escapeHtml(dossier.meta.title[lang])}</title>`;
if (!dutch.includes('<html lang="nl">') || !dutch.includes(title('nl'))) throw new Error(`${EMBED.nl.file}: expected <html lang="nl"> and ${title('nl')}`);
const english = fill(
  dutch
    .replace('<html lang="nl">', '<html lang="en">')
    .replace(title('nl'), title('en'))
    .replace('<!doctype html>\n', `<!doctype html>\n<!-- Written from ${EMBED.nl.file} by \`npm run fallback\` (scripts/write-fallback.mjs): edit that page, its configuration included, then run it. -->\n`),
  'en',
);
await write(EMBED.en.file, english);
