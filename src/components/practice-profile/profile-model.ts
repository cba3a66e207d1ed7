/**
 * What the element needs of the profile model, in one place. The model (validation, storage, distance,
 * prompts) is `src/model/profile*.ts`, built beside this element on the contract in `profile.types.ts`;
 * this file adds what is the element's own (an empty profile without loading the parser's chunk, how many
 * questions are answered, the dossier's caution beside the comparison).
 */
import { profileKey } from '../../model/profile-key.js';
import { localize } from '../../model/query.js';
import type { Dossier, Lang, Statement } from '../../model/types.js';
import type { PracticeProfile, ReflectionPrompt } from '../../model/profile.types.js';

export { PROFILE_FORMAT, PROFILE_SOURCE_ID } from '../../model/profile.types.js';
export type { PracticeProfile, Presence, ProfileAnswer, ReflectionPrompt } from '../../model/profile.types.js';

/** The dossier's key for its profile (and the profile's `dossier` field): the model's `profileKey`. */
export const dossierKey = profileKey;

/** A profile with nothing answered (the model's, apart from its validating chunk). */
export { emptyProfile } from '../../model/profile-empty.js';

/** How many of the questions with an answer scale are answered: each goal, factor and craft, and the levels as one. */
export function progress(dossier: Dossier, profile: PracticeProfile): { answered: number; total: number } {
  const answered = (ids: { id: string }[], answers: PracticeProfile['goals']) =>
    ids.filter((x) => answers[x.id] && answers[x.id].presence !== null).length;
  const total = dossier.goals.length + dossier.factors.length + dossier.crafts.length + 1;
  const done =
    answered(dossier.goals, profile.goals) +
    answered(dossier.factors, profile.factors) +
    answered(dossier.crafts, profile.crafts) +
    (profile.levels.ids.length ? 1 : 0);
  return { answered: done, total };
}

/**
 * The dossier's caution beside the comparison: the statements the data's prompts attach to the comparison
 * (`when: 'comparison'`), once each; before anything is answered (no prompt applies yet), the statements
 * every approach makes alike.
 */
export function cautionStatements(dossier: Dossier, prompts: readonly ReflectionPrompt[]): Statement[] {
  const found: Statement[] = [];
  for (const p of prompts) if (p.when === 'comparison' && !found.some((s) => s.text.nl === p.statement.text.nl)) found.push(p.statement);
  return found.length ? found : sharedApproachStatements(dossier);
}

/**
 * The statements every approach makes alike: the dossier's own caution about comparing them (that they
 * overlap in practice, and that the choice is the professional's to analyse). Taken from the data, not
 * written here: a statement counts when each approach carries it, with the same Dutch text.
 */
export function sharedApproachStatements(dossier: Dossier): Statement[] {
  const [first, ...rest] = dossier.approaches;
  if (!first || !rest.length) return [];
  return first.statements.filter((s) => rest.every((a) => a.statements.some((o) => o.text.nl === s.text.nl)));
}

/** Prompts with the same reason together, in the order their reasons first appear: the reason is said once. */
export function groupPrompts(prompts: readonly ReflectionPrompt[], lang: Lang): { first: ReflectionPrompt; all: ReflectionPrompt[] }[] {
  const groups = new Map<string, ReflectionPrompt[]>();
  for (const p of prompts) {
    const key = `${p.ruleBasis}|${localize(p.because, lang)}`;
    const group = groups.get(key);
    if (group) group.push(p);
    else groups.set(key, [p]);
  }
  return [...groups.values()].map((all) => ({ first: all[0], all }));
}
