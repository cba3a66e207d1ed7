// The built-in dossier, data/samenlevingsopbouw.json, is one file (validated whole, shipped whole), but a page
// loads it in two parts: `?part=dossier`, everything but the reflection prompts, which every element shows, and
// `?part=prompts`, the prompts alone, which only <practice-profile> uses (28 rules in two languages, about 1.1 kB
// gzip that a page with one card would otherwise download; issue 22's target). src/model/builtin.ts imports the
// parts and joins them for the profile. The split is made on the JSON text, so each part is still JSON and the
// usual JSON handling (Vite's, the test server's json-modules.mjs) turns it into a module.

/** `?part=dossier` or `?part=prompts` on an import of the data file; undefined for any other id. */
export const PART = /samenlevingsopbouw\.json\?part=(dossier|prompts)$/;

/** The part of the dossier `json` (the file's text) that `part` names, as JSON text. */
export function builtinPart(json, part) {
  const { prompts = [], ...dossier } = JSON.parse(json);
  return JSON.stringify(part === 'prompts' ? prompts : dossier);
}

/**
 * A Vite plugin (every build and `vite` serving): the two parts, before Vite's own JSON handling. With `whole`
 * (the CDN file, one file that holds both anyway) the dossier part is the whole file and the prompts part reads
 * them from it: split there, the data would only be in two places in the file, and compress worse (0.6 kB gzip).
 */
export function builtinPartsPlugin({ whole = false } = {}) {
  return {
    name: 'wat-werkt-builtin-parts',
    enforce: 'pre',
    transform(code, id) {
      const match = PART.exec(id);
      if (!match) return undefined;
      if (whole && match[1] === 'dossier') return { code, map: null, moduleType: 'json' };
      if (whole) return { code: `import d from ${JSON.stringify(id.replace(/\?part=prompts$/, '?part=dossier'))}; export default d.prompts ?? [];`, map: null, moduleType: 'js' };
      return { code: builtinPart(code, match[1]), map: null, moduleType: 'json' };
    },
  };
}
