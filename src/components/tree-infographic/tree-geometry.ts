/**
 * Geometry for the tree's layout: rows of cells tiled by d3's treemap, the crown's foliage outline
 * and the curves of branches and roots. Pure functions, no DOM.
 */
import { hierarchy, treemap, treemapDice, treemapSlice } from 'd3-hierarchy';
import type { Box, PlacedNode, Stroke } from './tree-layout.types.js';

export const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
export const r1 = (v: number) => Math.round(v * 10) / 10;

/** The canopy's exponent: 2 is an ellipse, higher is fuller at the corners. */
export const CANOPY_N = 3.6;

/**
 * Rows of equal cells, filled left to right, laid out by d3's treemap: the root's children
 * (rows) are sliced top to bottom, each row's children (cells) diced left to right. A row is
 * as tall as its tallest cell; the last row is padded with empty cells so columns line up.
 */
export function tileRows(heights: number[], cols: number, cellW: number, gap: number): { cells: Box[]; width: number; height: number } {
  const n = heights.length;
  const rows: number[][] = [];
  for (let i = 0; i < n; i += cols) rows.push(Array.from({ length: Math.min(cols, n - i) }, (_, k) => i + k));
  const rowH = rows.map((row) => Math.max(...row.map((i) => heights[i])));
  const width = cols * cellW + (cols - 1) * gap;
  const height = rowH.reduce((a, b) => a + b, 0) + (rows.length - 1) * gap;
  const data: { index?: number; value?: number; children?: unknown[] } = {
    children: rows.map((row, r) => ({
      children: Array.from({ length: cols }, (_, c) => ({ index: row[c], value: (rowH[r] + gap) / cols })),
    })),
  };
  type Cell = { index?: number; value?: number; children?: Cell[] };
  const root = treemap<Cell>()
    .tile((node, x0, y0, x1, y1) => (node.depth === 0 ? treemapSlice : treemapDice)(node, x0, y0, x1, y1))
    .size([width, height])
    .paddingInner(gap)(hierarchy(data as Cell).sum((d) => d.value ?? 0));
  const cells: Box[] = new Array(n);
  // A short last row is centred under the others.
  const short = n % cols;
  const centre = short ? ((cols - short) * (cellW + gap)) / 2 : 0;
  for (const leaf of root.leaves()) {
    const i = leaf.data.index;
    if (i !== undefined) cells[i] = { x: leaf.x0 + (i >= n - short ? centre : 0), y: leaf.y0, w: leaf.x1 - leaf.x0, h: leaf.y1 - leaf.y0 };
  }
  return { cells, width, height };
}

/** Points on a superellipse, evenly spaced along its outline, clockwise from the top. */
export function superellipsePoints(cx: number, cy: number, a: number, b: number, n: number, spacing: number): [number, number][] {
  const samples: [number, number][] = [];
  // Enough samples for the arc length between points a scallop apart (a few dozen on the outline):
  // more only cost the first render time, in which this runs uncompiled.
  const steps = 240;
  for (let i = 0; i <= steps; i++) {
    const t = -Math.PI / 2 + (i / steps) * 2 * Math.PI;
    const c = Math.cos(t);
    const s = Math.sin(t);
    samples.push([cx + a * Math.sign(c) * Math.abs(c) ** (2 / n), cy + b * Math.sign(s) * Math.abs(s) ** (2 / n)]);
  }
  const lengths = [0];
  for (let i = 1; i < samples.length; i++)
    lengths.push(lengths[i - 1] + Math.hypot(samples[i][0] - samples[i - 1][0], samples[i][1] - samples[i - 1][1]));
  const total = lengths[lengths.length - 1];
  const count = Math.max(12, Math.round(total / spacing));
  const points: [number, number][] = [];
  let j = 0;
  for (let k = 0; k < count; k++) {
    const target = (k / count) * total;
    while (lengths[j + 1] < target) j++;
    const f = (target - lengths[j]) / (lengths[j + 1] - lengths[j] || 1);
    points.push([samples[j][0] + f * (samples[j + 1][0] - samples[j][0]), samples[j][1] + f * (samples[j + 1][1] - samples[j][1])]);
  }
  return points;
}

