import { labelsShown } from '../../base/fragments.js';
import { approachesEmphasising } from '../../model/query.js';
import type { Basis, Dossier, Factor } from '../../model/types.js';

/**
 * The labels a `<factor-card>` shows for a factor: on the factor, its statements (full variant
 * only), its approaches, goals and levels. `<factor-grid>` says once what all its cards' mean.
 */
export function factorLabels(d: Dossier, factor: Factor, full: boolean): Basis[] {
  return labelsShown([factor, ...(full ? factor.statements : []), ...approachesEmphasising(d, factor.id), ...factor.serves, ...factor.levels]);
}
