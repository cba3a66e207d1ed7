/** Runtime validation: unknown input in, a typed dossier or a list of issues out. */
import { safeParse } from 'valibot';
import { COPYING, IN_PLACE, compileSchema, type CompiledSchema, type Walk } from './fast-path.js';
import { checkIntegrity } from './integrity.js';
import { formatPath, fromValibot, issue, uniqueIssues, type ValidationIssue } from './issues.js';
import { DossierSchema, MAX_LIST, MAX_REPORTED_VALUES, MAX_VALUES } from './schema.js';
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
  return validate(input, options, (copying ??= compile(COPYING) ?? null));
}

/**
 * `validateDossier` for a value fresh from `JSON.parse` that no one else holds: a valid one is
 * returned itself instead of a copy equal to it (objects whose keys come in another order
 * than the schema's replaced by copies in its order, as valibot writes them).
 */
export function validateParsed(input: unknown, options: ValidateOptions = {}): ValidationResult {
  return validate(input, options, (inPlace ??= compile(IN_PLACE) ?? null));
}

/**
 * `validateDossier` without a fast path: the same outcome, slower for a large valid dossier, in
 * less code (each fast path adds about a kilobyte to a bundle). Tests hold the fast paths to it.
 */
export function validateFully(input: unknown, options: ValidateOptions = {}): ValidationResult {
  return validate(input, options, null);
}

function validate(input: unknown, options: ValidateOptions, fast: CompiledSchema | null): ValidationResult {
  try {
    // Inside the try: Array.isArray throws on a revoked proxy.
    if (typeof input !== 'object' || input === null || Array.isArray(input))
      return { ok: false, issues: [issue('', 'wrong-type', { expected: 'object', received: Array.isArray(input) ? 'array' : input === null ? 'null' : typeof input })] };
    // The common case first: a valid dossier, in one walk. Anything it refuses takes the full path below.
    const quick = fast?.run(input);
    if (quick && quick.values <= MAX_VALUES) {
      const dossier = quick.output as Dossier;
      const issues = checkIntegrity(dossier, options.languages ?? ['nl'], quick.collected);
      return issues.length ? { ok: false, issues } : { ok: true, dossier };
    }
    const size = checkSize(input);
    if (size.issues.length) return { ok: false, issues: size.issues };
    const parsed = safeParse(DossierSchema, input, size.values > MAX_REPORTED_VALUES ? { abortEarly: true } : undefined);
    if (!parsed.success) return { ok: false, issues: uniqueIssues(parsed.issues.map(fromValibot)) };
    const issues = checkIntegrity(parsed.output, options.languages ?? ['nl']);
    return issues.length ? { ok: false, issues } : { ok: true, dossier: parsed.output };
  } catch (error) {
    // Getters that throw, revoked proxies, stack overflows in exotic input: report, don't crash.
    return { ok: false, issues: [issue('', 'invalid', { detail: String(error) })] };
  }
}

/**
 * The schema compiled for valid input (see `fast-path.ts`), each way on first use; `null` if it
 * uses what the compiler does not know. Each collects every object with an `nl` text, for `checkIntegrity`.
 */
let copying: CompiledSchema | null | undefined;
let inPlace: CompiledSchema | null | undefined;
function compile(walk: Walk) {
  return compileSchema(DossierSchema, { walk, maxList: MAX_LIST, maxDepth: SCHEMA_DEPTH, collect: (entries) => Object.hasOwn(entries, 'nl') });
}

/** The schema looks no deeper than this (`approaches[0].role[0].text.nl` is at depth 6). */
const SCHEMA_DEPTH = 8;
const EMPTY = {};

/**
 * A cheap walk before the schema runs: refuses a list longer than `MAX_LIST` and a
 * document of more than `MAX_VALUES` values, and counts them. Without it, a 2 MB file
 * holding a list of a million numbers costs seconds and a gigabyte of issues, one per
 * entry, and freezes the host page. It walks breadth-first, visits nothing deeper than the schema does,
 * and stops counting at the limit, so a 10,000-level nesting or a huge object is cheap.
 * Only objects and lists are queued, each with its parent and key, so the walk allocates
 * nothing per text or number; a path is spelled out only for an issue.
 */
function checkSize(input: unknown): { issues: ValidationIssue[]; values: number } {
  const issues: ValidationIssue[] = [];
  const queue: object[] = [];
  const parents: number[] = [];
  const keys: (string | number)[] = [];
  const depths: number[] = [];
  let count = 1;
  const pathOf = (at: number) => {
    const path: (string | number)[] = [];
    for (let i = at; i > 0; i = parents[i]) path.push(keys[i]);
    return formatPath(path.reverse());
  };
  const tooLarge = () => ({ issues: [issue('', 'too-large', { max: MAX_VALUES, unit: 'values' })], values: count });
  const queueChild = (child: unknown, parent: number, key: string | number, depth: number) => {
    if (child && typeof child === 'object') {
      queue.push(child);
      parents.push(parent);
      keys.push(key);
      depths.push(depth);
    }
  };
  queueChild(input, -1, '', 0);
  for (let next = 0; next < queue.length; next++) {
    const value = queue[next];
    queue[next] = EMPTY; // let visited values go
    if (depths[next] >= SCHEMA_DEPTH) continue;
    const depth = depths[next] + 1;
    if (Array.isArray(value)) {
      if (value.length > MAX_LIST) {
        issues.push(issue(pathOf(next), 'too-many', { value: `${value.length}`, max: MAX_LIST }));
        continue;
      }
      count += value.length;
      if (count > MAX_VALUES) return tooLarge();
      for (let i = 0; i < value.length; i++) queueChild(value[i], next, i, depth);
    } else {
      // for…in, as the schema's unknown-key check does.
      for (const key in value) {
        if (++count > MAX_VALUES) return tooLarge();
        queueChild((value as Record<string, unknown>)[key], next, key, depth);
      }
    }
  }
  return { issues, values: count };
}

