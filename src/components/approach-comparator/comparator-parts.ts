/**
 * The comparator's pieces that the table and the stacked layout share, as functions of what they are
 * given (`ComparatorView`): the toolbar, the legend, the differences sentence, the active toggle, the
 * cells' content and a goal's or factor's name and details.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { activeTag, basisBadge, labelsShown, renderSources, renderStatements, renderSummary, summaryBasisOf } from '../../base/fragments.js';
import { liveText } from '../../base/live-text.js';
import { joinNames, renderWeight, sharedBasis, type WeightMessages } from '../../base/view-helpers.js';
import type { DossierController } from '../../context/dossier-controller.js';
import type { CommonMessages } from '../../i18n/common.js';
import { hyphenate } from '../../i18n/hyphenate.js';
import { findItem, localize, type Emphasis, type EmphasisBasis } from '../../model/query.js';
import type { Approach, Dossier, Lang, Statement } from '../../model/types.js';
import type { ComparatorMessages } from './approach-comparator.messages.js';
import { shownOf, type WeightRow } from './comparator-rows.js';

/** What the comparator's views read of the element and ask of it; the element builds one per render. */
export interface ComparatorView {
  readonly data: DossierController;
  readonly locale: Lang;
  readonly t: CommonMessages;
  readonly m: ComparatorMessages;
  readonly wm: WeightMessages;
  readonly headingLevel: number;
  /** In the stacked layout, the approach whose list the user selected an item in: its details open there. */
  readonly pressedIn: number;
  /** Remembers the list an item was pressed in (0 in the table). */
  pressIn(list: number): void;
}

export function renderToolbar(
  v: ComparatorView,
  d: Dossier,
  chosen: Approach[],
  opts: { refusals: number; toggle: (id: string, input: HTMLInputElement) => void; sort: boolean; setSort: (difference: boolean) => void; downloads: unknown; error: unknown },
): TemplateResult {
  const { m } = v;
  const activeId = v.data.selection.approach;
  return html`<div class="toolbar" part="toolbar">
      ${d.approaches.length > 2
        ? html`<fieldset class="chooser" part="chooser" aria-describedby="choose-hint">
            <legend>${m.chooseLegend}</legend>
            <div class="chooser__options">
              ${d.approaches.map(
                (a) => html`<label class="check">
                  <input
                    type="checkbox"
                    .checked=${live(chosen.includes(a))}
                    @change=${(e: Event) => opts.toggle(a.id, e.target as HTMLInputElement)}
                  />
                  <span>${localize(a.name, v.locale)}${activeTag(a.id === activeId, m.active)}</span>
                </label>`,
              )}
            </div>
            <p id="choose-hint" class="chooser__hint ${opts.refusals ? 'chooser__hint--refused' : ''}" role="status">
              ${opts.refusals ? liveText(m.atLeastTwo, opts.refusals) : m.chooseHint}
            </p>
          </fieldset>`
        : nothing}
      <label class="check sort" part="sort">
        <input type="checkbox" .checked=${live(opts.sort)} @change=${(e: Event) => opts.setSort((e.target as HTMLInputElement).checked)} />
        <span>${m.sortByDifference}</span>
      </label>
      ${opts.downloads}
    </div>
    ${opts.error}`;
}

export function renderLegend(v: ComparatorView, chosen: Approach[]): TemplateResult {
  const { m, wm } = v;
  const relations = chosen.flatMap((a) => [...a.emphasis, ...a.goals]);
  const allInterpretation = relations.length > 0 && relations.every((r) => r.basis === 'interpretation');
  const labels = labelsShown([...chosen.flatMap(shownOf), ...chosen.map(summaryBasisOf)]);
  return html`<div class="legend" part="legend" id="legend">
    <p class="legend__scale">
      <span class="legend__label">${m.weightScale}</span>
      ${[1, 2, 3].map((w) => renderWeight(w, wm))} ${renderWeight(0, wm)}
    </p>
    ${labels.includes('interpretation')
      ? html`<p class="legend__basis">${basisBadge('interpretation', v.t)} ${allInterpretation ? m.allInterpretation : m.someInterpretation}</p>`
      : nothing}
    ${labels.includes('talk') ? html`<p class="legend__basis">${basisBadge('talk', v.t)} ${v.t.basisHint.talk}</p>` : nothing}
    <p class="legend__hint">${m.activeHint}</p>
  </div>`;
}