/** A foliage outline: arcs bulging outwards between points on the crown's outline. */
export function scallopPath(points: [number, number][]): string {
  let d = `M${r1(points[0][0])} ${r1(points[0][1])}`;
  for (let i = 1; i <= points.length; i++) {
    const [x0, y0] = points[i - 1];
    const [x, y] = points[i % points.length];
    const r = r1(Math.hypot(x - x0, y - y0) * 0.62);
    d += `A${r} ${r} 0 0 1 ${r1(x)} ${r1(y)}`;
  }
  return d + 'Z';
}

/** Nodes of a grid by column (their left edge), for the branches and roots drawn up or down each one. */
export function columnsOf(nodes: PlacedNode[]): Map<number, PlacedNode[]> {
  const columns = new Map<number, PlacedNode[]>();
  for (const n of nodes) {
    const k = Math.round(n.x);
    (columns.get(k) ?? columns.set(k, []).get(k)!).push(n);
  }
  return columns;
}

/**
 * A limb that tapers: the outline of a smooth S-curve that leaves and arrives vertically, `w0` wide where it leaves and `w1` where it
 * arrives, as a filled shape (a branch that thins towards its tip reads as grown, a stroke of one
 * width as drawn). The ends' edges follow the curve's normal there, the control points the normal
 * at its middle, so a limb that runs sideways keeps its thickness.
 */
export function limb(x0: number, y0: number, x1: number, y1: number, w0: number, w1: number, bend = 0.55): Stroke {
  const dy = (y1 - y0) * bend;
  const c0 = [x0, y0 + dy];
  const c1 = [x1, y1 - dy];
  // Unit normal of a direction; the chord's where the curve has no direction of its own (a level limb).
  const normal = (tx: number, ty: number): [number, number] => {
    const len = Math.hypot(tx, ty);
    if (len < 1e-6) return normal(x1 - x0, y1 - y0 || 1);
    return [-ty / len, tx / len];
  };
  const n0 = normal(0, y1 - y0);
  const n1 = n0;
  // The tangent at the middle: B'(0.5) is proportional to (P3 + C1 - C0 - P0).
  const nm = normal(x1 + c1[0] - c0[0] - x0, y1 + c1[1] - c0[1] - y0);
  const wa = (2 * w0 + w1) / 6;
  const wb = (w0 + 2 * w1) / 6;
  const side = (s: number) =>
    [
      [x0 + s * n0[0] * (w0 / 2), y0 + s * n0[1] * (w0 / 2)],
      [c0[0] + s * nm[0] * wa, c0[1] + s * nm[1] * wa],
      [c1[0] + s * nm[0] * wb, c1[1] + s * nm[1] * wb],
      [x1 + s * n1[0] * (w1 / 2), y1 + s * n1[1] * (w1 / 2)],
    ].map(([x, y]) => `${r1(x)} ${r1(y)}`);
  const [a0, a1, a2, a3] = side(1);
  const [b0, b1, b2, b3] = side(-1);
  const d = `M${a0}C${a1} ${a2} ${a3}L${b3}C${b2} ${b1} ${b0}Z`;
  const w = Math.max(w0, w1);
  return { d, width: w, top: Math.min(y0, y1) - w, bottom: Math.max(y0, y1) + w };
}

/**
 * The trunk: from `top`, `t0` half wide, down to the ground, `t1` half wide, along sides that swell
 * a little and then flare into the roots, as a filled outline.
 */
export function trunkPath(cx: number, top: number, ground: number, t0: number, t1: number, flare: number, flareH: number): string {
  const h = ground - flareH - top;
  const p = (x: number, y: number) => `${r1(x)} ${r1(y)}`;
  return (
    `M${p(cx - t0, top)}C${p(cx - t0 * 1.08, top + h * 0.45)} ${p(cx - t1 * 0.92, top + h * 0.7)} ${p(cx - t1, ground - flareH)}` +
    `C${p(cx - t1, ground - flareH * 0.35)} ${p(cx - t1 - flare * 0.45, ground)} ${p(cx - t1 - flare, ground + 1)}` +
    `L${p(cx + t1 + flare, ground + 1)}` +
    `C${p(cx + t1 + flare * 0.45, ground)} ${p(cx + t1, ground - flareH * 0.35)} ${p(cx + t1, ground - flareH)}` +
    `C${p(cx + t1 * 0.92, top + h * 0.7)} ${p(cx + t0 * 1.08, top + h * 0.45)} ${p(cx + t0, top)}Z`
  );
}
