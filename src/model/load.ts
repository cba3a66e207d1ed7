/** Loading a dossier from text or a URL, with every way it can fail named. */
import { issue, type ValidationIssue } from './issues.js';
import type { Dossier } from './types.js';
import { validateDossier, type ValidateOptions } from './validate.js';

/**
 * Why a dossier could not be had:
 * `network` (no answer), `timeout` (too slow), `http` (an error status),
 * `not-json` (the body is no JSON, e.g. an HTML page or a truncated file),
 * `invalid` (JSON, but not a valid dossier: see `issues`).
 */
export type LoadErrorKind = 'network' | 'timeout' | 'http' | 'not-json' | 'invalid';

export interface DossierLoadError {
  kind: LoadErrorKind;
  /** The URL that was asked for, if any. */
  url?: string;
  /** The HTTP status, for `http`. */
  status?: number;
  /** What went wrong, each with a JSON path; one entry with path `` for non-validation errors. */
  issues: ValidationIssue[];
}

export type LoadResult = { ok: true; dossier: Dossier } | { ok: false; error: DossierLoadError };

export interface FetchOptions extends ValidateOptions {
  /** Cancels the load; an aborted load resolves to `undefined`. */
  signal?: AbortSignal;
  /** Milliseconds before the load counts as failed. Default 15 s. */
  timeout?: number;
}

/** Validates a parsed value. */
export function fromValue(value: unknown, options: ValidateOptions = {}): LoadResult {
  const result = validateDossier(value, options);
  return result.ok ? result : { ok: false, error: { kind: 'invalid', issues: result.issues } };
}

/** Parses and validates JSON text. Never throws. */
export function parseDossier(text: string, options: ValidateOptions = {}): LoadResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: { kind: 'not-json', issues: [issue('', 'invalid-json', { detail: (error as Error).message })] } };
  }
  return fromValue(value, options);
}

/**
 * Fetches, parses and validates a dossier. Never throws; resolves to `undefined`
 * when the caller's signal aborts, so a superseded load can simply be dropped.
 */
export async function fetchDossier(url: string, options: FetchOptions = {}): Promise<LoadResult | undefined> {
  const timeout = AbortSignal.timeout(options.timeout ?? 15_000);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const fail = (kind: LoadErrorKind, detail: string, status?: number): LoadResult => ({
    ok: false,
    error: { kind, url, status, issues: [issue('', 'invalid', { detail })] },
  });
  let text: string;
  let status = 0;
  try {
    const response = await fetch(url, { signal, headers: { accept: 'application/json' }, credentials: 'same-origin' });
    status = response.status;
    if (!response.ok) return fail('http', `HTTP ${response.status}`, response.status);
    text = await response.text();
  } catch (error) {
    if (options.signal?.aborted) return undefined;
    if (timeout.aborted) return fail('timeout', `no complete answer within ${options.timeout ?? 15_000} ms`);
    return fail('network', String((error as Error).message ?? error), status || undefined);
  }
  const parsed = parseDossier(text, options);
  if (!parsed.ok) parsed.error.url = url;
  return parsed;
}
