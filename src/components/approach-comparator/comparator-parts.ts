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
import type { EmphasisSource } from '../../model/emphasis-sources.js';
import { findItem, localize, type Emphasis, type EmphasisBasis } from '../../model/query.js';
import type { Approach, Dossier, Lang, Statement } from '../../model/types.js';
import type { ComparatorMessages } from './approach-comparator.messages.js';
import { shownOf, sourcesOf, type TextField, type WeightRow } from './comparator-rows.js';

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

export function renderLegend(v: ComparatorView, chosen: Approach[], columns: readonly EmphasisSource[] = []): TemplateResult {
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
    ${columns.some((c) => c.kind === 'profile') ? html`<p class="legend__basis legend__own">${basisBadge('own', v.t)} ${m.ownHint}</p>` : nothing}
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
export function activeButton(v: ComparatorView, a: { id: string; name: Approach['name'] }): TemplateResult {
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

/** A column's name, and for the team's own practice its label ("Eigen inschatting"), as interpretations carry theirs. */
export function columnName(v: ComparatorView, c: EmphasisSource): TemplateResult {
  return html`${localize(c.name, v.locale)}${c.kind === 'profile' ? html` ${basisBadge('own', v.t)}` : nothing}`;
}

/**
 * What an approach's column shows in the rows that are not weights (focus, leading craft, texts, sources), or the
 * team's own column's: its profile's practice name and craft forms; the rest was not asked.
 */
export function columnCell(v: ComparatorView, d: Dossier, c: EmphasisSource, row: 'focus' | 'craft' | 'sources' | TextField): TemplateResult {
  const a = c.approach;
  if (a) {
    if (row === 'focus') return renderFocus(v, d, a);
    if (row === 'craft') return renderCraft(v, d, a);
    if (row === 'sources') return renderSources(d, sourcesOf(a), v.t);
    return renderText(v, d, a[row]);
  }
  const profile = v.data.profile;
  if (row === 'focus')
    return html`<p class="focus">${profile?.practice.name ? html`<strong>${profile.practice.name}</strong><br />` : nothing}${v.m.ownFocus}</p>`;
  if (row === 'craft') {
    const crafts = d.crafts.filter((craft) => c.emphasis.has(craft.id));
    return crafts.length
      ? html`<ul class="own-crafts">
          ${crafts.map((craft) => html`<li>${hyphenate(localize(craft.name, v.locale), v.locale)}: ${renderWeight(c.emphasis.get(craft.id)!.weight, v.wm)}</li>`)}
        </ul>`
      : html`<span class="missing">${v.m.ownNotAsked}</span>`;
  }
  if (row === 'sources') return html`<p>${basisBadge('own', v.t, true)}</p>`;
  return html`<span class="missing">${v.m.ownNotAsked}</span>`;
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

/**
 * The basis every approach's cell of these rows shares, if one: then it is said once, at the group. The team's own
 * column is not counted: its header says it is the team's own.
 */
export function rowBasis(rows: WeightRow[]): EmphasisBasis | undefined {
  return sharedBasis(rows.flatMap((r) => r.cells.filter((c): c is Emphasis => !!c && c.basis !== 'own')));
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
