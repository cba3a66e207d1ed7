/** The types of the tree's layout: what goes in, and the placed nodes and decor that come out. */
import type { Basis, ItemKind, Region } from '../../model/types.js';
import type { Measure } from './text-fit.js';

export interface TreeItemInput {
  id: string;
  kind: ItemKind;
  /** The name in the current language. */
  label: string;
  basis: Basis;
  /** A second line under the label, in the subtle colour: a factor's levels. */
  note?: string;
  /** The note without its lead word ("micro · meso" for "niveaus micro · meso"), used where the whole would wrap. */
  shortNote?: string;
}

export interface TreePartInput {
  id: string;
  region: Region;
  /** What the part's label says, e.g. "Hart · Kerndoelen". */
  label: string;
  basis: Basis;
  items: TreeItemInput[];
}

export interface TreeLayoutInput {
  /** Width to lay out for, in CSS px; the drawing is this wide, one unit per px. */
  width: number;
  /** Size of item labels in px; region labels are a little smaller and bold. */
  fontSize: number;
  /** Measures text at `fontSize`. */
  measure: Measure;
  parts: TreePartInput[];
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A part or item with its card and its wrapped label. */
export interface PlacedNode extends Box {
  /** `part:<id>` for a part, the item's id for an item. */
  key: string;
  id: string;
  type: 'part' | 'item';
  kind: ItemKind | null;
  region: Region;
  partKey: string;
  basis: Basis;
  label: string;
  lines: string[];
  /** The wrapped note (see TreeItemInput), drawn below the label's lines. */
  noteLines: string[];
  /** Anchor of the first line: x, and y of its baseline, in the drawing's coordinates. */
  tx: number;
  ty: number;
  anchor: 'middle' | 'start';
  /** Drawn with a person beside the label (the surroundings). */
  person: boolean;
  /** ARIA tree position. */
  level: 1 | 2;
  posinset: number;
  setsize: number;
}

/** A branch or root: an SVG path, its stroke width and how far it reaches up and down. */
export interface Stroke {
  d: string;
  width: number;
  top: number;
  bottom: number;
}

export interface TreeDecor {
  /** The crown's outline, scalloped like foliage. */
  canopy: string | null;
  canopyBox: Box | null;
  heart: Box | null;
  trunk: string | null;
  branches: Stroke[];
  roots: Stroke[];
  groundY: number | null;
  soil: Box | null;
  /** The soil's layer of levels, below the roots (none behind them: see tree-layout.ts). */
  bands: Box[];
}

export interface TreeLayout {
  width: number;
  height: number;
  fontSize: number;
  labelSize: number;
  lineHeight: number;
  labelLineHeight: number;
  /** Parts and items in the hierarchy's pre-order: the reading and keyboard order. */
  nodes: PlacedNode[];
  byKey: Map<string, PlacedNode>;
  parent: Map<string, string>;
  children: Map<string, string[]>;
  /** Where a person icon sits relative to its card. */
  person: { x: number; y: number; w: number; h: number };
  decor: TreeDecor;
}