export function renderDifferences(v: ComparatorView, rows: WeightRow[], maxSpread: number): TemplateResult {
  const top = rows.filter((r) => r.top);
  return html`<p class="differences" part="differences" id="differences">
    ${top.length ? html`${differenceTag(v)} ${v.m.differences(maxSpread, joinNames(top.map((r) => r.name), v.locale))}` : v.m.noDifferences}
  </p>`;
}

export function differenceTag(v: ComparatorView): TemplateResult {
  return html`<span class="diff-tag" part="difference-tag"><span aria-hidden="true">▲ </span>${v.m.biggestDifference}</span>`;
}

/**
 * A toggle button (WAI-ARIA button pattern, `aria-pressed`): its name says the action and stays the
 * same ("Toon nadruk van Community Building"), the pressed state is read from `aria-pressed`; the
 * visible state word ("actief" / "niet actief") is hidden from screen readers, which hear the state
 * already. Not a radio group: none may be active, and the buttons sit apart, one per column or section.
 */
export function activeButton(v: ComparatorView, a: Approach): TemplateResult {
  const { m } = v;
  const active = v.data.selection.approach === a.id;
  return html`<button
    type="button"
    class="activate"
    part="active-button"
    aria-pressed=${active ? 'true' : 'false'}
    data-approach=${a.id}
    @click=${() => v.data.setApproach(active ? null : a.id)}
  >
    <span class="activate__box" aria-hidden="true"></span
    ><span class="activate__text"
      ><span class="activate__label">${m.showEmphasis}<span class="visually-hidden">${m.ofApproach(localize(a.name, v.locale))}</span></span
      ><span class="activate__state" aria-hidden="true">${active ? m.stateActive : m.stateInactive}</span></span
    >
  </button>`;
}

export function renderFocus(v: ComparatorView, d: Dossier, a: Approach): TemplateResult {
  return html`<p class="focus">${renderSummary(a, v.locale, v.t)} ${basisBadge(a.basis, v.t)}</p>
    ${a.statements.length
      ? html`<details class="statements">
          <summary>${v.m.statements(a.statements.length)}</summary>
          ${renderStatements(d, a.statements, v.locale, v.t)}
        </details>`
      : nothing}`;
}

export function renderCraft(v: ComparatorView, d: Dossier, a: Approach): TemplateResult {
  if (!a.leadingCraft) return html`<span class="missing">${v.m.notDescribed}</span>`;
  const craft = findItem(d, a.leadingCraft.craft)?.item;
  return html`<p class="craft">
      <strong>${hyphenate(localize(craft?.name, v.locale), v.locale) || a.leadingCraft.craft}</strong> ${basisBadge(a.leadingCraft.basis, v.t)}
    </p>
    ${craft ? html`<p class="craft__summary">${renderSummary(craft, v.locale, v.t)}</p>` : nothing}`;
}

export function renderText(v: ComparatorView, d: Dossier, statements: readonly Statement[] | undefined): TemplateResult {
  return statements?.length ? renderStatements(d, statements, v.locale, v.t) : html`<span class="missing">${v.m.notDescribed}</span>`;
}

/** The basis every cell of these rows shares, if one: then it is said once, at the group. */
export function rowBasis(rows: WeightRow[]): EmphasisBasis | undefined {
  return sharedBasis(rows.flatMap((r) => r.cells.filter((c): c is Emphasis => !!c)));
}

/**
 * The goal's or factor's name, as a toggle that selects it (or clears the selection). Pressed, the
 * row shows the item's details right after it (`renderItemDetails`), where the user is looking: the
 * focus stays on the button (a toggle moves no focus), and the details are next in reading and Tab order.
 */
export function itemButton(v: ComparatorView, row: WeightRow, selected: boolean, list = 0): TemplateResult {
  return html`<button
    type="button"
    class="item"
    part="item-button"
    aria-pressed=${selected ? 'true' : 'false'}
    @click=${() => {
      v.pressIn(list);
      v.data.select(selected ? null : { id: row.id, kind: row.kind });
    }}
  >
    ${hyphenate(row.name, v.locale)}
  </button>`;
}

/** The selected goal's or factor's summary, what the sources say and its sources, shown in place under its row. */
export function renderItemDetails(v: ComparatorView, d: Dossier, row: WeightRow): TemplateResult | typeof nothing {
  const item = findItem(d, row.id)?.item;
  if (!item) return nothing;
  return html`<div class="item-details" part="item-details">
    <p class="item-details__summary">${localize(item.summary, v.locale)} ${basisBadge(item.basis, v.t)}</p>
    ${renderStatements(d, item.statements, v.locale, v.t)} ${renderSources(d, item.sources, v.t)}
  </div>`;
}
