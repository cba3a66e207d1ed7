/**
 * How far a team's practice is from each approach (issue 25), with every step of the computation returned so
 * that a view can show it as a table. No DOM.
 *
 * The formula (documented in data/README.md too):
 * - The items compared are the dossier's goals, effective factors and craft forms, in the dossier's order.
 * - The team's weight of an item is its answer: 0 not, 1 present, 2 clear, 3 central. An unanswered item is
 *   left out of the sum and counted in `unanswered`.
 * - The approach's weight of an item is its emphasis weight (1–3) where the data gives one, its leading craft
 *   counting 3 (as `emphasisOf` does), and 0 where the approach does not emphasise the item.
 * - Each term is the absolute difference of the two weights (0–3); `mean` is the sum of the terms over the
 *   answered items, and `normalised` that mean divided by 3: 0 = the same weights, 1 = as far apart as the
 *   scale allows. Nothing is weighted further: each answered item counts the same.
 *
 * The approaches' weights are our interpretation of them (the data marks them so), so the distances rest on that
 * interpretation: every result says so in its `basis`.
 */
import { emphasisOf } from './query.js';
import type { PracticeProfile, ProfileAnswer } from './profile.types.js';
import type { Approach, Dossier } from './types.js';

/** One row of the computation. */
export interface DistanceTerm {
  item: string;
  kind: 'goal' | 'factor' | 'craft';
  /** The team's answer, 0–3. */
  profile: number;
  /** The approach's weight, 0–3 (0: not emphasised). */
  approach: number;
  /** |profile − approach|, 0–3. */
  difference: number;
}

export interface ApproachDistance {
  approach: Approach;
  /** The answered items, goals first, then factors, then craft forms, each in the dossier's order. */
  terms: DistanceTerm[];
  answered: number;
  /** Items of the dossier the team has not answered (left out). */
  unanswered: number;
  /** The sum of the differences. */
  sum: number;
  /** `sum / answered` on the 0–3 scale; `null` when nothing is answered. */
  mean: number | null;
  /** `mean / 3`, 0–1 (0 = the same weights); `null` when nothing is answered. */
  normalised: number | null;
  /** What the distance rests on: the approaches' weights, which are our interpretation. */
  basis: 'interpretation';
}

const GROUPS = [
  ['goals', 'goal'],
  ['factors', 'factor'],
  ['crafts', 'craft'],
] as const;

/** The distance from the profile to one approach. */
export function distanceTo(dossier: Dossier, profile: PracticeProfile, approach: Approach): ApproachDistance {
  const emphasis = emphasisOf(dossier, approach.id);
  const terms: DistanceTerm[] = [];
  let unanswered = 0;
  for (const [collection, kind] of GROUPS) {
    const answers: Record<string, ProfileAnswer> = profile[collection];
    for (const item of dossier[collection]) {
      const presence = Object.hasOwn(answers, item.id) ? answers[item.id].presence : null;
      if (presence === null) {
        unanswered++;
        continue;
      }
      const weight = emphasis.get(item.id)?.weight ?? 0;
      terms.push({ item: item.id, kind, profile: presence, approach: weight, difference: Math.abs(presence - weight) });
    }
  }
  const sum = terms.reduce((total, term) => total + term.difference, 0);
  const mean = terms.length ? sum / terms.length : null;
  return {
    approach,
    terms,
    answered: terms.length,
    unanswered,
    sum,
    mean,
    normalised: mean === null ? null : mean / 3,
    basis: 'interpretation',
  };
}

/** The distance from the profile to each approach, in the dossier's order (not sorted: the view decides). */
export function profileDistances(dossier: Dossier, profile: PracticeProfile): ApproachDistance[] {
  return dossier.approaches.map((approach) => distanceTo(dossier, profile, approach));
}
