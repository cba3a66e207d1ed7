export function dossierJsonSchema(schema: unknown): Record<string, unknown>;
export function profileJsonSchema(schema: unknown): Record<string, unknown>;
