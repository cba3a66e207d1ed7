/**
 * PLACEHOLDER until branch i25-core's model is merged: the shapes the element expects of the model's
 * store, parser, distance and prompts, with the least code that lets the element run. Replaced by
 * imports from src/model/profile*.ts.
 */
import type { Dossier } from '../../model/types.js';
import { type PracticeProfile, type ReflectionPrompt } from '../../model/profile.types.js';


export interface DistanceTerm {
  item: string;
  kind: 'goal' | 'factor' | 'craft';
  ours: number;
  theirs: number;
  difference: number;
}
export interface ApproachDistance {
  approach: string;
  terms: DistanceTerm[];
  distance: number;
}

export function distances(dossier: Dossier, profile: PracticeProfile): ApproachDistance[] {
  return dossier.approaches.map((a) => {
    const terms: DistanceTerm[] = [];
    for (const g of dossier.goals) {
      const ours = profile.goals[g.id]?.presence;
      if (ours == null) continue;
      const theirs = a.goals.find((x) => x.goal === g.id)?.weight ?? 0;
      terms.push({ item: g.id, kind: 'goal', ours, theirs, difference: Math.abs(ours - theirs) });
    }
    for (const f of dossier.factors) {
      const ours = profile.factors[f.id]?.presence;
      if (ours == null) continue;
      const theirs = a.emphasis.find((x) => x.factor === f.id)?.weight ?? 0;
      terms.push({ item: f.id, kind: 'factor', ours, theirs, difference: Math.abs(ours - theirs) });
    }
    return { approach: a.id, terms, distance: terms.reduce((s, t) => s + t.difference, 0) };
  });
}

export function reflectionPrompts(dossier: Dossier, profile: PracticeProfile): ReflectionPrompt[] {
  const out: ReflectionPrompt[] = [];
  const political = dossier.crafts.find((c) => c.id === 'political-strategic');
  const p = political && profile.crafts[political.id]?.presence;
  if (political && p != null && p <= 1)
    for (const s of political.statements.filter((s) => s.basis !== 'interpretation').slice(-2))
      out.push({
        item: political.id,
        statement: s,
        because: { nl: 'Jullie geven politiek-strategisch vakmanschap weinig aandacht.', en: 'You give political-strategic craft little attention.' },
      });
  return out;
}
