/**
 * What every element needs of validation issues, without their messages: the types, paths, and
 * the issue for a chunk or file that could not be loaded. The messages in both languages, and
 * what turns valibot's issues into ours, are in `issues.ts`, which only validation (a chunk loaded
 * on first use) and the provider carry. No DOM here.
 */
export type IssueCode =
  | 'required'
  | 'wrong-type'
  | 'unknown-key'
  | 'empty-text'
  | 'empty-list'
  | 'too-long'
  | 'too-many'
  | 'too-large'
  | 'invalid-id'
  | 'unsafe-link'
  | 'not-one-of'
  | 'wrong-format'
  | 'out-of-range'
  | 'duplicate-id'
  | 'unknown-ref'
  | 'listed-twice'
  | 'missing-language'
  | 'invalid-json'
  | 'invalid-date'
  | 'other-dossier'
  | 'invalid';

export interface ValidationIssue {
  /** Where: a JSON path such as `approaches[1].emphasis[0].factor`; `` for the whole document. */
  path: string;
  code: IssueCode;
  /** Values the message names: the id, the expected type, the language, … */
  params: Record<string, string | number>;
  /** The message in English, for logs; use `formatIssue` for the user's language. */
  message: string;
}

const IDENT = /^[A-Za-z_$][\w$]*$/;

/** Formats a list of keys as a JSON path: `a.b[2].c`, `["odd key"]`. */
export function formatPath(keys: readonly (string | number)[]): string {
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (IDENT.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

/** The text cut to at most `max` characters, keeping its start and end. */
export function clip(text: string, max = 200): string {
  if (text.length <= max) return text;
  const head = Math.ceil((max - 1) * 0.6);
  return `${text.slice(0, head)}…${text.slice(text.length - (max - 1 - head))}`;
}

/** The English message of an `invalid` issue (also used by the catalogue in `issues.ts`). */
export const invalidMessage = (p: Record<string, string | number>): string =>
  p.detail ? `is not valid: ${p.detail}` : 'is not valid';

/** The issue for something that could not be loaded at all (offline, blocked): `invalid`, with the reason. */
export function loadFailure(detail: unknown): ValidationIssue {
  const params = { detail: clip(String((detail as Error)?.message ?? detail)) };
  return { path: '', code: 'invalid', params, message: invalidMessage(params) };
}
