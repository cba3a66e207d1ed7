/**
 * The row of controls above the tree: which approach's emphasis to show, the list view, downloads
 * (a 16:9 slide and an A4 handout, each as SVG and PNG).
 *
 * On a phone (the element narrower than PHONE: the figure has the class `phone`) it is one row: the approach
 * as a native `<select>` and the list view and downloads behind one disclosure ("Meer"); wider, the approaches
 * are a row of toggle buttons and the downloads a disclosure of their own. Only the one for the width is in
 * the page, so each is one set of controls to keyboards and screen readers; and the other costs nothing on
 * the tree's first render (with both, the toolbar was about 14 of the 72 ms of `npm run bench`'s first
 * render of the real dossier; a `<select>` and a second set of download buttons are much of it).
 */
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { localize } from '../../model/query.js';
import type { EmphasisSource } from '../../model/emphasis-sources.js';
import type { Dossier } from '../../model/types.js';
import type { ExportFormat, TreePictureFormat } from './tree-export-controller.js';
import type { TreeView } from './tree-view.js';

export interface ToolbarActions {
  /** The list view is shown. */
  list: boolean;
  /** Laid out for a phone: the one-row toolbar (see the module's comment). */
  phone: boolean;
  toggleView: () => void;
  download: (format: ExportFormat, page: TreePictureFormat) => void;
}

/** Escape closes an open disclosure and gives its summary the focus (as a menu button's Escape does). */
export function closeOnEscape(e: KeyboardEvent): void {
  const details = e.currentTarget as HTMLDetailsElement;
  if (e.key !== 'Escape' || !details.open) return;
  e.preventDefault();
  e.stopPropagation();
  details.open = false;
  details.querySelector<HTMLElement>(':scope > summary')?.focus();
}

export function renderToolbar(view: TreeView, d: Dossier, active: EmphasisSource | undefined, o: ToolbarActions): TemplateResult {
  const m = view.m();
  // The team's profile, when it has answers, is a choice like an approach: its button says it is theirs.
  const choices: (EmphasisSource | null)[] = [null, ...view.sources(d)];
  const name = (a: EmphasisSource | null) => (a ? localize(a.name, view.locale()) : m.none);
  const listButton = html`<button type="button" part="view-button" class="view-toggle" data-label=${m.showList} aria-pressed=${String(o.list)} @click=${o.toggleView}>
    ${m.showList}
  </button>`;
  const downloadButtons = (['slide', 'handout'] as const).map((page) =>
    (['svg', 'png'] as const).map(
      (format) =>
        html`<button
          type="button"
          part="download-button"
          data-format=${format}
          data-page=${page}
          aria-label=${m.downloadLabel(page, format)}
          @click=${() => o.download(format, page)}
        >
          ${m.pageName[page]} ${format.toUpperCase()}
        </button>`,
    ),
  );
  if (o.phone) return renderPhoneToolbar(view, active, choices, name, listButton, downloadButtons);
  return html`<div class="toolbar" part="toolbar">
    <div class="toolbar__group" role="group" aria-labelledby="highlight-label">
      <span class="toolbar__label" id="highlight-label">${m.highlight}</span>
      ${choices.map(
        (a) =>
          html`<button
            type="button"
            part="approach-button"
            data-approach=${a?.id ?? ''}
            data-source=${a?.kind ?? ''}
            data-label=${name(a)}
            aria-pressed=${String((active?.id ?? null) === (a?.id ?? null))}
            @click=${() => view.chooseApproach(a?.id ?? null)}
          >
            ${name(a)}
          </button>`,
      )}
    </div>
    <div class="toolbar__group">
      ${listButton}
      <!-- A disclosure: four downloads would take a row of their own, two on a phone. -->
      <details class="downloads" part="downloads" @keydown=${closeOnEscape}>
        <summary class="downloads__toggle" part="download-toggle"><span class="btn-icon" aria-hidden="true">↓</span>${m.download}</summary>
        <div class="downloads__menu" role="group" aria-label=${m.download}>${downloadButtons}</div>
      </details>
    </div>
  </div>`;
}

function renderPhoneToolbar(
  view: TreeView,
  active: EmphasisSource | undefined,
  choices: (EmphasisSource | null)[],
  name: (a: EmphasisSource | null) => string,
  listButton: TemplateResult,
  downloadButtons: TemplateResult[][],
): TemplateResult {
  const m = view.m();
  return html`<div class="toolbar" part="toolbar">
    <!-- On a phone: one row. The approach in a native select (the phone's own picker); the rest behind "Meer". -->
    <label class="toolbar__pick">
      <span class="toolbar__label">${m.highlightShort}</span>
      <select
        part="approach-select"
        .value=${live(active?.id ?? '')}
        @change=${(e: Event) => view.chooseApproach((e.target as HTMLSelectElement).value || null)}
      >
        ${choices.map((a) => html`<option value=${a?.id ?? ''} data-source=${a?.kind ?? ''} ?selected=${(active?.id ?? null) === (a?.id ?? null)}>${name(a)}</option>`)}
      </select>
    </label>
    <details class="downloads more" part="more" @keydown=${closeOnEscape}>
      <summary class="downloads__toggle" part="more-toggle">${m.more}</summary>
      <div class="downloads__menu" role="group" aria-label=${m.moreLabel}>${listButton} ${downloadButtons}</div>
    </details>
  </div>`;
}
