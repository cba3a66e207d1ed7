/**
 * The drawing's parts and items (a WAI-ARIA tree of cards) and their labels, as SVG elements made
 * with `createElementNS` and `setAttribute`; text goes in as `textContent`, never as markup.
 *
 * Why not Lit templates, as the rest of the drawing: a first render of the built-in dossier makes
 * about 190 of these nodes, and a template instance for each (cloned, walked for its parts, each
 * binding committed) cost a fifth of the tree's first render; making them directly costs about
 * half of that (issue 22's "render within 1.6 × the static floor"; `node bench/ab.mjs … render-real`).
 *
 * Elements are kept by key from one drawing to the next, as Lit's `repeat` kept them: when a large
 * tree's draw window moves, or the tree is laid out again (a new width, a font loaded), a node that
 * is drawn in both is the same element, updated in place. So the focused node keeps focus, and what
 * the emphasis sync and the keyboard set on it (tabindex, aria-selected, aria-expanded, data-weight,
 * data-current, data-selected, data-hidden) stays until they apply the state again (EmphasisSync
 * does after every new drawing). Those attributes are set here only when a node is made.
 */
import { placeChildren, setAttributes, svgElement } from './svg-dom.js';
import { r1 } from './tree-geometry.js';
import { shows, type DrawWindow } from './tree-drawing.js';
import type { PlacedNode, TreeLayout } from './tree-layout.js';

/** The items of `part` drawn in `win`, in reading order. */
const itemsOf = (layout: TreeLayout, part: PlacedNode, win: DrawWindow | undefined): PlacedNode[] => {
  const items = (layout.children.get(part.key) ?? []).map((key) => layout.byKey.get(key)!);
  return win ? items.filter((node) => shows(win, node)) : items;
};

interface PartNode {
  g: SVGGElement;
  card: SVGRectElement;
  group: SVGGElement;
}

interface ItemNode {
  g: SVGGElement;
  card: SVGRectElement;
  person: SVGUseElement | null;
}

interface LabelNode {
  text: SVGTextElement;
  note: SVGTextElement | null;
}

/** What a drawing needs besides the layout. */
export interface TreeNodesInput {
  /** The tree's accessible name. */
  label: string;
  /** The id of its description (the keyboard hint), or ''. */
  describedBy: string;
  /** Accessible names that are not a node's label (see TreeLayoutController). */
  names: Map<string, string>;
  /** A large tree's draw window; all is drawn without one. */
  win?: DrawWindow;
}

/**
 * The parts and items as a WAI-ARIA tree (`tree`): each part a treeitem whose group holds its
 * items. Treeitems hold only their cards; the visible text is `labels`, outside the tree, so that
 * each treeitem's name is exactly its `aria-label` (the name, unwrapped and unhyphenated).
 * The labels are grouped by part (which gives the region's colours), presentational; clicks pass
 * through them to the cards (the styles).
 */
export class TreeNodes {
  readonly tree = svgElement('g', { class: 'tree', role: 'tree' });
  readonly labels = svgElement('g', { class: 'labels', 'aria-hidden': 'true' });
  #parts = new Map<string, PartNode>();
  #items = new Map<string, ItemNode>();
  #labelGroups = new Map<string, SVGGElement>();
  #labelNodes = new Map<string, LabelNode>();

  /** What was drawn last: the same layout and window draw nothing again. */
  #drawn?: { layout: TreeLayout; win: DrawWindow | undefined };

