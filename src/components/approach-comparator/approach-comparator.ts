import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { DossierElement } from '../../base/dossier-element.js';
import {
  activeTag,
  basisBadge,
  fragmentStyles,
  labelsShown,
  renderSources,
  renderStatements,
  renderSummary,
  summaryBasisOf,
} from '../../base/fragments.js';
import { emphasisOf, findItem, localize, type Emphasis } from '../../model/query.js';
import type { Approach, Basis, Dossier, Statement } from '../../model/types.js';
import { containment } from '../../styles/containment.js';
import { stateStyles, tokens } from '../../styles/tokens.js';
import { visuallyHidden } from '../../styles/visually-hidden.js';
import { liveText } from '../../base/live-text.js';
import { hyphenate } from '../../i18n/hyphenate.js';
import { PictureExportController } from '../../export/export-controller.js';
import type { Picture } from '../../export/frame.js';
import { exportStyles } from '../../export/export.styles.js';
import { UnknownApproachWarning } from '../../base/unknown-approaches.js';
import { heading, helperStyles, joinNames, renderWeight, sharedBasis, weightMessages } from '../../base/view-helpers.js';
import { messages } from './approach-comparator.messages.js';
import { styles } from './approach-comparator.styles.js';

export type ComparatorLayout = 'auto' | 'table' | 'stacked';

/** One goal or factor across the compared approaches. */
export interface WeightRow {
  id: string;
  kind: 'goal' | 'factor';
  name: string;
  /** The emphasis of each compared approach, in column order; undefined where it puts none. */
  cells: (Emphasis | undefined)[];
  /** Highest minus lowest weight across the compared approaches (no emphasis counts as 0). */
  spread: number;
  /** One of the rows where the approaches differ most. */
  top: boolean;
}

type TextField = 'role' | 'methods' | 'risks';
const TEXT_FIELDS: readonly TextField[] = ['role', 'methods', 'risks'];

/** Everything of an approach the comparator shows that carries a basis and sources, in order of first mention. */
const shownOf = (a: Approach): { basis: Basis; sources: string[] }[] => [
  a,
  ...a.statements,
  ...a.goals,
  ...a.emphasis,
  ...(a.leadingCraft ? [a.leadingCraft] : []),
  ...(a.role ?? []),
  ...(a.methods ?? []),
  ...(a.risks ?? []),
];

/**
 * Width a table needs at least: a column of row headers plus one column per approach, in em. Long
 * names break with a hyphen (`hyphenate`), so a column of 10.5em holds them: three approaches fit in
 * 41.5em (664 px), and a tablet at 768 px keeps the side-by-side comparison. With more room the
 * header column widens (a container query in the styles).
 */
const ASPECT_EM = 10;
const COLUMN_EM = 10.5;

const idList = {
  fromAttribute: (value: string | null): string[] | null => (value === null ? null : value.split(/[\s,]+/).filter(Boolean)),
  toAttribute: (value: string[] | null): string | null => (value ? value.join(' ') : null),
};

/** The spread of each row and which rows differ most; pure, exported for tests and hosts. */
export function compareWeights(dossier: Dossier, approaches: readonly Approach[], lang: 'nl' | 'en' = 'nl'): { goals: WeightRow[]; factors: WeightRow[]; maxSpread: number } {
  const maps = approaches.map((a) => emphasisOf(dossier, a.id));
  const rows = (kind: 'goal' | 'factor') =>
    (kind === 'goal' ? dossier.goals : dossier.factors).map((item): WeightRow => {
      const cells = maps.map((m) => m.get(item.id));
      const weights = cells.map((c) => c?.weight ?? 0);
      return { id: item.id, kind, name: localize(item.name, lang), cells, spread: Math.max(...weights) - Math.min(...weights), top: false };
    });
  const goals = rows('goal');
  const factors = rows('factor');
  const maxSpread = Math.max(0, ...[...goals, ...factors].map((r) => r.spread));
  for (const r of [...goals, ...factors]) r.top = maxSpread > 0 && r.spread === maxSpread;
  return { goals, factors, maxSpread };
}

