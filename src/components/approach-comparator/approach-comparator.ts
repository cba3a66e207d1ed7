import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DossierElement } from '../../base/dossier-element.js';
import { fragmentStyles } from '../../base/fragments.js';
import { emphasisSources, profileHasWeights } from '../../model/emphasis-sources.js';
import { localize } from '../../model/query.js';
import type { Approach, Dossier } from '../../model/types.js';
import { containment } from '../../styles/containment.js';
import { stateStyles, tokens } from '../../styles/tokens.js';
import { visuallyHidden } from '../../styles/visually-hidden.js';
import { PictureExportController } from '../../export/export-controller.js';
import type { Picture } from '../../export/frame.js';
import { exportStyles } from '../../export/export.styles.js';
import { UnknownApproachWarning } from '../../base/unknown-approaches.js';
import { helperStyles, joinNames, weightMessages } from '../../base/view-helpers.js';
import { messages } from './approach-comparator.messages.js';
import { styles } from './approach-comparator.styles.js';
import { layoutStyles } from './comparator-layouts.styles.js';
import { mediaStyles } from './comparator-media.styles.js';
import { renderDifferences, renderLegend, renderToolbar, type ComparatorView } from './comparator-parts.js';
import { compareColumns, sortRows, type Comparison } from './comparator-rows.js';
import { renderStack } from './comparator-stack.js';
import { renderTableInItsRoom } from './comparator-table.js';
import { ComparatorWidthController } from './comparator-width-controller.js';

export { compareColumns, compareWeights, type WeightRow } from './comparator-rows.js';

export type ComparatorLayout = 'auto' | 'table' | 'stacked';

const idList = {
  fromAttribute: (value: string | null): string[] | null => (value === null ? null : value.split(/[\s,]+/).filter(Boolean)),
  toAttribute: (value: string[] | null): string | null => (value ? value.join(' ') : null),
};

