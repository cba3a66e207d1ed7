// `import data from './x.json'` works in Vite; this gives the test server the same.
// Only imports are rewritten (to `x.json?module`), so `fetch('x.json')` still gets JSON.
// The built-in dossier's two parts (`samenlevingsopbouw.json?part=dossier|prompts`, src/model/builtin.ts) are
// split as the build splits them (scripts/lib/builtin-parts.mjs).
import { builtinPart } from '../../scripts/lib/builtin-parts.mjs';

const JSON_IMPORT = /\.json(\?part=\w+)?$/;

export function jsonModules() {
  return {
    name: 'json-modules',
    resolveImport({ source }) {
      if (JSON_IMPORT.test(source)) return `${source}${source.includes('?') ? '&' : '?'}module`;
    },
    resolveMimeType(context) {
      if (context.path.endsWith('.json') && context.URL.searchParams.has('module')) return 'js';
    },
    transform(context) {
      if (context.path.endsWith('.json') && context.URL.searchParams.has('module')) {
        const part = context.URL.searchParams.get('part');
        const body = part === 'dossier' || part === 'prompts' ? builtinPart(context.body, part) : context.body;
        return { body: `export default ${body};`, transformCache: false };
      }
    },
  };
}
