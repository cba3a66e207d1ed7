/**
 * The row of controls above the tree: which approach's emphasis to show, the list view, downloads
 * (a 16:9 slide and an A4 handout, each as SVG and PNG).
 */
import { html, type TemplateResult } from 'lit';
import { localize } from '../../model/query.js';
import type { EmphasisSource } from '../../model/emphasis-sources.js';
import type { Dossier } from '../../model/types.js';
import type { ExportFormat, TreePictureFormat } from './tree-export-controller.js';
import type { TreeView } from './tree-view.js';

export interface ToolbarActions {
  /** The list view is shown. */
  list: boolean;
  toggleView: () => void;
  download: (format: ExportFormat, page: TreePictureFormat) => void;
}

export function renderToolbar(view: TreeView, d: Dossier, active: EmphasisSource | undefined, o: ToolbarActions): TemplateResult {
  const m = view.m();
  // The team's profile, when it has answers, is a choice like an approach: its button says it is theirs.
  const choices: (EmphasisSource | null)[] = [null, ...view.sources(d)];
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
            data-label=${a ? localize(a.name, view.locale()) : m.none}
            aria-pressed=${String((active?.id ?? null) === (a?.id ?? null))}
            @click=${() => view.chooseApproach(a?.id ?? null)}
          >
            ${a ? localize(a.name, view.locale()) : m.none}
          </button>`,
      )}
    </div>
    <div class="toolbar__group">
      <button
        type="button"
        part="view-button"
        class="view-toggle"
        data-label=${m.showList}
        aria-pressed=${String(o.list)}
        @click=${o.toggleView}
      >
        ${m.showList}
      </button>
      <!-- A disclosure: four downloads would take a row of their own, two on a phone. -->
      <details class="downloads" part="downloads">
        <summary class="downloads__toggle" part="download-toggle"><span class="btn-icon" aria-hidden="true">↓</span>${m.download}</summary>
        <div class="downloads__menu" role="group" aria-label=${m.download}>
          ${(['slide', 'handout'] as const).map((page) =>
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
          )}
        </div>
      </details>
    </div>
  </div>`;
}
