/** Read-only questions elements ask of a dossier. Pure functions, cached per dossier. */
import { COLLECTIONS } from './constants.js';
import type { Basis, Collection, Dossier, Item, ItemKind, Lang, LocalizedText, Reference, Statement } from './types.js';

/** The text in the wanted language, falling back to Dutch, the dossier's own language. */
export function localize(text: LocalizedText | undefined, lang: Lang): string {
  if (!text) return '';
  return (lang === 'en' ? text.en : undefined) ?? text.nl;
}

export const KIND_OF: Record<Collection, ItemKind> = {
  goals: 'goal',
  approaches: 'approach',
  crafts: 'craft',
  factors: 'factor',
  levels: 'level',
  actors: 'actor',
  concepts: 'concept',
};

export interface IndexedItem {
  item: Item;
  kind: ItemKind;
  collection: Collection;
}

export interface DossierIndex {
  items: Map<string, IndexedItem>;
  references: Map<string, Reference>;
}

const indexes = new WeakMap<Dossier, DossierIndex>();

/** All items and references by id. */
export function indexDossier(dossier: Dossier): DossierIndex {
  let index = indexes.get(dossier);
  if (!index) {
    const items = new Map<string, IndexedItem>();
    for (const collection of COLLECTIONS)
      for (const item of dossier[collection]) items.set(item.id, { item, kind: KIND_OF[collection], collection });
    index = { items, references: new Map(dossier.references.map((r) => [r.id, r])) };
    indexes.set(dossier, index);
  }
  return index;
}

export function findItem(dossier: Dossier, id: string | null | undefined): IndexedItem | undefined {
  return id ? indexDossier(dossier).items.get(id) : undefined;
}

/**
 * How we know an emphasis: the data's basis for an approach's, or `'own'`: the team's own judgement, from its
 * practice profile (`emphasis-sources.ts`), labelled as such wherever it is shown.
 */
export type EmphasisBasis = Basis | 'own';

export interface Emphasis {
  /** 1 = present, 2 = clear, 3 = central. */
  weight: number;
  basis: EmphasisBasis;
  sources: string[];
}

const NO_EMPHASIS: ReadonlyMap<string, Emphasis> = new Map();
const emphases = new WeakMap<Dossier, Map<string, ReadonlyMap<string, Emphasis>>>();

/**
 * What an approach emphasises: factor and goal ids with their weights, and its leading craft
 * (weight 3). Cached per dossier, like the index: every card, the comparator and the tree ask on
 * each approach change.
 */
export function emphasisOf(dossier: Dossier, approachId: string | null | undefined): ReadonlyMap<string, Emphasis> {
  const approach = dossier.approaches.find((a) => a.id === approachId);
  if (!approach) return NO_EMPHASIS;
  let cached = emphases.get(dossier);
  if (!cached) emphases.set(dossier, (cached = new Map()));
  let result = cached.get(approach.id);
  if (!result) {
    const map = new Map<string, Emphasis>();
    for (const e of approach.emphasis) map.set(e.factor, e);
    for (const g of approach.goals) map.set(g.goal, g);
    if (approach.leadingCraft) map.set(approach.leadingCraft.craft, { ...approach.leadingCraft, weight: 3 });
    cached.set(approach.id, (result = map));
  }
  return result;
}

export interface ApproachEmphasis extends Emphasis {
  approach: Dossier['approaches'][number];
}

const emphasisers = new WeakMap<Dossier, Map<string, readonly ApproachEmphasis[]>>();

/** Every item some approach emphasises, with those approaches, strongest first. Cached per dossier. */
function emphasisersOf(dossier: Dossier): Map<string, readonly ApproachEmphasis[]> {
  let all = emphasisers.get(dossier);
  if (!all) {
    const lists = new Map<string, ApproachEmphasis[]>();
    for (const approach of dossier.approaches)
      for (const [id, e] of emphasisOf(dossier, approach.id)) {
        let list = lists.get(id);
        if (!list) lists.set(id, (list = []));
        list.push({ ...e, approach });
      }
    // A stable sort: equal weights keep the dossier's order of approaches.
    for (const list of lists.values()) list.sort((a, b) => b.weight - a.weight);
    emphasisers.set(dossier, (all = lists));
  }
  return all;
}

/** Which approaches emphasise an item (factor, goal or craft), strongest first. */
export function approachesEmphasising(dossier: Dossier, itemId: string): readonly ApproachEmphasis[] {
  return emphasisersOf(dossier).get(itemId) ?? [];
}

/** The ids of the items some approach emphasises. */
export function emphasisedIds(dossier: Dossier): Iterable<string> {
  return emphasisersOf(dossier).keys();
}

/** Where a statement is: the `index`th of an item's `list` (default `statements`), as a reflection prompt names it. */
export interface StatementRef {
  item: string;
  list?: 'statements' | 'role' | 'methods' | 'risks';
  index: number;
}

/** The statement a reference names, if the item has it. */
export function findStatement(dossier: Dossier, ref: StatementRef): Statement | undefined {
  const found = findItem(dossier, ref.item)?.item as unknown as Record<string, unknown> | undefined;
  const list = found?.[ref.list ?? 'statements'];
  return Array.isArray(list) ? (list[ref.index] as Statement | undefined) : undefined;
}

/** True when the item or statement is our reading rather than a sourced finding. */
export const isInterpretation = (x: { basis: Basis }): boolean => x.basis === 'interpretation';
