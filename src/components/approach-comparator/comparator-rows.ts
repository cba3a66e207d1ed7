/**
 * What the comparator compares, as plain data: one row per goal and factor with the emphasis of each
 * compared approach, the spread between them, and which rows differ most. Pure functions, shared by
 * the element's views and its exported picture.
 */
import { emphasisSources, type EmphasisSource } from '../../model/emphasis-sources.js';
import { localize, type Emphasis } from '../../model/query.js';
import type { Approach, Basis, Dossier, Lang } from '../../model/types.js';

/** One goal or factor across the compared approaches. */
export interface WeightRow {
  id: string;
  kind: 'goal' | 'factor';
  name: string;
  /** The emphasis of each column (the compared approaches, then the team's practice if shown); undefined where it puts none. */
  cells: (Emphasis | undefined)[];
  /** Highest minus lowest weight across the compared approaches, not the team's practice (no emphasis counts as 0). */
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

/** What one render of the comparison shows: the dossier, the approaches compared, the columns and their rows. */
export interface Comparison {
  d: Dossier;
  chosen: Approach[];
  /**
   * The columns, each an emphasis source (`emphasis-sources.ts`): the chosen approaches, then the team's own practice
   * when its profile has answers (issue 25). Every weight cell is drawn from a column's emphasis the same way.
   */
  columns: EmphasisSource[];
  goals: WeightRow[];
  factors: WeightRow[];
  caption: string;
}

/** The spread of each row and which rows differ most; pure, exported for tests and hosts. */
export function compareWeights(dossier: Dossier, approaches: readonly Approach[], lang: Lang = 'nl'): { goals: WeightRow[]; factors: WeightRow[]; maxSpread: number } {
  return compareColumns(dossier, emphasisSources(dossier).filter((s) => approaches.includes(s.approach!)), lang);
}

/** `compareWeights` for any emphasis sources as columns; the spread is the approaches' (a profile's column is not in it). */
export function compareColumns(dossier: Dossier, columns: readonly EmphasisSource[], lang: Lang = 'nl'): { goals: WeightRow[]; factors: WeightRow[]; maxSpread: number } {
  const maps = columns.map((c) => c.emphasis);
  const compared = columns.map((c) => c.kind === 'approach');
  const rows = (kind: 'goal' | 'factor') =>
    (kind === 'goal' ? dossier.goals : dossier.factors).map((item): WeightRow => {
      const cells = maps.map((m) => m.get(item.id));
      const weights = cells.filter((_, i) => compared[i]).map((c) => c?.weight ?? 0);
      const spread = weights.length ? Math.max(...weights) - Math.min(...weights) : 0;
      return { id: item.id, kind, name: localize(item.name, lang), cells, spread, top: false };
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
