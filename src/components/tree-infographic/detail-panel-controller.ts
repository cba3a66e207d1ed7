/**
 * The detail panel: the selected item's details, or an open part's. Beside the node on a wide
 * drawing, a sheet below it on a narrow one. Escape or its close button closes it and gives focus
 * back to the node.
 *
 * Focus follows the WAI-ARIA pattern each form is (docs/ARCHITECTURE.md, *Focus and the detail panel*):
 * - the side panel is a non-modal details region of the tree's selection (master-detail): opening it
 *   moves no focus, the arrow keys go on through the tree and the panel follows; Tab from the node goes
 *   into it, Escape there closes it and gives focus back to the node;
 * - the sheet on a narrow drawing covers the tree, so opened from the tree (click, Enter, Space) it is a
 *   modal dialog (`<dialog>`, `showModal()`): focus moves to its close button, the page behind is inert,
 *   Tab stays in it, Escape or the button closes it and focus goes back to the node. Opened by a selection
 *   made in another element it takes no focus from there: a non-modal sheet, as the side panel.
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { copyLinkButton } from '../../base/copy-link.js';
import { styleMap } from '../../base/style-map.js'; // CSP-safe: lit's sets a style attribute on first render
import { findItem } from '../../model/query.js';
import type { Dossier } from '../../model/types.js';
import { panelBody, type PanelTarget } from './detail-panel-body.js';
import type { TreeLayout } from './tree-layout.js';
import type { TreeView } from './tree-view.js';

/** From this width the detail panel sits beside the node; below it, a sheet under the tree. */
const SIDE_PANEL_MIN = 760;

export class DetailPanelController implements ReactiveController {
  /** The part whose details are open (a part is not an item, so not in the shared selection). */
  #openPart: string | null = null;
  /**
   * The item or part whose side panel sits on the same half as its node instead of the other: there it
   * covered the node the keyboard focus moved to. A panel for anything else starts on the other half.
   */
  #flippedFor: string | null = null;
  #seenSelection: unknown = undefined;
  /** The node of the open panel, to place it by. */
  #nodeKey: string | undefined;
  /** The node the user opened a sheet from, in this tree: that sheet is modal. */
  #modalFor: string | null = null;

  constructor(
    private readonly view: TreeView,
    /** Gives focus back to the node the panel was opened from. */
    private readonly refocus: () => void,
  ) {
    view.host.addController(this);
  }

  get openPart(): string | null {
    return this.#openPart;
  }

  set openPart(key: string | null) {
    if (key === this.#openPart) return;
    this.#openPart = key;
    this.view.host.requestUpdate();
  }

  hostUpdated(): void {
    const dialog = this.view.root().querySelector<HTMLDialogElement>('dialog.panel');
    if (dialog && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('.panel__close')?.focus();
    }
    this.#placeInView();
  }

  /**
   * A side panel opens where the reader is looking: level with its node, moved up or down so that
   * all of it is inside the viewport (the window's, where the tree is in a frame), and no taller
   * than the viewport (it scrolls inside). A node at the bottom of a tall tree, or selected by
   * another element, used to open its panel above or below the screen. A tree that is not on
   * screen at all leaves the page where it is (no scrolling): its panel sits by its node.
   * On a narrow screen, a sheet across the tree at the bottom of the viewport, up to 55 % of it.
   */
  #placeInView(): void {
    const panel = this.view.root().querySelector<HTMLElement>('.panel');
    const stage = panel?.parentElement;
    const layout = this.view.layout();
    if (!panel || !stage || !layout || panel.localName === 'dialog') return;
    const sheet = panel.classList.contains('panel--sheet');
    const win = this.view.host.ownerDocument.defaultView ?? window;
    const viewport = win.innerHeight;
    const margin = 8;
    const s = stage.getBoundingClientRect();
    const svg = this.view.svg();
    const scale = svg && layout.width ? svg.getBoundingClientRect().width / layout.width : 1;
    const node = this.#nodeKey ? layout.byKey.get(this.#nodeKey) : undefined;
    panel.style.maxHeight = `${Math.max(160, sheet ? viewport * 0.55 : viewport - 2 * margin)}px`;
    const h = panel.offsetHeight;
    // A side panel level with its node; a sheet at the bottom of the screen.
    let top = sheet ? viewport - margin - h : s.top + (node ? node.y * scale : 0) - margin;
    const onScreen = s.bottom > 0 && s.top < viewport;
    if (onScreen) top = Math.max(margin, Math.min(top, viewport - margin - h));
    else if (sheet) top = s.top + (node ? (node.y + node.h) * scale : 0) + margin;
    panel.style.top = `${Math.round(top - s.top)}px`;
    panel.style.bottom = 'auto';
  }

