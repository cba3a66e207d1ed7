import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from '../../base/style-map.js'; // CSP-safe: lit's sets a style attribute on first render
import { DossierElement } from '../../base/dossier-element.js';
import { fragmentStyles } from '../../base/fragments.js';
import { liveText } from '../../base/live-text.js';
import { whenIdle } from '../../base/when-idle.js';
import { UnknownApproachWarning } from '../../base/unknown-approaches.js';
import { PROFILE_SOURCE_ID, emphasisSources, findSource, profileEmphasis, type EmphasisSource } from '../../model/emphasis-sources.js';
import { emphasisedIds, localize } from '../../model/query.js';
import type { Dossier } from '../../model/types.js';
import { stateStyles, tokens } from '../../styles/tokens.js';
import { visuallyHidden } from '../../styles/visually-hidden.js';
import { DetailPanelController } from './detail-panel-controller.js';
import { DrawWindowController } from './draw-window-controller.js';
import { EmphasisSync } from './emphasis-sync.js';
import { TooltipController } from './tooltip-controller.js';
import { drawBadge, drawDecor, personSymbol, shows } from './tree-drawing.js';
import { TreeExportController, type TreePictureFormat } from './tree-export-controller.js';
import { treeMessages } from './tree-infographic.messages.js';
import { treePalette, treeStyles } from './tree-infographic.styles.js';
import { TreeKeyboardController } from './tree-keyboard-controller.js';
import { LARGE, PHONE, TreeLayoutController } from './tree-layout-controller.js';
import type { TreeLayout } from './tree-layout.js';
import { renderCaption, CAPTION_IDS } from './tree-caption.js';
import { renderLegend, renderLegendBox } from './tree-legend.js';
import { renderList } from './tree-list.js';
import { renderToolbar } from './tree-toolbar.js';
import { TreeNodes } from './tree-nodes.js';
import type { TreeView } from './tree-view.js';

/**
 * Up to this many items the list is always in the page (hidden), so that it prints even where no
 * `beforeprint` comes (print emulation, PDF services). It is added once the browser is idle after
 * the first drawing: it is as many nodes as the drawing, and no one sees it on screen.
 */
const LIST_ALWAYS_UP_TO = 400;
const keepsList = (d: Dossier) => d.tree.parts.reduce((n, p) => n + d[p.holds].length, 0) <= LIST_ALWAYS_UP_TO;

