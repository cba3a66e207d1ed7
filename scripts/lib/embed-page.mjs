// A Vite plugin for the autoloader build: writes dist/cdn/embed.html and dist/cdn/embed-en.html, the
// iframe embed page in Dutch and English (the same page; its text version for visitors without JavaScript
// in its language), from the pages at the project root (which `vite` serves at /embed.html and
// /embed-en.html; `npm run fallback` writes embed-en.html from embed.html), each one's script pointed at
// the built embed.js beside it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const EMBED_PAGES = ['embed.html', 'embed-en.html'];

export function embedPagePlugin(root) {
  return {
    name: 'wat-werkt-embed-page',
    generateBundle() {
      for (const fileName of EMBED_PAGES) {
        const source = readFileSync(resolve(root, fileName), 'utf8');
        const page = source.replace('src="/src/embed/embed-page.ts"', 'src="./embed.js"');
        if (page === source) this.error(`${fileName}: the script line /src/embed/embed-page.ts was not found`);
        this.emitFile({ type: 'asset', fileName, source: page });
      }
    },
  };
}
