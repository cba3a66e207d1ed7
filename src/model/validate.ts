/** Runtime validation: unknown input in, a typed dossier or a list of issues out. */
import { safeParse } from 'valibot';
import { checkIntegrity } from './integrity.js';
import { fromValibot, issue, type ValidationIssue } from './issues.js';
import { DossierSchema } from './schema.js';
import type { Dossier, Lang } from './types.js';

export type ValidationResult = { ok: true; dossier: Dossier } | { ok: false; issues: ValidationIssue[] };

export interface ValidateOptions {
  /** Languages every text must have. Default: Dutch only, the dossier's own language. */
  languages?: readonly Lang[];
}

/**
 * Checks a parsed JSON value against the dossier format. Never throws.
 * The dossier returned is a fresh copy holding only known fields, so stray keys
 * (`__proto__` included) never reach the elements.
 */
export function validateDossier(input: unknown, options: ValidateOptions = {}): ValidationResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return { ok: false, issues: [issue('', 'wrong-type', { expected: 'object', received: Array.isArray(input) ? 'array' : input === null ? 'null' : typeof input })] };
  try {
    const parsed = safeParse(DossierSchema, input);
    if (!parsed.success) return { ok: false, issues: parsed.issues.map(fromValibot) };
    const issues = checkIntegrity(parsed.output, options.languages ?? ['nl']);
    return issues.length ? { ok: false, issues } : { ok: true, dossier: parsed.output };
  } catch (error) {
    // Getters that throw, revoked proxies, stack overflows in exotic input: report, don't crash.
    return { ok: false, issues: [issue('', 'invalid', { detail: String(error) })] };
  }
}