/**
 * @summary The dossier's approaches side by side: focus, the goals and factors each emphasises (as a graphic and as text), the leading craftsmanship, the professional's role, methods and risks, with the rows where they differ most marked.
 *
 * The user chooses which approaches to compare (two or all three) and can make one the
 * active approach: that updates the shared selection, so `<tree-infographic>` and
 * `<factor-card>`s around the same `<dossier-provider>` highlight its emphasis. The name of
 * a goal or factor (a row header in the table, a line in each approach's list when stacked)
 * selects it the same way, and shows its details in place, under the row.
 *
 * When the provider has the team's own practice profile (`<practice-profile>`, issue 25) with answers, "Onze
 * praktijk" is a column (or section) after the approaches, drawn from the same emphasis code, its head labelled
 * "Eigen inschatting": the weights are the team's own judgement. It can be made active like an approach.
 *
 * In a wide container it is a `<table>` with row and column headers; when the container
 * is narrower than the columns need (10em plus 10.5em per approach, `comparator-width-controller.ts`), each approach
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
 * @csspart basis-own - The same label, on the team's own practice profile ("Eigen inschatting"): its weights are its own judgement.
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
  static override styles = [tokens, containment, stateStyles, fragmentStyles, visuallyHidden, helperStyles, exportStyles, styles, layoutStyles, mediaStyles];

  /** Ids of the approaches to compare, space-separated; at least two. Default: all. */
  @property({ converter: idList, reflect: true }) approaches: string[] | null = null;

  /** `auto` (default): a table when the container is wide enough, else stacked. `table` or `stacked` force one. */
  @property({ reflect: true }) layout: ComparatorLayout = 'auto';

  /** Row order: `dossier` (default) or `difference` (biggest spread first within each group). */
  @property({ reflect: true }) sort: 'dossier' | 'difference' = 'dossier';

  /** Level of the approach headings in the narrow layout, 1–6 (default 3). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** How many times in a row a change left fewer than two approaches (and was undone); 0 after one that was made. */
  @state() private refusals = 0;

  readonly #internals = this.attachInternals();
  /** In the stacked layout, the approach whose list the user selected an item in: its details open there. */
  #pressedIn = 0;
  readonly #unknownApproaches = new UnknownApproachWarning('approach-comparator');

  /** The element's width, and whether the table fits in it. */
  readonly #width = new ComparatorWidthController(this, () => {
    const d = this.data.dossier;
    // The team's own practice is a column too, when its profile has answers.
    return d ? this.#chosen(d).length + (profileHasWeights(this.data.profile) ? 1 : 0) : 3;
  });

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

  /** The layout shown now: `table` or `stacked`. */
  get currentLayout(): 'table' | 'stacked' {
    if (this.layout === 'table' || this.layout === 'stacked') return this.layout;
    return this.#width.tooNarrow() ? 'stacked' : 'table';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Measure once before the first render, so a narrow container never shows the table first.
    if (!this.hasUpdated && this.isConnected) this.#width.measure();
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
    this.renderRoot.querySelector<HTMLElement>('.scroller')?.style.setProperty('--_table-min', `${this.#width.tableWidthEm()}em`);
  }

  protected override render() {
    return this.withDossier((d) => this.#renderComparator(d));
  }

  /** What the views read of the element and ask of it. */
  #view(): ComparatorView {
    return {
      data: this.data,
      locale: this.locale,
      t: this.t,
      m: this.msg(messages),
      wm: this.msg(weightMessages),
      headingLevel: this.headingLevel,
      pressedIn: this.#pressedIn,
      pressIn: (list) => (this.#pressedIn = list),
    };
  }

  /** The approaches compared and their rows, in the order asked for. */
  #comparison(d: Dossier): Comparison & { maxSpread: number } {
    const lang = this.locale;
    const chosen = this.#chosen(d);
    // The chosen approaches, then the team's own practice when its profile has answers (issue 25).
    const columns = emphasisSources(d, this.data.profile).filter((s) => s.kind === 'profile' || chosen.includes(s.approach!));
    const { goals, factors, maxSpread } = compareColumns(d, columns, lang);
    sortRows([goals, factors], this.sort);
    // The caption names every column, the team's own practice too: "… en Onze praktijk".
    const caption = this.msg(messages).caption(joinNames(columns.map((s) => localize(s.name, lang)), lang));
    return { d, chosen, columns, goals, factors, caption, maxSpread };
  }

  #renderComparator(d: Dossier): TemplateResult {
    const v = this.#view();
    const c = this.#comparison(d);
    const stacked = this.currentLayout === 'stacked';
    const toolbar = renderToolbar(v, d, c.chosen, {
      refusals: this.refusals,
      toggle: (id, input) => this.#toggle(d, id, input),
      sort: this.sort === 'difference',
      setSort: (difference) => (this.sort = difference ? 'difference' : 'dossier'),
      downloads: this.#export.renderButtons(),
      error: this.#export.renderError(),
    });
    return html`<div class="comparator ${stacked ? 'comparator--stacked' : 'comparator--table'}">
      ${toolbar} ${renderLegend(v, c.chosen, c.columns)}
      ${c.chosen.length > 1 ? renderDifferences(v, [...c.goals, ...c.factors], c.maxSpread) : nothing}
      ${stacked ? renderStack(v, c) : renderTableInItsRoom(v, c, this.#width.tooNarrow())}
    </div>`;
  }

  async #drawPicture(): Promise<Picture> {
    const d = this.data.dossier;
    if (!d) throw new Error('The dossier is not loaded yet');
    await document.fonts?.ready;
    const [{ drawComparator }, { readPalette, canvasMeasure }] = await Promise.all([import('./comparator-picture.js'), import('../../export/svg-text.js')]);
    const m = this.msg(messages);
    const { chosen, columns, goals, factors, caption } = this.#comparison(d);
    const palette = readPalette(this);
    const relations = chosen.flatMap((a) => [...a.emphasis, ...a.goals]);
    return drawComparator({
      dossier: d,
      lang: this.locale,
      caption,
      columns,
      ownLabel: this.t.basis.own.toLowerCase(),
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
}

declare global {
  interface HTMLElementTagNameMap {
    'approach-comparator': ApproachComparator;
  }
}