/**
 * @summary The dossier's tree: goals in the heart, approaches on the branches, craftsmanship on the trunk,
 * effective factors in the roots, the levels in the soil and the people around it. Interactive, accessible
 * and exportable as SVG and PNG.
 *
 * Where each collection sits comes from the dossier's `tree.parts`. Hovering or focusing a node shows its
 * summary; clicking it, or Enter or Space, selects it and opens its details (statements, the approaches that
 * emphasise it and how strongly, sources, and an "interpretation" label where the data says so). The selection
 * is shared with every element around the same `<dossier-provider>`. When an approach is active (chosen here,
 * by another element, or with the `approach` attribute), what it emphasises is highlighted by weight and the
 * rest dimmed. The tree is a WAI-ARIA tree (one tab stop, arrow keys, Home/End, type-ahead) and can be shown
 * as a nested list. Standalone it shows the built-in dossier. A tree of 250 items or more draws only what is
 * on screen and a step around it, and the rest as scrolling or the keyboard reaches it; printing draws all.
 *
 * @csspart figure - The figure around everything.
 * @csspart caption - The title and one-line summary.
 * @csspart caption-more - On a phone: the button showing the caption's whole summary ("Meer"), and hiding it again.
 * @csspart toolbar - The row of controls above the tree.
 * @csspart approach-button - A button choosing the approach whose emphasis is shown, or the team's own practice (`data-source="profile"`) when a practice profile has answers.
 * @csspart view-button - The "show as list" toggle.
 * @csspart downloads - The downloads' disclosure (a `<details>`) in the toolbar.
 * @csspart download-toggle - Its summary, "Download", which shows or hides the download buttons.
 * @csspart download-button - The download buttons: a 16:9 slide and an A4 handout, each as SVG and PNG (`data-page`, `data-format`).
 * @csspart approach-select - On a phone (the element narrower than 480 px): the approach as a native select, in place of the buttons.
 * @csspart more - On a phone: the disclosure (a `<details>`) holding the list view and the downloads.
 * @csspart more-toggle - Its summary, "Meer".
 * @csspart export-error - The message shown below the toolbar when a download did not work.
 * @csspart legend - The legend: weights of the active approach and what a dashed border means.
 * @csspart legend-box - The legend's disclosure (a `<details>`): closed on a phone until opened, open wider and in print.
 * @csspart legend-toggle - Its summary, "Legenda", shown on a phone only.
 * @csspart stage - The box holding the drawing, its tooltip and the detail panel.
 * @csspart drawing - The SVG drawing.
 * @csspart panel - The detail panel of the selected item.
 * @csspart close-button - The button closing the detail panel.
 * @csspart copy-link - In the detail panel, under a provider with `deep-link`: the "copy link" button and its outcome.
 * @csspart copy-link-button - The "copy link" button.
 * @csspart list - The list view.
 * @csspart basis - A label saying something is an interpretation or from the talk.
 * @csspart basis-interpretation - The same label, on our interpretation only.
 * @csspart basis-talk - The same label, on what was said in the talk only.
 * @csspart basis-own - The same label, on the team's own practice profile ("Eigen inschatting"): its weights are its own judgement.
 * @csspart basis-dossier - The same label, on the dossier's content as the announcement or the talk report gives it (shown in a part's panel, where every basis is named and explained).
 * @csspart basis-key - What the labels in a panel or in the list mean, in words.
 * @csspart sources - A list of sources.
 * @csspart loading - The loading message.
 * @csspart error - The error message.
 *
 * @cssproperty --ww-tree-infographic-print-list - `none` leaves the text list out of the printout (for a page that prints the same text in another element); default `block`.
 * @cssproperty --ww-tree-infographic-canopy - Fill of the crown. Default: `--ww-tree-branches-bg`.
 * @cssproperty --ww-tree-infographic-canopy-edge - Outline of the crown. Default: `--ww-tree-branches`.
 * @cssproperty --ww-tree-infographic-wood - Trunk and branches. Default: `--ww-tree-trunk`.
 * @cssproperty --ww-tree-infographic-highlight - Border and dots of emphasised items. Default: `--ww-color-accent`.
 * @cssproperty --ww-tree-infographic-highlight-bg - Fill of centrally emphasised items. Default: `--ww-color-accent-bg`.
 * @cssproperty --ww-tree-infographic-dim-opacity - Opacity of the outlines of items the active approach does not emphasise; their cards stay opaque, in the background colour. Default: `0.38`.
 * @cssproperty --ww-tree-infographic-selected - Outline of the selected node. Default: `--ww-color-text`.
 * @cssproperty --ww-tree-heart - Heart colour (goals); also `--ww-tree-heart-bg`. Likewise `--ww-tree-branches`,
 *   `--ww-tree-trunk`, `--ww-tree-roots`, `--ww-tree-soil`, `--ww-tree-surroundings` and their `-bg` tints.
 * @cssproperty --ww-font-family - Font of all text; the drawing's labels are measured in it.
 * @cssproperty --ww-font-size - Base size; labels are 80–90 % of it, depending on the width.
 * @cssproperty --ww-color-selected-bg - Fill of the selected node.
 * @cssproperty --ww-focus-color - Colour of the focus ring.
 *
 * @event item-select - The user selected a node (or closed its details: `id` null). `detail: { id, kind }`. Cancelable.
 * @event approach-change - The user chose the approach whose emphasis is shown. `detail: { approach }`. Cancelable.
 */
export class TreeInfographic extends DossierElement {
  static override styles = [tokens, stateStyles, fragmentStyles, visuallyHidden, treePalette, treeStyles];

  /**
   * The approach whose emphasis is shown until the user or another element chooses one; `~practice` shows the team's
   * own practice profile's weights (issue 25) when the provider has one. The shared
   * selection's approach, when set, wins. An id not in the dossier is said in the legend and warned about once.
   */
  @property({ reflect: true }) approach: string | null = null;

  /** `tree` (the drawing) or `list` (the same content as a nested list). */
  @property({ reflect: true }) view: 'tree' | 'list' = 'tree';

