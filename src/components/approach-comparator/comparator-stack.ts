/** The narrow layout: a list of approaches, each with a description list holding what the table's column holds. */
import { html, nothing, type TemplateResult } from 'lit';
import { activeTag, basisBadge } from '../../base/fragments.js';
import { heading, renderWeight } from '../../base/view-helpers.js';
import { activeButton, columnCell, columnName, differenceTag, itemButton, renderItemDetails, rowBasis, type ComparatorView } from './comparator-parts.js';
import { textFields, type Comparison } from './comparator-rows.js';

export function renderStack(v: ComparatorView, { d, chosen, columns, goals, factors, caption }: Comparison): TemplateResult {
  const { m, t, wm } = v;
  const activeId = v.data.selection.approach;
  const selectedId = v.data.selection.item?.id;
  const fields = textFields(chosen);
  const groups = [
    { label: t.collection.goals, rows: goals },
    { label: t.collection.factors, rows: factors },
  ];
  return html`<p class="caption" part="caption" id="caption">${caption}</p>
    <ul class="stack" part="stack" role="list" aria-labelledby="caption">
      ${columns.map((a, i) => {
        const active = a.id === activeId;
        return html`<li class="approach ${active ? 'is-active' : ''} ${a.kind === 'profile' ? 'is-own' : ''}" part="approach" data-approach=${a.id} data-source=${a.kind}>
          <div class="approach__head">
            ${heading(v.headingLevel, html`${columnName(v, a)}${activeTag(active, m.active)}`, { cls: 'approach__name' })}
            ${activeButton(v, a)}
          </div>
          <dl class="facts">
            <div class="fact">
              <dt>${m.focus}</dt>
              <dd>${columnCell(v, d, a, 'focus')}</dd>
            </div>
            ${groups.map(({ label, rows }) => {
              const basis = rowBasis(rows);
              return html`<div class="fact">
                <dt>${label} ${basis ? basisBadge(basis, t) : nothing}</dt>
                <dd>
                  <ul class="weights" role="list">
                    ${rows.map((row) => {
                      const c = row.cells[i];
                      const selected = row.id === selectedId;
                      return html`<li class="weights__item ${row.top ? 'is-top' : ''} ${selected ? 'is-selected' : ''}" data-id=${row.id}>
                        <span class="weights__name">${itemButton(v, row, selected, i)} ${row.top ? differenceTag(v) : nothing}</span>
                        <span class="weights__value">${renderWeight(c?.weight, wm)} ${c && !basis && c.basis !== 'own' ? basisBadge(c.basis, t) : nothing}</span>
                        ${selected && i === Math.min(v.pressedIn, columns.length - 1) ? renderItemDetails(v, d, row) : nothing}
                      </li>`;
                    })}
                  </ul>
                </dd>
              </div>`;
            })}
            <div class="fact">
              <dt>${m.leadingCraft}</dt>
              <dd>${columnCell(v, d, a, 'craft')}</dd>
            </div>
            ${fields.map(
              (f) => html`<div class="fact">
                <dt>${m[f]}</dt>
                <dd class="text">${columnCell(v, d, a, f)}</dd>
              </div>`,
            )}
            <div class="fact fact--sources">
              <dt>${t.sources}</dt>
              <dd>${columnCell(v, d, a, 'sources')}</dd>
            </div>
          </dl>
        </li>`;
      })}
    </ul>`;
}
