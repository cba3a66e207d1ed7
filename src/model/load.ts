/** Loading a dossier from text or a URL, with every way it can fail named. */
import { issue, type ValidationIssue } from './issues.js';
import { MAX_DOCUMENT } from './constants.js';
import type { Dossier } from './types.js';
import { validateDossier, validateParsed, type ValidateOptions, type ValidationResult } from './validate.js';

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
  /** Milliseconds before the load counts as failed. Default 15 s; anything but a positive number means the default. */
  timeout?: number;
}

const DEFAULT_TIMEOUT = 15_000;
/** `AbortSignal.timeout` throws on NaN, negative or huge values: a `timeout="abc"` attribute must not. */
const sane = (ms: number | undefined) => (typeof ms === 'number' && ms > 0 && ms <= 2 ** 31 - 1 ? Math.floor(ms) : DEFAULT_TIMEOUT);
const tooLarge = (unit: 'bytes' | 'characters') => issue('', 'too-large', { max: MAX_DOCUMENT, unit });

/**
 * Validates a parsed value (an element's `dossier` property, the built-in dossier) and returns a
 * checked copy, as `validateDossier` does, fast path included: elements load this module on first
 * use, so its size is paid only where a dossier has to be checked.
 */
export function fromValue(value: unknown, options: ValidateOptions = {}): LoadResult {
  return loaded(validateDossier(value, options));
}

const loaded = (result: ValidationResult): LoadResult => (result.ok ? result : { ok: false, error: { kind: 'invalid', issues: result.issues } });

/** Parses and validates JSON text of at most `MAX_DOCUMENT` characters. Never throws. */
export function parseDossier(text: string, options: ValidateOptions = {}): LoadResult {
  let value: unknown;
  if (typeof text === 'string' && text.length > MAX_DOCUMENT) return { ok: false, error: { kind: 'invalid', issues: [tooLarge('characters')] } };
  try {
    // A byte order mark is dropped, as fetch's text() does.
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { ok: false, error: { kind: 'not-json', issues: [issue('', 'invalid-json', { detail: (error as Error).message })] } };
  }
  // The parsed value is ours alone, so a valid one need not be copied.
  return loaded(validateParsed(value, options));
}

/**
 * Fetches, parses and validates a dossier. Never throws; resolves to `undefined`
 * when the caller's signal aborts, so a superseded load can simply be dropped.
 */
export async function fetchDossier(url: string, options: FetchOptions = {}): Promise<LoadResult | undefined> {
  const ms = sane(options.timeout);
  const timeout = AbortSignal.timeout(ms);
  // The clock too, not only the timeout's signal: WebKit does not always stop a body that is
  // still streaming in when the fetch's signal aborts (see readText).
  const deadline = performance.now() + ms;
  const late = () => timeout.aborted || performance.now() >= deadline;
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
    const read = await readText(response, signal, late);
    if (read === undefined) return { ok: false, error: { kind: 'invalid', url, issues: [tooLarge('bytes')] } };
    text = read;
  } catch (error) {
    if (options.signal?.aborted) return undefined;
    if (late()) return fail('timeout', `no complete answer within ${ms} ms`);
    return fail('network', String((error as Error)?.message ?? error), status || undefined);
  }
  const parsed = parseDossier(text, options);
  if (!parsed.ok) parsed.error.url = url;
  return parsed;
}

/**
 * The body as text, or `undefined` as soon as it passes `MAX_DOCUMENT` bytes (by its
 * Content-Length or while it streams in), so a hostile gigabyte is never held in memory.
 * Throws once `signal` aborts or the load is `late`: the fetch's own abort should end the
 * read, but in WebKit a body that keeps trickling in was read to its end now and then, a
 * 4-second dossier loaded despite an 800 ms timeout. So the read is cancelled here as well.
 */
async function readText(response: Response, signal: AbortSignal, late: () => boolean): Promise<string | undefined> {
  if (Number(response.headers.get('content-length')) > MAX_DOCUMENT) {
    void response.body?.cancel().catch(() => {});
    return undefined;
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const stop = () => void reader.cancel().catch(() => {});
  signal.addEventListener('abort', stop, { once: true });
  const decoder = new TextDecoder();
  let bytes = 0;
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (signal.aborted || late()) {
        stop();
        throw new DOMException('The load was stopped.', 'AbortError');
      }
      if (done) return text + decoder.decode();
      bytes += value.byteLength;
      if (bytes > MAX_DOCUMENT) {
        stop();
        return undefined;
      }
      text += decoder.decode(value, { stream: true });
    }
  } finally {
    signal.removeEventListener('abort', stop);
  }
}
