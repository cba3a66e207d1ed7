// Builds what the benchmark measures, into bench/tmp/ (never dist/, which others build into):
//   bench/tmp/dist/          the npm build (`vite build`)
//   bench/tmp/dist/cdn/      the CDN file (`vite build --mode cdn`) and the autoloader with its chunks (`--mode autoloader`)
//   bench/tmp/floor/floor.js the size floor (bench/floor/entry.js), minified like the CDN file
//   bench/tmp/mount-cycles.js bench/mount-cycles.ts for the browser
//   bench/tmp/debug/wat-werkt.js  with { debug: true }: the CDN file unminified, for profiles
import { build as esbuild } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { build, loadConfigFromFile } from 'vite';

export async function buildAll(root, tmp, { debug = false } = {}) {
  const configFile = resolve(root, 'vite.config.ts');
  const dist = join(tmp, 'dist');
  const started = performance.now();
  await build({ root, configFile, mode: 'production', logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
  await build({ root, configFile, mode: 'cdn', logLevel: 'warn', build: { outDir: join(dist, 'cdn'), emptyOutDir: true } });
  await build({ root, configFile, mode: 'autoloader', logLevel: 'warn', build: { outDir: join(dist, 'cdn'), emptyOutDir: false } });

  // The floor, with the CDN build's own settings (target, minifier, output options) but no banner.
  const { config } = await loadConfigFromFile({ command: 'build', mode: 'cdn' }, configFile, root, 'silent');
  const cdn = config.build;
  const { postBanner: _banner, ...output } = cdn.rolldownOptions.output;
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    build: {
      ...cdn,
      outDir: join(tmp, 'floor'),
      emptyOutDir: true,
      lib: { entry: resolve(root, 'bench/floor/entry.js'), formats: ['es'], fileName: () => 'floor.js' },
      rolldownOptions: { ...cdn.rolldownOptions, output },
    },
  });

  if (debug) {
    const debugOutput = { ...output, minify: false };
    await build({
      root,
      configFile,
      mode: 'cdn',
      logLevel: 'warn',
      build: { outDir: join(tmp, 'debug'), emptyOutDir: true, minify: false, rolldownOptions: { ...cdn.rolldownOptions, output: debugOutput } },
    });
  }

  await esbuild({
    entryPoints: [resolve(root, 'bench/mount-cycles.ts')],
    outfile: join(tmp, 'mount-cycles.js'),
    format: 'esm',
    target: 'es2022',
    logLevel: 'error',
  });
  return {
    ms: performance.now() - started,
    dist,
    cdn: join(dist, 'cdn/wat-werkt.js'),
    autoloader: join(dist, 'cdn/autoloader.js'),
    floor: join(tmp, 'floor/floor.js'),
    floorMissing: floorMissing(root),
  };
}

/** Names src/ imports from lit, @lit/context or d3-hierarchy that the floor entry does not export. */
function floorMissing(root) {
  const floor = readFileSync(resolve(root, 'bench/floor/entry.js'), 'utf8');
  const exported = new Set();
  for (const [, names, from] of floor.matchAll(/export \{([^}]*)\} from '([^']+)'/g))
    for (const name of names.split(',')) exported.add(`${from}:${name.trim().split(/\s+as\s+/)[0]}`);
  const missing = new Set();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) {
        const text = readFileSync(path, 'utf8');
        for (const [, names, from] of text.matchAll(/import \{([^}]*)\} from '((?:lit|@lit\/context|d3-hierarchy)(?:\/[^']*)?)'/g))
          for (const raw of names.split(',')) {
            const name = raw.trim().split(/\s+as\s+/)[0];
            if (name && !name.startsWith('type ') && !exported.has(`${from}:${name}`)) missing.add(`${name} from ${from} (${relative(root, path)})`);
          }
      }
    }
  };
  walk(resolve(root, 'src'));
  return [...missing];
}
