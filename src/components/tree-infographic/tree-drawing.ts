/**
 * SVG templates of the tree, shared by the element and its export. They depend on the layout
 * alone, so the element renders them once per layout (`guard`); selection and emphasis are
 * attributes set on the nodes afterwards, and the weight badges are a small layer of their own.
 */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import type { PlacedNode, TreeLayout } from './tree-layout.js';

const r1 = (v: number) => Math.round(v * 10) / 10;

/**
 * The part of a large drawing to put in the DOM: what lies between `top` and `bottom` (in the
 * drawing's units), plus the nodes in `keep` (the focused and the selected one, wherever they are).
 * Parts and the picture's big shapes are always drawn. Without a window, everything is.
 */
export interface DrawWindow {
  top: number;
  bottom: number;
  keep: ReadonlySet<string>;
}

/** Whether the span from `top` to `bottom` lies (partly) inside `win`. */
export const spans = (win: DrawWindow | undefined, top: number, bottom: number) => !win || (bottom >= win.top && top <= win.bottom);

/** Whether `node` is drawn in `win`. */
export const shows = (win: DrawWindow | undefined, node: PlacedNode) =>
  !win || node.type === 'part' || win.keep.has(node.key) || spans(win, node.y, node.y + node.h);

/** The items of `part` drawn in `win`, in reading order. */
const itemsOf = (layout: TreeLayout, part: PlacedNode, win: DrawWindow | undefined) => {
  const items = (layout.children.get(part.key) ?? []).map((key) => layout.byKey.get(key)!);
  return win ? items.filter((node) => shows(win, node)) : items;
};

/** The person drawn beside each item of the surroundings, used with `<use href="#ww-person">`. */
export const personSymbol = svg`<symbol id="ww-person" viewBox="0 0 16 30"
  ><circle cx="8" cy="6" r="5.5" /><path d="M1.5 30V19.5Q1.5 13 8 13Q14.5 13 14.5 19.5V30Z"
/></symbol>`;

/** The picture around the labels: crown, trunk, branches, ground, soil and roots. */
export function drawDecor(layout: TreeLayout, win?: DrawWindow): SVGTemplateResult {
  const d = layout.decor;
  const strokes = (list: typeof d.roots) => (win ? list.filter((s) => spans(win, s.top, s.bottom)) : list);
  const W = layout.width;
  return svg`<g class="decor" aria-hidden="true">
    ${d.canopy ? svg`<path class="canopy" d=${d.canopy} />` : nothing}
    ${d.soil ? svg`<rect class="soil" x=${d.soil.x} y=${r1(d.soil.y)} width=${d.soil.w} height=${r1(d.soil.h)} rx="4" />` : nothing}
    ${(win ? d.bands.filter((b) => spans(win, b.y, b.y + b.h)) : d.bands).map(
      (b, i) =>
        svg`<rect class="band band--${i % 2 ? 'even' : 'odd'}" x=${b.x} y=${r1(b.y)} width=${b.w} height=${r1(b.h)} />
          <line class="band-edge" x1="0" x2=${W} y1=${r1(b.y)} y2=${r1(b.y)} />`,
    )}
    ${strokes(d.roots).map((s) => svg`<path class="root" d=${s.d} />`)}
    ${d.groundY !== null ? svg`<line class="ground" x1="0" x2=${W} y1=${d.groundY} y2=${d.groundY} />` : nothing}
    ${d.trunk ? svg`<path class="trunk" d=${d.trunk} />` : nothing}
    ${strokes(d.branches).map((s) => svg`<path class="branch" d=${s.d} />`)}
    ${d.heart
      ? svg`<rect class="heart" x=${r1(d.heart.x)} y=${r1(d.heart.y)} width=${r1(d.heart.w)} height=${r1(d.heart.h)}
          rx=${r1(Math.min(d.heart.h / 2, layout.fontSize * 1.6))} />`
      : nothing}
  </g>`;
}

function drawItem(node: PlacedNode, layout: TreeLayout, names: Map<string, string>): SVGTemplateResult {
  const p = layout.person;
  return svg`<g class="node node--item" role="treeitem" tabindex="-1" aria-level="2" aria-selected="false"
    aria-posinset=${node.posinset} aria-setsize=${node.setsize} aria-label=${names.get(node.key) ?? node.label}
    data-key=${node.key} data-id=${node.id} data-kind=${node.kind ?? ''} data-region=${node.region} data-basis=${node.basis}
    transform="translate(${r1(node.x)} ${r1(node.y)})"
  >
    <rect class="card" width=${r1(node.w)} height=${r1(node.h)} rx=${node.person ? r1(node.h / 2) : r1(layout.fontSize * 0.5)} />
    ${node.person ? svg`<use class="person" href="#ww-person" x=${p.x} y=${r1((node.h - p.h) / 2)} width=${p.w} height=${p.h} />` : nothing}
  </g>`;
}

/**
 * The parts and items as a WAI-ARIA tree: each part a treeitem whose group holds its items.
 * Treeitems hold only their cards; the visible text is drawn by `drawLabels`, outside the tree,
 * so that each treeitem's name is exactly its `aria-label` (the name, unwrapped and unhyphenated).
 * `names` gives the accessible names that are not a node's label: each part's (label plus count),
 * and those that say a node is our interpretation.
 */
