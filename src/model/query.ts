/** Read-only questions elements ask of a dossier. Pure functions, cached per dossier. */
import { COLLECTIONS } from './constants.js';
import type { Basis, Collection, Dossier, Item, ItemKind, Lang, LocalizedText, Reference } from './types.js';

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

export interface Emphasis {
  /** 1 = present, 2 = clear, 3 = central. */
  weight: number;
  basis: Basis;
  sources: string[];
}

/** What an approach emphasises: factor and goal ids with their weights, and its leading craft (weight 3). */
export function emphasisOf(dossier: Dossier, approachId: string | null | undefined): Map<string, Emphasis> {
  const result = new Map<string, Emphasis>();
  const approach = dossier.approaches.find((a) => a.id === approachId);
  if (!approach) return result;
  for (const e of approach.emphasis) result.set(e.factor, e);
  for (const g of approach.goals) result.set(g.goal, g);
  if (approach.leadingCraft) result.set(approach.leadingCraft.craft, { ...approach.leadingCraft, weight: 3 });
  return result;
}

export interface ApproachEmphasis extends Emphasis {
  approach: Dossier['approaches'][number];
}

/** Which approaches emphasise an item (factor, goal or craft), strongest first. */
export function approachesEmphasising(dossier: Dossier, itemId: string): ApproachEmphasis[] {
  const out: ApproachEmphasis[] = [];
  for (const approach of dossier.approaches) {
    const e = emphasisOf(dossier, approach.id).get(itemId);
    if (e) out.push({ ...e, approach });
  }
  return out.sort((a, b) => b.weight - a.weight);
}

/** True when the item or statement is our reading rather than a sourced finding. */
export const isInterpretation = (x: { basis: Basis }): boolean => x.basis === 'interpretation';
