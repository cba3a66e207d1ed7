export function dossierJsonSchema(schema: unknown): Record<string, unknown>;
