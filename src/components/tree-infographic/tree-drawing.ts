/**
 * SVG templates of the tree's picture (crown, trunk, roots, soil), its weight badges and the
 * legend's samples, shared by the element and its export. The parts, items and labels are made
 * by `TreeNodes` (tree-nodes.ts). They depend on the layout alone, so the element renders them once
 * per layout (`guard`); selection and emphasis are attributes set on the nodes afterwards, and the
 * weight badges are a small layer of their own.
 */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { PlacedNode, TreeLayout } from './tree-layout.js';
import { svgElement } from './svg-dom.js';
import { r1 } from './tree-geometry.js';


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

/** The person drawn beside each item of the surroundings, used with `<use href="#ww-person">`. */
export const personSymbol = svg`<symbol id="ww-person" viewBox="0 0 16 30"
  ><circle cx="8" cy="6" r="5.5" /><path d="M1.5 30V19.5Q1.5 13 8 13Q14.5 13 14.5 19.5V30Z"
/></symbol>`;

/**
 * The picture around the labels: crown, trunk, branches, ground, soil and roots. Made with DOM calls,
 * as the nodes are (tree-nodes.ts): a few dozen shapes, a template instance each in Lit.
 */
export function drawDecor(layout: TreeLayout, win?: DrawWindow): SVGGElement {
  const d = layout.decor;
  const strokes = (list: typeof d.roots) => (win ? list.filter((s) => spans(win, s.top, s.bottom)) : list);
  const W = layout.width;
  const shapes: SVGElement[] = [];
  if (d.canopy) shapes.push(svgElement('path', { class: 'canopy', d: d.canopy }));
  if (d.soil) shapes.push(svgElement('rect', { class: 'soil', x: d.soil.x, y: r1(d.soil.y), width: d.soil.w, height: r1(d.soil.h), rx: 4 }));
  (win ? d.bands.filter((b) => spans(win, b.y, b.y + b.h)) : d.bands).forEach((b, i) =>
    shapes.push(
      svgElement('rect', { class: `band band--${i % 2 ? 'even' : 'odd'}`, x: b.x, y: r1(b.y), width: b.w, height: r1(b.h) }),
      svgElement('line', { class: 'band-edge', x1: 0, x2: W, y1: r1(b.y), y2: r1(b.y) }),
    ),
  );
  for (const s of strokes(d.roots)) shapes.push(svgElement('path', { class: 'root', d: s.d }));
  if (d.groundY !== null) shapes.push(svgElement('line', { class: 'ground', x1: 0, x2: W, y1: d.groundY, y2: d.groundY }));
  if (d.trunk) shapes.push(svgElement('path', { class: 'trunk', d: d.trunk }));
  for (const s of strokes(d.branches)) shapes.push(svgElement('path', { class: 'branch', d: s.d }));
  if (d.heart) {
    const h = d.heart;
    shapes.push(svgElement('rect', { class: 'heart', x: r1(h.x), y: r1(h.y), width: r1(h.w), height: r1(h.h), rx: r1(Math.min(h.h / 2, layout.fontSize * 1.6)) }));
  }
  const g = svgElement('g', { class: 'decor', 'aria-hidden': 'true' });
  g.append(...shapes);
  return g;
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