export function drawTree(
  layout: TreeLayout,
  label: string,
  describedBy: string,
  names: Map<string, string>,
  win?: DrawWindow,
): SVGTemplateResult {
  const parts = layout.nodes.filter((n) => n.type === 'part');
  return svg`<g class="tree" role="tree" aria-label=${label} aria-describedby=${describedBy}>
    ${repeat(
      parts,
      (part) => part.key,
      (part) => {
        // A part that holds nothing (an empty list) is a leaf: no expanded state, no group.
        const holds = !!layout.children.get(part.key)?.length;
        return svg`<g class="node node--part" role="treeitem" tabindex="-1" aria-level="1" aria-expanded=${holds ? 'true' : nothing} aria-selected="false"
        aria-posinset=${part.posinset} aria-setsize=${part.setsize} aria-label=${names.get(part.key) ?? part.label}
        data-key=${part.key} data-region=${part.region} data-basis=${part.basis}
      >
        <rect class="card" x=${r1(part.x)} y=${r1(part.y)} width=${r1(part.w)} height=${r1(part.h)} rx=${r1(part.h / 2)} />
        <g role=${holds ? 'group' : nothing}>
          ${repeat(
            itemsOf(layout, part, win),
            (node) => node.key,
            (node) => drawItem(node, layout, names),
          )}
        </g>
      </g>`;
      },
    )}
  </g>`;
}

/**
 * The wrapped label of every node, on top of the cards, grouped by part (which gives the region's
 * colours); presentational, clicks pass through to the cards.
 */
export function drawLabels(layout: TreeLayout, win?: DrawWindow): SVGTemplateResult {
  const label = (node: PlacedNode) => {
    const lh = node.type === 'part' ? layout.labelLineHeight : layout.lineHeight;
    const x0 = node.type === 'part' ? 0 : node.x;
    const y0 = node.type === 'part' ? 0 : node.y;
    const single = node.lines.length === 1;
    return svg`<text class="label label--${node.type}" data-key=${node.key}
      text-anchor=${node.anchor} transform=${ifDefined(node.type === 'part' ? undefined : `translate(${r1(node.x)} ${r1(node.y)})`)}
      x=${ifDefined(single ? r1(node.tx - x0) : undefined)} y=${ifDefined(single ? r1(node.ty - y0) : undefined)}
      >${single ? node.lines[0] : node.lines.map((line, i) => svg`<tspan x=${r1(node.tx - x0)} y=${r1(node.ty - y0 + i * lh)}>${line}</tspan>`)}</text
    >${node.noteLines.length
      ? svg`<text class="note" text-anchor=${node.anchor} transform="translate(${r1(node.x)} ${r1(node.y)})"
          >${node.noteLines.map((line, i) => svg`<tspan x=${r1(node.tx - x0)} y=${r1(node.ty - y0 + (node.lines.length + i) * lh)}>${line}</tspan>`)}</text
        >`
      : nothing}`;
  };
  const parts = layout.nodes.filter((n) => n.type === 'part');
  return svg`<g class="labels" aria-hidden="true">
    ${repeat(
      parts,
      (part) => part.key,
      (part) => svg`<g class="label-group" data-region=${part.region}>
        ${label(part)}
        ${repeat(itemsOf(layout, part, win), (node) => node.key, label)}
      </g>`,
    )}
  </g>`;
}

/**
 * A pill of three dots centred on the top edge of a card, `data-weight` of them filled and hidden
 * without one (the styles). The exported picture gives the weight; on screen every node an
 * approach can emphasise gets its badge once, and an approach change sets its weight.
 */
export function drawBadge(node: PlacedNode, fontSize: number, weight?: number): SVGTemplateResult {
  const h = r1(fontSize * 1.15);
  const w = r1(fontSize * 2.9);
  const x = r1(node.x + node.w / 2 - w / 2);
  const y = r1(node.y - h / 2);
  const r = r1(h * 0.22);
  return svg`<g class="badge" data-key=${node.key} data-weight=${weight ?? nothing} transform="translate(${x} ${y})">
    <rect class="badge__pill" width=${w} height=${h} rx=${r1(h / 2)} />
    ${[1, 2, 3].map((i) => svg`<circle class="badge__dot" cx=${r1((w * i) / 4)} cy=${r1(h / 2)} r=${r} />`)}
  </g>`;
}

/**
 * A legend sample, `width` wide and 22 high: a card as the drawing shows an item of that weight
 * (with its badge), a dimmed one or a dashed (interpretive) one. Used by the legend and the picture.
 */
export function drawSample(kind: 1 | 2 | 3 | 'dim' | 'dashed', width: number): SVGTemplateResult {
  const pill = 2 + (width - 22) / 2;
  return svg`<rect class="sample sample--${kind}" x="2" y="6" width=${width} height="14" rx="4" />${
    typeof kind === 'number'
      ? svg`<rect class="badge__pill" x=${pill} y="1.5" width="22" height="9" rx="4.5" />${[1, 2, 3].map(
          (i) => svg`<circle class=${i <= kind ? 'badge__dot badge__dot--on' : 'badge__dot'} cx=${pill + (22 * i) / 4} cy="6" r="2" />`,
        )}`
      : nothing
  }`;
}
