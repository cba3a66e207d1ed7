/**
 * The tree's placing tools for one width: the sizes that follow from the font size and the width,
 * the unique keys of parts and items, and the two ways a region's content is placed: a stack of part
 * labels (`placeLabels`) and a grid of item cells (`placeGrid`). `layoutTree` (tree-layout.ts) decides
 * where each region goes and uses these to fill it. Pure geometry, no DOM.
 */
import type { PlacedNode, TreeItemInput, TreeLayoutInput, TreePartInput } from './tree-layout.types.js';
import { longestWord, wrapText } from './text-fit.js';
import { clamp, tileRows } from './tree-geometry.js';

export type Entry = { part: TreePartInput; item: TreeItemInput; key: string };

export type Placer = ReturnType<typeof createPlacer>;

export function createPlacer(input: TreeLayoutInput) {
  const W = Math.max(240, Math.round(input.width));
  const fs = input.fontSize;
  const measure = input.measure;
  const pad = W < 480 ? 8 : W < 900 ? 12 : 16;
  const lh = Math.round(fs * 1.28);
  // Part labels are bold and a little smaller, but no smaller than 14 px where the items are that size.
  const ls = Math.max(Math.min(14, fs), Math.round(fs * 0.9 * 10) / 10);
  const llh = Math.round(ls * 1.28);
  const px = Math.round(fs * 0.6);
  const py = Math.round(fs * 0.45);
  const gap = Math.round(fs * 0.6);
  const baseGap = gap;
  /** Between rows of items that carry a weight badge (half of it above the card, see drawBadge), and above their first row. */
  const badgeGap = Math.round(fs * 1.2);
  const gapL = Math.round(fs * 1.2);
  const tw = clamp(W * 0.045, 22, 60);
  const person = { w: Math.round(fs * 0.8), h: Math.round(fs * 1.5) };
  const personGap = Math.round(fs * 0.35);
  /** People have no border, so less padding beside them. */
  const ppx = Math.round(fs * 0.3);
  // Item labels are measured in the regular weight; emphasis thickens them with a stroke, which
  // does not change their width (see the styles), so an emphasised label still fits.
  const textWidth = (s: string) => measure(s);
  const labelWidth = (s: string) => measure(s, true) * (ls / fs);
  const cx = W / 2;

  // Keys: an item's id, a part's `part:<id>`; made unique should the data place something twice.
  const seen = new Set<string>();
  const unique = (key: string) => {
    let k = key;
    for (let i = 2; seen.has(k); i++) k = `${key}~${i}`;
    seen.add(k);
    return k;
  };
  const partKeys = new Map<TreePartInput, string>();
  const itemKeys = new Map<TreePartInput, string[]>();
  for (const part of input.parts) {
    partKeys.set(part, unique(`part:${part.id}`));
    itemKeys.set(part, part.items.map((item) => unique(item.id)));
  }

  const placed = new Map<string, PlacedNode>();

  /** Stacks the labels of the parts of a region; x is the centre, the left or the right edge. */
  function placeLabels(parts: TreePartInput[], avail: number, x: number, y: number, align: 'center' | 'left' | 'right') {
    let top = y;
    let width = 0;
    const nodes: PlacedNode[] = [];
    for (const part of parts) {
      const lines = wrapText(part.label, avail - 2 * px, labelWidth);
      const w = Math.min(avail, Math.max(...lines.map(labelWidth)) + 2 * px);
      const h = lines.length * llh + 2 * Math.round(py * 0.7);
      const x0 = align === 'center' ? x - w / 2 : align === 'left' ? x : x - w;
      const key = partKeys.get(part)!;
      const node: PlacedNode = {
        key,
        id: part.id,
        type: 'part',
        kind: null,
        region: part.region,
        partKey: key,
        basis: part.basis,
        label: part.label,
        lines,
        noteLines: [],
        x: x0,
        y: top,
        w,
        h,
        tx: x0 + w / 2,
        ty: top + (h - lines.length * llh) / 2 + llh / 2 + ls * 0.36,
        anchor: 'middle',
        person: false,
        level: 1,
        posinset: 0,
        setsize: 0,
      };
      placed.set(node.key, node);
      nodes.push(node);
      top += h + gap;
      width = Math.max(width, w);
    }
    return { nodes, height: nodes.length ? top - y - gap : 0, width };
  }

  type Entry = { part: TreePartInput; item: TreeItemInput; key: string };
  const entriesOf = (parts: TreePartInput[]): Entry[] =>
    parts.flatMap((part) => part.items.map((item, i) => ({ part, item, key: itemKeys.get(part)![i] })));

  /** The narrowest sensible cell: the longest word fits, up to a cap. */
  function minCell(entries: Entry[], floor: number, cap: number, extra = 0): number {
    let longest = 0;
    for (const e of entries) longest = Math.max(longest, longestWord(e.item.label, textWidth));
    return clamp(longest + 2 * px + extra + 2, floor, Math.max(floor, cap));
  }

  /**
   * Places a region's items as a grid of cells at least `minW` and at most `maxW` wide within
   * `avail`; x is the grid's centre, left or right edge. Persons get an icon beside their label.
   */
  function placeGrid(
    entries: Entry[],
    avail: number,
    x: number,
    y: number,
    o: { minW: number; maxW: number; align: 'center' | 'left' | 'right'; persons?: boolean; lift?: number; badges?: boolean; gap?: number },
  ) {
    const n = entries.length;
    // Items that carry a weight badge on their top edge get room for it between rows.
    // People have no card: a tighter rhythm between them reads as one group and saves a phone's height.
    const gap = o.gap ?? (o.badges ? badgeGap : o.persons ? Math.round(fs * 0.3) : baseGap);
    const cpy = o.persons ? Math.round(py * 0.35) : py;
    if (!n) return { nodes: [] as PlacedNode[], height: 0, width: 0, cols: 0 };
    const fit = clamp(Math.floor((avail + gap) / (o.minW + gap)), 1, n);
    // Balanced rows: 6 items in 4 columns become two rows of 3.
    const cols = Math.ceil(n / Math.ceil(n / fit));
    const cellW = Math.max(1, Math.min(o.maxW, (avail - gap * (cols - 1)) / cols));
    const inner = o.persons ? cellW - 2 * ppx - person.w - personGap : cellW - 2 * px;
    // Each distinct text wrapped once per grid: labels repeat in large dossiers, and the levels notes
    // ("niveaus micro · meso") are a handful of texts over every factor. The line arrays are shared, never changed.
    const wrapped = new Map<string, string[]>();
    const wrap = (text: string) => wrapped.get(text) ?? wrapped.set(text, wrapText(text, inner, textWidth)).get(text)!;
    const lineSets = entries.map((e) => wrap(e.item.label));
    // A note that would wrap in a narrow cell (a phone's) takes its short form, one line less a factor.
    // (All the grid's notes then, so that they read alike.)
    const short = entries.some(({ item: { note, shortNote } }) => note && shortNote && textWidth(note) > inner);
    const noteSets = entries.map(({ item: { note, shortNote } }) => (note ? wrap((short && shortNote) || note) : []));
    const heights = lineSets.map((lines, i) => Math.max((lines.length + noteSets[i].length) * lh, o.persons ? person.h : 0) + 2 * cpy);
    const tiled = tileRows(heights, cols, cellW, gap);
    const lift = o.lift && tiled.cells.length === cols && cols >= 3 ? o.lift : 0;
    const x0 = o.align === 'center' ? x - tiled.width / 2 : o.align === 'left' ? x : x - tiled.width;
    const nodes = entries.map((e, i) => {
      const cell = tiled.cells[i];
      const lines = lineSets[i];
      // A single row of three or more rises in the middle, like the top of a crown.
      const u = cols > 1 ? (2 * i) / (cols - 1) - 1 : 0;
      const rise = lift ? lift * (1 - u * u) : 0;
      const nx = x0 + cell.x;
      const ny = y + lift + cell.y - rise;
      const noteLines = noteSets[i];
      const blockTop = ny + (cell.h - (lines.length + noteLines.length) * lh) / 2;
      const node: PlacedNode = {
        key: e.key,
        id: e.item.id,
        type: 'item',
        kind: e.item.kind,
        region: e.part.region,
        partKey: partKeys.get(e.part)!,
        basis: e.item.basis,
        label: e.item.label,
        lines,
        noteLines,
        x: nx,
        y: ny,
        w: cell.w,
        h: cell.h,
        tx: o.persons ? nx + ppx + person.w + personGap : nx + cell.w / 2,
        ty: blockTop + lh / 2 + fs * 0.36,
        anchor: o.persons ? 'start' : 'middle',
        person: !!o.persons,
        level: 2,
        posinset: 0,
        setsize: 0,
      };
      placed.set(node.key, node);
      return node;
    });
    return { nodes, height: tiled.height + lift, width: tiled.width, cols };
  }

  const shift = (nodes: PlacedNode[], dy: number) => {
    for (const n of nodes) {
      n.y += dy;
      n.ty += dy;
    }
  };

  return {
    W, fs, pad, lh, ls, llh, px, py, gap, baseGap, badgeGap, gapL, tw, person, personGap, ppx, cx,
    partKeys, itemKeys, placed, placeLabels, entriesOf, minCell, placeGrid, shift,
  };
}
