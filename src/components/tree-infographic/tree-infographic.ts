import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from '../../base/style-map.js'; // CSP-safe: lit's sets a style attribute on first render
import { DossierElement } from '../../base/dossier-element.js';
import { copyLinkButton } from '../../base/copy-link.js';
import {
  basisBadge,
  basisKey,
  fragmentStyles,
  labelsShown,
  renderSources,
  renderStatements,
  renderSummary,
  summaryBasisOf,
  summaryText,
} from '../../base/fragments.js';
import { liveText } from '../../base/live-text.js';
import { whenIdle } from '../../base/when-idle.js';
import { UnknownApproachWarning } from '../../base/unknown-approaches.js';
import { approachesEmphasising, emphasisedIds, emphasisOf, findItem, KIND_OF, localize, type IndexedItem } from '../../model/query.js';
import type { Approach, Basis, Dossier, Item, Lang, TreePart } from '../../model/types.js';
import { stateStyles, tokens } from '../../styles/tokens.js';
import { visuallyHidden } from '../../styles/visually-hidden.js';
import { createMeasure, type Measure } from './text-fit.js';
import { drawBadge, drawDecor, drawLabels, drawSample, drawTree, personSymbol, shows, type DrawWindow } from './tree-drawing.js';
import { treeMessages } from './tree-infographic.messages.js';
import { treePalette, treeStyles } from './tree-infographic.styles.js';
import { layoutTree, type PlacedNode, type TreeLayout, type TreePartInput } from './tree-layout.js';

/** The picture to export, loaded on first use. */
const picture = () => import('./tree-picture.js');

/** Width of the exported picture: a landscape slide. */
const EXPORT_WIDTH = 1400;
/** From this width the detail panel sits beside the node; below it, a sheet under the tree. */
const SIDE_PANEL_MIN = 760;
/**
 * Up to this many items the list is always in the page (hidden), so that it prints even where no
 * `beforeprint` comes (print emulation, PDF services). It is added once the browser is idle after
 * the first drawing: it is as many nodes as the drawing, and no one sees it on screen.
 */
const LIST_ALWAYS_UP_TO = 400;
const keepsList = (d: Dossier) => d.tree.parts.reduce((n, p) => n + d[p.holds].length, 0) <= LIST_ALWAYS_UP_TO;
/** Above this many nodes, resizing waits for the size to settle before laying out again. */
const LARGE = 800;
/**
 * From this many items on, the drawing holds only what is on screen and one step around it: a
 * tree this large is taller than any screen, and drawing all of it would take the browser seconds.
 * Scrolling, or moving focus with the keyboard, draws the rest as it comes into view.
 */
const WINDOW_FROM = 250;
/** The drawn window moves in steps of this many px of the drawing. */
const WINDOW_STEP = 600;

/** Item labels are a little smaller than the text around them, more so on narrow screens. */
const fontSizeFor = (width: number, base: number) => Math.round(base * (width < 480 ? 0.8 : width < 900 ? 0.85 : 0.9) * 10) / 10;

const measures = new Map<string, Measure>();
function measureFor(family: string, size: number, epoch: number): Measure {
  const key = `${family}|${size}|${epoch}`;
  let measure = measures.get(key);
  if (!measure) {
    if (measures.size > 8) measures.clear();
    measure = createMeasure(family, size);
    measures.set(key, measure);
  }
  return measure;
}

/** The element's content width as its ResizeObserver reports it (transforms aside); 0 if it has none yet. */
function contentWidth(style: CSSStyleDeclaration): number {
  const box = style.boxSizing === 'border-box' ? ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'] : [];
  const width = box.reduce((w, side) => w - (parseFloat(style[side as 'paddingLeft']) || 0), parseFloat(style.width));
  // `auto` (display: none) is NaN, so no width.
  return style.writingMode.startsWith('horizontal') && width > 0 ? Math.floor(width) : 0;
}

const dots = (weight: number) => '●'.repeat(weight) + '○'.repeat(3 - weight);
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();

type PanelTarget =
  | { type: 'part'; part: TreePart; node: PlacedNode }
  | { type: 'item'; found: IndexedItem; node: PlacedNode | undefined };

interface Applied {
  weights: Map<string, number>;
  current: string | null;
  selected: string | null;
  tab: string | null;
  approach: string | null;
  lang: Lang | null;
}

