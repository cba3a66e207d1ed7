/**
 * What the comparator compares, as plain data: one row per goal and factor with the emphasis of each
 * compared approach, the spread between them, and which rows differ most. Pure functions, shared by
 * the element's views and its exported picture.
 */
import { emphasisOf, localize, type Emphasis } from '../../model/query.js';
import type { Approach, Basis, Dossier, Lang } from '../../model/types.js';

/** One goal or factor across the compared approaches. */
export interface WeightRow {
  id: string;
  kind: 'goal' | 'factor';
  name: string;
  /** The emphasis of each compared approach, in column order; undefined where it puts none. */
  cells: (Emphasis | undefined)[];
  /** Highest minus lowest weight across the compared approaches (no emphasis counts as 0). */
  spread: number;
  /** One of the rows where the approaches differ most. */
  top: boolean;
}

export type TextField = 'role' | 'methods' | 'risks';
export const TEXT_FIELDS: readonly TextField[] = ['role', 'methods', 'risks'];

/** Everything of an approach the comparator shows that carries a basis and sources, in order of first mention. */
export const shownOf = (a: Approach): { basis: Basis; sources: string[] }[] => [
  a,
  ...a.statements,
  ...a.goals,
  ...a.emphasis,
  ...(a.leadingCraft ? [a.leadingCraft] : []),
  ...(a.role ?? []),
  ...(a.methods ?? []),
  ...(a.risks ?? []),
];

/** What one render of the comparison shows: the dossier, the approaches compared and their rows. */
export interface Comparison {
  d: Dossier;
  chosen: Approach[];
  goals: WeightRow[];
  factors: WeightRow[];
  caption: string;
}

/** The spread of each row and which rows differ most; pure, exported for tests and hosts. */
export function compareWeights(dossier: Dossier, approaches: readonly Approach[], lang: Lang = 'nl'): { goals: WeightRow[]; factors: WeightRow[]; maxSpread: number } {
  const maps = approaches.map((a) => emphasisOf(dossier, a.id));
  const rows = (kind: 'goal' | 'factor') =>
    (kind === 'goal' ? dossier.goals : dossier.factors).map((item): WeightRow => {
      const cells = maps.map((m) => m.get(item.id));
      const weights = cells.map((c) => c?.weight ?? 0);
      return { id: item.id, kind, name: localize(item.name, lang), cells, spread: Math.max(...weights) - Math.min(...weights), top: false };
    });
  const goals = rows('goal');
  const factors = rows('factor');
  const maxSpread = Math.max(0, ...[...goals, ...factors].map((r) => r.spread));
  for (const r of [...goals, ...factors]) r.top = maxSpread > 0 && r.spread === maxSpread;
  return { goals, factors, maxSpread };
}

/** The rows in the order asked for: the dossier's, or biggest spread first within each group (in place). */
export function sortRows(groups: WeightRow[][], sort: 'dossier' | 'difference'): void {
  if (sort === 'difference') for (const rows of groups) rows.sort((a, b) => b.spread - a.spread);
}

/** Every source behind what the comparator shows of an approach, in order of first mention. */
export function sourcesOf(a: Approach): string[] {
  return [...new Set(shownOf(a).flatMap((x) => x.sources))];
}

/** The free-text rows any compared approach fills. */
export function textFields(chosen: readonly Approach[]): TextField[] {
  return TEXT_FIELDS.filter((f) => chosen.some((a) => a[f]?.length));
}
