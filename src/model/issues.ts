/**
 * Validation issues: a JSON path, a code, and a plain message in Dutch or English; their types are
 * in `issue-core.ts`. No DOM here; elements show `formatIssue(issue, lang)`, which they load with
 * the validator (see `src/i18n/issue-format.ts`).
 */
import type { BaseIssue } from 'valibot';
import { clip, formatPath, invalidMessage, type IssueCode, type ValidationIssue } from './issue-core.js';
import type { Lang } from './types.js';

export { clip, formatPath, type IssueCode, type ValidationIssue };

/** Shows at most 60 characters of a value, as JSON, for a message. */
export function preview(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : String(JSON.stringify(value) ?? typeof value);
  } catch {
    text = typeof value;
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

type Templates = { [C in IssueCode]: (p: Record<string, string | number>) => string };

const en: Templates = {
  required: () => 'is required',
  'wrong-type': (p) => `must be ${p.expected}, not ${p.received}`,
  'unknown-key': (p) => `unknown field ${p.key}`,
  'empty-text': () => 'must not be empty',
  'empty-list': () => 'must not be an empty list',
  'too-long': (p) => `is too long (at most ${p.max} characters)`,
  'too-many': (p) => `has too many entries (at most ${p.max})`,
  'too-large': (p) => `the ${p.what === 'profile' ? 'file' : 'dossier'} is too large (at most ${p.max} ${p.unit === 'bytes' ? 'bytes' : p.unit === 'characters' ? 'characters' : 'values'})`,
  'invalid-id': (p) => `${p.value} is not a valid id (lowercase letters, digits and dashes)`,
  'unsafe-link': (p) => `${p.value} is not a safe link: only https:, http: and mailto: are allowed`,
  'not-one-of': (p) => `${p.value} is not one of ${p.options}`,
  'wrong-format': (p) => `must be ${p.expected}`,
  'out-of-range': (p) => `${p.value} is out of range`,
  'duplicate-id': (p) => `duplicate id "${p.id}" (first used at ${p.first})`,
  'unknown-ref': (p) => `unknown ${p.kind} "${p.id}"`,
  'listed-twice': (p) => `"${p.id}" is listed twice`,
  'missing-language': (p) => `missing the ${p.language === 'en' ? 'English' : 'Dutch'} text`,
  'invalid-json': (p) => `is not valid JSON: ${p.detail}`,
  'invalid-date': (p) => `${p.value} is not a date (yyyy-mm-dd)`,
  'other-dossier': (p) => `belongs to another dossier (${p.value}), not this one (${p.expected})`,
  invalid: invalidMessage,
};

const KIND_NL: Record<string, string> = {
  factor: 'factor',
  goal: 'doel',
  craft: 'vakmanschap',
  level: 'niveau',
  reference: 'bron',
  approach: 'aanpak',
  item: 'onderdeel',
  statement: 'uitspraak',
};

const nl: Templates = {
  required: () => 'ontbreekt',
  'wrong-type': (p) => `moet ${p.expected} zijn, niet ${p.received}`,
  'unknown-key': (p) => `onbekend veld ${p.key}`,
  'empty-text': () => 'mag niet leeg zijn',
  'empty-list': () => 'mag geen lege lijst zijn',
  'too-long': (p) => `is te lang (hoogstens ${p.max} tekens)`,
  'too-many': (p) => `heeft te veel onderdelen (hoogstens ${p.max})`,
  'too-large': (p) => `${p.what === 'profile' ? 'het bestand' : 'het dossier'} is te groot (hoogstens ${p.max} ${p.unit === 'bytes' ? 'bytes' : p.unit === 'characters' ? 'tekens' : 'waarden'})`,
  'invalid-id': (p) => `${p.value} is geen geldige id (kleine letters, cijfers en streepjes)`,
  'unsafe-link': (p) => `${p.value} is geen veilige link: alleen https:, http: en mailto: zijn toegestaan`,
  'not-one-of': (p) => `${p.value} is niet een van ${p.options}`,
  'wrong-format': (p) => `moet ${p.expected} zijn`,
  'out-of-range': (p) => `${p.value} valt buiten het bereik`,
  'duplicate-id': (p) => `dubbele id "${p.id}" (eerst gebruikt bij ${p.first})`,
  'unknown-ref': (p) => `onbekende ${KIND_NL[p.kind as string] ?? p.kind} "${p.id}"`,
  'listed-twice': (p) => `"${p.id}" staat er twee keer in`,
  'missing-language': (p) => `de ${p.language === 'en' ? 'Engelse' : 'Nederlandse'} tekst ontbreekt`,
  // The detail is the browser's parser message, in the browser's language (mostly English): it stays in the
  // console and the event (English), not in a Dutch interface.
  'invalid-json': () => 'is geen geldige JSON',
  'invalid-date': (p) => `${p.value} is geen datum (jjjj-mm-dd)`,
  'other-dossier': (p) => `hoort bij een ander dossier (${p.value}), niet bij dit (${p.expected})`,
  invalid: (p) => (p.detail ? `is niet geldig: ${p.detail}` : 'is niet geldig'),
};

const templates: Record<Lang, Templates> = { nl, en };

/**
 * The issue as one line in the given language: `path: message`. A path longer than
 * 200 characters (a hostile key of a megabyte) is shown clipped; `issue.path` stays whole.
 */
export function formatIssue(issue: ValidationIssue, lang: Lang = 'en'): string {
  const message = (templates[lang] ?? en)[issue.code](issue.params);
  return issue.path ? `${clip(issue.path)}: ${message}` : message;
}

/** Builds an issue with its English message. Text params are clipped to 200 characters. */
export function issue(path: string, code: IssueCode, params: Record<string, string | number> = {}): ValidationIssue {
  for (const [key, value] of Object.entries(params)) if (typeof value === 'string') params[key] = clip(value);
  const made: ValidationIssue = { path, code, params, message: '' };
  made.message = en[code](params);
  return made;
}

const CODES = new Set<string>(Object.keys(en));

/** Turns one of valibot's issues into ours, with a path and a code. */
export function fromValibot(raw: BaseIssue<unknown>): ValidationIssue {
  const keys = (raw.path ?? []).map((item) => item.key as string | number);
  // valibot checks a list where an object belongs key by key; say what is really wrong, at the list.
  const holder = raw.path?.[raw.path.length - 1];
  if (holder?.type === 'object' && Array.isArray(holder.input))
    return issue(formatPath(keys.slice(0, -1)), 'wrong-type', { expected: 'object', received: 'array' });
  const path = formatPath(keys);
  const input = raw.input;
  // Our schema sets the message of every action to an issue code.
  if (CODES.has(raw.message)) {
    const code = raw.message as IssueCode;
    const params: Record<string, string | number> = { value: preview(input) };
    if (code === 'too-long' || code === 'too-many') params.max = Number(raw.requirement);
    return issue(path, code, params);
  }
  switch (raw.kind === 'schema' ? raw.type : '') {
    case 'strict_object':
      if (raw.expected === 'never') return issue(path, 'unknown-key', { key: String(keys[keys.length - 1]) });
      break;
    // A key that is there with the value undefined (possible in an object given from JavaScript, never in
    // JSON) is missing, as it is when absent: `required` below.
    case 'picklist':
      if (input !== undefined) return issue(path, 'not-one-of', { value: preview(input), options: String(raw.expected) });
      break;
    case 'literal':
      if (input !== undefined) return issue(path, 'wrong-format', { expected: String(raw.expected) });
      break;
  }
  if (raw.kind === 'schema') {
    if (input === undefined) return issue(path, 'required');
    return issue(path, 'wrong-type', { expected: String(raw.expected).toLowerCase(), received: describe(input) });
  }
  return issue(path, 'invalid');
}

/** One issue per path and code: a list where an object belongs yields one issue, not one per key. */
export function uniqueIssues(issues: ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>();
  return issues.filter((found) => {
    const key = `${found.code} ${found.path}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
