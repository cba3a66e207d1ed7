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

export function profileJsonSchema(schema) {
  return {
    ...toJsonSchema(schema, { target: 'draft-2020-12' }),
    $id: 'https://unpkg.com/wat-werkt/data/profile.schema.json',
    title: 'Wat werkt practice profile',
    description:
      "A team's own practice described in a dossier's terms (<practice-profile>'s export): how present each goal, effective factor and craft form is in its work (0 not, 1 present, 2 clear, 3 central, null unanswered), the levels it works at, and its notes. Every id must be one of the dossier's; that check is in validateProfile().",
  };
}
