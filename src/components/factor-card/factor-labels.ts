import type { EmphasisBasis } from '../../model/query.js';
import type { Factor } from '../../model/types.js';

/**
 * What a `<factor-card>` shows of a factor that carries a label: the factor, its statements (full
 * variant only), the approaches' emphasis on it (`leaning`, from `approachesEmphasising`), its goals
 * and levels. The card says what its labels mean; `<factor-grid>` says it once for all its cards.
 */
export function factorLabelled(factor: Factor, leaning: readonly { basis: EmphasisBasis }[], full: boolean): { basis: EmphasisBasis }[] {
  return [factor, ...(full ? factor.statements : []), ...leaning, ...factor.serves, ...factor.levels];
}
