// `import data from './x.json'` works in Vite; this gives the test server the same.
// Only imports are rewritten (to `x.json?module`), so `fetch('x.json')` still gets JSON.
export function jsonModules() {
  return {
    name: 'json-modules',
    resolveImport({ source }) {
      if (source.endsWith('.json')) return `${source}?module`;
    },
    resolveMimeType(context) {
      if (context.path.endsWith('.json') && context.URL.searchParams.has('module')) return 'js';
    },
    transform(context) {
      if (context.path.endsWith('.json') && context.URL.searchParams.has('module')) {
        return { body: `export default ${context.body};`, transformCache: false };
      }
    },
  };
}
