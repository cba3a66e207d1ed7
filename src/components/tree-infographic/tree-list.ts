/**
 * The tree as a nested list: the list view, and what prints beside the drawing.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { basisBadge, basisKey, labelsShown, renderSummary, summaryBasisOf } from '../../base/fragments.js';
import { KIND_OF, localize } from '../../model/query.js';
import type { EmphasisSource } from '../../model/emphasis-sources.js';
import type { Dossier, Item } from '../../model/types.js';
import { dots } from './detail-panel-body.js';
import type { TreeView } from './tree-view.js';

/**
 * `printOnly`: hidden on screen (the tree view prints it). `details` renders an open item's details.
 */
export function renderList(
  view: TreeView,
  d: Dossier,
  emphasis: ReadonlyMap<string, { weight: number }>,
  source: EmphasisSource | undefined,
  printOnly: boolean,
  details: (id: string) => TemplateResult | typeof nothing,
): TemplateResult {
  const m = view.m();
  const t = view.t();
  const lang = view.locale();
  const selected = view.data.selection.item;
  const sourceName = source ? localize(source.name, lang) : '';
  const placed = new Set(d.tree.parts.map((p) => p.holds));
  const unplaced = (Object.keys(KIND_OF) as (keyof typeof KIND_OF)[]).filter((c) => !placed.has(c) && d[c].length);
  return html`<div class="list" part="list" ?hidden=${printOnly}>
    <ul aria-label=${m.treeLabel(localize(d.meta.title, lang))}>
      ${d.tree.parts.map(
        (part) =>
          html`<li class="list__part" data-region=${part.region} data-part=${part.id}>
            <span class="list__part-name">${m.partLabel(localize(part.name, lang), t.collection[part.holds])}</span>
            ${basisBadge(part.basis, t)} ${part.note ? html`<span class="list__note">${localize(part.note, lang)}</span>` : nothing}
            <ul>
              ${(d[part.holds] as readonly Item[]).map((item) => {
                const w = emphasis.get(item.id)?.weight;
                const open = selected?.id === item.id;
                return html`<li class="list__item" data-id=${item.id} data-weight=${ifDefined(w)} ?data-dim=${!!source && !w && item.id !== source.id}>
                  <button
                    type="button"
                    class="list__name"
                    aria-expanded=${String(open)}
                    @click=${() => view.data.select(open ? null : { id: item.id, kind: KIND_OF[part.holds] })}
                  >
                    ${localize(item.name, lang)}
                  </button>
                  ${basisBadge(item.basis, t)}
                  ${w
                    ? html`<span class="weight"
                        ><span class="dots" aria-hidden="true">${dots(w)}</span> ${m.weightNote(t.weight[w as 1 | 2 | 3], sourceName)}
                        ${source?.kind === 'profile' ? basisBadge('own', t) : nothing}</span
                      >`
                    : nothing}
                  <span class="list__summary">${renderSummary(item, lang, t)}</span>
                  ${open && !printOnly ? html`<div class="list__details">${details(item.id)}</div>` : nothing}
                </li>`;
              })}
            </ul>
          </li>`,
      )}
    </ul>
    ${basisKey(labelsShown(d.tree.parts.flatMap((p) => [p, ...d[p.holds], ...d[p.holds].map(summaryBasisOf)])), t)}
    ${unplaced.length ? html`<p class="notice">${m.notInTree(unplaced.map((c) => `${t.collection[c]} (${d[c].length})`).join(', '))}</p>` : nothing}
  </div>`;
}
