/**
 * Where an emphasis comes from (issue 25): one of the dossier's approaches, or the team's own practice profile.
 * Every element that shows emphasis (the tree, the comparator, the cards, the grid) asks here, so that an
 * approach and a profile are drawn by the same code; what differs is the source's `kind` and its emphases'
 * `basis`: `'own'` for a profile, which every element labels as the team's own, as it labels interpretations.
 * No DOM. Small on purpose: elements that never see a profile carry it too.
 */
import { approachesEmphasising, emphasisOf, type Emphasis } from './query.js';
import { PROFILE_SOURCE_ID, type EmphasisSourceKind, type PracticeProfile, type ProfileAnswer } from './profile.types.js';
import type { Approach, Dossier, LocalizedText } from './types.js';

export { PROFILE_SOURCE_ID };

/** One source of emphasis, as elements draw it. */
export interface EmphasisSource {
  /** The approach's id, or `PROFILE_SOURCE_ID` for the team's profile. */
  id: string;
  kind: EmphasisSourceKind;
  name: LocalizedText;
  /** Goal, factor and craft ids with their weight 1–3; an approach's basis is the data's, a profile's `'own'`. */
  emphasis: ReadonlyMap<string, Emphasis>;
  /** The approach, for `kind: 'approach'`. */
  approach?: Approach;
}

/** What a profile is called wherever it is shown beside the approaches. */
export const OUR_PRACTICE: LocalizedText = { nl: 'Onze praktijk', en: 'Our practice' };

const NOTHING: ReadonlyMap<string, Emphasis> = new Map();
const profileEmphases = new WeakMap<PracticeProfile, ReadonlyMap<string, Emphasis>>();

/**
 * A profile's answers as an emphasis: each goal, factor and craft form answered present (1), clear (2) or
 * central (3), with that weight and basis `'own'`. An answer "not" (0) and an unanswered one are not emphasis.
 * Cached per profile object (a profile is replaced, never changed, when the team edits it).
 */
export function profileEmphasis(profile: PracticeProfile | null | undefined): ReadonlyMap<string, Emphasis> {
  if (!profile) return NOTHING;
  let map = profileEmphases.get(profile);
  if (!map) {
    const weights = new Map<string, Emphasis>();
    const add = (answers: Record<string, ProfileAnswer>) => {
      for (const [id, answer] of Object.entries(answers))
        if (answer.presence) weights.set(id, { weight: answer.presence, basis: 'own', sources: [] });
    };
    add(profile.goals);
    add(profile.factors);
    add(profile.crafts);
    profileEmphases.set(profile, (map = weights));
  }
  return map;
}

/** Whether a profile says anything about weights: some goal, factor or craft form answered (even "not"). */
export function profileHasWeights(profile: PracticeProfile | null | undefined): profile is PracticeProfile {
  if (!profile) return false;
  const any = (answers: Record<string, ProfileAnswer>) => Object.values(answers).some((a) => a.presence !== null);
  return any(profile.goals) || any(profile.factors) || any(profile.crafts);
}

// Sources are cached, per dossier and per profile object, so that each is the same object from one render to the
// next: views that guard on them (the tree's legend) then do not redraw.
const profileSources = new WeakMap<PracticeProfile, EmphasisSource | null>();
const approachLists = new WeakMap<Dossier, readonly EmphasisSource[]>();
const withProfile = new WeakMap<PracticeProfile, { dossier: Dossier; list: readonly EmphasisSource[] }>();

/** The profile as a source, when it has weights to show. */
export function profileSource(profile: PracticeProfile | null | undefined): EmphasisSource | undefined {
  if (!profile) return undefined;
  let source = profileSources.get(profile);
  if (source === undefined) {
    source = profileHasWeights(profile) ? { id: PROFILE_SOURCE_ID, kind: 'profile', name: OUR_PRACTICE, emphasis: profileEmphasis(profile) } : null;
    profileSources.set(profile, source);
  }
  return source ?? undefined;
}

function approachSources(dossier: Dossier): readonly EmphasisSource[] {
  let list = approachLists.get(dossier);
  if (!list) {
    list = dossier.approaches.map((approach) => ({ id: approach.id, kind: 'approach', name: approach.name, emphasis: emphasisOf(dossier, approach.id), approach }));
    approachLists.set(dossier, list);
  }
  return list;
}

/** The dossier's approaches, in its order, then the team's profile when it has weights. Do not change the list. */
export function emphasisSources(dossier: Dossier, profile?: PracticeProfile | null): readonly EmphasisSource[] {
  const approaches = approachSources(dossier);
  const own = profileSource(profile);
  if (!own) return approaches;
  let cached = withProfile.get(profile!);
  if (cached?.dossier !== dossier) withProfile.set(profile!, (cached = { dossier, list: [...approaches, own] }));
  return cached.list;
}

/** The source with this id (an approach's, or `PROFILE_SOURCE_ID` when the profile has weights), if any. */
export function findSource(dossier: Dossier, id: string | null | undefined, profile?: PracticeProfile | null): EmphasisSource | undefined {
  if (!id) return undefined;
  if (id === PROFILE_SOURCE_ID) return profileSource(profile);
  return approachSources(dossier).find((s) => s.id === id);
}

/** What the active source emphasises: `emphasisOf` for an approach, the profile's weights for `PROFILE_SOURCE_ID`. */
export function emphasisFor(dossier: Dossier, id: string | null | undefined, profile?: PracticeProfile | null): ReadonlyMap<string, Emphasis> {
  if (id === PROFILE_SOURCE_ID) return profileSource(profile)?.emphasis ?? NOTHING;
  return emphasisOf(dossier, id);
}

export interface SourceEmphasis extends Emphasis {
  source: EmphasisSource;
}

/** Which sources emphasise an item: the approaches strongest first (as `approachesEmphasising`), then the profile. */
export function sourcesEmphasising(dossier: Dossier, itemId: string, profile?: PracticeProfile | null): SourceEmphasis[] {
  const all = approachSources(dossier);
  const found: SourceEmphasis[] = approachesEmphasising(dossier, itemId).map((e) => ({
    weight: e.weight,
    basis: e.basis,
    sources: e.sources,
    source: all.find((s) => s.approach === e.approach)!,
  }));
  const own = profileSource(profile);
  const e = own?.emphasis.get(itemId);
  if (own && e) found.push({ ...e, source: own });
  return found;
}
