// A tiny static server for the benchmark pages, on 127.0.0.1 and a free port. It serves the
// repository (the production build is in bench/tmp/dist), nothing outside it, never cached, and
// /bench/demo.html: the demo page (index.html) running the CDN build instead of the sources,
// after the measuring script (so that it sees the dossier arrive). `alias` maps paths to others.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export async function serve(root, { cdn, alias = {} }) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (status, body, type = 'text/plain; charset=utf-8') => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    try {
      if (url.pathname === '/bench/demo.html') {
        const page = (await readFile(resolve(root, 'index.html'), 'utf8')).replace(
          /<script type="module" src="\/src\/all\.ts"><\/script>/,
          `<link rel="modulepreload" href="/bench/pages/harness.js" /><script type="module" src="/bench/pages/demo.js"></script><script type="module" src="${cdn}"></script>`,
        );
        if (!page.includes(cdn)) throw new Error('index.html no longer loads /src/all.ts: update bench/lib/server.mjs');
        return send(200, page, TYPES['.html']);
      }
      const file = resolve(root, `.${alias[url.pathname] ?? decodeURIComponent(url.pathname)}`);
      if (file !== root && !file.startsWith(root + sep)) return send(403, 'outside the repository');
      send(200, await readFile(file), TYPES[extname(file)] ?? 'application/octet-stream');
    } catch (error) {
      send(error.code === 'ENOENT' || error.code === 'EISDIR' ? 404 : 500, String(error.message));
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(done)) };
}
