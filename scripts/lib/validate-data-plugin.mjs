// A Vite plugin for every build (and `vite` serving): the built-in dossier, data/samenlevingsopbouw.json,
// is validated when the package is built, with the very model code the browser runs (scripts/lib/load-model.mjs),
// Dutch and English required, and the build fails when it is invalid. The browser then takes the built-in dossier
// as it is (src/model/builtin.ts) and carries no validator for it: our own data is checked once, here, not on every
// visitor's page. Data a host gives is validated at runtime as before.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadModel } from './load-model.mjs';

export const DATA_FILE = 'data/samenlevingsopbouw.json';

/** The issues of the data file as lines of text; empty when it is valid. */
export async function dataIssues(root) {
  const { parseDossier, formatIssue } = await loadModel();
  const result = parseDossier(readFileSync(resolve(root, DATA_FILE), 'utf8'), { languages: ['nl', 'en'] });
  return result.ok ? [] : result.error.issues.map((issue) => formatIssue(issue, 'en'));
}

export function validateDataPlugin(root) {
  const file = resolve(root, DATA_FILE);
  const check = async (fail) => {
    const issues = await dataIssues(root);
    if (issues.length) fail(`${DATA_FILE} is not a valid dossier (${issues.length} issue(s)); the built-in dossier is not validated in the browser, so it must be here:\n  ${issues.slice(0, 50).join('\n  ')}`);
  };
  return {
    name: 'wat-werkt-validate-data',
    async buildStart() {
      await check((message) => this.error(message));
    },
    // Serving (`npm start`): say so at once when the file is edited into an invalid one.
    async handleHotUpdate({ file: changed, server }) {
      if (resolve(changed) !== file) return;
      await check((message) => {
        server.config.logger.error(message);
        server.ws.send({ type: 'error', err: { message, stack: '' } });
      });
    },
  };
}
