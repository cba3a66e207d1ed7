/**
 * An empty practice profile for a dossier. Apart from `profile.ts` (a chunk: it carries the validator and the
 * issues' messages) so that `<practice-profile>` can start a profile without loading it. No DOM.
 */
import { profileKey } from './profile-key.js';
import { PROFILE_FORMAT, type PracticeProfile, type ProfileAnswer } from './profile.types.js';
import type { Dossier } from './types.js';

const unanswered = (): ProfileAnswer => ({ presence: null, note: '' });
const answersFor = (items: readonly { id: string }[]) => Object.fromEntries(items.map((item) => [item.id, unanswered()]));

/** A profile with nothing answered: every goal, factor and craft form of the dossier there, with `presence: null`. */
export function emptyProfile(dossier: Dossier): PracticeProfile {
  return {
    format: PROFILE_FORMAT,
    dossier: profileKey(dossier),
    practice: { name: '', neighbourhood: '', date: '', context: '', question: '' },
    goals: answersFor(dossier.goals),
    levels: { ids: [], note: '' },
    factors: answersFor(dossier.factors),
    crafts: answersFor(dossier.crafts),
    updated: '',
  };
}