/** Kinds of item an approach can emphasise: their details list the approaches that do, with the weights. */
const EMPHASISED_KINDS: readonly string[] = ['factor', 'goal', 'craft'];

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
 * @csspart toolbar - The row of controls above the tree.
 * @csspart approach-button - A button choosing the approach whose emphasis is shown.
 * @csspart view-button - The "show as list" toggle.
 * @csspart download-button - The SVG and PNG download buttons.
 * @csspart export-error - The message shown below the toolbar when a download did not work.
 * @csspart legend - The legend: weights of the active approach and what a dashed border means.
 * @csspart stage - The box holding the drawing, its tooltip and the detail panel.
 * @csspart drawing - The SVG drawing.
 * @csspart panel - The detail panel of the selected item.
 * @csspart close-button - The button closing the detail panel.
 * @csspart list - The list view.
 * @csspart basis - A label saying something is an interpretation or from the talk.
 * @csspart basis-interpretation - The same label, on our interpretation only.
 * @csspart basis-talk - The same label, on what was said in the talk only.
 * @csspart basis-dossier - The same label, on the dossier's content as the announcement or the talk report gives it (shown in a part's panel, where every basis is named and explained).
 * @csspart basis-key - What the labels in a panel or in the list mean, in words.
 * @csspart sources - A list of sources.
 * @csspart loading - The loading message.
 * @csspart error - The error message.
 *
 * @cssproperty --ww-tree-infographic-canopy - Fill of the crown. Default: `--ww-tree-branches-bg`.
 * @cssproperty --ww-tree-infographic-canopy-edge - Outline of the crown. Default: `--ww-tree-branches`.
 * @cssproperty --ww-tree-infographic-wood - Trunk and branches. Default: `--ww-tree-trunk`.
 * @cssproperty --ww-tree-infographic-highlight - Border and dots of emphasised items. Default: `--ww-color-accent`.
 * @cssproperty --ww-tree-infographic-highlight-bg - Fill of centrally emphasised items. Default: `--ww-color-accent-bg`.
 * @cssproperty --ww-tree-infographic-dim-opacity - Opacity of the shapes of items the active approach does not emphasise (their labels turn to the subtle text colour, which stays readable). Default: `0.38`.
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
   * The approach whose emphasis is shown until the user or another element chooses one. The shared
   * selection's approach, when set, wins. An id not in the dossier is said in the legend and warned about once.
   */
  @property({ reflect: true }) approach: string | null = null;

  /** `tree` (the drawing) or `list` (the same content as a nested list). */
  @property({ reflect: true }) view: 'tree' | 'list' = 'tree';

  @state() private width = 0;
  @state() private openPart: string | null = null;
  /**
   * The item or part whose side panel sits on the same half as its node instead of the other: there it
   * covered the node the keyboard focus moved to. A panel for anything else starts on the other half.
   */
  @state() private flippedFor: string | null = null;
  @state() private announcement = '';
  /** The format of the last download, when it did not work: said below the toolbar until the next one. */
  @state() private exportFailed: 'svg' | 'png' | null = null;
  @state() private printing = false;
  /**
   * What waits until the browser is idle after the first drawing is in the page: the samples of
   * the legend's other states (see #renderLegend), the weight badges (see #renderDrawing) and, for
   * a small dossier, the hidden list for printing (see LIST_ALWAYS_UP_TO).
   */
  @state() private idle = false;
  @state() private fontEpoch = 0;
  /** For large trees, the steps of the drawing (WINDOW_STEP px each) that are drawn; null draws all. */
  @state() private steps: { from: number; to: number } | null = null;

  #layout?: TreeLayout;
  #layoutFor?: { dossier: Dossier; key: string; locale: Lang };
  #layoutCount = 0;
  /** Accessible names that are not just a node's label: every part's, and an interpretive item's. */
  #names = new Map<string, string>();
  #observer?: ResizeObserver;
  #resizeTimer?: ReturnType<typeof setTimeout>;
  #resizeFrame = 0;
  #els = new Map<string, SVGGElement>();
  #labels = new Map<string, SVGTextElement>();
  #badges = new Map<string, SVGGElement>();
  #withBadges = false;
  #synced?: object;
  #window?: { layout: TreeLayout; id: string; value: DrawWindow };
  #stepsFrame = 0;
  #scrollRoots: (Document | ShadowRoot)[] = [];
  #applied: Applied = { weights: new Map(), current: null, selected: null, tab: null, approach: null, lang: null };
  #collapsed = new Set<string>();
  #focusKey: string | null = null;
  #tipKey: string | null = null;
  /** The language the shown tooltip is written in: a new one rewrites it (updated). */
  #tipLocale = '';
  #tipFromFocus = false;
  #tipTimer?: ReturnType<typeof setTimeout>;
  #cancelIdle?: () => void;
  #seenSelection: unknown = undefined;
  #seenApproach: string | null | undefined = undefined;
  #approachTouched = false;
  readonly #unknownApproachWarning = new UnknownApproachWarning('tree-infographic');

  /** How many times the tree has been laid out; an approach or selection change does not lay out again. */
  get layoutCount(): number {
    return this.#layoutCount;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#observer = new ResizeObserver((entries) => this.#onResize(entries));
    this.#observer.observe(this);
    document.fonts?.addEventListener('loadingdone', this.#onFonts);
    window.addEventListener('beforeprint', this.#onBeforePrint);
    window.addEventListener('afterprint', this.#onAfterPrint);
    // Any scroller between the tree and the page may move it. Scroll events do not bubble, but can
    // be caught on their way down: at the document, and at each shadow root around the tree, since
    // a scroller's event inside a shadow tree does not leave it.
    this.#scrollRoots = [document];
    for (let root = this.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) this.#scrollRoots.push(root);
    for (const root of this.#scrollRoots) root.addEventListener('scroll', this.#onScroll, { capture: true, passive: true });
    window.addEventListener('resize', this.#onScroll, { passive: true });
    // Moved in the page (disconnected, then connected again): where it is now, and the list it
    // may have missed while out.
    this.#onScroll();
    this.#scheduleIdle();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    clearTimeout(this.#resizeTimer);
    cancelAnimationFrame(this.#resizeFrame);
    this.#hideTip();
    document.fonts?.removeEventListener('loadingdone', this.#onFonts);
    window.removeEventListener('beforeprint', this.#onBeforePrint);
    window.removeEventListener('afterprint', this.#onAfterPrint);
    for (const root of this.#scrollRoots) root.removeEventListener('scroll', this.#onScroll, { capture: true });
    this.#scrollRoots = [];
    window.removeEventListener('resize', this.#onScroll);
    // Cancelled frames are forgotten too: #onScroll waits while one is pending, so a stale id would
    // stop a moved tree from ever drawing what scrolls into view.
    cancelAnimationFrame(this.#stepsFrame);
    this.#stepsFrame = 0;
    this.#cancelIdle?.();
    this.#cancelIdle = undefined;
  }

  #onFonts = () => {
    this.fontEpoch++;
  };
  #onBeforePrint = () => {
    this.printing = true;
    this.steps = null;
  };
  #onAfterPrint = () => {
    this.printing = false;
    this.#measureSteps();
  };

  /** Once a frame at most: which steps of a large drawing are on screen now. */
  #onScroll = () => {
    if (!this.steps || this.#stepsFrame) return;
    this.#stepsFrame = requestAnimationFrame(() => {
      this.#stepsFrame = 0;
      this.#measureSteps();
    });
  };

  #measureSteps(): void {
    const steps = this.#stepsOnScreen();
    if (steps?.from !== this.steps?.from || steps?.to !== this.steps?.to) this.steps = steps;
  }

  #windowed(layout: TreeLayout | undefined): layout is TreeLayout {
    return !!layout && !this.printing && layout.parent.size >= WINDOW_FROM;
  }

  /**
   * The steps of the drawing on screen, one more on either side; null when the whole drawing is
   * to be drawn (a small tree, or printing). Before the drawing exists, the host's box stands in.
   */
  #stepsOnScreen(): { from: number; to: number } | null {
    const layout = this.#layout;
    if (!this.#windowed(layout)) return null;
    const box = (this.#svg() ?? this).getBoundingClientRect();
    const scale = box.width ? layout.width / box.width : 1;
    const last = Math.floor(layout.height / WINDOW_STEP);
    const step = (y: number) => Math.min(last, Math.max(0, Math.floor((y * scale) / WINDOW_STEP)));
    return { from: step(-box.top - WINDOW_STEP), to: step(innerHeight - box.top + WINDOW_STEP) };
  }

  #onResize(entries: ResizeObserverEntry[]): void {
    const entry = entries[entries.length - 1];
    const width = Math.floor(entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width);
    if (!width || width === this.width) return;
    clearTimeout(this.#resizeTimer);
    cancelAnimationFrame(this.#resizeFrame);
    // Lay out in the next frame, not inside the observer's callback: the new height would
    // otherwise be an undelivered resize ("ResizeObserver loop" error). Large trees wait
    // until resizing pauses.
    const apply = () => (this.#resizeFrame = requestAnimationFrame(() => (this.width = width)));
    if (this.width && (this.#layout?.nodes.length ?? 0) > LARGE) this.#resizeTimer = setTimeout(apply, 150);
    else apply();
  }

  // ── State ──

  protected override willUpdate(changed: PropertyValues<this>): void {
    const selection = this.data.selection;
    if (changed.has('approach')) this.#approachTouched = false;
    if (this.#seenApproach !== undefined && selection.approach !== this.#seenApproach) this.#approachTouched = true;
    this.#seenApproach = selection.approach;
    if (selection.item !== this.#seenSelection) {
      this.#seenSelection = selection.item;
      if (selection.item) this.openPart = null;
    }
    const dossier = this.data.dossier;
    if (!dossier) return;
    // Badges are drawn once the browser is idle, or at once when an approach is shown before that,
    // and kept from then on (see #renderDrawing).
    this.#withBadges ||= this.idle || !!this.#activeApproach(dossier);
    // Reading the computed style recalculates the page's styles: only when the layout may change
    // (not for a new selection or approach, which restyle what is drawn).
    const laidOut = this.#layoutFor;
    const own = changed as Map<PropertyKey, unknown>; // private states are not keys of `this`
    if (laidOut?.dossier === dossier && laidOut.locale === this.locale && !own.has('width') && !own.has('fontEpoch')) return;
    const style = getComputedStyle(this);
    // The first layout need not wait for the ResizeObserver (a frame, then another for its
    // requestAnimationFrame): the width is read here, and the tree drawn in this update.
    if (!this.width) this.width = contentWidth(style);
    if (!this.width) return;
    const size = fontSizeFor(this.width, parseFloat(style.fontSize) || 16);
    const key = `${this.width}|${size}|${style.fontFamily}|${this.locale}|${this.fontEpoch}`;
    if (this.#layoutFor?.dossier === dossier && this.#layoutFor.key === key) return;
    this.#layout = layoutTree({
      width: this.width,
      fontSize: size,
      measure: measureFor(style.fontFamily, size, this.fontEpoch),
      parts: this.#partsInput(dossier),
    });
    this.#layoutFor = { dossier, key, locale: this.locale };
    this.#layoutCount++;
    // A first guess that reads no geometry (which would lay out the page here): the top of the
    // drawing, where a reader arrives. Measured once drawn, in the next frame.
    this.steps = this.#windowed(this.#layout) ? { from: 0, to: Math.ceil(innerHeight / WINDOW_STEP) } : null;
    this.#onScroll();
    this.#names = this.#accessibleNames(dossier, this.#layout);
  }

  /**
   * A part's name says how much it holds; a node whose place or content is our interpretation
   * (drawn dashed, explained in the legend) says so in its name too, for those who cannot see it.
   */
  #accessibleNames(dossier: Dossier, layout: TreeLayout): Map<string, string> {
    const m = this.msg(treeMessages);
    const names = new Map<string, string>();
    for (const node of layout.nodes) {
      const part = node.type === 'part' ? dossier.tree.parts.find((p) => p.id === node.id)! : undefined;
      const name = part ? m.partName(localize(part.name, this.locale), this.t.collection[part.holds], dossier[part.holds].length) : node.label;
      if (node.basis === 'interpretation') names.set(node.key, `${name}, ${m.interpretedNote}`);
      else if (part) names.set(node.key, name);
    }
    return names;
  }

  #partsInput(d: Dossier): TreePartInput[] {
    const lang = this.locale;
    const m = this.msg(treeMessages);
    return d.tree.parts.map((part) => ({
      id: part.id,
      region: part.region,
      basis: part.basis,
      label: m.partLabel(localize(part.name, lang), this.t.collection[part.holds]),
      items: (d[part.holds] as readonly Item[]).map((item) => ({
        id: item.id,
        kind: KIND_OF[part.holds],
        label: localize(item.name, lang),
        basis: item.basis,
      })),
    }));
  }

  /** The id of the approach to show: the shared selection's, else the `approach` attribute until the user chose. */
  #wantedApproach(): string | null {
    return this.data.selection.approach ?? (this.#approachTouched ? null : this.approach);
  }

  /** The approach whose emphasis is shown, when the dossier has it. */
  #activeApproach(d: Dossier): Approach | undefined {
    const id = this.#wantedApproach();
    return id ? d.approaches.find((a) => a.id === id) : undefined;
  }

  /** An approach id that is not in the dossier, or undefined: shown in the legend; warned about once when it is the tree's own. */
  #unknownApproach(d: Dossier): string | undefined {
    const id = this.#wantedApproach();
    return id && !this.#activeApproach(d) ? id : undefined;
  }

  #chooseApproach(id: string | null): void {
    this.#approachTouched = true;
    this.data.setApproach(id);
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
    const layout = this.#layout;
    const approach = this.#activeApproach(d);
    const emphasis: ReadonlyMap<string, { weight: number }> = approach ? emphasisOf(d, approach.id) : new Map();
    const list = this.view === 'list';
    return html`<figure class="figure" part="figure">
      <figcaption class="caption" part="caption">
        <span class="caption__title">${localize(d.meta.title, this.locale)}</span>
        <span class="caption__summary">${this.#summary(d)}</span>
      </figcaption>
      ${this.#renderToolbar(d, approach)}
      ${this.exportFailed ? html`<p class="state state--error export-error" part="export-error">${m.exportFailed(this.exportFailed)}</p>` : nothing}
      ${this.#renderLegend(d, approach)}
      <div class="sizer">
        <!-- Focus listeners on the stage, not the SVG: Chrome makes an SVG element with focus listeners focusable. -->
        <div
          class=${classMap({ stage: true, 'stage--pending': !layout })}
          part="stage"
          ?hidden=${list}
          @focusin=${this.#onFocusIn}
          @focusout=${this.#onFocusOut}
        >
          ${layout ? this.#renderDrawing(d, layout, approach) : nothing}
          <div
            class="tip"
            id="tip"
            role="tooltip"
            hidden
            @pointerenter=${() => clearTimeout(this.#tipTimer)}
            @pointerleave=${() => this.#hideTip()}
          >
            <span class="tip__title"></span><span class="tip__text" id="tip-text"></span><span class="tip__hint" id="tip-hint"></span>
          </div>
          ${layout && !list ? this.#renderPanel(d, layout) : nothing}
        </div>
      </div>
      ${list || this.printing || (this.idle && keepsList(d)) ? this.#renderList(d, emphasis, approach, !list) : nothing}
      <!-- Hidden: the tree's description only, not text read in browse mode or beside the list view. -->
      <p id="hint" hidden>${m.keyboardHint}</p>
      <p class="visually-hidden status" role="status">${this.announcement}</p>
    </figure>`;
  }

  #summary(d: Dossier): string {
    const m = this.msg(treeMessages);
    const parts = d.tree.parts.map((p) => m.summaryPart(localize(p.name, this.locale), this.t.collection[p.holds], d[p.holds].length));
    return [m.summaryIntro, ...parts].join(' ');
  }

  #renderToolbar(d: Dossier, approach: Approach | undefined): TemplateResult {
    const m = this.msg(treeMessages);
    const choices: (Approach | null)[] = [null, ...d.approaches];
    return html`<div class="toolbar" part="toolbar">
      <div class="toolbar__group" role="group" aria-labelledby="highlight-label">
        <span class="toolbar__label" id="highlight-label">${m.highlight}</span>
        ${choices.map(
          (a) =>
            html`<button
              type="button"
              part="approach-button"
              data-approach=${a?.id ?? ''}
              data-label=${a ? localize(a.name, this.locale) : m.none}
              aria-pressed=${String((approach?.id ?? null) === (a?.id ?? null))}
              @click=${() => this.#chooseApproach(a?.id ?? null)}
            >
              ${a ? localize(a.name, this.locale) : m.none}
            </button>`,
        )}
      </div>
      <div class="toolbar__group">
        <button
          type="button"
          part="view-button"
          class="view-toggle"
          data-label=${m.showList}
          aria-pressed=${String(this.view === 'list')}
          @click=${this.#toggleView}
        >
          ${m.showList}
        </button>
        <button type="button" part="download-button" data-format="svg" aria-label=${m.downloadSvgLabel} @click=${() => this.download('svg')}>
          <span class="btn-icon" aria-hidden="true">↓</span>${m.downloadSvg}
        </button>
        <button type="button" part="download-button" data-format="png" aria-label=${m.downloadPngLabel} @click=${() => this.download('png')}>
          <span class="btn-icon" aria-hidden="true">↓</span>${m.downloadPng}
        </button>
      </div>
    </div>`;
  }

  #toggleView = () => {
    this.view = this.view === 'list' ? 'tree' : 'list';
    this.#hideTip();
  };

  #weightsAreInterpretation(approach: Approach): boolean {
    return [...approach.emphasis, ...approach.goals].some((e) => e.basis === 'interpretation');
  }

  #hasInterpretation(d: Dossier): boolean {
    return d.tree.parts.some((p) => p.basis === 'interpretation' || d[p.holds].some((i) => i.basis === 'interpretation'));
  }

  /**
   * The legend of every state (no approach, each approach) in one grid cell, the current one
   * visible: its height is that of the tallest at any width, from the first drawing on, so choosing
   * an approach never moves the drawing below it (the page would be laid out and painted again,
   * and jump). Until the browser is idle, a state not shown holds only the room of its samples;
   * then each gets its own, and an approach change only shows another.
   */
  #renderLegend(d: Dossier, approach: Approach | undefined): TemplateResult {
    const unknown = this.#unknownApproach(d);
    return html`<div class="legend" part="legend">
      ${[undefined, ...d.approaches].map((a) => {
        const whole = this.idle || a === approach;
        return html`<div class="legend__state ${a === approach ? '' : 'legend__state--off'}">
          ${guard([d, this.locale, a, a ? undefined : unknown, whole], () => this.#legendOf(d, a, unknown, whole))}
        </div>`;
      })}
    </div>`;
  }

  /** One state of the legend; `whole` draws its samples, else it keeps their room. */
  #legendOf(d: Dossier, approach: Approach | undefined, unknown: string | undefined, whole: boolean): TemplateResult {
    const m = this.msg(treeMessages);
    const t = this.t;
    const sample = (kind: 1 | 2 | 3 | 'dim' | 'dashed') =>
      whole
        ? html`<svg width="36" height="22" viewBox="0 0 36 22" aria-hidden="true" focusable="false">${drawSample(kind, 32)}</svg>`
        : html`<span class="legend__room"></span>`;
    return html`${approach
      ? html`<span class="legend__title">${m.legendFor(localize(approach.name, this.locale))}</span>
          ${([3, 2, 1] as const).map((w) => html`<span class="legend__item" data-weight=${w}>${sample(w)} ${t.weight[w]}</span>`)}
          <span class="legend__item">${sample('dim')} ${m.legendDimmed}</span>
          ${this.#weightsAreInterpretation(approach)
            ? html`<span class="legend__item">${basisBadge('interpretation', t)} ${m.weightsBasis}</span>`
            : nothing}`
      : html`<span class="legend__idle">${unknown ? t.unknownItem(t.kind.approach, unknown) : m.legendIdle}</span>`}
    ${this.#hasInterpretation(d) ? html`<span class="legend__item">${sample('dashed')} ${m.legendDashed}</span>` : nothing}`;
  }

  #renderDrawing(d: Dossier, layout: TreeLayout, approach: Approach | undefined): TemplateResult {
    const m = this.msg(treeMessages);
    const title = localize(d.meta.title, this.locale);
    const win = this.#drawWindow(layout);
    // A badge for every node some approach emphasises, weighted by #sync: a change of approach
    // then sets attributes, and creates no nodes. Drawn from the update that sets #withBadges
    // (willUpdate) on; #sync holds on to them.
    const badges = guard([layout, win, d, this.#withBadges], () => {
      if (!this.#withBadges) return nothing;
      return [...emphasisedIds(d)].flatMap((id) => {
        const node = layout.byKey.get(id);
        return node && shows(win, node) ? [drawBadge(node, layout.fontSize)] : [];
      });
    });
    return html`<svg
      class=${classMap({ 'ww-tree': true, 'ww-tree--screen': true, 'ww-tree--large': layout.nodes.length > LARGE })}
      part="drawing"
      viewBox="0 0 ${layout.width} ${layout.height}"
      width=${layout.width}
      height=${layout.height}
      role="none"
      style=${styleMap({ fontSize: `${layout.fontSize}px`, '--_label-size': `${layout.labelSize}px` })}
      data-layout=${this.#layoutCount}
      data-window=${ifDefined(win ? `${win.top} ${win.bottom}` : undefined)}
      ?data-emphasis=${!!approach}
      @keydown=${this.#onKeydown}
      @click=${this.#onClick}
      @pointerover=${this.#onPointerOver}
      @pointerout=${this.#onPointerOut}
    >
      <defs>${personSymbol}</defs>
      ${guard([layout, win], () => drawDecor(layout, win))}
      ${guard([layout, win], () => drawTree(layout, m.treeLabel(title), 'hint', this.#names, win))}
      ${guard([layout, win], () => drawLabels(layout, win))}
      <g class="badges" aria-hidden="true">${badges}</g>
      <g class="focus-ring" aria-hidden="true"><rect class="focus-ring__outer" /><rect class="focus-ring__inner" /></g>
    </svg>`;
  }

  /**
   * What of a large drawing to draw: the steps on screen, and the nodes that must stay whatever the
   * scroll position (the focused one, the tab stop, the selected one and the one with the tooltip).
   * The same object while none of that changes, so that the drawing is not rendered again.
   */
  #drawWindow(layout: TreeLayout): DrawWindow | undefined {
    const steps = this.steps;
    if (!steps) return undefined;
    const keep = [this.#focusKey, this.data.selection.item?.id, this.#tipKey].filter(
      (key): key is string => !!key && layout.byKey.get(key)?.type === 'item',
    );
    const id = `${steps.from} ${steps.to} ${keep.join(' ')}`;
    if (this.#window?.layout !== layout || this.#window.id !== id)
      this.#window = { layout, id, value: { top: steps.from * WINDOW_STEP, bottom: (steps.to + 1) * WINDOW_STEP, keep: new Set(keep) } };
    return this.#window.value;
  }

  #panelTarget(d: Dossier): PanelTarget | undefined {
    const layout = this.#layout;
    if (this.openPart && layout) {
      const node = layout.byKey.get(this.openPart);
      const part = node && d.tree.parts.find((p) => p.id === node.id);
      if (node && part) return { type: 'part', part, node };
    }
    const selected = this.data.selection.item;
    const found = selected ? findItem(d, selected.id) : undefined;
    if (found) return { type: 'item', found, node: layout?.byKey.get(found.item.id) };
    return undefined;
  }

  #renderPanel(d: Dossier, layout: TreeLayout) {
    const target = this.#panelTarget(d);
    if (!target) return nothing;
    const side = layout.width >= SIDE_PANEL_MIN;
    const node = target.node;
    const key = target.type === 'part' ? target.part.id : target.found.item.id;
    let style: Record<string, string> = {};
    if (side) {
      // Beside the node, on the other half of the tree: level with its top, or, for a node in
      // the lower half, growing upwards from its bottom. On the same half when, on the other,
      // it covered the node the keyboard focus moved to (#keepFocusInSight).
      const onLeft = (node ? node.x + node.w / 2 > layout.width / 2 : false) !== (this.flippedFor === key);
      const H = layout.height;
      const place: Record<string, string> = { [onLeft ? 'left' : 'right']: '8px' };
      if (node && node.y + node.h / 2 > H / 2) {
        const bottom = Math.round(Math.max(8, H - node.y - node.h - 8));
        style = { ...place, bottom: `${bottom}px`, maxHeight: `${H - bottom - 8}px` };
      } else {
        const top = Math.round(Math.max(8, (node?.y ?? 0) - 8));
        style = { ...place, top: `${top}px`, maxHeight: `${Math.max(240, H - top - 8)}px` };
      }
    }
    const region = target.type === 'part' ? target.part.region : node?.region;
    return html`<section
      class="panel panel--${side ? 'side' : 'sheet'}"
      part="panel"
      data-region=${ifDefined(region)}
      data-for=${key}
      aria-labelledby="panel-title"
      style=${styleMap(style)}
      @keydown=${this.#onPanelKeydown}
    >
      ${this.#panelBody(d, target, true)} ${target.type === 'item' ? copyLinkButton(this, this.data.selection.link, this.locale) : nothing}
    </section>`;
  }

  #panelBody(d: Dossier, target: PanelTarget, withHead: boolean): TemplateResult {
    const m = this.msg(treeMessages);
    const t = this.t;
    const lang = this.locale;
    const head = (kind: string, title: string) =>
      withHead
        ? html`<div class="panel__head">
            <div class="panel__heading">
              <p class="panel__kind">${kind}</p>
              <p class="panel__title" id="panel-title">${title}</p>
            </div>
            <button type="button" class="panel__close" part="close-button" aria-label=${m.close} @click=${this.#closeFromButton}>
              <span aria-hidden="true">×</span>
            </button>
          </div>`
        : nothing;
    if (target.type === 'part') {
      const part = target.part;
      return html`${head(m.placement, m.partLabel(localize(part.name, lang), t.collection[part.holds]))}
        <p>${basisBadge(part.basis, t, true)} ${m.items(d[part.holds].length)}</p>
        ${part.note ? html`<p>${localize(part.note, lang)}</p>` : nothing} ${renderSources(d, part.sources, t)}
        ${basisKey(labelsShown([part], true), t)}`;
    }
    const { item, kind } = target.found;
    const part = target.node ? d.tree.parts.find((p) => `part:${p.id}` === target.node!.partKey) : undefined;
    return html`${head(t.kind[kind], localize(item.name, lang))}
      ${item.basis !== 'dossier' ? html`<p>${basisBadge(item.basis, t)}</p>` : nothing}
      <p class="panel__summary">${renderSummary(item, lang, t)}</p>
      ${renderStatements(d, item.statements, lang, t)} ${this.#extras(item)} ${this.#emphasisSection(d, item, kind)}
      ${part
        ? html`<p class="panel__placement">
            <strong>${m.placement}:</strong> ${m.partLabel(localize(part.name, lang), t.collection[part.holds])} ${basisBadge(part.basis, t)}
          </p>`
        : nothing}
      ${renderSources(d, item.sources, t)} ${basisKey(labelsShown(this.#panelBases(d, item, kind, part)), t)}`;
  }

  /** Everything the item's panel labels: the item, its statements, the weights it lists and its placement. */
  #panelBases(d: Dossier, item: Item, kind: string, part: TreePart | undefined): { basis: Basis }[] {
    const weights =
      kind === 'approach' ? [...emphasisOf(d, item.id).values()] : EMPHASISED_KINDS.includes(kind) ? approachesEmphasising(d, item.id) : [];
    return [item, summaryBasisOf(item), ...item.statements, ...weights, ...(part ? [part] : [])];
  }

  #extras(item: Item) {
    const m = this.msg(treeMessages);
    const lang = this.locale;
    const chips = (title: string, texts: readonly { nl: string; en?: string }[]) =>
      html`<div class="panel__section">
        <span class="panel__section-title">${title}</span>
        <ul class="chips">
          ${texts.map((x) => html`<li>${localize(x, lang)}</li>`)}
        </ul>
      </div>`;
    if ('aspects' in item && item.aspects?.length) return chips(m.aspects, item.aspects);
    if ('examples' in item && item.examples?.length) return chips(m.examples, item.examples);
    if ('setting' in item) return html`<p class="chips-line">${m.setting[item.setting]}</p>`;
    return nothing;
  }

  #emphasisSection(d: Dossier, item: Item, kind: string) {
    const m = this.msg(treeMessages);
    const t = this.t;
    const lang = this.locale;
    const weight = (w: number) =>
      html`<span class="weight"><span class="dots" aria-hidden="true">${dots(w)}</span> ${t.weight[w as 1 | 2 | 3]}</span>`;
    if (kind === 'approach') {
      const active = this.#activeApproach(d)?.id === item.id;
      const list = [...emphasisOf(d, item.id)].sort((a, b) => b[1].weight - a[1].weight);
      return html`<div class="panel__section">
        <span class="panel__section-title">${m.emphasises}</span>
        <ul>
          ${list.map(([id, e]) => {
            const found = findItem(d, id);
            return html`<li>${found ? localize(found.item.name, lang) : id}: ${weight(e.weight)} ${basisBadge(e.basis, t)}</li>`;
          })}
        </ul>
        <button type="button" aria-pressed=${String(active)} @click=${() => this.#chooseApproach(active ? null : item.id)}>${m.showEmphasis}</button>
      </div>`;
    }
    if (!EMPHASISED_KINDS.includes(kind)) return nothing;
    const by = approachesEmphasising(d, item.id);
    return html`<div class="panel__section">
      <span class="panel__section-title">${m.emphasisedBy}</span>
      ${by.length
        ? html`<ul>
            ${by.map((e) => html`<li>${localize(e.approach.name, lang)}: ${weight(e.weight)} ${basisBadge(e.basis, t)}</li>`)}
          </ul>`
        : html`<p>${m.notEmphasised}</p>`}
    </div>`;
  }

  #renderList(d: Dossier, emphasis: ReadonlyMap<string, { weight: number }>, approach: Approach | undefined, printOnly: boolean): TemplateResult {
    const m = this.msg(treeMessages);
    const t = this.t;
    const lang = this.locale;
    const selected = this.data.selection.item;
    const approachName = approach ? localize(approach.name, lang) : '';
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
                  const found = findItem(d, item.id)!;
                  return html`<li
                    class="list__item"
                    data-id=${item.id}
                    data-weight=${ifDefined(w)}
                    ?data-dim=${!!approach && !w && item.id !== approach.id}
                  >
                    <button
                      type="button"
                      class="list__name"
                      aria-expanded=${String(open)}
                      @click=${() => this.data.select(open ? null : { id: item.id, kind: KIND_OF[part.holds] })}
                    >
                      ${localize(item.name, lang)}
                    </button>
                    ${basisBadge(item.basis, t)}
                    ${w
                      ? html`<span class="weight"
                          ><span class="dots" aria-hidden="true">${dots(w)}</span> ${m.weightNote(t.weight[w as 1 | 2 | 3], approachName)}</span
                        >`
                      : nothing}
                    <span class="list__summary">${renderSummary(item, lang, t)}</span>
                    ${open && !printOnly
                      ? html`<div class="list__details">${this.#panelBody(d, { type: 'item', found, node: undefined }, false)}</div>`
                      : nothing}
                  </li>`;
                })}
              </ul>
            </li>`,
        )}
      </ul>
      ${basisKey(labelsShown(d.tree.parts.flatMap((p) => [p, ...d[p.holds], ...d[p.holds].map(summaryBasisOf)])), t)}
      ${unplaced.length
        ? html`<p class="notice">${m.notInTree(unplaced.map((c) => `${t.collection[c]} (${d[c].length})`).join(', '))}</p>`
        : nothing}
    </div>`;
  }

  // ── After each render: selection, emphasis and focus as attributes, without laying out again ──

  protected override updated(): void {
    const d = this.data.dossier;
    if (!d) return;
    this.#sync(d);
    this.#scheduleIdle();
    // Its own attribute only: an approach that comes from the provider, the provider warns about.
    this.#unknownApproachWarning.check([this.data.selection.approach ? null : this.#unknownApproach(d)], d);
    if (this.#tipKey && this.#tipLocale !== this.locale) this.#showTip(this.#tipKey, this.#tipFromFocus);
  }

  /** Once drawn, the rest (see `idle`) joins the page when the browser is idle. */
  #scheduleIdle(): void {
    if (this.data.dossier && this.#layout && !this.idle && !this.#cancelIdle) this.#cancelIdle = whenIdle(() => (this.idle = true));
  }

  #svg(): SVGSVGElement | null {
    return this.renderRoot.querySelector<SVGSVGElement>('svg.ww-tree--screen');
  }

  #sync(d: Dossier): void {
    const svgEl = this.#svg();
    const layout = this.#layout;
    if (!svgEl || !layout) return;
    // What is drawn changes with the layout, and for large trees with the window.
    const drawn = this.#window?.layout === layout && this.steps ? this.#window : layout;
    const full = this.#synced !== drawn;
    if (full) {
      this.#els = new Map([...svgEl.querySelectorAll<SVGGElement>('.node')].map((el) => [el.dataset.key!, el]));
      this.#labels = new Map([...svgEl.querySelectorAll<SVGTextElement>('.label[data-key]')].map((el) => [el.dataset.key!, el]));
      this.#synced = drawn;
    }
    // The badges come with the drawing, or later (see #renderDrawing).
    if (full || !this.#badges.size)
      this.#badges = new Map([...svgEl.querySelectorAll<SVGGElement>('.badge[data-key]')].map((el) => [el.dataset.key!, el]));
    const m = this.msg(treeMessages);
    const t = this.t;
    const approach = this.#activeApproach(d);
    const approachName = approach ? localize(approach.name, this.locale) : '';
    const weights = new Map<string, number>();
    if (approach) for (const [id, e] of emphasisOf(d, approach.id)) if (this.#els.has(id)) weights.set(id, e.weight);
    const current = approach && this.#els.has(approach.id) ? approach.id : null;
    const item = this.data.selection.item;
    const selected = this.openPart ?? (item && this.#els.has(item.id) ? item.id : null);
    const prev = this.#applied;
    const baseLabel = (key: string) => this.#names.get(key) ?? layout.byKey.get(key)?.label ?? '';

    const relabel = new Set<string>([...prev.weights.keys(), ...weights.keys()]);
    if (prev.current) relabel.add(prev.current);
    if (current) relabel.add(current);
    const approachChanged = full || prev.approach !== (approach?.id ?? null) || prev.lang !== this.locale;
    for (const key of relabel) {
      const el = this.#els.get(key);
      if (!el) continue;
      const w = weights.get(key);
      if (!approachChanged && prev.weights.get(key) === w && (key === current) === (key === prev.current)) continue;
      for (const target of [el, this.#labels.get(key)]) {
        if (!target) continue;
        if (w) target.setAttribute('data-weight', String(w));
        else target.removeAttribute('data-weight');
        target.toggleAttribute('data-current', key === current);
      }
      const badge = this.#badges.get(key);
      if (w) badge?.setAttribute('data-weight', String(w));
      else badge?.removeAttribute('data-weight');
      const note = w ? m.weightNote(t.weight[w as 1 | 2 | 3], approachName) : key === current ? m.activeApproachNote : '';
      el.setAttribute('aria-label', note ? `${baseLabel(key)}, ${note}` : baseLabel(key));
    }

    // A node selected elsewhere must be visible: open its part if it was closed.
    const selectedPart = selected ? layout.byKey.get(selected)?.partKey : undefined;
    if (selectedPart && selectedPart !== selected && this.#collapsed.has(selectedPart)) this.#setExpanded(selectedPart, true);

    if (full || prev.selected !== selected) {
      if (prev.selected) {
        this.#els.get(prev.selected)?.setAttribute('aria-selected', 'false');
        this.#labels.get(prev.selected)?.removeAttribute('data-selected');
      }
      if (selected) {
        this.#els.get(selected)?.setAttribute('aria-selected', 'true');
        this.#labels.get(selected)?.setAttribute('data-selected', '');
      }
    }

    if (full) for (const key of this.#collapsed) this.#setExpanded(key, false);

    // One tab stop: the node last focused, else the selected one, else the first.
    const focusInside = svgEl.contains(this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null);
    let tab = this.#focusKey && this.#els.has(this.#focusKey) ? this.#focusKey : null;
    if (!focusInside && selected && selected !== prev.selected) tab = selected;
    tab ??= selected ?? layout.nodes[0]?.key ?? null;
    if (full || tab !== prev.tab) {
      if (prev.tab && prev.tab !== tab) this.#els.get(prev.tab)?.setAttribute('tabindex', '-1');
      if (tab) this.#els.get(tab)?.setAttribute('tabindex', '0');
    }
    this.#focusKey = tab;
    this.#applied = { weights, current, selected, tab, approach: approach?.id ?? null, lang: this.locale };
    if (full && focusInside && tab) this.#placeRing(tab);
  }

  // ── Keyboard, pointer and focus ──

  #keyOf(target: EventTarget | null): string | undefined {
    return target instanceof Element ? (target.closest<SVGGElement>('.node')?.dataset.key ?? undefined) : undefined;
  }

  /** Keys of the nodes one can reach: parts, and the items of open parts, in reading order. */
  #visibleKeys(): string[] {
    const layout = this.#layout;
    if (!layout) return [];
    return layout.nodes.filter((n) => n.type === 'part' || !this.#collapsed.has(n.partKey)).map((n) => n.key);
  }

  #setExpanded(key: string, expanded: boolean): void {
    if (expanded) this.#collapsed.delete(key);
    else this.#collapsed.add(key);
    const el = this.#els.get(key);
    el?.setAttribute('aria-expanded', String(expanded));
    // The stylesheet hides a closed part's group, but Chromium keeps its items in the accessibility
    // tree it gives screen readers until something on the group itself changes: say it there too.
    const group = el?.querySelector(':scope > [role="group"]');
    if (expanded) group?.removeAttribute('aria-hidden');
    else group?.setAttribute('aria-hidden', 'true');
    for (const child of this.#layout?.children.get(key) ?? []) this.#labels.get(child)?.toggleAttribute('data-hidden', !expanded);
  }

  #onKeydown = (event: KeyboardEvent) => {
    const key = this.#keyOf(event.target);
    const layout = this.#layout;
    if (!key || !layout || event.altKey || event.ctrlKey || event.metaKey) return;
    const node = layout.byKey.get(key)!;
    const order = this.#visibleKeys();
    const i = order.indexOf(key);
    const kids = layout.children.get(key) ?? [];
    let next: string | undefined;
    switch (event.key) {
      case 'ArrowDown':
        next = order[i + 1];
        break;
      case 'ArrowUp':
        next = order[i - 1];
        break;
      case 'Home':
        next = order[0];
        break;
      case 'End':
        next = order[order.length - 1];
        break;
      case 'ArrowRight':
        if (node.type === 'part' && kids.length) {
          if (this.#collapsed.has(key)) this.#setExpanded(key, true);
          else next = kids[0];
        }
        break;
      case 'ArrowLeft':
        if (node.type === 'item') next = layout.parent.get(key);
        else if (kids.length && !this.#collapsed.has(key)) this.#setExpanded(key, false);
        break;
      case '*':
        for (const k of [...this.#collapsed]) this.#setExpanded(k, true);
        break;
      case 'Enter':
      case ' ':
        this.#activate(key);
        break;
      case 'Escape':
        if (!this.#closePanel() && !this.#hideTip()) return;
        break;
      default:
        if (event.key.length !== 1 || !/\S/.test(event.key)) return;
        next = this.#typeAhead(order, i, event.key);
    }
    event.preventDefault();
    if (next) this.#focusNode(next);
  };

  /** The next node, after the current one and wrapping, whose label starts with `char`. */
  #typeAhead(order: string[], from: number, char: string): string | undefined {
    const c = fold(char);
    for (let step = 1; step <= order.length; step++) {
      const key = order[(from + step) % order.length];
      if (fold(this.#layout!.byKey.get(key)!.label).startsWith(c)) return key;
    }
    return undefined;
  }

  #focusNode(key: string): void {
    const el = this.#els.get(key);
    if (!el) {
      // Not drawn (a large tree's node off screen): draw it, then focus it, which scrolls it into view.
      if (!this.#layout?.byKey.has(key)) return;
      this.#focusKey = key;
      this.requestUpdate();
      this.updateComplete.then(() => this.#els.get(key) && this.#focusNode(key));
      return;
    }
    this.#setTab(key);
    el.focus();
  }

  #setTab(key: string): void {
    const prev = this.#applied.tab;
    if (prev && prev !== key) this.#els.get(prev)?.setAttribute('tabindex', '-1');
    this.#els.get(key)?.setAttribute('tabindex', '0');
    this.#applied.tab = key;
    this.#focusKey = key;
  }

  #activate(key: string): void {
    const layout = this.#layout;
    const node = layout?.byKey.get(key);
    if (!node) return;
    const m = this.msg(treeMessages);
    this.#hideTip();
    if (node.type === 'part') {
      this.openPart = this.openPart === key ? null : key;
      if (this.openPart) this.#announce(m.selected(node.label));
      return;
    }
    this.openPart = null;
    if (this.data.selection.item?.id !== node.id) this.data.select({ id: node.id, kind: node.kind! });
    this.#announce(m.selected(node.label));
  }

  #announcements = 0;
  /** Says `text` in the status region, again too when it was the last thing said. */
  #announce(text: string): void {
    this.announcement = liveText(text, ++this.#announcements);
  }

  /** Closes the detail panel; false if none was open. */
  #closePanel(): boolean {
    if (this.openPart) {
      this.openPart = null;
      return true;
    }
    if (this.data.selection.item) {
      this.data.select(null);
      return true;
    }
    return false;
  }

  #closeFromButton = () => {
    this.#closePanel();
    const key = this.#focusKey;
    this.updateComplete.then(() => key && this.#focusNode(key));
  };

  #onPanelKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    this.#closeFromButton();
  };

  #onClick = (event: MouseEvent) => {
    const key = this.#keyOf(event.target);
    if (key) this.#activate(key);
  };

  #onFocusIn = (event: FocusEvent) => {
    const key = this.#keyOf(event.target);
    if (!key) return;
    this.#setTab(key);
    this.#placeRing(key);
    // The ring shows for keyboard focus only; an attribute, not :has(), so that moving focus
    // restyles the ring alone.
    this.#svg()?.toggleAttribute('data-ring', (event.target as Element).matches(':focus-visible'));
    this.#showTip(key, true);
    this.#keepFocusInSight(key);
  };

  /**
   * A side panel stays open while the keyboard moves on through the tree; where it covers the
   * node that now has focus, it moves to the tree's other half if it covers less of it there, so
   * that the focus stays in sight (WCAG 2.4.7).
   */
  #keepFocusInSight(key: string): void {
    const panel = this.renderRoot.querySelector<HTMLElement>('.panel--side');
    const svg = this.#svg();
    const el = this.#els.get(key);
    if (!panel || !svg || !el) return;
    const box = svg.getBoundingClientRect();
    const p = panel.getBoundingClientRect();
    const n = el.getBoundingClientRect();
    const overlap = (left: number, right: number) =>
      Math.max(0, Math.min(right, n.right) - Math.max(left, n.left)) * Math.max(0, Math.min(p.bottom, n.bottom) - Math.max(p.top, n.top));
    const here = overlap(p.left, p.right);
    if (here > 0 && overlap(box.left + box.right - p.right, box.left + box.right - p.left) < here) {
      const target = panel.dataset.for ?? null;
      this.flippedFor = this.flippedFor === target ? null : target;
    }
  }

  #onFocusOut = (event: FocusEvent) => {
    const svgEl = this.#svg();
    if (!svgEl || !(event.relatedTarget instanceof Node) || !svgEl.contains(event.relatedTarget)) {
      svgEl?.removeAttribute('data-ring');
      this.#hideTip();
    }
  };

  #onPointerOver = (event: PointerEvent) => {
    const key = this.#keyOf(event.target);
    if (!key || key === this.#tipKey) return;
    clearTimeout(this.#tipTimer);
    this.#tipTimer = setTimeout(() => this.#showTip(key, false), this.#tipKey ? 0 : 250);
  };

  #onPointerOut = (event: PointerEvent) => {
    const from = this.#keyOf(event.target);
    if (from && from === this.#keyOf(event.relatedTarget)) return;
    const tip = this.renderRoot.querySelector('.tip');
    if (tip && event.relatedTarget instanceof Node && tip.contains(event.relatedTarget)) return;
    clearTimeout(this.#tipTimer);
    this.#tipTimer = setTimeout(() => this.#hideTip(), 120);
  };

  #placeRing(key: string): void {
    const node = this.#layout?.byKey.get(key);
    const svgEl = this.#svg();
    if (!node || !svgEl) return;
    const gap = 4;
    for (const rect of svgEl.querySelectorAll('.focus-ring rect')) {
      rect.setAttribute('x', String(node.x - gap));
      rect.setAttribute('y', String(node.y - gap));
      rect.setAttribute('width', String(node.w + 2 * gap));
      rect.setAttribute('height', String(node.h + 2 * gap));
      rect.setAttribute('rx', String(node.type === 'part' || node.person ? (node.h + 2 * gap) / 2 : 8));
    }
  }

  /** Shows the short description of a node above it (below it near the top). */
  #showTip(key: string, fromFocus: boolean): void {
    const d = this.data.dossier;
    const layout = this.#layout;
    const node = layout?.byKey.get(key);
    const tip = this.renderRoot.querySelector<HTMLElement>('.tip');
    const svgEl = this.#svg();
    if (!d || !node || !tip || !svgEl || this.view === 'list') return;
    const m = this.msg(treeMessages);
    let text = '';
    if (node.type === 'part') {
      const part = d.tree.parts.find((p) => p.id === node.id);
      text = part?.note ? localize(part.note, this.locale) : '';
    } else {
      const item = findItem(d, node.id)?.item;
      text = item ? summaryText(item, this.locale, this.t) : '';
    }
    tip.querySelector('.tip__title')!.textContent = node.label;
    tip.querySelector('.tip__text')!.textContent = text;
    tip.querySelector('.tip__hint')!.textContent = m.tooltipHint;
    tip.hidden = false;
    this.#tipKey = key;
    this.#tipLocale = this.locale;
    this.#tipFromFocus = fromFocus;
    document.addEventListener('keydown', this.#onDocumentKey, true);
    const scale = svgEl.clientWidth / layout!.width || 1;
    const stageWidth = svgEl.clientWidth;
    const x = (node.x + node.w / 2) * scale;
    const left = Math.max(4, Math.min(stageWidth - tip.offsetWidth - 4, x - tip.offsetWidth / 2));
    let top = node.y * scale - tip.offsetHeight - 10;
    if (top < 0) top = (node.y + node.h) * scale + 10;
    tip.style.left = `${Math.round(left)}px`;
    tip.style.top = `${Math.round(top)}px`;
    const el = this.#els.get(key);
    // The node's description: the tooltip's text and hint, not its title, which is the node's name already.
    for (const other of svgEl.querySelectorAll('[aria-describedby="tip-text tip-hint"]')) if (other !== el) other.removeAttribute('aria-describedby');
    if (fromFocus && el) el.setAttribute('aria-describedby', 'tip-text tip-hint');
  }

  /**
   * Escape hides the tooltip wherever focus is (WCAG 1.4.13): one the pointer shows may cover other
   * nodes while focus is elsewhere on the page. Inside the drawing, its own key handler does it.
   */
  #onDocumentKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    const svgEl = this.#svg();
    if (svgEl && event.composedPath().includes(svgEl)) return;
    this.#hideTip();
  };

  /** Hides the tooltip; false if it was not shown. */
  #hideTip(): boolean {
    clearTimeout(this.#tipTimer);
    document.removeEventListener('keydown', this.#onDocumentKey, true);
    const tip = this.renderRoot.querySelector<HTMLElement>('.tip');
    this.#tipKey = null;
    if (!tip || tip.hidden) return false;
    tip.hidden = true;
    return true;
  }

  // ── Export ──

  /**
   * The whole tree as a standalone SVG document: title, the drawing at slide width (1400 px), the
   * legend and the source, in the current language and theme, with the active approach's emphasis.
   */
  async toSVG(): Promise<string> {
    return (await this.#exportSvg()).text;
  }

  /** The same picture as `toSVG()`, as a PNG at `scale` times its size (2 by default). */
  async toPNG(scale = 2): Promise<Blob> {
    const { text, width, height } = await this.#exportSvg();
    return (await picture()).svgToPng(text, width, height, scale);
  }

  /** Offers the picture as a file: `wat-werkt-boom-nl.svg` (or `.png`) in Dutch, `wat-werkt-tree-en.svg` in English. */
  async download(format: 'svg' | 'png'): Promise<void> {
    const name = `wat-werkt-${this.locale === 'en' ? 'tree' : 'boom'}-${this.locale}.${format}`;
    this.exportFailed = null;
    try {
      const blob = format === 'svg' ? new Blob([await this.toSVG()], { type: 'image/svg+xml' }) : await this.toPNG();
      (await picture()).downloadBlob(blob, name);
    } catch (error) {
      console.error(`[wat-werkt] <tree-infographic> export as ${format.toUpperCase()} failed:`, error);
      // Shown below the toolbar (a download that does nothing says nothing otherwise), and said once
      // by the status region; the message itself is not live, so it is not said twice.
      this.exportFailed = format;
      this.#announce(this.msg(treeMessages).exportFailed(format));
    }
  }

  async #exportSvg(): Promise<{ text: string; width: number; height: number }> {
    const d = this.data.dossier;
    if (!d) throw new Error('The dossier is not loaded yet');
    await document.fonts?.ready;
    const style = getComputedStyle(this);
    const fontSize = fontSizeFor(EXPORT_WIDTH, parseFloat(style.fontSize) || 16);
    const approach = this.#activeApproach(d);
    const { drawPicture } = await picture();
    return drawPicture({
      host: this,
      stage: this.renderRoot,
      dossier: d,
      lang: this.locale,
      m: this.msg(treeMessages),
      t: this.t,
      width: EXPORT_WIDTH,
      fontSize,
      measure: measureFor(style.fontFamily, fontSize, this.fontEpoch),
      parts: this.#partsInput(d),
      names: this.#names,
      approach,
      weightsAreInterpretation: !!approach && this.#weightsAreInterpretation(approach),
      hasInterpretation: this.#hasInterpretation(d),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tree-infographic': TreeInfographic;
  }
}
