/** Runtime validation: unknown input in, a typed dossier or a list of issues out. */
import { safeParse } from 'valibot';
import { checkIntegrity } from './integrity.js';
import { formatPath, fromValibot, issue, type ValidationIssue } from './issues.js';
import { DossierSchema, MAX_LIST, MAX_VALUES } from './schema.js';
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
  try {
    // Inside the try: Array.isArray throws on a revoked proxy.
    if (typeof input !== 'object' || input === null || Array.isArray(input))
      return { ok: false, issues: [issue('', 'wrong-type', { expected: 'object', received: Array.isArray(input) ? 'array' : input === null ? 'null' : typeof input })] };
    const size = checkSize(input);
    if (size.length) return { ok: false, issues: size };
    const parsed = safeParse(DossierSchema, input);
    if (!parsed.success) return { ok: false, issues: parsed.issues.map(fromValibot) };
    const issues = checkIntegrity(parsed.output, options.languages ?? ['nl']);
    return issues.length ? { ok: false, issues } : { ok: true, dossier: parsed.output };
  } catch (error) {
    // Getters that throw, revoked proxies, stack overflows in exotic input: report, don't crash.
    return { ok: false, issues: [issue('', 'invalid', { detail: String(error) })] };
  }
}

/** The schema looks no deeper than this (`approaches[0].role[0].text.nl` is at depth 6). */
const SCHEMA_DEPTH = 8;

/**
 * A cheap walk before the schema runs: refuses a list longer than `MAX_LIST` and a
 * document of more than `MAX_VALUES` values. Without it, a 2 MB file holding a list of
 * a million numbers costs seconds and a gigabyte of issues, one per entry, and freezes
 * the host page. It walks breadth-first, visits nothing deeper than the schema does,
 * and stops counting at the limit, so a 10,000-level nesting or a huge object is cheap.
 */
function checkSize(input: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const queue: [value: unknown, keys: (string | number)[]][] = [[input, []]];
  let values = 1;
  const add = (value: unknown, keys: (string | number)[]) => {
    queue.push([value, keys]);
    return ++values <= MAX_VALUES;
  };
  for (let next = 0; next < queue.length; next++) {
    const [value, keys] = queue[next];
    queue[next] = [undefined, []]; // let visited values go
    if (!value || typeof value !== 'object' || keys.length >= SCHEMA_DEPTH) continue;
    if (Array.isArray(value)) {
      if (value.length > MAX_LIST) {
        issues.push(issue(formatPath(keys), 'too-many', { value: `${value.length}`, max: MAX_LIST }));
        continue;
      }
      for (let i = 0; i < value.length; i++) if (!add(value[i], [...keys, i])) return [issue('', 'too-large', { max: MAX_VALUES, unit: 'values' })];
    } else {
      // for…in, as the schema's unknown-key check does.
      for (const key in value) if (!add((value as Record<string, unknown>)[key], [...keys, key])) return [issue('', 'too-large', { max: MAX_VALUES, unit: 'values' })];
    }
  }
  return issues;
}