  /**
   * Draws `layout` (what `input.win` holds of it), keeping the elements of nodes drawn before. Only
   * a new layout or draw window draws again, as the drawing's templates do (`guard`): the rest of
   * the input follows the layout (a new language or dossier is a new layout).
   */
  draw(layout: TreeLayout, input: TreeNodesInput): void {
    if (this.#drawn?.layout === layout && this.#drawn.win === input.win) return;
    this.#drawn = { layout, win: input.win };
    setAttributes(this.tree, { 'aria-label': input.label, 'aria-describedby': input.describedBy });
    const parts = new Map<string, PartNode>();
    const items = new Map<string, ItemNode>();
    const groups = new Map<string, SVGGElement>();
    const labels = new Map<string, LabelNode>();
    const partEls: SVGGElement[] = [];
    const groupEls: SVGGElement[] = [];
    for (const part of layout.nodes) {
      if (part.type !== 'part') continue;
      const drawn = itemsOf(layout, part, input.win);
      const p = this.#part(part, layout, input.names);
      parts.set(part.key, p);
      partEls.push(p.g);
      const itemEls: SVGGElement[] = [];
      const labelEls: SVGTextElement[] = [];
      const addLabel = (node: PlacedNode) => {
        const l = this.#label(node, layout);
        labels.set(node.key, l);
        labelEls.push(l.text);
        if (l.note) labelEls.push(l.note);
      };
      addLabel(part);
      for (const node of drawn) {
        const item = this.#item(node, layout, input.names);
        items.set(node.key, item);
        itemEls.push(item.g);
        addLabel(node);
      }
      placeChildren(p.group, itemEls);
      const group = this.#labelGroups.get(part.key) ?? svgElement('g', { class: 'label-group' });
      group.setAttribute('data-region', part.region);
      placeChildren(group, labelEls);
      groups.set(part.key, group);
      groupEls.push(group);
    }
    placeChildren(this.tree, partEls);
    placeChildren(this.labels, groupEls);
    // What is not drawn now is let go: kept, a large tree's nodes would pile up as it is scrolled.
    this.#parts = parts;
    this.#items = items;
    this.#labelGroups = groups;
    this.#labelNodes = labels;
  }

  #part(part: PlacedNode, layout: TreeLayout, names: Map<string, string>): PartNode {
    // A part that holds nothing (an empty list) is a leaf: no expanded state, no group.
    const holds = !!layout.children.get(part.key)?.length;
    let p = this.#parts.get(part.key);
    if (!p) {
      p = {
        g: svgElement('g', { class: 'node node--part', role: 'treeitem', tabindex: '-1', 'aria-level': '1', 'aria-selected': 'false' }),
        card: svgElement('rect', { class: 'card' }),
        group: svgElement('g'),
      };
      p.g.append(p.card, p.group);
      if (holds) p.g.setAttribute('aria-expanded', 'true');
    } else if (!holds) p.g.removeAttribute('aria-expanded');
    else if (!p.g.hasAttribute('aria-expanded')) p.g.setAttribute('aria-expanded', 'true');
    setAttributes(p.g, {
      'aria-posinset': part.posinset,
      'aria-setsize': part.setsize,
      'aria-label': names.get(part.key) ?? part.label,
      'data-key': part.key,
      'data-region': part.region,
      'data-basis': part.basis,
    });
    setAttributes(p.card, { x: r1(part.x), y: r1(part.y), width: r1(part.w), height: r1(part.h), rx: r1(part.h / 2) });
    setAttributes(p.group, { role: holds ? 'group' : null });
    return p;
  }

  #item(node: PlacedNode, layout: TreeLayout, names: Map<string, string>): ItemNode {
    let item = this.#items.get(node.key);
    if (!item) {
      item = {
        g: svgElement('g', { class: 'node node--item', role: 'treeitem', tabindex: '-1', 'aria-level': '2', 'aria-selected': 'false' }),
        card: svgElement('rect', { class: 'card' }),
        person: null,
      };
      item.g.append(item.card);
    }
    setAttributes(item.g, {
      'aria-posinset': node.posinset,
      'aria-setsize': node.setsize,
      'aria-label': names.get(node.key) ?? node.label,
      'data-key': node.key,
      'data-id': node.id,
      'data-kind': node.kind ?? '',
      'data-region': node.region,
      'data-basis': node.basis,
      transform: `translate(${r1(node.x)} ${r1(node.y)})`,
    });
    setAttributes(item.card, { width: r1(node.w), height: r1(node.h), rx: node.person ? r1(node.h / 2) : r1(layout.fontSize * 0.5) });
    // A person is drawn beside the label of each item of the surroundings (`#ww-person`, see personSymbol).
    if (node.person) {
      item.person ??= item.g.appendChild(svgElement('use', { class: 'person', href: '#ww-person' }));
      const p = layout.person;
      setAttributes(item.person, { x: p.x, y: r1((node.h - p.h) / 2), width: p.w, height: p.h });
    } else if (item.person) {
      item.person.remove();
      item.person = null;
    }
    return item;
  }

  /** The wrapped label of `node` and its note (a factor's levels), each line a tspan when there are several. */
  #label(node: PlacedNode, layout: TreeLayout): LabelNode {
    const lh = node.type === 'part' ? layout.labelLineHeight : layout.lineHeight;
    // A part's label is placed in the drawing's units, an item's from its own corner.
    const x0 = node.type === 'part' ? 0 : node.x;
    const y0 = node.type === 'part' ? 0 : node.y;
    const at = node.type === 'part' ? null : `translate(${r1(node.x)} ${r1(node.y)})`;
    const x = r1(node.tx - x0);
    const lineY = (i: number) => r1(node.ty - y0 + i * lh);
    const label = this.#labelNodes.get(node.key) ?? { text: svgElement('text'), note: null };
    const single = node.lines.length === 1;
    setAttributes(label.text, {
      class: `label label--${node.type}`,
      'data-key': node.key,
      'text-anchor': node.anchor,
      transform: at,
      x: single ? x : null,
      y: single ? lineY(0) : null,
    });
    if (single) label.text.textContent = node.lines[0];
    else label.text.replaceChildren(...node.lines.map((line, i) => tspan(line, x, lineY(i))));
    if (node.noteLines.length) {
      label.note ??= svgElement('text', { class: 'note' });
      setAttributes(label.note, { 'text-anchor': node.anchor, transform: at });
      label.note.replaceChildren(...node.noteLines.map((line, i) => tspan(line, x, lineY(node.lines.length + i))));
    } else label.note = null;
    return label;
  }
}

function tspan(text: string, x: number, y: number): SVGTSpanElement {
  const el = svgElement('tspan', { x, y });
  el.textContent = text;
  return el;
}
