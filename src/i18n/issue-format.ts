/**
 * The messages of validation issues, and what the error view says (`error-messages.ts`), in Dutch and
 * English, are loaded with the validator rather than
 * carried by every element: an element only lists issues after a check of its own (the validator's
 * chunk, so the messages are at hand), and one shown by a provider never lists any.
 */
import type { ValidationIssue } from '../model/issue-core.js';
import type { Lang } from '../model/types.js';
import type { ErrorMessages } from './error-messages.js';

export type IssueFormatter = (issue: ValidationIssue, lang: Lang) => string;

let formatter: IssueFormatter | undefined;
let errorTexts: Record<Lang, ErrorMessages> | undefined;
let loading: Promise<void> | undefined;

/** The formatter once loaded. Until then (or when it cannot load): the path and the English message. */
export function formatIssueLine(issue: ValidationIssue, lang: Lang): string {
  return formatter ? formatter(issue, lang) : issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}

/** What the error view says, once loaded (with the issues' messages); undefined until then. */
export function loadedErrorMessages(lang: Lang): ErrorMessages | undefined {
  return errorTexts?.[lang];
}

/** Loads the messages (at most once; again after a failure). Never rejects. */
export function loadIssueFormatter(): Promise<void> {
  loading ??= Promise.all([import('../model/issues.js'), import('./error-messages.js')]).then(
    ([issues, texts]) => {
      formatter = issues.formatIssue;
      errorTexts = texts.errorMessages;
    },
    () => void (loading = undefined),
  );
  return loading;
}
