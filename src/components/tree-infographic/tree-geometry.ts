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

/** A smooth vertical curve from (x0, y0) to (x1, y1), leaving and arriving vertically. */
export function curve(x0: number, y0: number, x1: number, y1: number, width: number, bend = 0.55): Stroke {
  const dy = (y1 - y0) * bend;
  const d = `M${r1(x0)} ${r1(y0)}C${r1(x0)} ${r1(y0 + dy)} ${r1(x1)} ${r1(y1 - dy)} ${r1(x1)} ${r1(y1)}`;
  return { d, width, top: Math.min(y0, y1) - width, bottom: Math.max(y0, y1) + width };
}
