// Sizes, gzip (level 9) and brotli (quality 11) as size-limit measures them: the CDN file and the
// floor as files, and every check of .size-limit.cjs (the budgets CI enforces) on the benchmark's
// own build, through size-limit itself, so both always agree on what an entry costs.
import sizeLimit from 'size-limit';
import esbuildPlugin from '@size-limit/esbuild';
import filePlugin from '@size-limit/file';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';

/** `dist/...` of a check, with a `*` in the file name, as files of our build. */
function files(dist, path) {
  const file = resolve(dist, path.replace(/^dist\//, ''));
  if (!file.includes('*')) return [file];
  const pattern = new RegExp(`^${basename(file).split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return readdirSync(dirname(file))
    .filter((f) => pattern.test(f))
    .map((f) => join(dirname(file), f));
}

async function measure(check, gzip) {
  const plugins = check.disablePlugins?.includes('@size-limit/esbuild') ? [filePlugin] : [esbuildPlugin, filePlugin];
  const [{ size }] = await sizeLimit(plugins, { checks: [{ ...check, gzip, brotli: !gzip }] });
  return size;
}

/** Both sizes of one file, or of an entry bundled as `check` says. */
export async function sizeOf(check) {
  return { gzip: await measure(check, true), brotli: await measure(check, false) };
}

/** The checks of .size-limit.cjs with their brotli and gzip budgets (it picks one by SIZE_LIMIT_GZIP). */
function loadChecks(configPath) {
  const require = createRequire(import.meta.url);
  const saved = process.env.SIZE_LIMIT_GZIP;
  const load = (gzip) => {
    process.env.SIZE_LIMIT_GZIP = gzip ? '1' : '';
    delete require.cache[configPath];
    return require(configPath);
  };
  try {
    const gzip = load(true);
    return load(false).map((check, i) => ({ ...check, budgets: { brotli: check.limit, gzip: gzip[i].limit } }));
  } finally {
    if (saved === undefined) delete process.env.SIZE_LIMIT_GZIP;
    else process.env.SIZE_LIMIT_GZIP = saved;
  }
}

/**
 * An esbuild plugin that keeps the side effects package.json's `sideEffects` names (`./dist/define/*.js`, …)
 * for the same files of a build elsewhere (`dist`, e.g. bench/tmp/dist/), where those globs do not match:
 * without it esbuild drops `import './factor-card.js'` from define/factor-grid.js as free of side effects,
 * and the entry is measured without the elements it registers.
 */
export function sideEffectsOf(root, dist) {
  const { sideEffects } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
  const patterns = sideEffects
    .filter((glob) => glob.startsWith('./dist/'))
    .map((glob) => {
      const path = resolve(dist, glob.slice('./dist/'.length));
      return new RegExp(`^${path.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')}$`);
    });
  return {
    name: 'side-effects-of-dist',
    setup(build) {
      build.onResolve({ filter: /^\./ }, (args) => {
        const path = resolve(args.resolveDir, args.path);
        return patterns.some((pattern) => pattern.test(path)) ? { path, sideEffects: true } : undefined;
      });
    },
  };
}

export async function measureSizes(root, built) {
  const plain = (file) => ({ files: [file], disablePlugins: ['@size-limit/esbuild'] });
  const floor = await sizeOf(plain(built.floor));
  const cdn = await sizeOf(plain(built.cdn));
  const checks = [];
  for (const { budgets, limit: _limit, ...check } of loadChecks(resolve(root, '.size-limit.cjs'))) {
    const paths = files(built.dist, check.path);
    const imports = check.import && Object.fromEntries(Object.values(check.import).map((list) => [paths[0], list]));
    const modify = check.modifyEsbuildConfig ?? ((config) => config);
    const modifyEsbuildConfig = (config) => {
      const modified = modify(config);
      return { ...modified, plugins: [...(modified.plugins ?? []), sideEffectsOf(root, built.dist)] };
    };
    const sizes = await sizeOf({ ...check, files: paths, ...(imports ? { import: imports } : {}), modifyEsbuildConfig });
    checks.push({ name: check.name, path: check.path, ...sizes, budgets });
  }
  return { floor, cdn, checks };
}
