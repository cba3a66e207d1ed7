/** What the tree's tests share: finding what is drawn, reading labels, and a tree in a 1100 px wide box. */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/tree-infographic.js';
import { accessibilityTree } from './accessibility-tree.js';
import { until } from './helpers.js';
import type { Dossier, Item, Lang } from '../src/model/types.js';
import type { TreeInfographic } from '../src/components/tree-infographic/tree-infographic.js';


export const root = (el: TreeInfographic) => el.shadowRoot!;

export const drawing = (el: TreeInfographic) => root(el).querySelector<SVGSVGElement>('svg.ww-tree--screen');
export const nodes = (el: TreeInfographic) => [...root(el).querySelectorAll<SVGGElement>('svg.ww-tree--screen .node')];
export const node = (el: TreeInfographic, key: string) => root(el).querySelector<SVGGElement>(`svg.ww-tree--screen .node[data-key="${key}"]`)!;
export const active = (el: TreeInfographic) => root(el).activeElement as SVGGElement | null;
export const panel = (el: TreeInfographic) => root(el).querySelector<HTMLElement>('[part~="panel"]');
export const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The drawn label of a node (in the labels layer, outside the ARIA tree). */
export const labelOf = (g: Element) => g.closest('svg')!.querySelector(`.labels text[data-key="${(g as SVGGElement).dataset.key}"]`)!;
/** The lines of a drawn label: its tspans, or the text itself when it has one line. */
export const linesOf = (label: Element): Element[] => {
  const spans = [...label.querySelectorAll('tspan')];
  return spans.length ? spans : [label];
};
/** The legend as shown: the one of its states that is visible. */
export const legendText = (el: TreeInfographic) => {
  const shown = [...root(el).querySelectorAll('[part~="legend"] > *')].filter((s) => getComputedStyle(s).visibility === 'visible');
  expect(shown.length, 'one legend shown').to.equal(1);
  return text(shown[0]);
};
/** Label text as drawn: its lines, joined. */
export const drawnLabel = (g: Element) => linesOf(labelOf(g)).map((t) => t.textContent).join(' ');
/** Compares wrapped text with the original: spaces and (soft) hyphens may differ, letters may not. */
export const squash = (s: string) => s.replace(/[\s\-‐]/g, '');

/** Every node of what assistive technology is given, depth first (roles and names from the DOM, in any engine). */
export const axNodes = accessibilityTree;
/** The accessible names of every node with `role` in the page. */
export const axNames = async (role: string) => (await axNodes()).filter((n) => n.role === role && n.name).map((n) => n.name!);

/** Every item the tree should draw, in reading order, with its part. */
export function placed(d: Dossier): { part: string; item: Item }[] {
  return d.tree.parts.flatMap((part) => (d[part.holds] as readonly Item[]).map((item) => ({ part: part.id, item })));
}

/** Every node key in reading order: each part, then its items. */
export function readingOrder(d: Dossier): string[] {
  return d.tree.parts.flatMap((part) => [`part:${part.id}`, ...(d[part.holds] as readonly Item[]).map((i) => i.id)]);
}

export async function ready(el: TreeInfographic, width?: number): Promise<void> {
  // A dossier just given is checked first: let that update replace what was drawn before.
  await el.updateComplete;
  await until(() => {
    const svg = drawing(el);
    return !!svg && !!svg.querySelector('.node--item') && (width === undefined || svg.getAttribute('width') === String(width));
  }, 'the tree to be drawn');
  await el.updateComplete;
}

/** A tree of `d` in a 1100 px wide box; `duration` sets the theme's `--ww-duration` (0s by default). */
export async function tree(d: Dossier, lang: Lang = 'nl', attrs = '', duration?: string): Promise<TreeInfographic> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} style="width: 1100px"></div>`);
  if (duration) wrapper.style.setProperty('--ww-duration', duration);
  wrapper.innerHTML = `<tree-infographic ${attrs}></tree-infographic>`;
  const el = wrapper.firstElementChild as TreeInfographic;
  el.dossier = d;
  await ready(el);
  return el;
}

