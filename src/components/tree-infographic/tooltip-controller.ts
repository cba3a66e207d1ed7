/**
 * The tooltip: a node's short description, above it (below it near the top), on hover after a
 * moment and at once on focus. It stays while the pointer is over it, and Escape hides it wherever
 * focus is (WCAG 1.4.13).
 */
import { html, type ReactiveController, type TemplateResult } from 'lit';
import { findItem, localize } from '../../model/query.js';
import { summaryText } from '../../base/fragments.js';
import type { TreeView } from './tree-view.js';

export class TooltipController implements ReactiveController {
  /** The node whose description is shown. */
  #key: string | null = null;
  /** The language the shown tooltip is written in: a new one rewrites it (refresh). */
  #locale = '';
  #fromFocus = false;
  #timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly view: TreeView,
    /** The drawn node of a key, to describe it by the tooltip. */
    private readonly nodeEl: (key: string) => SVGGElement | undefined,
    /** The node a pointer event happened on. */
    private readonly keyOf: (target: EventTarget | null) => string | undefined,
  ) {
    view.host.addController(this);
  }

  /** The node whose description is shown, if any. */
  get key(): string | null {
    return this.#key;
  }

  /** After the drawing is synced: a tooltip shown in another language is written again. */
  refresh(): void {
    if (this.#key && this.#locale !== this.view.locale()) this.show(this.#key, this.#fromFocus);
  }

  hostDisconnected(): void {
    this.hide();
  }

  /** The tooltip's element, empty and hidden until shown. */
  render(): TemplateResult {
    return html`<div
      class="tip"
      id="tip"
      role="tooltip"
      hidden
      @pointerenter=${() => clearTimeout(this.#timer)}
      @pointerleave=${() => this.hide()}
    >
      <span class="tip__title"></span><span class="tip__text" id="tip-text"></span><span class="tip__hint" id="tip-hint"></span>
    </div>`;
  }

  onPointerOver = (event: PointerEvent) => {
    const key = this.keyOf(event.target);
    if (!key || key === this.#key) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.show(key, false), this.#key ? 0 : 250);
  };

  onPointerOut = (event: PointerEvent) => {
    const from = this.keyOf(event.target);
    if (from && from === this.keyOf(event.relatedTarget)) return;
    const tip = this.view.root().querySelector('.tip');
    if (tip && event.relatedTarget instanceof Node && tip.contains(event.relatedTarget)) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.hide(), 120);
  };

  /** Shows the short description of a node above it (below it near the top). */
  show(key: string, fromFocus: boolean): void {
    const view = this.view;
    const d = view.data.dossier;
    const layout = view.layout();
    const node = layout?.byKey.get(key);
    const tip = view.root().querySelector<HTMLElement>('.tip');
    const svgEl = view.svg();
    if (!d || !node || !tip || !svgEl || view.view() === 'list') return;
    const locale = view.locale();
    let text = '';
    if (node.type === 'part') {
      const part = d.tree.parts.find((p) => p.id === node.id);
      text = part?.note ? localize(part.note, locale) : '';
    } else {
      const item = findItem(d, node.id)?.item;
      text = item ? summaryText(item, locale, view.t()) : '';
    }
    tip.querySelector('.tip__title')!.textContent = node.label;
    tip.querySelector('.tip__text')!.textContent = text;
    tip.querySelector('.tip__hint')!.textContent = view.m().tooltipHint;
    tip.hidden = false;
    this.#key = key;
    this.#locale = locale;
    this.#fromFocus = fromFocus;
    document.addEventListener('keydown', this.#onDocumentKey, true);
    const scale = svgEl.clientWidth / layout!.width || 1;
    const stageWidth = svgEl.clientWidth;
    const x = (node.x + node.w / 2) * scale;
    const left = Math.max(4, Math.min(stageWidth - tip.offsetWidth - 4, x - tip.offsetWidth / 2));
    let top = node.y * scale - tip.offsetHeight - 10;
    if (top < 0) top = (node.y + node.h) * scale + 10;
    tip.style.left = `${Math.round(left)}px`;
    tip.style.top = `${Math.round(top)}px`;
    const el = this.nodeEl(key);
    // The node's description: the tooltip's text and hint, not its title, which is the node's name already.
    for (const other of svgEl.querySelectorAll('[aria-describedby="tip-text tip-hint"]')) if (other !== el) other.removeAttribute('aria-describedby');
    if (fromFocus && el) el.setAttribute('aria-describedby', 'tip-text tip-hint');
  }

  /**
   * Escape hides the tooltip wherever focus is (WCAG 1.4.13): one the pointer shows may cover other
   * nodes while focus is elsewhere on the page. Inside the drawing, the keyboard's handler does it.
   */
  #onDocumentKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    const svgEl = this.view.svg();
    if (svgEl && event.composedPath().includes(svgEl)) return;
    this.hide();
  };

  /** Hides the tooltip; false if it was not shown. */
  hide(): boolean {
    clearTimeout(this.#timer);
    document.removeEventListener('keydown', this.#onDocumentKey, true);
    const tip = this.view.root().querySelector<HTMLElement>('.tip');
    this.#key = null;
    if (!tip || tip.hidden) return false;
    tip.hidden = true;
    return true;
  }
}