/**
 * @summary The dossier's approaches side by side: focus, the goals and factors each emphasises (as a graphic and as text), the leading craftsmanship, the professional's role, methods and risks, with the rows where they differ most marked.
 *
 * The user chooses which approaches to compare (two or all three) and can make one the
 * active approach: that updates the shared selection, so `<tree-infographic>` and
 * `<factor-card>`s around the same `<dossier-provider>` highlight its emphasis. The name of
 * a goal or factor (a row header in the table, a line in each approach's list when stacked)
 * selects it the same way, and shows its details in place, under the row.
 *
 * In a wide container it is a `<table>` with row and column headers; when the container
 * is narrower than the columns need (10em plus 10.5em per approach), each approach
 * becomes a section with a description list holding the same content. `layout` forces
 * one or the other. The weights come from the data's `emphasis` and `goals`; every one
 * that is our interpretation rather than the dossier's finding carries that label.
 *
 * @csspart toolbar - The controls above the comparison.
 * @csspart chooser - The fieldset with a checkbox per approach.
 * @csspart sort - The "biggest differences first" checkbox label.
 * @csspart downloads - The SVG and PNG download buttons, in the toolbar.
 * @csspart download-button - Each download button.
 * @csspart export-error - The message shown below the toolbar when a download did not work.
 * @csspart legend - The weight scale, the note on interpretation and the hint.
 * @csspart differences - The sentence naming the rows where the approaches differ most.
 * @csspart caption - The title of the comparison (the table's caption).
 * @csspart scroller - Around the table when `layout="table"` is forced into too little room: it scrolls sideways.
 * @csspart table - The table (wide layout).
 * @csspart column-header - The header cell of an approach (wide layout).
 * @csspart row-header - The header cell of a row (wide layout).
 * @csspart cell - A data cell (wide layout).
 * @csspart item-button - The name of a goal or factor, a button that selects it (in the table's row headers and the stacked lists).
 * @csspart item-details - The selected goal's or factor's summary, statements and sources, shown under its row (or its line in the list where it was pressed).
 * @csspart stack - The list of approaches (narrow layout).
 * @csspart approach - One approach (narrow layout).
 * @csspart active-button - The toggle that makes an approach the active one: "Toon nadruk" with a visible state word ("actief" / "niet actief"); its accessible name names the approach.
 * @csspart difference-tag - The "biggest difference" label of a row.
 * @csspart weight - A weight: three bars and its text, e.g. "central (3 of 3)".
 * @csspart basis - A label saying something is an interpretation or from the talk.
 * @csspart basis-interpretation - The same label, on our interpretation only.
 * @csspart basis-talk - The same label, on what was said in the talk only.
 * @csspart sources - A list of sources.
 * @csspart loading - The loading message (standalone).
 * @csspart error - The error message (standalone).
 *
 * @cssproperty --ww-comparator-weight-color - Filled bars of the weight graphic. Defaults to the accent colour.
 * @cssproperty --ww-comparator-active-bg - Background of the active approach's column or section.
 * @cssproperty --ww-comparator-active-color - Edge of the active approach's column or section.
 * @cssproperty --ww-comparator-difference-bg - Background of the rows where the approaches differ most.
 * @cssproperty --ww-comparator-difference-color - The "biggest difference" label and edge.
 * @cssproperty --ww-comparator-border-color - Lines between rows.
 * @cssproperty --ww-comparator-header-bg - Background of the (sticky) column headers.
 * @cssproperty --ww-comparator-sticky-top - Offset of the sticky column headers, e.g. the height of a fixed page header. Default `0`.
 * @cssproperty --ww-content-visibility - `auto`: skip rendering the element while it is off screen (docs/THEMING.md, *Long pages*). Default `visible`.
 *
 * @cssstate stacked - The narrow layout is shown.
 *
 * @event approach-change - The user made an approach active, or none. `detail: { approach }`; cancelable.
 * @event item-select - The user selected a goal or factor by its name, or cleared it. `detail: { id, kind }`; cancelable.
 * @event comparison-change - The user changed which approaches are compared. `detail: { approaches }` (ids).
 */
export class ApproachComparator extends DossierElement {
  static override styles = [tokens, containment, stateStyles, fragmentStyles, visuallyHidden, helperStyles, exportStyles, styles];

  /** Ids of the approaches to compare, space-separated; at least two. Default: all. */
  @property({ converter: idList, reflect: true }) approaches: string[] | null = null;

  /** `auto` (default): a table when the container is wide enough, else stacked. `table` or `stacked` force one. */
  @property({ reflect: true }) layout: ComparatorLayout = 'auto';

