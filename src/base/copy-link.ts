/**
 * The "copy link" button of a detail view: copies the URL of the current selection, which a
 * provider with `deep-link` keeps (`selection.link`). A view adds it with one call; nothing is
 * shown where there is no link. Its rules are in `copy-link.styles.ts`: every element carries those (in
 * `fragmentStyles`), while only the views with a copy-link button carry this file (the tree's detail panel).
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Catalogue } from '../i18n/common.js';
import type { Lang } from '../model/types.js';

interface CopyLinkMessages {
  copy: string;
  copied: string;
  failed: string;
}

export const copyLinkMessages: Catalogue<CopyLinkMessages> = {
  nl: {
    copy: 'Link naar deze selectie kopiëren',
    copied: 'Link gekopieerd.',
    failed: 'Kopiëren lukte niet. Selecteer de link en kopieer hem zelf:',
  },
  en: {
    copy: 'Copy link to this selection',
    copied: 'Link copied.',
    failed: 'Could not copy. Select the link and copy it yourself:',
  },
};

/** What each host last did with which link: copied it, or failed to. */
const outcomes = new WeakMap<object, { link: string; copied: boolean }>();

/** The button, for `link` (nothing when null); the host re-renders to show the outcome. */
export function copyLinkButton(host: ReactiveControllerHost & object, link: string | null | undefined, lang: Lang): TemplateResult | typeof nothing {
  if (!link) return nothing;
  const m = copyLinkMessages[lang];
  const outcome = outcomes.get(host);
  const done = outcome?.link === link ? outcome : undefined;
  const copy = async () => {
    let copied = false;
    try {
      await navigator.clipboard.writeText(link);
      copied = true;
    } catch {
      // No clipboard (an insecure page, a denied permission, an iframe without the permission): offer the link to copy by hand.
    }
    outcomes.set(host, { link, copied });
    host.requestUpdate();
  };
  return html`<div class="copy-link" part="copy-link">
    <button type="button" part="copy-link-button" @click=${copy}>${m.copy}</button>
    <span class="copy-link__status" role="status">${done?.copied ? m.copied : ''}</span>
    ${done && !done.copied
      ? html`<label class="copy-link__manual">${m.failed} <input type="text" .readOnly=${true} .value=${link} @focus=${selectAll} /></label>`
      : nothing}
  </div>`;
}

const selectAll = (event: FocusEvent) => (event.target as HTMLInputElement).select();
