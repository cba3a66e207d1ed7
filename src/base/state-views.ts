/** The loading and error views every element shows instead of a blank box. */
import { html, nothing, type TemplateResult } from 'lit';
import type { CommonMessages } from '../i18n/common.js';
import type { IssueFormatter } from '../i18n/issue-format.js';
import type { DossierLoadError } from '../model/load.js';
import type { Lang } from '../model/types.js';

/** How many issues the error view lists before it sums up the rest. */
export const SHOWN_ISSUES = 8;

/** `focusable`: the loading message can take the focus (after a retry, whose button it replaces). */
export function renderLoading(t: CommonMessages, focusable = false): TemplateResult {
  return html`<div class="state state--loading" part="loading" role="status" tabindex=${focusable ? '-1' : nothing}>
    <span class="spinner" aria-hidden="true"></span><span>${t.loading}</span>
  </div>`;
}

export function errorSummary(error: DossierLoadError, t: CommonMessages): string {
  return t.errorKind[error.kind]({ status: error.status, url: error.url, count: error.issues.length });
}

/** The error with each problem's path, in words from `format`; `onRetry` adds a retry button. */
export function renderError(
  error: DossierLoadError,
  t: CommonMessages,
  lang: Lang,
  format: IssueFormatter,
  onRetry?: () => void,
): TemplateResult {
  const listed = error.kind === 'invalid' || error.kind === 'not-json';
  const shown = listed ? error.issues.slice(0, SHOWN_ISSUES) : [];
  const rest = listed ? error.issues.length - shown.length : 0;
  // The alert is the message; the retry button follows it, so that it is not announced as part of it.
  return html`<div class="state state--error" part="error">
    <div role="alert">
      <p class="state__title"><strong>${t.errorTitle}</strong></p>
      <p>${errorSummary(error, t)}</p>
      ${shown.length
        ? html`<ul class="state__issues">
            ${shown.map((issue) => html`<li><code>${format(issue, lang)}</code></li>`)}
            ${rest > 0 ? html`<li>${t.moreIssues(rest)}</li>` : nothing}
          </ul>`
        : nothing}
    </div>
    ${onRetry ? html`<button type="button" part="retry" class="state__retry" @click=${onRetry}>${t.retry}</button>` : nothing}
  </div>`;
}
