// Validates data files against the dossier format, requiring Dutch and English.
// Usage: node scripts/validate-data.mjs [file…]   (default: data/samenlevingsopbouw.json)
import { readFile } from 'node:fs/promises';
import { loadModel } from './lib/load-model.mjs';

const { parseDossier, formatIssue } = await loadModel();
const files = process.argv.slice(2);
if (!files.length) files.push(new URL('../data/samenlevingsopbouw.json', import.meta.url).pathname);
let failed = 0;
for (const file of files) {
  const result = parseDossier(await readFile(file, 'utf8'), { languages: ['nl', 'en'] });
  if (result.ok) console.log(`${file}: valid`);
  else {
    failed++;
    console.log(`${file}: ${result.error.issues.length} issue(s)`);
    for (const issue of result.error.issues) console.log(`  ${formatIssue(issue, 'en')}`);
  }
}
process.exit(failed ? 1 : 0);
