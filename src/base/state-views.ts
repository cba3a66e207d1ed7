/** The loading and error views every element shows instead of a blank box. */
import { html, nothing, type TemplateResult } from 'lit';
import type { CommonMessages } from '../i18n/common.js';
import type { IssueFormatter } from '../i18n/issue-format.js';
import type { ErrorMessages } from '../i18n/error-messages.js';
import type { DossierLoadError } from '../model/load.js';
import type { Lang } from '../model/types.js';

/** How many issues the error view lists before it sums up the rest. */
export const SHOWN_ISSUES = 8;

/**
 * What happened, as a visitor needs to know it: the load error's kind, with an HTTP status sorted into
 * "not there" (404, 410), "not allowed" (other 4xx) and "the server could not, now" (5xx, 408, 425, 429).
 */
export type ErrorCase = 'offline' | 'timeout' | 'not-found' | 'refused' | 'server' | 'not-json' | 'invalid';

export function errorCase(error: DossierLoadError): ErrorCase {
  switch (error.kind) {
    case 'network':
      return 'offline';
    case 'timeout':
      return 'timeout';
    case 'not-json':
      return 'not-json';
    case 'invalid':
      return 'invalid';
    case 'http': {
      const status = error.status ?? 0;
      if (status === 404 || status === 410) return 'not-found';
      if (status >= 500 || status === 408 || status === 425 || status === 429) return 'server';
      return 'refused';
    }
  }
}

/**
 * Whether trying again can help: only for failures that may pass (no connection, too slow, a server
 * error or overload). A 404 is a wrong address or a file not put online, the same on every try; a
 * file that is no JSON or no valid dossier is the same file on every try: the web team has to act.
 */
export function canRetry(error: DossierLoadError): boolean {
  const which = errorCase(error);
  return which === 'offline' || which === 'timeout' || which === 'server';
}

/** `focusable`: the loading message can take the focus (after a retry, whose button it replaces). */
export function renderLoading(t: CommonMessages, focusable = false): TemplateResult {
  return html`<div class="state state--loading" part="loading" role="status" tabindex=${focusable ? '-1' : nothing}>
    <span class="spinner" aria-hidden="true"></span><span>${t.loading}</span>
  </div>`;
}

/**
 * The error for a visitor: what happened and what they can do, in their language; below it, behind a
 * disclosure, what the web team needs (kind, status, URL, each problem with its path). `onRetry` adds a
 * retry button, shown only where `canRetry` says trying again can help.
 */
export function renderError(
  error: DossierLoadError,
  t: CommonMessages,
  texts: ErrorMessages,
  lang: Lang,
  format: IssueFormatter,
  onRetry?: () => void,
): TemplateResult {
  const visitor = texts.errorVisitor[errorCase(error)];
  const listed = error.kind === 'invalid' || error.kind === 'not-json';
  const shown = listed ? error.issues.slice(0, SHOWN_ISSUES) : [];
  const rest = listed ? error.issues.length - shown.length : 0;
  const retry = onRetry && canRetry(error);
  // The alert is what a visitor needs; the details and the retry button follow it, so that they are not announced as part of it.
  return html`<div class="state state--error" part="error">
    <div role="alert">
      <p class="state__title"><strong>${t.errorTitle}</strong></p>
      <p>${visitor.what}</p>
      <p>${retry ? visitor.todo : visitor.todoNoRetry ?? visitor.todo}</p>
    </div>
    ${retry ? html`<button type="button" part="retry" class="state__retry" @click=${onRetry}>${t.retry}</button>` : nothing}
    <details class="state__details" part="error-details">
      <summary>${texts.errorDetails.summary}</summary>
      <dl>
        <dt>${texts.errorDetails.kind}</dt>
        <dd><code>${error.kind}</code>${error.status ? html` (<code>HTTP ${error.status}</code>)` : nothing}</dd>
        ${error.url ? html`<dt>${texts.errorDetails.url}</dt><dd><code>${error.url}</code></dd>` : nothing}
      </dl>
      ${shown.length
        ? html`<ul class="state__issues">
            ${shown.map((issue) => html`<li><code>${format(issue, lang)}</code></li>`)}
            ${rest > 0 ? html`<li>${t.moreIssues(rest)}</li>` : nothing}
          </ul>`
        : nothing}
      <p>${texts.errorDetails.whereElse}</p>
    </details>
  </div>`;
}