  /** An item selected (here or elsewhere) replaces an open part's details. */
  hostUpdate(): void {
    const item = this.view.data.selection.item;
    if (item === this.#seenSelection) return;
    this.#seenSelection = item;
    if (item) this.#openPart = null;
  }

  /** Selects an item, or opens or closes a part's details; says so in the status region. */
  activate(key: string): void {
    const view = this.view;
    const node = view.layout()?.byKey.get(key);
    if (!node) return;
    const m = view.m();
    // On a narrow drawing the sheet covers the tree: opened here, it is modal.
    this.#modalFor = node.key && (view.layout()?.width ?? 0) < SIDE_PANEL_MIN ? node.key : null;
    if (node.type === 'part') {
      this.openPart = this.#openPart === key ? null : key;
      if (this.#openPart) view.announce(m.selected(node.label));
      return;
    }
    this.openPart = null;
    if (view.data.selection.item?.id !== node.id) view.data.select({ id: node.id, kind: node.kind! });
    view.announce(m.selected(node.label));
  }

  /** Closes the detail panel; false if none was open. */
  close(): boolean {
    this.#modalFor = null;
    if (this.#openPart) {
      this.openPart = null;
      return true;
    }
    if (this.view.data.selection.item) {
      this.view.data.select(null);
      return true;
    }
    return false;
  }

  #closeFromButton = () => {
    // A modal sheet ends now, not when the selection comes back from the provider: until then the
    // tree behind it is inert and the node could not take focus back.
    this.view.root().querySelector<HTMLDialogElement>('dialog.panel')?.close();
    this.close();
    this.refocus();
  };

  #onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    this.#closeFromButton();
  };

  /** A modal sheet asked to close by the browser (Escape, a phone's back gesture): closed as by its button. */
  #onCancel = (event: Event) => {
    event.preventDefault();
    this.#closeFromButton();
  };

  #target(d: Dossier): PanelTarget | undefined {
    const layout = this.view.layout();
    if (this.#openPart && layout) {
      const node = layout.byKey.get(this.#openPart);
      const part = node && d.tree.parts.find((p) => p.id === node.id);
      if (node && part) return { type: 'part', part, node };
    }
    const selected = this.view.data.selection.item;
    const found = selected ? findItem(d, selected.id) : undefined;
    if (found) return { type: 'item', found, node: layout?.byKey.get(found.item.id) };
    return undefined;
  }

  render(d: Dossier, layout: TreeLayout): TemplateResult | typeof nothing {
    const target = this.#target(d);
    if (!target) return nothing;
    const side = layout.width >= SIDE_PANEL_MIN;
    const node = target.node;
    const key = target.type === 'part' ? target.part.id : target.found.item.id;
    this.#nodeKey = node?.key;
    let style: Record<string, string> = {};
    if (side) {
      // Beside the node, on the other half of the tree; on the same half when, on the other, it
      // covered the node the keyboard focus moved to (keepFocusInSight). Its height is set once
      // drawn, where the reader is looking (#placeInView).
      const onLeft = (node ? node.x + node.w / 2 > layout.width / 2 : false) !== (this.#flippedFor === key);
      style = { [onLeft ? 'left' : 'right']: '8px' };
    }
    const region = target.type === 'part' ? target.part.region : node?.region;
    const content = html`${panelBody(this.view, d, target, this.#head)}
    ${target.type === 'item' ? copyLinkButton(this.view.host, this.view.data.selection.link, this.view.locale()) : nothing}`;
    if (!side && node && this.#modalFor === node.key)
      return html`<dialog
        class="panel panel--sheet panel--modal"
        part="panel"
        data-region=${ifDefined(region)}
        data-for=${key}
        aria-labelledby="panel-title"
        @keydown=${this.#onKeydown}
        @cancel=${this.#onCancel}
      >
        ${content}
      </dialog>`;
    return html`<section
      class="panel panel--${side ? 'side' : 'sheet'}"
      part="panel"
      data-region=${ifDefined(region)}
      data-for=${key}
      aria-labelledby="panel-title"
      style=${styleMap(style)}
      @keydown=${this.#onKeydown}
    >
      ${content}
    </section>`;
  }

  /** Details for the list view: the same content, without the panel's head. */
  listDetails(d: Dossier, id: string): TemplateResult | typeof nothing {
    const found = findItem(d, id);
    return found ? panelBody(this.view, d, { type: 'item', found, node: undefined }, () => nothing) : nothing;
  }

  #head = (kind: string, title: string) => html`<div class="panel__head">
    <div class="panel__heading">
      <p class="panel__kind">${kind}</p>
      <p class="panel__title" id="panel-title">${title}</p>
    </div>
    <button type="button" class="panel__close" part="close-button" aria-label=${this.view.m().close} @click=${this.#closeFromButton}>
      <span aria-hidden="true">×</span>
    </button>
  </div>`;

  /**
   * A side panel stays open while the keyboard moves on through the tree; where it covers the
   * node that now has focus, it moves to the tree's other half if it covers less of it there, so
   * that the focus stays in sight (WCAG 2.4.7).
   */
  keepFocusInSight(el: Element | undefined): void {
    const panel = this.view.root().querySelector<HTMLElement>('.panel--side');
    const svg = this.view.svg();
    if (!panel || !svg || !el) return;
    const box = svg.getBoundingClientRect();
    const p = panel.getBoundingClientRect();
    const n = el.getBoundingClientRect();
    const overlap = (left: number, right: number) =>
      Math.max(0, Math.min(right, n.right) - Math.max(left, n.left)) * Math.max(0, Math.min(p.bottom, n.bottom) - Math.max(p.top, n.top));
    const here = overlap(p.left, p.right);
    if (here > 0 && overlap(box.left + box.right - p.right, box.left + box.right - p.left) < here) {
      const target = panel.dataset.for ?? null;
      this.#flippedFor = this.#flippedFor === target ? null : target;
      this.view.host.requestUpdate();
    }
  }
}
