// Writes data/dossier.schema.json and data/profile.schema.json from the valibot definitions in src/model/schema.ts and profile-schema.ts.
// A test in the browser regenerates it and fails when the checked-in file drifts.
import { writeFile } from 'node:fs/promises';
import { loadModel } from './lib/load-model.mjs';
import { dossierJsonSchema, profileJsonSchema } from './lib/json-schema.mjs';

const { DossierSchema, ProfileSchema } = await loadModel();
const out = new URL('../data/dossier.schema.json', import.meta.url);
await writeFile(out, JSON.stringify(dossierJsonSchema(DossierSchema), null, 2) + '\n');
console.log(`wrote ${out.pathname}`);
const profileOut = new URL('../data/profile.schema.json', import.meta.url);
await writeFile(profileOut, JSON.stringify(profileJsonSchema(ProfileSchema), null, 2) + '\n');
console.log(`wrote ${profileOut.pathname}`);
