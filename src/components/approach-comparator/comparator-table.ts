/** The wide layout: the comparison as a `<table>` with row and column headers. */
import { html, nothing, type TemplateResult } from 'lit';
import { activeTag, basisBadge } from '../../base/fragments.js';
import { renderWeight } from '../../base/view-helpers.js';
import type { EmphasisSource } from '../../model/emphasis-sources.js';
import type { Dossier } from '../../model/types.js';
import { activeButton, columnCell, columnName, differenceTag, itemButton, renderItemDetails, rowBasis, type ComparatorView } from './comparator-parts.js';
import { textFields, type Comparison, type WeightRow } from './comparator-rows.js';

/**
 * A table forced (`layout="table"`) into too little room, a phone or 400 % zoom, keeps its
 * columns readable and scrolls sideways in a region of its own, which the keyboard can scroll
 * too, instead of being squeezed and cut off at the element's edge (WCAG 1.4.10).
 */
export function renderTableInItsRoom(v: ComparatorView, c: Comparison, tooNarrow: boolean): TemplateResult {
  if (!tooNarrow) return renderTable(v, c);
  return html`<div class="scroller" part="scroller" role="region" tabindex="0" aria-label=${c.caption}>${renderTable(v, c)}</div>`;
}

export function renderTable(v: ComparatorView, { d, chosen, columns, goals, factors, caption }: Comparison): TemplateResult {
  const { m, t } = v;
  const activeId = v.data.selection.approach;
  const col = (a: EmphasisSource) => `${a.id === activeId ? 'is-active' : ''} ${a.kind === 'profile' ? 'is-own' : ''}`;
  const span = columns.length + 1;
  const fields = textFields(chosen);
  return html`<table part="table" aria-describedby="legend${chosen.length > 1 ? ' differences' : ''}">
    <caption part="caption">
      ${caption}
    </caption>
    <colgroup>
      <col class="col-aspect" />
      ${columns.map((a) => html`<col class=${col(a)} />`)}
    </colgroup>
    <thead>
      <tr>
        <th scope="col" class="corner">${m.aspect}</th>
        ${columns.map(
          (a) => html`<th scope="col" class="approach-head ${col(a)}" part="column-header" data-source=${a.kind}>
            ${columnName(v, a)}${activeTag(a.id === activeId, m.active)}
          </th>`,
        )}
      </tr>
    </thead>
    <tbody>
      <tr class="row-activate">
        <th scope="row" part="row-header">${m.activeRow}</th>
        ${columns.map((a) => html`<td part="cell">${activeButton(v, a)}</td>`)}
      </tr>
      <tr>
        <th scope="row" part="row-header">${m.focus}</th>
        ${columns.map((a) => html`<td part="cell">${columnCell(v, d, a, 'focus')}</td>`)}
      </tr>
    </tbody>
    ${[
      { label: t.collection.goals, rows: goals },
      { label: t.collection.factors, rows: factors },
    ].map(({ label, rows }) => {
      const basis = rowBasis(rows);
      return html`<tbody class="weights-group">
        <tr class="group">
          <th scope="rowgroup" colspan=${span}>${label} ${basis ? basisBadge(basis, t) : nothing}</th>
        </tr>
        ${rows.map((row) => renderWeightRow(v, d, row, columns, !!basis))}
      </tbody>`;
    })}
    <tbody>
      <tr>
        <th scope="row" part="row-header">${m.leadingCraft}</th>
        ${columns.map((a) => html`<td part="cell">${columnCell(v, d, a, 'craft')}</td>`)}
      </tr>
      ${fields.map(
        (f) => html`<tr>
          <th scope="row" part="row-header">${m[f]}</th>
          ${columns.map((a) => html`<td class="text" part="cell">${columnCell(v, d, a, f)}</td>`)}
        </tr>`,
      )}
      <tr class="row-sources">
        <th scope="row" part="row-header">${t.sources}</th>
        ${columns.map((a) => html`<td part="cell">${columnCell(v, d, a, 'sources')}</td>`)}
      </tr>
    </tbody>
  </table>`;
}

function renderWeightRow(v: ComparatorView, d: Dossier, row: WeightRow, chosen: EmphasisSource[], groupLabelled: boolean): TemplateResult {
  const activeId = v.data.selection.approach;
  const selected = v.data.selection.item?.id === row.id;
  const details = selected
    ? html`<tr class="row-details" data-details-for=${row.id}>
        <td colspan=${chosen.length + 1} part="cell">${renderItemDetails(v, d, row)}</td>
      </tr>`
    : nothing;
  return html`<tr class="weight-row ${row.top ? 'is-top' : ''} ${selected ? 'is-selected' : ''}" data-id=${row.id}>
      <th scope="row" part="row-header">
        <div class="row-head">${itemButton(v, row, selected)} ${row.top ? differenceTag(v) : nothing}</div>
      </th>
      ${row.cells.map(
        (c, i) => html`<td class=${row.top && chosen[i].id === activeId ? 'is-active' : ''} part="cell">
          ${renderWeight(c?.weight, v.wm)} ${c && !groupLabelled && c.basis !== 'own' ? basisBadge(c.basis, v.t) : nothing}
        </td>`,
      )}
    </tr>${details}`;
}