  @state() private announcement = '';
  /** On a phone: the caption's whole summary is shown (else one line of it, see the styles). */
  @state() private captionOpen = false;
  /** On a phone: the legend's disclosure as the user left it; closed until they open it. */
  @state() private legendOpen = false;
  /**
   * What waits until the browser is idle after the first drawing is in the page: the samples of
   * the legend's other states (see tree-legend.ts), the weight badges (see #renderDrawing) and, for
   * a small dossier, the hidden list for printing (see LIST_ALWAYS_UP_TO).
   */
  @state() private idle = false;

  /** What the controllers may read of the element and ask of it. */
  readonly #view: TreeView = {
    host: this,
    root: () => this.renderRoot,
    data: this.data,
    locale: () => this.locale,
    m: () => this.msg(treeMessages),
    t: () => this.t,
    layout: () => this.#layout.layout,
    svg: () => this.renderRoot.querySelector<SVGSVGElement>('svg.ww-tree--screen'),
    view: () => this.view,
    activeSource: (d) => this.#activeSource(d),
    sources: (d) => emphasisSources(d, this.data.profile),
    chooseApproach: (id) => this.#chooseApproach(id),
    announce: (text) => this.#announce(text),
  };

  // Behaviour, each in its controller:
  /** Lays out on a change of data, width, language or fonts. */
  readonly #layout = new TreeLayoutController(this.#view, (layout) => this.#window.laidOut(layout));
  /** Draws only what is on screen of a large tree; everything for printing. */
  readonly #window = new DrawWindowController(this.#view);
  /** Selection, emphasis and the tab stop as attributes on what is drawn. */
  readonly #sync = new EmphasisSync(this.#view, () => this.#layout.names);
  /** The short description of a node on hover and focus. */
  readonly #tip: TooltipController = new TooltipController(
    this.#view,
    (key) => this.#sync.els.get(key),
    (target) => this.#keyboard.keyOf(target),
  );
  /** The details of the selected item or open part. */
  readonly #panel = new DetailPanelController(this.#view, () => {
    const key = this.#keyboard.focusKey;
    this.updateComplete.then(() => key && this.#keyboard.focusNode(key));
  });
  /** The WAI-ARIA tree's keys, focus and clicks. */
  readonly #keyboard: TreeKeyboardController = new TreeKeyboardController(this.#view, this.#sync, {
    activate: (key) => {
      this.#tip.hide();
      this.#panel.activate(key);
    },
    escape: (): boolean => this.#panel.close() || this.#tip.hide(),
    focused: (key) => {
      this.#tip.show(key, true);
      this.#panel.keepFocusInSight(this.#sync.els.get(key));
    },
    left: () => this.#tip.hide(),
  });
  /** SVG and PNG files. */
  readonly #export = new TreeExportController(this.#view, () => ({ epoch: this.#layout.fontEpoch, names: this.#layout.names }));

  /** The parts, items and labels of the drawing, kept by key from one drawing to the next. */
  readonly #nodes = new TreeNodes();
  #withBadges = false;
  #cancelIdle?: () => void;
  #seenApproach: string | null | undefined = undefined;
  #approachTouched = false;
  readonly #unknownApproachWarning = new UnknownApproachWarning('tree-infographic');

  /** How many times the tree has been laid out; an approach or selection change does not lay out again. */
  get layoutCount(): number {
    return this.#layout.count;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page (disconnected, then connected again): the list it may have missed while out.
    this.#scheduleIdle();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#cancelIdle?.();
    this.#cancelIdle = undefined;
  }

  // ── State ──

  protected override willUpdate(changed: PropertyValues<this>): void {
    const selection = this.data.selection;
    if (changed.has('approach')) this.#approachTouched = false;
    if (this.#seenApproach !== undefined && selection.approach !== this.#seenApproach) this.#approachTouched = true;
    this.#seenApproach = selection.approach;
    const dossier = this.data.dossier;
    if (!dossier) return;
    // Badges are drawn once the browser is idle, or at once when an approach is shown before that,
    // and kept from then on (see #renderDrawing).
    this.#withBadges ||= this.idle || !!this.#activeSource(dossier);
    this.#layout.update(dossier);
  }

  /** The id of the approach to show: the shared selection's, else the `approach` attribute until the user chose. */
  #wantedApproach(): string | null {
    return this.data.selection.approach ?? (this.#approachTouched ? null : this.approach);
  }

  /** The emphasis shown: the approach's, when the dossier has it, or the team's profile's (`~practice`) when there is one. */
  #activeSource(d: Dossier): EmphasisSource | undefined {
    return findSource(d, this.#wantedApproach(), this.data.profile);
  }

  /**
   * An approach id that is not in the dossier, or undefined: shown in the legend; warned about once when it is the
   * tree's own. The profile's id without a profile (none kept in this browser) is no unknown approach: nothing is shown.
   */
  #unknownApproach(d: Dossier): string | undefined {
    const id = this.#wantedApproach();
    return id && id !== PROFILE_SOURCE_ID && !this.#activeSource(d) ? id : undefined;
  }

  #chooseApproach(id: string | null): void {
    this.#approachTouched = true;
    this.data.setApproach(id);
  }

  #announcements = 0;
  /** Says `text` in the status region, again too when it was the last thing said. */
  #announce(text: string): void {
    this.announcement = liveText(text, ++this.#announcements);
  }

  // ── Rendering ──

  protected override render() {
    const status = this.data.state.status;
    if (status !== 'ready')
      return html`<div class="sizer"><div class=${status === 'loading' ? 'reserve' : ''}>${this.withDossier(() => nothing)}</div></div>`;
    return this.withDossier((d) => this.#renderFigure(d));
  }

  #renderFigure(d: Dossier): TemplateResult {
    const m = this.msg(treeMessages);
    const layout = this.#layout.layout;
    const approach = this.#activeSource(d);
    const emphasis: ReadonlyMap<string, { weight: number }> = approach?.emphasis ?? new Map();
    const list = this.view === 'list';
    const failed = this.#export.failed;
    // Named by the title and the whole summary (one line of it on a phone, all of it in the page), not its "Meer".
    return html`<figure class=${classMap({ figure: true, phone: this.#phone() })} part="figure" aria-labelledby=${CAPTION_IDS}>
      ${renderCaption(this.#view, d, this.captionOpen, this.#toggleCaption)}
      ${renderToolbar(this.#view, d, approach, {
        list: this.view === 'list',
        phone: this.#phone(),
        toggleView: this.#toggleView,
        download: (format, page) => this.download(format, page),
      })}
      ${failed ? html`<p class="state state--error export-error" part="export-error">${m.exportFailed(failed)}</p>` : nothing}
      ${renderLegendBox(this.#legendShown(), this.#legendToggled, m.legendToggle, renderLegend(this.#view, d, approach, this.#unknownApproach(d), this.idle))}
      <div class="sizer">
        <!-- Focus listeners on the stage, not the SVG: Chrome makes an SVG element with focus listeners focusable. -->
        <div
          class=${classMap({ stage: true, 'stage--pending': !layout })}
          part="stage"
          ?hidden=${list}
          @focusin=${this.#keyboard.onFocusIn}
          @focusout=${this.#keyboard.onFocusOut}
        >
          ${layout ? this.#renderDrawing(d, layout, approach) : nothing} ${this.#tip.render()}
          ${layout && !list ? this.#panel.render(d, layout) : nothing}
        </div>
      </div>
      ${list || this.#window.printing || (this.idle && keepsList(d))
        ? renderList(this.#view, d, emphasis, approach, !list, (id) => this.#panel.listDetails(d, id))
        : nothing}
      <!-- Hidden: the tree's description only, not text read in browse mode or beside the list view. -->
      <p id="hint" hidden>${m.keyboardHint}</p>
      <p class="visually-hidden status" role="status">${this.announcement}</p>
    </figure>`;
  }

  /** Laid out for a phone: the chrome is compact too (see the styles' `.phone`). */
  #phone(): boolean {
    const width = this.#layout.width;
    return !!width && width < PHONE;
  }

  /** The legend is open wider than a phone, when printing, and on a phone once the user opened it. */
  #legendShown(): boolean {
    return !this.#phone() || this.#window.printing || this.legendOpen;
  }

  /** Keeps the user's choice on a phone; a toggle that only follows the binding (wider, printing) changes nothing. */
  #legendToggled = (e: Event) => {
    const open = (e.target as HTMLDetailsElement).open;
    if (open !== this.#legendShown()) this.legendOpen = open;
  };

  #toggleCaption = () => {
    this.captionOpen = !this.captionOpen;
  };

  #toggleView = () => {
    this.view = this.view === 'list' ? 'tree' : 'list';
    this.#tip.hide();
  };

  #renderDrawing(d: Dossier, layout: TreeLayout, approach: EmphasisSource | undefined): TemplateResult {
    const m = this.msg(treeMessages);
    const title = localize(d.meta.title, this.locale);
    const win = this.#window.drawWindow(layout, [this.#keyboard.focusKey, this.data.selection.item?.id, this.#tip.key]);
    const names = this.#layout.names;
    // A badge for every node some approach emphasises, weighted by the sync: a change of approach
    // then sets attributes, and creates no nodes. Drawn from the update that sets #withBadges
    // (willUpdate) on; the sync holds on to them.
    // The team's profile may emphasise what no approach does: its items get badges too.
    const own = profileEmphasis(this.data.profile);
    const badges = guard([layout, win, d, this.#withBadges, own], () => {
      if (!this.#withBadges) return nothing;
      return [...new Set([...emphasisedIds(d), ...own.keys()])].flatMap((id) => {
        const node = layout.byKey.get(id);
        return node && shows(win, node) ? [drawBadge(node, layout.fontSize)] : [];
      });
    });
    this.#nodes.draw(layout, { label: m.treeLabel(title), describedBy: 'hint', names, win });
    return html`<svg
      class=${classMap({ 'ww-tree': true, 'ww-tree--screen': true, 'ww-tree--large': layout.nodes.length > LARGE })}
      part="drawing"
      viewBox="0 0 ${layout.width} ${layout.height}"
      width=${layout.width}
      height=${layout.height}
      role="none"
      style=${styleMap({ fontSize: `${layout.fontSize}px`, '--_label-size': `${layout.labelSize}px` })}
      data-layout=${this.#layout.count}
      data-window=${ifDefined(win ? `${win.top} ${win.bottom}` : undefined)}
      ?data-emphasis=${!!approach}
      @keydown=${this.#keyboard.onKeydown}
      @click=${this.#keyboard.onClick}
      @pointerover=${this.#tip.onPointerOver}
      @pointerout=${this.#tip.onPointerOut}
    >
      <defs>${personSymbol}</defs>
      ${guard([layout, win], () => drawDecor(layout, win))}
      ${this.#nodes.tree} ${this.#nodes.labels}
      <g class="badges" aria-hidden="true">${badges}</g>
      <g class="focus-ring" aria-hidden="true"><rect class="focus-ring__outer" /><rect class="focus-ring__inner" /></g>
    </svg>`;
  }

  // ── After each render ──

  protected override updated(): void {
    const d = this.data.dossier;
    if (!d) return;
    const layout = this.#layout.layout;
    if (layout) this.#sync.apply(d, this.#window.drawn(layout), this.#panel.openPart, this.#keyboard);
    this.#scheduleIdle();
    // Its own attribute only: an approach that comes from the provider, the provider warns about.
    this.#unknownApproachWarning.check([this.data.selection.approach ? null : this.#unknownApproach(d)], d);
    this.#tip.refresh();
  }

  /** Once drawn, the rest (see `idle`) joins the page when the browser is idle. */
  #scheduleIdle(): void {
    if (this.data.dossier && this.#layout.layout && !this.idle && !this.#cancelIdle) this.#cancelIdle = whenIdle(() => (this.idle = true));
  }

  // ── Export ──

  /**
   * The whole tree as a standalone SVG document on a page: `slide` (default; 16:9, 1920 × 1080) or
   * `handout` (A4 portrait, 1240 × 1754). Each has the title, what is selected (the active approach,
   * the selected item), the legend and the source line around the drawing, in the current language
   * and theme, with the active approach's emphasis.
   */
  toSVG(page: TreePictureFormat = 'slide'): Promise<string> {
    return this.#export.toSVG(page);
  }

  /** The same picture as `toSVG(page)`, as a PNG at `scale` times its size (2 by default). */
  toPNG(scale = 2, page: TreePictureFormat = 'slide'): Promise<Blob> {
    return this.#export.toPNG(scale, page);
  }

  /**
   * Offers the picture as a file: `wat-werkt-boom-dia-nl.svg` (or `.png`; `-hand-out-` for the A4
   * handout) in Dutch, `wat-werkt-tree-slide-en.svg` (`-handout-`) in English.
   */
  download(format: 'svg' | 'png', page: TreePictureFormat = 'slide'): Promise<void> {
    return this.#export.download(format, page, { svg: () => this.toSVG(page), png: () => this.toPNG(2, page) });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tree-infographic': TreeInfographic;
  }
}
