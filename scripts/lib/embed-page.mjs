// A Vite plugin for the autoloader build: writes dist/cdn/embed.html, the iframe embed page, from
// embed.html at the project root (which `vite` serves at /embed.html), its script pointed at the
// built embed.js beside it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export function embedPagePlugin(root) {
  return {
    name: 'wat-werkt-embed-page',
    generateBundle() {
      const source = readFileSync(resolve(root, 'embed.html'), 'utf8');
      const page = source.replace('src="/src/embed/embed-page.ts"', 'src="./embed.js"');
      if (page === source) this.error('embed.html: the script line /src/embed/embed-page.ts was not found');
      this.emitFile({ type: 'asset', fileName: 'embed.html', source: page });
    },
  };
}
