/**
 * When the tree is laid out: once per change of dossier, width, language or fonts, never for a
 * selection or an approach (docs/ARCHITECTURE.md, *Speed*). It follows the element's width with a
 * ResizeObserver and the page's fonts as they load, and keeps the accessible names that go with
 * the layout.
 */
import type { ReactiveController } from 'lit';
import { KIND_OF, localize } from '../../model/query.js';
import type { Dossier, Item } from '../../model/types.js';
import { createMeasure, type Measure } from './text-fit.js';
import { layoutTree, type TreeLayout, type TreePartInput } from './tree-layout.js';
import type { TreeView } from './tree-view.js';

/** Above this many nodes, resizing waits for the size to settle before laying out again. */
export const LARGE = 800;

/**
 * Narrower than this (the element's content box), the tree is laid out for a phone and its chrome is
 * compact: a one-row toolbar, the legend behind a disclosure, the caption's summary on one line. The
 * figure then has the class `phone`, which the chrome's styles follow.
 */
export const PHONE = 480;

/**
 * Item labels are a little smaller than the text around them, more so on narrow screens, but not
 * below 14 px (a phone's reader holds it at arm's length), unless the page's own text is smaller.
 */
export const fontSizeFor = (width: number, base: number) =>
  Math.max(Math.min(14, base), Math.round(base * (width < PHONE ? 0.8 : width < 900 ? 0.85 : 0.9) * 10) / 10);

const measures = new Map<string, Measure>();
/** A text measurer for a font, kept across layouts; `epoch` counts the fonts loaded so far. */
export function measureFor(family: string, size: number, epoch: number): Measure {
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

/** The dossier's parts and items, as the layout takes them: labels in the current language. */
export function partsInput(view: TreeView, d: Dossier): TreePartInput[] {
  const lang = view.locale();
  const m = view.m();
  const t = view.t();
  const notes = levelNotes(m.levelsNote, d);
  return d.tree.parts.map((part) => ({
    id: part.id,
    region: part.region,
    basis: part.basis,
    label: m.partLabel(localize(part.name, lang), t.collection[part.holds]),
    items: (d[part.holds] as readonly Item[]).map((item) => ({
      id: item.id,
      kind: KIND_OF[part.holds],
      label: localize(item.name, lang),
      basis: item.basis,
      ...notes(item),
    })),
  }));
}

/**
 * A factor's levels as its data gives them, in the order of the dossier's levels (micro first),
 * long and short. The levels' order is read once per layout, not once per factor: a dossier with
 * thousands of levels and factors would otherwise take their product in steps.
 */
function levelNotes(levelsNote: (scales: string[], short?: boolean) => string, d: Dossier) {
  const rank = new Map(d.levels.map((level, i) => [level.id, i]));
  return (item: Item): { note?: string; shortNote?: string } => {
    if (!('levels' in item) || !('serves' in item)) return {};
    const ranks = [...new Set(item.levels.map((l) => rank.get(l.level)).filter((i): i is number => i !== undefined))].sort((a, b) => a - b);
    if (!ranks.length) return {};
    const scales = ranks.map((i) => d.levels[i].scale);
    return { note: levelsNote(scales), shortNote: levelsNote(scales, true) };
  };
}

export class TreeLayoutController implements ReactiveController {
  #width = 0;
  /** Counts the font loads: a new one measures text again. */
  fontEpoch = 0;
  layout?: TreeLayout;
  #layoutFor?: { dossier: Dossier; key: string; locale: string };
  /** Width or fonts changed since the last layout. */
  #stale = true;
  count = 0;
  /** Accessible names that are not just a node's label: every part's, and an interpretive item's. */
  names = new Map<string, string>();
  #observer?: ResizeObserver;
  #timer?: ReturnType<typeof setTimeout>;
  #frame = 0;

  constructor(
    private readonly view: TreeView,
    /** Told of each new layout. */
    private readonly laidOut: (layout: TreeLayout) => void,
  ) {
    view.host.addController(this);
  }

  get width(): number {
    return this.#width;
  }

  hostConnected(): void {
    this.#observer = new ResizeObserver((entries) => this.#onResize(entries));
    this.#observer.observe(this.view.host);
    document.fonts?.addEventListener('loadingdone', this.#onFonts);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    clearTimeout(this.#timer);
    cancelAnimationFrame(this.#frame);
    document.fonts?.removeEventListener('loadingdone', this.#onFonts);
  }

  #onFonts = () => {
    this.fontEpoch++;
    this.#stale = true;
    this.view.host.requestUpdate();
  };

  #onResize(entries: ResizeObserverEntry[]): void {
    const entry = entries[entries.length - 1];
    const width = Math.floor(entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width);
    if (!width || width === this.#width) return;
    clearTimeout(this.#timer);
    cancelAnimationFrame(this.#frame);
    // Lay out in the next frame, not inside the observer's callback: the new height would
    // otherwise be an undelivered resize ("ResizeObserver loop" error). Large trees wait
    // until resizing pauses.
    const apply = () =>
      (this.#frame = requestAnimationFrame(() => {
        this.#width = width;
        this.#stale = true;
        this.view.host.requestUpdate();
      }));
    if (this.#width && (this.layout?.nodes.length ?? 0) > LARGE) this.#timer = setTimeout(apply, 150);
    else apply();
  }

  /** Before a render: lays the tree out again if its dossier, width, language or fonts changed. */
  update(dossier: Dossier): void {
    const view = this.view;
    const locale = view.locale();
    // Reading the computed style recalculates the page's styles: only when the layout may change
    // (not for a new selection or approach, which restyle what is drawn).
    const laidOut = this.#layoutFor;
    if (laidOut?.dossier === dossier && laidOut.locale === locale && !this.#stale) return;
    this.#stale = false;
    const host = view.host;
    const style = getComputedStyle(host);
    // The first layout need not wait for the ResizeObserver (a frame, then another for its
    // requestAnimationFrame): the width is read here, and the tree drawn in this update.
    if (!this.#width) this.#width = contentWidth(style);
    if (!this.#width) return;
    const size = fontSizeFor(this.#width, parseFloat(style.fontSize) || 16);
    const key = `${this.#width}|${size}|${style.fontFamily}|${locale}|${this.fontEpoch}`;
    if (laidOut?.dossier === dossier && laidOut.key === key) return;
    this.layout = layoutTree({
      width: this.#width,
      fontSize: size,
      measure: measureFor(style.fontFamily, size, this.fontEpoch),
      parts: partsInput(view, dossier),
    });
    this.#layoutFor = { dossier, key, locale };
    this.count++;
    this.names = this.#accessibleNames(dossier, this.layout);
    this.laidOut(this.layout);
  }

  /**
   * A part's name says how much it holds; a node whose place or content is our interpretation
   * (drawn dashed, explained in the legend) says so in its name too, for those who cannot see it.
   */
  #accessibleNames(dossier: Dossier, layout: TreeLayout): Map<string, string> {
    const m = this.view.m();
    const t = this.view.t();
    const locale = this.view.locale();
    const names = new Map<string, string>();
    for (const node of layout.nodes) {
      const part = node.type === 'part' ? dossier.tree.parts.find((p) => p.id === node.id)! : undefined;
      const name = part ? m.partName(localize(part.name, locale), t.collection[part.holds], dossier[part.holds].length) : node.label;
      if (node.basis === 'interpretation') names.set(node.key, `${name}, ${m.interpretedNote}`);
      else if (part) names.set(node.key, name);
    }
    return names;
  }
}
