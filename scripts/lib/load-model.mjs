// Loads the TypeScript model (src/model) in Node, bundled in memory by esbuild,
// so build scripts use the very code the browser runs.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../../src/model/index.ts', import.meta.url));

export async function loadModel() {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    // The built-in dossier's dynamic import is not needed by scripts.
    external: ['*.json'],
    logLevel: 'error',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}
