import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;
const defineEntries = Object.fromEntries(
  readdirSync(resolve(root, 'src/define'))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => [`define/${file.replace(/\.ts$/, '')}`, resolve(root, 'src/define', file)]),
);

/**
 * `vite`            the demo page (index.html) and examples/ with the real dossier
 * `vite build`      the npm build: ES modules, one entry per element, runtime libraries external
 * `vite build --mode cdn`  one self-contained file that registers every element
 */
export default defineConfig(({ mode }) => {
  if (mode === 'cdn') {
    return {
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: true,
        target: 'es2022',
        lib: { entry: resolve(root, 'src/cdn.ts'), formats: ['es'], fileName: () => 'wat-werkt.js' },
        rolldownOptions: { output: { codeSplitting: false } },
      },
    };
  }
  return {
    server: { host: '127.0.0.1', port: 5173 },
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      minify: false,
      lib: {
        entry: {
          index: resolve(root, 'src/index.ts'),
          model: resolve(root, 'src/model/index.ts'),
          all: resolve(root, 'src/all.ts'),
          ...defineEntries,
        },
        formats: ['es'],
      },
      rolldownOptions: {
        external: [/^lit(\/.*)?$/, /^@lit\//, /^d3-hierarchy/, /^valibot/, /^react(\/.*)?$/],
        output: { chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  };
});
