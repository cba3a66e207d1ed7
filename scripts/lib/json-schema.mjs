// The one place that turns the valibot schema into JSON Schema; used by the
// schema script and by the drift test.
import { toJsonSchema } from '@valibot/to-json-schema';

export function dossierJsonSchema(schema) {
  return {
    ...toJsonSchema(schema, { target: 'draft-2020-12' }),
    $id: 'https://unpkg.com/wat-werkt/data/dossier.schema.json',
    title: 'Wat werkt dossier',
    description:
      'A "Wat werkt" dossier: goals, approaches, craft forms, effective factors, levels and actors, each with its sources and basis (dossier finding, talk or interpretation). Ids must be unique and every reference must resolve; those checks are in validateDossier().',
  };
}
