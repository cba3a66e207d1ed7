/**
 * A team's practice profile (issue 25): an empty one for a dossier, validation of a profile file with JSON
 * paths and the dossier's issue codes, and its integrity against the dossier it describes itself by.
 * No DOM. Like `load.ts`, a chunk: elements load it when a profile has to be checked (an import, a stored value).
 */
import { safeParse } from 'valibot';
import { MAX_PROFILE_DOCUMENT } from './constants.js';
import { formatPath, fromValibot, issue, uniqueIssues, type ValidationIssue } from './issues.js';
import { profileKey } from './profile-key.js';
import { ProfileSchema } from './profile-schema.js';
import { emptyProfile } from './profile-empty.js';
import type { PracticeProfile, ProfileAnswer } from './profile.types.js';
import type { Dossier } from './types.js';

export type ProfileResult = { ok: true; profile: PracticeProfile } | { ok: false; issues: ValidationIssue[] };

/** At most this many issues are reported for one file: enough to fix it, never a flood. */
const MAX_ISSUES = 100;

export { profileKey, emptyProfile };


/** Whether the team has answered anything at all (a presence, a level, a note or a name). */
export function hasAnswers(profile: PracticeProfile): boolean {
  const answered = (answers: Record<string, ProfileAnswer>) => Object.values(answers).some((a) => a.presence !== null || a.note !== '');
  return (
    answered(profile.goals) ||
    answered(profile.factors) ||
    answered(profile.crafts) ||
    profile.levels.ids.length > 0 ||
    profile.levels.note !== '' ||
    Object.values(profile.practice).some((text) => text !== '')
  );
}

/**
 * Checks a profile against the dossier: it names this dossier, and every goal, factor, craft and level id it
 * answers is one of the dossier's, of the right kind (`unknown-ref`, with the path of the answer), no level listed
 * twice. Answers missing for the dossier's items are fine: they are unanswered.
 */
export function profileIntegrity(profile: PracticeProfile, dossier: Dossier): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const key = profileKey(dossier);
  if (profile.dossier !== key) issues.push(issue('dossier', 'other-dossier', { value: profile.dossier, expected: key }));
  const check = (group: 'goals' | 'factors' | 'crafts', kind: string) => {
    const known = new Set(dossier[group].map((item) => item.id));
    for (const id of Object.keys(profile[group])) if (!known.has(id)) issues.push(issue(formatPath([group, id]), 'unknown-ref', { kind, id }));
  };
  check('goals', 'goal');
  check('factors', 'factor');
  check('crafts', 'craft');
  const levels = new Set(dossier.levels.map((level) => level.id));
  const seen = new Set<string>();
  profile.levels.ids.forEach((id, i) => {
    if (!levels.has(id)) issues.push(issue(`levels.ids[${i}]`, 'unknown-ref', { kind: 'level', id }));
    else if (seen.has(id)) issues.push(issue(`levels.ids[${i}]`, 'listed-twice', { id }));
    seen.add(id);
  });
  return issues;
}

/**
 * Checks a value (parsed JSON, a stored value) as a profile of this dossier. Never throws. The profile returned is a
 * fresh copy holding only known fields, with an unanswered entry for each of the dossier's items it did not answer.
 */
export function validateProfile(input: unknown, dossier: Dossier): ProfileResult {
  try {
    const parsed = safeParse(ProfileSchema, input);
    if (!parsed.success) return { ok: false, issues: uniqueIssues(parsed.issues.map(fromValibot)).slice(0, MAX_ISSUES) };
    // The schema holds each presence to an integer 0–3, which its inferred type cannot say.
    const { $schema: _, ...profile } = parsed.output as PracticeProfile & { $schema?: string };
    const issues = profileIntegrity(profile, dossier);
    if (issues.length) return { ok: false, issues: issues.slice(0, MAX_ISSUES) };
    const empty = emptyProfile(dossier);
    return {
      ok: true,
      profile: {
        ...profile,
        goals: { ...empty.goals, ...profile.goals },
        factors: { ...empty.factors, ...profile.factors },
        crafts: { ...empty.crafts, ...profile.crafts },
      },
    };
  } catch (error) {
    return { ok: false, issues: [issue('', 'invalid', { detail: String(error) })] };
  }
}

/**
 * Parses and validates a profile file's text (an import) for this dossier: at most `MAX_PROFILE_DOCUMENT`
 * characters, JSON, a valid profile, of this dossier. Never throws; a refused file changes nothing.
 */
export function parseProfileFile(text: string, dossier: Dossier): ProfileResult {
  if (typeof text !== 'string') return { ok: false, issues: [issue('', 'wrong-type', { expected: 'text', received: typeof text })] };
  if (text.length > MAX_PROFILE_DOCUMENT)
    return { ok: false, issues: [issue('', 'too-large', { max: MAX_PROFILE_DOCUMENT, unit: 'characters', what: 'profile' })] };
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { ok: false, issues: [issue('', 'invalid-json', { detail: (error as Error).message })] };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, issues: [issue('', 'wrong-type', { expected: 'object', received: Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value })] };
  return validateProfile(value, dossier);
}

/** The profile as the text of a file to export: the format first, formatted for a person to read. */
export function profileFileText(profile: PracticeProfile): string {
  return `${JSON.stringify({ $schema: PROFILE_SCHEMA_URL, ...profile }, null, 2)}\n`;
}

/** Where the profile file's JSON Schema is published (`data/profile.schema.json`). */
export const PROFILE_SCHEMA_URL = 'https://unpkg.com/wat-werkt/data/profile.schema.json';

