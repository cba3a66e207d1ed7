/**
 * The tree's layout: where every part and item of the dossier goes, for one width.
 *
 * Pure geometry, no DOM: the element passes the labels (already in the current language) and
 * a text measurer, and draws what comes back. The structure is a d3 `hierarchy()` (dossier →
 * tree parts → items) in the data's order; it gives the reading and keyboard order. Each region
 * is laid out with d3-hierarchy too (`tree-place.ts`): the items of a region form rows of equal cells, tiled by
 * `treemap()` (rows sliced top to bottom, cells diced left to right). This module then maps each
 * region onto its place in the picture:
 * branches at the top of the crown, the heart in its middle, the trunk below, people on the
 * ground beside it, roots below the ground and the soil's levels in a layer below the roots.
 *
 * Which collection sits in which region is data (`tree.parts`); this mapping is code. Nothing
 * overlaps and nothing is clipped by construction: cells are at least as wide as the longest
 * word they hold (up to a cap beyond which a word is hyphenated), text wraps inside its cell,
 * and each region takes the height its content needs.
 */
import { hierarchy, type HierarchyNode } from 'd3-hierarchy';
import type { Region } from '../../model/types.js';
import type { Box, PlacedNode, TreeDecor, TreeLayout, TreeLayoutInput, TreePartInput } from './tree-layout.types.js';
import { CANOPY_N, clamp, columnsOf, limb, scallopPath, superellipsePoints, trunkPath } from './tree-geometry.js';
import { createPlacer } from './tree-place.js';

export type { TreeItemInput, TreePartInput, TreeLayoutInput, Box, PlacedNode, Stroke, TreeDecor, TreeLayout } from './tree-layout.types.js';

interface Datum {
  key?: string;
  pos?: number;
  children?: Datum[];
}