  /** Row order: `dossier` (default) or `difference` (biggest spread first within each group). */
  @property({ reflect: true }) sort: 'dossier' | 'difference' = 'dossier';

  /** Level of the approach headings in the narrow layout, 1–6 (default 3). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  @state() private width = 0;
  /** How many times in a row a change left fewer than two approaches (and was undone); 0 after one that was made. */
  @state() private refusals = 0;

  readonly #internals = this.attachInternals();
  /** In the stacked layout, the approach whose list the user selected an item in: its details open there. */
  #pressedIn = 0;
  #em = 16;
  #frame = 0;
  #observer?: ResizeObserver;
  readonly #unknownApproaches = new UnknownApproachWarning('approach-comparator');

  readonly #export = new PictureExportController(this, {
    tag: 'approach-comparator',
    lang: () => this.locale,
    what: () => this.msg(messages).pictureWhat,
    fileName: () => this.msg(messages).pictureFile,
    draw: () => this.#drawPicture(),
  });

  /**
   * The comparison as a standalone SVG document: title, what is selected (active approach, selected
   * item), the weights of the compared approaches for every goal and factor, and the source line, in
   * the current language and theme.
   */
  toSVG(): Promise<string> {
    return this.#export.toSVG();
  }

  /** The same picture as `toSVG()`, as a PNG at `scale` times its size (2 by default). */
  toPNG(scale = 2): Promise<Blob> {
    return this.#export.toPNG(scale);
  }

  /** Offers the picture as a file: `wat-werkt-vergelijking-nl.svg` (or `.png`); `wat-werkt-comparison-en.svg` in English. */
  download(format: 'svg' | 'png'): Promise<void> {
    return this.#export.download(format);
  }

  async #drawPicture(): Promise<Picture> {
    const d = this.data.dossier;
    if (!d) throw new Error('The dossier is not loaded yet');
    await document.fonts?.ready;
    const [{ drawComparator }, { readPalette, canvasMeasure }] = await Promise.all([import('./comparator-picture.js'), import('../../export/svg-text.js')]);
    const lang = this.locale;
    const m = this.msg(messages);
    const chosen = this.#chosen(d);
    const { goals, factors } = compareWeights(d, chosen, lang);
    if (this.sort === 'difference') for (const rows of [goals, factors]) rows.sort((a, b) => b.spread - a.spread);
    const palette = readPalette(this);
    const relations = chosen.flatMap((a) => [...a.emphasis, ...a.goals]);
    return drawComparator({
      dossier: d,
      lang,
      caption: m.caption(joinNames(chosen.map((a) => localize(a.name, lang)), lang)),
      chosen,
      groups: [
        { label: this.t.collection.goals, rows: goals },
        { label: this.t.collection.factors, rows: factors },
      ],
      activeId: this.data.selection.approach,
      selectedId: this.data.selection.item?.id ?? null,
      activeLabel: m.stateActive,
      weightsAreInterpretation: relations.some((r) => r.basis === 'interpretation'),
      palette,
      measure: canvasMeasure(palette.font),
    });
  }

  /** The layout shown now: `table` or `stacked`. */
  get currentLayout(): 'table' | 'stacked' {
    if (this.layout === 'table' || this.layout === 'stacked') return this.layout;
    return this.#tooNarrow() ? 'stacked' : 'table';
  }

  /** The table's columns need more room than the element has. */
  #tooNarrow(): boolean {
    return this.width > 0 && this.width < this.#tableWidthEm() * this.#em;
  }

  #tableWidthEm(): number {
    const d = this.data.dossier;
    return ASPECT_EM + (d ? this.#chosen(d).length : 3) * COLUMN_EM;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The new layout changes the host's height; applying it in the next frame keeps the
    // observer out of a loop ("ResizeObserver loop completed with undelivered notifications").
    this.#observer ??= new ResizeObserver(() => {
      cancelAnimationFrame(this.#frame);
      this.#frame = requestAnimationFrame(() => this.#measure());
    });
    this.#observer.observe(this);
  }

  #measure(): void {
    if (!this.isConnected) return;
    this.#em = parseFloat(getComputedStyle(this).fontSize) || 16;
    const width = this.getBoundingClientRect().width;
    if (width !== this.width) this.width = width;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Measure once before the first render, so a narrow container never shows the table first.
    if (!this.hasUpdated && this.isConnected) this.#measure();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    this.#observer = undefined;
    cancelAnimationFrame(this.#frame);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    try {
      if (this.currentLayout === 'stacked') this.#internals.states.add('stacked');
      else this.#internals.states.delete('stacked');
    } catch {
      // No CustomStateSet: nothing to mirror.
    }
    const d = this.data.dossier;
    if (d) this.#unknownApproaches.check(this.approaches ?? [], d);
    // The width the table keeps in its scrolling region (set here, not as a style attribute, which a strict CSP blocks).
    this.renderRoot.querySelector<HTMLElement>('.scroller')?.style.setProperty('--_table-min', `${this.#tableWidthEm()}em`);
  }

  /** The approaches compared, in the dossier's order; all when fewer than two valid ids are given. */
  #chosen(d: Dossier): Approach[] {
    if (!this.approaches) return d.approaches;
    const chosen = d.approaches.filter((a) => this.approaches!.includes(a.id));
    return chosen.length >= 2 || d.approaches.length < 2 ? chosen : d.approaches;
  }

  #toggle(d: Dossier, id: string, input: HTMLInputElement): void {
    const current = this.#chosen(d).map((a) => a.id);
    const next = input.checked ? [...current, id] : current.filter((x) => x !== id);
    if (next.length < 2) {
      input.checked = true;
      this.refusals++;
      return;
    }
    this.refusals = 0;
    this.approaches = d.approaches.filter((a) => next.includes(a.id)).map((a) => a.id);
    this.emit('comparison-change', { approaches: [...this.approaches] });
  }

  protected override render() {
    return this.withDossier((d) => this.#renderComparator(d));
  }

  #renderComparator(d: Dossier): TemplateResult {
    const lang = this.locale;
    const m = this.msg(messages);
    const chosen = this.#chosen(d);
    const { goals, factors, maxSpread } = compareWeights(d, chosen, lang);
    if (this.sort === 'difference') for (const rows of [goals, factors]) rows.sort((a, b) => b.spread - a.spread);
    const caption = m.caption(joinNames(chosen.map((a) => localize(a.name, lang)), lang));
    const stacked = this.currentLayout === 'stacked';
    const view = { d, chosen, goals, factors, caption };
    return html`<div class="comparator ${stacked ? 'comparator--stacked' : 'comparator--table'}">
      ${this.#renderToolbar(d, chosen)} ${this.#renderLegend(chosen)}
      ${chosen.length > 1 ? this.#renderDifferences([...goals, ...factors], maxSpread) : nothing}
      ${stacked ? this.#renderStack(view) : this.#tableInItsRoom(view)}
    </div>`;
  }

  #renderToolbar(d: Dossier, chosen: Approach[]) {
    const m = this.msg(messages);
    const activeId = this.data.selection.approach;
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
                    @change=${(e: Event) => this.#toggle(d, a.id, e.target as HTMLInputElement)}
                  />
                  <span>${localize(a.name, this.locale)}${activeTag(a.id === activeId, m.active)}</span>
                </label>`,
              )}
            </div>
            <p id="choose-hint" class="chooser__hint ${this.refusals ? 'chooser__hint--refused' : ''}" role="status">
              ${this.refusals ? liveText(m.atLeastTwo, this.refusals) : m.chooseHint}
            </p>
          </fieldset>`
        : nothing}
      <label class="check sort" part="sort">
        <input
          type="checkbox"
          .checked=${live(this.sort === 'difference')}
          @change=${(e: Event) => (this.sort = (e.target as HTMLInputElement).checked ? 'difference' : 'dossier')}
        />
        <span>${m.sortByDifference}</span>
      </label>
      ${this.#export.renderButtons()}
    </div>
    ${this.#export.renderError()}`;
  }

  #renderLegend(chosen: Approach[]) {
    const m = this.msg(messages);
    const wm = this.msg(weightMessages);
    const relations = chosen.flatMap((a) => [...a.emphasis, ...a.goals]);
    const allInterpretation = relations.length > 0 && relations.every((r) => r.basis === 'interpretation');
    const labels = labelsShown([...chosen.flatMap(shownOf), ...chosen.map(summaryBasisOf)]);
    return html`<div class="legend" part="legend" id="legend">
      <p class="legend__scale">
        <span class="legend__label">${m.weightScale}</span>
        ${[1, 2, 3].map((w) => renderWeight(w, wm))} ${renderWeight(0, wm)}
      </p>
      ${labels.includes('interpretation')
        ? html`<p class="legend__basis">${basisBadge('interpretation', this.t)} ${allInterpretation ? m.allInterpretation : m.someInterpretation}</p>`
        : nothing}
      ${labels.includes('talk') ? html`<p class="legend__basis">${basisBadge('talk', this.t)} ${this.t.basisHint.talk}</p>` : nothing}
      <p class="legend__hint">${m.activeHint}</p>
    </div>`;
  }

  #renderDifferences(rows: WeightRow[], maxSpread: number) {
    const m = this.msg(messages);
    const top = rows.filter((r) => r.top);
    return html`<p class="differences" part="differences" id="differences">
      ${top.length
        ? html`${this.#differenceTag()} ${m.differences(maxSpread, joinNames(top.map((r) => r.name), this.locale))}`
        : m.noDifferences}
    </p>`;
  }

  #differenceTag() {
    return html`<span class="diff-tag" part="difference-tag"><span aria-hidden="true">▲ </span>${this.msg(messages).biggestDifference}</span>`;
  }

  /**
   * A toggle button (WAI-ARIA button pattern, `aria-pressed`): its name says the action and stays the
   * same ("Toon nadruk van Community Building"), the pressed state is read from `aria-pressed`; the
   * visible state word ("actief" / "niet actief") is hidden from screen readers, which hear the state
   * already. Not a radio group: none may be active, and the buttons sit apart, one per column or section.
   */
  #activeButton(a: Approach) {
    const m = this.msg(messages);
    const active = this.data.selection.approach === a.id;
    return html`<button
      type="button"
      class="activate"
      part="active-button"
      aria-pressed=${active ? 'true' : 'false'}
      data-approach=${a.id}
      @click=${() => this.data.setApproach(active ? null : a.id)}
    >
      <span class="activate__box" aria-hidden="true"></span
      ><span class="activate__text"
        ><span class="activate__label"
          >${m.showEmphasis}<span class="visually-hidden">${m.ofApproach(localize(a.name, this.locale))}</span></span
        ><span class="activate__state" aria-hidden="true">${active ? m.stateActive : m.stateInactive}</span></span
      >
    </button>`;
  }

  #renderFocus(d: Dossier, a: Approach) {
    const m = this.msg(messages);
    return html`<p class="focus">${renderSummary(a, this.locale, this.t)} ${basisBadge(a.basis, this.t)}</p>
      ${a.statements.length
        ? html`<details class="statements">
            <summary>${m.statements(a.statements.length)}</summary>
            ${renderStatements(d, a.statements, this.locale, this.t)}
          </details>`
        : nothing}`;
  }

  #renderCraft(d: Dossier, a: Approach) {
    if (!a.leadingCraft) return html`<span class="missing">${this.msg(messages).notDescribed}</span>`;
    const craft = findItem(d, a.leadingCraft.craft)?.item;
    return html`<p class="craft">
        <strong>${hyphenate(localize(craft?.name, this.locale), this.locale) || a.leadingCraft.craft}</strong> ${basisBadge(a.leadingCraft.basis, this.t)}
      </p>
      ${craft ? html`<p class="craft__summary">${renderSummary(craft, this.locale, this.t)}</p>` : nothing}`;
  }

  #renderText(d: Dossier, statements: readonly Statement[] | undefined) {
    return statements?.length
      ? renderStatements(d, statements, this.locale, this.t)
      : html`<span class="missing">${this.msg(messages).notDescribed}</span>`;
  }

  /** Every source behind what the comparator shows of an approach, in order of first mention. */
  #sources(a: Approach): string[] {
    return [...new Set(shownOf(a).flatMap((x) => x.sources))];
  }

  #textFields(chosen: Approach[]): TextField[] {
    return TEXT_FIELDS.filter((f) => chosen.some((a) => a[f]?.length));
  }

  #fieldLabel(field: TextField): string {
    return this.msg(messages)[field];
  }

  #rowBasis(rows: WeightRow[]): Basis | undefined {
    return sharedBasis(rows.flatMap((r) => r.cells.filter((c): c is Emphasis => !!c)));
  }

  /**
   * The goal's or factor's name, as a toggle that selects it (or clears the selection). Pressed, the
   * row shows the item's details right after it (`#renderItemDetails`), where the user is looking: the
   * focus stays on the button (a toggle moves no focus), and the details are next in reading and Tab order.
   */
  #itemButton(row: WeightRow, selected: boolean, list = 0) {
    return html`<button
      type="button"
      class="item"
      part="item-button"
      aria-pressed=${selected ? 'true' : 'false'}
      @click=${() => {
        this.#pressedIn = list;
        this.data.select(selected ? null : { id: row.id, kind: row.kind });
      }}
    >
      ${hyphenate(row.name, this.locale)}
    </button>`;
  }

  /** The selected goal's or factor's summary, what the sources say and its sources, shown in place under its row. */
  #renderItemDetails(d: Dossier, row: WeightRow) {
    const item = findItem(d, row.id)?.item;
    if (!item) return nothing;
    return html`<div class="item-details" part="item-details">
      <p class="item-details__summary">${localize(item.summary, this.locale)} ${basisBadge(item.basis, this.t)}</p>
      ${renderStatements(d, item.statements, this.locale, this.t)} ${renderSources(d, item.sources, this.t)}
    </div>`;
  }

  // ---------- wide: a table ----------

  /**
   * A table forced (`layout="table"`) into too little room, a phone or 400 % zoom, keeps its
   * columns readable and scrolls sideways in a region of its own, which the keyboard can scroll
   * too, instead of being squeezed and cut off at the element's edge (WCAG 1.4.10).
   */
  #tableInItsRoom(view: View) {
    if (!this.#tooNarrow()) return this.#renderTable(view);
    return html`<div
      class="scroller"
      part="scroller"
      role="region"
      tabindex="0"
      aria-label=${view.caption}
    >
      ${this.#renderTable(view)}
    </div>`;
  }

  #renderTable({ d, chosen, goals, factors, caption }: View) {
    const m = this.msg(messages);
    const t = this.t;
    const activeId = this.data.selection.approach;
    const col = (a: Approach) => (a.id === activeId ? 'is-active' : '');
    const span = chosen.length + 1;
    const fields = this.#textFields(chosen);
    return html`<table part="table" aria-describedby="legend${chosen.length > 1 ? ' differences' : ''}">
      <caption part="caption">
        ${caption}
      </caption>
      <colgroup>
        <col class="col-aspect" />
        ${chosen.map((a) => html`<col class=${col(a)} />`)}
      </colgroup>
      <thead>
        <tr>
          <th scope="col" class="corner">${m.aspect}</th>
          ${chosen.map(
            (a) => html`<th scope="col" class="approach-head ${col(a)}" part="column-header">
              ${localize(a.name, this.locale)}${activeTag(a.id === activeId, m.active)}
            </th>`,
          )}
        </tr>
      </thead>
      <tbody>
        <tr class="row-activate">
          <th scope="row" part="row-header">${m.activeRow}</th>
          ${chosen.map((a) => html`<td part="cell">${this.#activeButton(a)}</td>`)}
        </tr>
        <tr>
          <th scope="row" part="row-header">${m.focus}</th>
          ${chosen.map((a) => html`<td part="cell">${this.#renderFocus(d, a)}</td>`)}
        </tr>
      </tbody>
      ${[
        { label: t.collection.goals, rows: goals },
        { label: t.collection.factors, rows: factors },
      ].map(({ label, rows }) => {
        const basis = this.#rowBasis(rows);
        return html`<tbody class="weights-group">
          <tr class="group">
            <th scope="rowgroup" colspan=${span}>${label} ${basis ? basisBadge(basis, t) : nothing}</th>
          </tr>
          ${rows.map((row) => this.#renderWeightRow(d, row, chosen, !!basis))}
        </tbody>`;
      })}
      <tbody>
        <tr>
          <th scope="row" part="row-header">${m.leadingCraft}</th>
          ${chosen.map((a) => html`<td part="cell">${this.#renderCraft(d, a)}</td>`)}
        </tr>
        ${fields.map(
          (f) => html`<tr>
            <th scope="row" part="row-header">${this.#fieldLabel(f)}</th>
            ${chosen.map((a) => html`<td class="text" part="cell">${this.#renderText(d, a[f])}</td>`)}
          </tr>`,
        )}
        <tr class="row-sources">
          <th scope="row" part="row-header">${t.sources}</th>
          ${chosen.map((a) => html`<td part="cell">${renderSources(d, this.#sources(a), t)}</td>`)}
        </tr>
      </tbody>
    </table>`;
  }

  #renderWeightRow(d: Dossier, row: WeightRow, chosen: Approach[], groupLabelled: boolean) {
    const activeId = this.data.selection.approach;
    const selected = this.data.selection.item?.id === row.id;
    const wm = this.msg(weightMessages);
    const details = selected
      ? html`<tr class="row-details" data-details-for=${row.id}>
          <td colspan=${chosen.length + 1} part="cell">${this.#renderItemDetails(d, row)}</td>
        </tr>`
      : nothing;
    return html`<tr class="weight-row ${row.top ? 'is-top' : ''} ${selected ? 'is-selected' : ''}" data-id=${row.id}>
      <th scope="row" part="row-header">
        <div class="row-head">${this.#itemButton(row, selected)} ${row.top ? this.#differenceTag() : nothing}</div>
      </th>
      ${row.cells.map(
        (c, i) => html`<td class=${row.top && chosen[i].id === activeId ? 'is-active' : ''} part="cell">
          ${renderWeight(c?.weight, wm)} ${c && !groupLabelled ? basisBadge(c.basis, this.t) : nothing}
        </td>`,
      )}
    </tr>${details}`;
  }

  // ---------- narrow: a list of approaches, each with a description list ----------

  #renderStack({ d, chosen, goals, factors, caption }: View) {
    const m = this.msg(messages);
    const t = this.t;
    const wm = this.msg(weightMessages);
    const activeId = this.data.selection.approach;
    const selectedId = this.data.selection.item?.id;
    const fields = this.#textFields(chosen);
    const groups = [
      { label: t.collection.goals, rows: goals },
      { label: t.collection.factors, rows: factors },
    ];
    return html`<p class="caption" part="caption" id="caption">${caption}</p>
      <ul class="stack" part="stack" role="list" aria-labelledby="caption">
        ${chosen.map((a, i) => {
          const active = a.id === activeId;
          return html`<li class="approach ${active ? 'is-active' : ''}" part="approach" data-approach=${a.id}>
            <div class="approach__head">
              ${heading(
                this.headingLevel,
                html`${localize(a.name, this.locale)}${activeTag(active, m.active)}`,
                { cls: 'approach__name' },
              )}
              ${this.#activeButton(a)}
            </div>
            <dl class="facts">
              <div class="fact">
                <dt>${m.focus}</dt>
                <dd>${this.#renderFocus(d, a)}</dd>
              </div>
              ${groups.map(({ label, rows }) => {
                const basis = this.#rowBasis(rows);
                return html`<div class="fact">
                  <dt>${label} ${basis ? basisBadge(basis, t) : nothing}</dt>
                  <dd>
                    <ul class="weights" role="list">
                      ${rows.map((row) => {
                        const c = row.cells[i];
                        const selected = row.id === selectedId;
                        return html`<li class="weights__item ${row.top ? 'is-top' : ''} ${selected ? 'is-selected' : ''}" data-id=${row.id}>
                          <span class="weights__name">${this.#itemButton(row, selected, i)} ${row.top ? this.#differenceTag() : nothing}</span>
                          <span class="weights__value">${renderWeight(c?.weight, wm)} ${c && !basis ? basisBadge(c.basis, t) : nothing}</span>
                          ${selected && i === Math.min(this.#pressedIn, chosen.length - 1) ? this.#renderItemDetails(d, row) : nothing}
                        </li>`;
                      })}
                    </ul>
                  </dd>
                </div>`;
              })}
              <div class="fact">
                <dt>${m.leadingCraft}</dt>
                <dd>${this.#renderCraft(d, a)}</dd>
              </div>
              ${fields.map(
                (f) => html`<div class="fact">
                  <dt>${this.#fieldLabel(f)}</dt>
                  <dd class="text">${this.#renderText(d, a[f])}</dd>
                </div>`,
              )}
              <div class="fact fact--sources">
                <dt>${t.sources}</dt>
                <dd>${renderSources(d, this.#sources(a), t)}</dd>
              </div>
            </dl>
          </li>`;
        })}
      </ul>`;
  }
}

interface View {
  d: Dossier;
  chosen: Approach[];
  goals: WeightRow[];
  factors: WeightRow[];
  caption: string;
}

declare global {
  interface HTMLElementTagNameMap {
    'approach-comparator': ApproachComparator;
  }
}
