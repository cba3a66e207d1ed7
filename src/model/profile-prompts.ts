/**
 * Reflection prompts (issue 25): the data's statements that apply to a team's answers, found by the rules in the
 * data's `prompts` (see `PromptSchema` in `schema.ts`). Nothing here says anything of its own: each prompt is a
 * statement of the data with its sources, and the rule that found it, which is our reading of when the statement
 * applies and is marked so (`ruleBasis`). No DOM.
 */
import { profileHasWeights } from './emphasis-sources.js';
import { findItem, findStatement } from './query.js';
import type { PracticeProfile, Presence, ReflectionPrompt } from './profile.types.js';
import type { Dossier, Prompt } from './types.js';

/**
 * The team's answer about an item as a rule reads it: a goal's, factor's or craft form's presence (0–3, null
 * unanswered); a level 1 when chosen, 0 when not, null while no level is chosen at all (not answered yet).
 */
export function presenceOf(dossier: Dossier, profile: PracticeProfile, itemId: string): Presence {
  const found = findItem(dossier, itemId);
  const answer = (answers: PracticeProfile['goals']) => (Object.hasOwn(answers, itemId) ? answers[itemId].presence : null);
  switch (found?.kind) {
    case 'goal':
      return answer(profile.goals);
    case 'factor':
      return answer(profile.factors);
    case 'craft':
      return answer(profile.crafts);
    case 'level':
      return profile.levels.ids.length ? (profile.levels.ids.includes(itemId) ? 1 : 0) : null;
    default:
      return null;
  }
}

const within = (value: number, rule: Prompt) => (rule.min === undefined || value >= rule.min) && (rule.max === undefined || value <= rule.max);

/** Whether a rule applies to the profile. */
export function applies(dossier: Dossier, profile: PracticeProfile, rule: Prompt): boolean {
  switch (rule.when) {
    case 'presence': {
      const presence = rule.item === undefined ? null : presenceOf(dossier, profile, rule.item);
      return presence !== null && within(presence, rule);
    }
    case 'levels':
      return profile.levels.ids.length > 0 && within(profile.levels.ids.length, rule);
    case 'comparison':
      return profileHasWeights(profile);
  }
}

/** Every prompt of the data that applies to the profile, in the data's order; none without a profile. */
export function reflectionPrompts(dossier: Dossier, profile: PracticeProfile | null | undefined): ReflectionPrompt[] {
  if (!profile) return [];
  const found: ReflectionPrompt[] = [];
  for (const rule of dossier.prompts ?? []) {
    if (!applies(dossier, profile, rule)) continue;
    const statement = findStatement(dossier, rule.statement);
    if (!statement) continue; // validation refuses such a rule; a dossier given unchecked must not break the view
    found.push({
      id: rule.id,
      item: rule.statement.item,
      statement,
      because: rule.because,
      when: rule.when,
      about: rule.when === 'presence' ? (rule.item ?? null) : null,
      ruleBasis: rule.basis,
    });
  }
  return found;
}