export function layoutTree(input: TreeLayoutInput): TreeLayout {
  const p = createPlacer(input);
  const { W, fs, pad, lh, ls, llh, px, py, gap, badgeGap, gapL, tw, person, personGap, ppx, cx, partKeys, itemKeys, placed } = p;
  const { placeLabels, entriesOf, minCell, placeGrid, shift } = p;

  // The structure: dossier → parts → items, in the data's order.
  // Each with its position among its siblings (ARIA's posinset), so that none is searched for.
  const root = hierarchy<Datum>({
    children: input.parts.map((part, i) => ({ key: partKeys.get(part), pos: i + 1, children: itemKeys.get(part)!.map((key, j) => ({ key, pos: j + 1 })) })),
  });
  const keyOf = (n: HierarchyNode<Datum>) => n.data.key!;


  const byRegion = new Map<Region, TreePartInput[]>();
  for (const part of input.parts) byRegion.set(part.region, [...(byRegion.get(part.region) ?? []), part]);
  const region = (r: Region) => byRegion.get(r) ?? [];

  const decor: TreeDecor = {
    canopy: null,
    canopyBox: null,
    heart: null,
    trunk: null,
    branches: [],
    roots: [],
    groundY: null,
    soil: null,
    bands: [],
  };

  // ── Crown: approaches on the branches at the top, the goals in the heart below them ──
  const crownParts = [...region('branches'), ...region('heart')];
  const crownOuter = W < 900 ? W - 2 * pad : clamp(W * 0.72, Math.min(W - 2 * pad, 800), W - 2 * pad);
  const bump = clamp(fs * 1.1, 10, 20);
  const a = crownOuter / 2 - bump;
  // The crown's room around its content; less on a phone, where every pixel of height is a scroll.
  const inset = Math.round(fs * (W < 480 ? 0.8 : 1.1));
  const contentHalf = a * 0.86 - inset;
  const crownNodes: PlacedNode[] = [];
  const crownRows: Box[] = [];
  let forkY = pad;
  let crownBottom = pad;
  let approachNodes: PlacedNode[] = [];
  if (crownParts.length) {
    let y = 0;
    const branches = region('branches');
    if (branches.length) {
      const labels = placeLabels(branches, 2 * contentHalf, cx, y, 'center');
      crownNodes.push(...labels.nodes);
      labels.nodes.forEach((n) => crownRows.push(n));
      y += labels.height + gap;
      const entries = entriesOf(branches);
      const minW = minCell(entries, fs * 8, fs * 14);
      // One row, or one column: a short second row would sit across the branches to the first.
      const oneRow = entries.length * minW + (entries.length - 1) * gap <= 2 * contentHalf;
      const grid = placeGrid(entries, 2 * contentHalf, cx, y, {
        minW: oneRow ? minW : 2 * contentHalf,
        maxW: oneRow ? fs * 17 : Math.min(2 * contentHalf, fs * 17),
        align: 'center',
        lift: Math.round(fs * 1.3),
      });
      crownNodes.push(...grid.nodes);
      crownRows.push(...grid.nodes);
      approachNodes = grid.nodes;
      y += grid.height;
    }
    const heart = region('heart');
    if (heart.length) {
      if (branches.length) y += Math.round(fs * (W < 480 ? 1.2 : 2.4));
      const hp = Math.round(fs * 0.8);
      // The heart sits mid-crown, where the crown is widest.
      const availH = Math.min(2 * (a * 0.94 - inset), fs * 56) - 2 * hp;
      const labels = placeLabels(heart, availH, cx, y + hp, 'center');
      const entries = entriesOf(heart);
      // The goals carry weight badges on their top edge: room for half of one below the labels.
      const grid = placeGrid(entries, availH, cx, y + hp + labels.height + badgeGap, {
        badges: true,
        minW: minCell(entries, fs * 8, fs * 14),
        maxW: fs * 15,
        align: 'center',
      });
      const w = Math.max(labels.width, grid.width) + 2 * hp;
      const h = hp + labels.height + (grid.height ? badgeGap + grid.height : 0) + hp;
      decor.heart = { x: cx - w / 2, y, w, h };
      crownNodes.push(...labels.nodes, ...grid.nodes);
      crownRows.push(decor.heart);
      y += h;
    }
    const contentH = y;
    const cyc = contentH / 2;
    // Content much taller than the crown is wide (thousands of goals) gets a boxier crown, which
    // holds it with little empty crown above and below instead of screens of it.
    // On a phone, boxier still: the content fills the crown's width, and a rounder crown would add
    // screens of empty crown above and below it.
    const n = clamp((CANOPY_N * contentH * (W < 480 ? 3 : 1)) / (2 * a), CANOPY_N, 24);
    // The crown's height: the smallest that keeps every corner of the content inside it.
    let b = contentH / 2 + inset;
    for (const box of crownRows) {
      const hw = Math.max(Math.abs(box.x - cx), Math.abs(box.x + box.w - cx)) + inset;
      const dy = Math.max(Math.abs(box.y - cyc), Math.abs(box.y + box.h - cyc)) + inset;
      const fx = Math.min(0.97, hw / a) ** n;
      b = Math.max(b, dy / (1 - fx) ** (1 / n));
    }
    const top = pad + bump;
    const dy = top + b - cyc;
    shift(crownNodes, dy);
    if (decor.heart) decor.heart.y += dy;
    const ccy = cyc + dy;
    decor.canopy = scallopPath(superellipsePoints(cx, ccy, a, b, n, bump * 2.6));
    decor.canopyBox = { x: cx - a - bump, y: pad, w: 2 * (a + bump), h: 2 * (b + bump) };
    crownBottom = ccy + b + bump;
    forkY = decor.heart ? decor.heart.y + decor.heart.h * 0.6 : ccy + b * 0.5;
  }

  // ── Trunk: its craft plaques, and the people standing on the ground beside it ──
  const zoneTop = crownParts.length ? crownBottom + gap : pad;
  const trunkParts = region('trunk');
  const people = region('surroundings');
  const peopleEntries = entriesOf(people);
  const personMin = minCell(peopleEntries, fs * 8, fs * 14, person.w + personGap + 2 * ppx - 2 * px);
  // People stand beside the plaques when there is room, else below them, beside the bare trunk;
  // then the plaques may be wider.
  const plaqueNarrow = Math.min(W - 2 * pad, clamp(W * 0.26, fs * 10, fs * 18));
  const beside = !trunkParts.length || !people.length || (W - 2 * pad - plaqueNarrow - 2 * gapL) / 2 >= personMin;
  // Below them (a phone), the plaques take the width: their names on one line rather than two.
  const plaqueW = beside ? plaqueNarrow : Math.min(W - 2 * pad, Math.max(plaqueNarrow, fs * 22));
  let plaquesH = 0;
  if (trunkParts.length) {
    const labels = placeLabels(trunkParts, plaqueW, cx, zoneTop, 'center');
    const entries = entriesOf(trunkParts);
    // The plaques carry weight badges on their top edge, as the goals do.
    const grid = placeGrid(entries, plaqueW, cx, zoneTop + labels.height + badgeGap, { minW: plaqueW, maxW: plaqueW, align: 'center', badges: true });
    plaquesH = labels.height + (grid.height ? badgeGap + grid.height : 0);
  }
  let groundY = zoneTop + Math.max(plaquesH + gapL, fs * 3);
  if (people.length) {
    const column = beside ? (trunkParts.length ? plaqueW : tw) : tw;
    const sideGap = beside ? gapL : gap;
    const side = (W - 2 * pad - column - 2 * sideGap) / 2;
    const half = Math.ceil(peopleEntries.length / 2);
    const leftX = cx - column / 2 - sideGap;
    const rightX = cx + column / 2 + sideGap;
    const opts = { minW: Math.min(personMin, side), maxW: fs * 15, persons: true };
    // Lay out once at 0 to learn the heights, then stand the groups on the ground.
    const left = placeGrid(peopleEntries.slice(0, half), side, leftX, 0, { ...opts, align: 'right' });
    const right = placeGrid(peopleEntries.slice(half), side, rightX, 0, { ...opts, align: 'left' });
    const leftEdge = leftX - left.width;
    // Beside the plaques, the label heads the left group; below them (a phone), it spans both groups
    // across the bare trunk, on one line rather than wrapped in a group's narrow column.
    const labels = beside
      ? placeLabels(people, Math.max(left.width, side * 0.9), leftEdge, 0, 'left')
      : placeLabels(people, W - 2 * pad, cx, 0, 'center');
    const tallest = Math.max(left.height, right.height);
    const blockH = labels.height + gap + tallest;
    const blockTop = beside ? Math.max(zoneTop, zoneTop + plaquesH - blockH) : zoneTop + plaquesH + gapL;
    groundY = Math.max(groundY, blockTop + blockH + gap);
    // Both groups stand on the ground; the label sits right above the people on the left, or above
    // both (once: a copy above those on the right read as a second group, issue 23).
    const leftTop = groundY - gap - left.height;
    const rightTop = groundY - gap - right.height;
    shift(left.nodes, leftTop);
    shift(right.nodes, rightTop);
    shift(labels.nodes, (beside ? leftTop : Math.min(leftTop, rightTop)) - gap - labels.height);
  }
  groundY = Math.round(groundY);
  decor.groundY = groundY;

  const trunkTop = crownParts.length ? forkY : pad;
  const t0 = tw * 0.36;
  const t1 = tw * 0.5;
  const flare = tw * 0.55;
  const flareH = Math.min(fs * 1.6, (groundY - trunkTop) / 3);
  decor.trunk = trunkPath(cx, trunkTop, groundY, t0, t1, flare, flareH);

  // Branches: from the fork to each column of approaches, then on up the column.
  if (approachNodes.length) {
    const columns = columnsOf(approachNodes);
    const bw = clamp(tw * 0.42, 5, 16);
    for (const col of columns.values()) {
      col.sort((p, q) => q.y - p.y);
      const lowest = col[0];
      // Thick where they leave the trunk, thinner towards the approaches they carry.
      decor.branches.push(limb(cx, forkY, lowest.x + lowest.w / 2, lowest.y + lowest.h - 2, bw * 1.5, bw * 0.6, 0.5));
      for (let i = 1; i < col.length; i++)
        decor.branches.push(limb(col[i - 1].x + col[i - 1].w / 2, col[i - 1].y, col[i].x + col[i].w / 2, col[i].y + col[i].h, bw * 0.6, bw * 0.4));
    }
  }

  // ── Below the ground: the roots with their factors; the soil's levels in a row beneath them ──
  // The levels are not bands behind the roots: a factor's row would then say a level its data may
  // not give (issue 23). Each factor says its own levels in its note; the levels row is their key.
  const rootParts = region('roots');
  const soilParts = region('soil');
  let bottom = groundY + gap;
  if (rootParts.length || soilParts.length) {
    const soilEntries = entriesOf(soilParts);
    const rootEntries = entriesOf(rootParts);
    let y = groundY + gap;
    if (rootParts.length) {
      const labels = placeLabels(rootParts, Math.min(W - 2 * pad, fs * 22), cx, y, 'center');
      const collarBottom = y + labels.height;
      y = collarBottom + gap;
      if (rootEntries.length) {
        const drop = clamp(fs * (W < 480 ? 1.8 : 2.6), 24, 52);
        const gridTop = collarBottom + drop;
        // On a phone, two columns: a long word is hyphenated rather than the roots being one tall column.
        const grid = placeGrid(rootEntries, W - 2 * pad, cx, gridTop, { minW: minCell(rootEntries, fs * 8, W < 480 ? fs * 10 : fs * 13), maxW: fs * 14, align: 'center', badges: true });
        // Below the last factors, room for the roots' tips; shorter tips on a phone.
        const tip = fs * (W < 480 ? 1 : 1.6);
        y = gridTop + grid.height + tip + fs * 0.6;
        // Roots: from the foot of the trunk to the top of each column, then down through it.
        const columns = columnsOf(grid.nodes);
        const rw = clamp(tw * 0.34, 3, 12);
        for (const col of columns.values()) {
          col.sort((p, q) => p.y - q.y);
          const first = col[0];
          const mx = first.x + first.w / 2;
          // Roots thin as they go down: from the trunk's foot to the first factor, on through the
          // column, and out to a fine tip below the last.
          decor.roots.push(limb(cx, groundY, mx, first.y + 2, rw * 1.6, rw * 0.7, 0.6));
          for (let i = 1; i < col.length; i++)
            decor.roots.push(limb(col[i - 1].x + col[i - 1].w / 2, col[i - 1].y + col[i - 1].h, col[i].x + col[i].w / 2, col[i].y, rw * 0.7, rw * 0.55));
          const last = col[col.length - 1];
          const lx = last.x + last.w / 2;
          decor.roots.push(limb(lx, last.y + last.h - 2, lx, last.y + last.h + tip, rw * 0.55, 1));
        }
      }
    }
    if (soilParts.length) {
      // A layer of its own below the root tips, across the width.
      const top = y + gap;
      const labels = placeLabels(soilParts, W - 2 * pad, cx, top, 'center');
      const gridTop = top + labels.height + gap;
      // On a phone, closer together and with half the side margin: the three levels side by side rather than
      // two rows (at 375 px, a few pixels decide it; the band runs to the edges, so the cells still sit inside it).
      const grid = placeGrid(soilEntries, W - (W < 480 ? pad : 2 * pad), cx, gridTop, { minW: minCell(soilEntries, fs * 6, fs * 12), maxW: fs * 12, align: 'center', gap: W < 480 ? Math.round(fs * 0.3) : undefined });
      decor.bands.push({ x: 0, y: top - gap, w: W, h: gridTop + grid.height + gap - (top - gap) });
      y = gridTop + grid.height + gap;
    }
    bottom = y + Math.round(fs * 0.4);
    decor.soil = { x: 0, y: groundY, w: W, h: bottom - groundY };
  }
  const height = Math.ceil(bottom + (decor.soil ? 0 : pad));

  // Order, parents and children from the hierarchy; ARIA positions within each level.
  const nodes: PlacedNode[] = [];
  const parent = new Map<string, string>();
  const children = new Map<string, string[]>();
  root.eachBefore((n) => {
    if (!n.parent) return;
    const node = placed.get(keyOf(n));
    if (!node) return;
    const siblings = n.parent.children ?? [];
    node.posinset = n.data.pos!;
    node.setsize = siblings.length;
    nodes.push(node);
    if (n.parent.parent) parent.set(node.key, keyOf(n.parent));
    if (n.children) children.set(node.key, n.children.map(keyOf));
  });

  return {
    width: W,
    height,
    fontSize: fs,
    labelSize: ls,
    lineHeight: lh,
    labelLineHeight: llh,
    nodes,
    byKey: new Map(nodes.map((n) => [n.key, n])),
    parent,
    children,
    person: { x: ppx, y: py, w: person.w, h: person.h },
    decor,
  };
}
