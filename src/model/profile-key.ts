/**
 * A profile's key: what names its dossier and where the browser keeps it. Apart from `profile.ts` and
 * `profile-store.ts` (which carry the validator) so that the provider can look for a stored profile without
 * loading them when there is none. No DOM.
 */
import type { Dossier } from './types.js';

/**
 * The key a profile is kept under and names its dossier by: the dossier's `meta.url`, or, for a dossier
 * without one, its Dutch title (a dossier made for a test or a demo).
 */
export function profileKey(dossier: Dossier): string {
  return dossier.meta.url ?? `title:${dossier.meta.title.nl}`;
}

/** Every storage key we write starts so, then the dossier's key. */
export const PROFILE_STORAGE_PREFIX = 'wat-werkt.practice@1 ';

/** Where the browser keeps this dossier's profile. */
export const profileStorageKey = (dossier: Dossier): string => PROFILE_STORAGE_PREFIX + profileKey(dossier);
