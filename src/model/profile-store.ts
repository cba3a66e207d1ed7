/**
 * Where a team's profile is kept: the browser's own storage (localStorage), one value per dossier (keyed by
 * `profileKey`), nothing sent anywhere. The storage is passed in, so this stays free of the DOM and a test can
 * give a store of its own (or one that throws, as a browser's does when storage is off or full).
 *
 * A stored value that is no longer a valid profile (edited by hand, written by a later version, cut off) is never
 * thrown away: it is moved aside under a key of its own (`…~corrupt-1`, `-2`, …), reported with its issues, and can
 * be read back (`setAsideProfiles`) for the team to download. Deleting the profile deletes those too.
 */
import type { ValidationIssue } from './issue-core.js';
import { parseProfileFile } from './profile.js';
import { PROFILE_STORAGE_PREFIX, profileStorageKey } from './profile-key.js';
import type { PracticeProfile } from './profile.types.js';
import type { Dossier } from './types.js';

/** What of `Storage` we use; `localStorage` is one. */
export interface ProfileStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export { PROFILE_STORAGE_PREFIX };
const ASIDE = '~corrupt-';
/** At most this many set-aside values per dossier; past it the bad value stays where it is (nothing is lost). */
const MAX_ASIDE = 10;

export type StoredProfile =
  /** Nothing stored for this dossier. */
  | { state: 'none' }
  | { state: 'ok'; profile: PracticeProfile }
  /**
   * The stored value is not a valid profile: `issues` say why, `raw` is the value, kept under `keptAs`
   * (or left where it was, `keptAs` its own key, when no place aside was free).
   */
  | { state: 'corrupt'; raw: string; issues: ValidationIssue[]; keptAs: string }
  /** The browser would not let us read (storage off, blocked for the page). */
  | { state: 'unavailable'; detail: string };

export type SaveResult = { ok: true } | { ok: false; detail: string };

const keyOf = profileStorageKey;

/** Reads this dossier's profile. Never throws. */
export function loadProfile(storage: ProfileStorage, dossier: Dossier): StoredProfile {
  const key = keyOf(dossier);
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch (error) {
    return { state: 'unavailable', detail: String((error as Error)?.message ?? error) };
  }
  if (raw === null) return { state: 'none' };
  const parsed = parseProfileFile(raw, dossier);
  if (parsed.ok) return { state: 'ok', profile: parsed.profile };
  return { state: 'corrupt', raw, issues: parsed.issues, keptAs: setAside(storage, key, raw) };
}

/** Moves a bad value to the first free place aside and returns its key; its own key if none is free or writing fails. */
function setAside(storage: ProfileStorage, key: string, raw: string): string {
  try {
    for (let n = 1; n <= MAX_ASIDE; n++) {
      const aside = `${key}${ASIDE}${n}`;
      const there = storage.getItem(aside);
      if (there !== null && there !== raw) continue;
      if (there === null) storage.setItem(aside, raw);
      storage.removeItem(key);
      return aside;
    }
  } catch {
    // Storage full or off: the value stays where it was.
  }
  return key;
}

/** The values set aside for this dossier, oldest first, with their keys. */
export function setAsideProfiles(storage: ProfileStorage, dossier: Dossier): { key: string; raw: string }[] {
  const found: { key: string; raw: string }[] = [];
  try {
    for (let n = 1; n <= MAX_ASIDE; n++) {
      const key = `${keyOf(dossier)}${ASIDE}${n}`;
      const raw = storage.getItem(key);
      if (raw !== null) found.push({ key, raw });
    }
  } catch {
    // Nothing readable.
  }
  return found;
}

/** Keeps the profile for its dossier. Never throws: a full or blocked storage is said in the result. */
export function saveProfile(storage: ProfileStorage, dossier: Dossier, profile: PracticeProfile): SaveResult {
  try {
    storage.setItem(keyOf(dossier), JSON.stringify(profile));
    return { ok: true };
  } catch (error) {
    return { ok: false, detail: String((error as Error)?.message ?? error) };
  }
}

/** Deletes this dossier's profile and every value set aside for it. Never throws. */
export function deleteProfile(storage: ProfileStorage, dossier: Dossier): SaveResult {
  try {
    storage.removeItem(keyOf(dossier));
    for (let n = 1; n <= MAX_ASIDE; n++) storage.removeItem(`${keyOf(dossier)}${ASIDE}${n}`);
    return { ok: true };
  } catch (error) {
    return { ok: false, detail: String((error as Error)?.message ?? error) };
  }
}
