// Writes data/dossier.schema.json from the valibot definition in src/model/schema.ts.
// A test in the browser regenerates it and fails when the checked-in file drifts.
import { writeFile } from 'node:fs/promises';
import { loadModel } from './lib/load-model.mjs';
import { dossierJsonSchema } from './lib/json-schema.mjs';

const { DossierSchema } = await loadModel();
const out = new URL('../data/dossier.schema.json', import.meta.url);
await writeFile(out, JSON.stringify(dossierJsonSchema(DossierSchema), null, 2) + '\n');
console.log(`wrote ${out.pathname}`);
