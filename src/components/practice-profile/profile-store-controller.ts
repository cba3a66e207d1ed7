import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Dossier } from '../../model/types.js';
import { dossierKey, emptyProfile, type PracticeProfile } from './profile-model.js';
import { readStored, removeStored, writeStored } from './profile-pending.js';

/** How long typing may pause before the answers are stored: each keystroke is not a write. */
export const SAVE_DELAY = 400;

export interface ProfileStoreHost extends ReactiveControllerHost {
  /** Called after every change of the profile (typed, imported, deleted), for the element's event. */
  profileChanged(profile: PracticeProfile): void;
}

/**
 * Holds the team's profile for the dossier shown: read from the browser's storage when the dossier is
 * known, changed by the form, stored again after a pause in typing (and at once when the element leaves
 * the page or the page is hidden), replaced by an import, deleted on request. Storage itself is the
 * model's (one key per dossier); this controller only decides when.
 */
export class ProfileStoreController implements ReactiveController {
  #profile?: PracticeProfile;
  #key?: string;
  #timer?: ReturnType<typeof setTimeout>;
  /** Whether the last write worked: false where the browser refuses storage (private modes, quotas). */
  saved: boolean | null = null;

  constructor(private readonly host: ProfileStoreHost) {
    host.addController(this);
  }

  readonly #flushOnHide = () => {
    if (document.visibilityState === 'hidden') this.flush();
  };

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#flushOnHide);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#flushOnHide);
    this.flush();
  }

  /** The profile for `dossier`: the stored one, or an empty one (with every item of the dossier). */
  profileFor(dossier: Dossier): PracticeProfile {
    const key = dossierKey(dossier);
    if (this.#key !== key || !this.#profile) {
      this.flush();
      this.#key = key;
      const blank = emptyProfile(dossier);
      const stored = readStored(key);
      // Items the dossier has gained since the profile was stored are added unanswered.
      this.#profile = stored
        ? { ...stored, goals: { ...blank.goals, ...stored.goals }, factors: { ...blank.factors, ...stored.factors }, crafts: { ...blank.crafts, ...stored.crafts } }
        : blank;
    }
    return this.#profile;
  }

  get profile(): PracticeProfile | undefined {
    return this.#profile;
  }

  /** Applies a change from the form; stored after `SAVE_DELAY` ms without another. */
  change(update: (profile: PracticeProfile) => PracticeProfile): void {
    if (!this.#profile) return;
    this.#profile = { ...update(this.#profile), updated: new Date().toISOString() };
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.flush(), SAVE_DELAY);
    this.host.profileChanged(this.#profile);
    this.host.requestUpdate();
  }

  /** Stores a pending change now. */
  flush(): void {
    if (this.#timer === undefined) return;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#profile) {
      this.saved = writeStored(this.#profile);
      this.host.requestUpdate();
    }
  }

  /** Replaces the whole profile (an import that passed the check) and stores it at once. */
  replace(profile: PracticeProfile, dossier: Dossier): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const blank = emptyProfile(dossier);
    this.#profile = { ...profile, goals: { ...blank.goals, ...profile.goals }, factors: { ...blank.factors, ...profile.factors }, crafts: { ...blank.crafts, ...profile.crafts } };
    this.#key = dossierKey(dossier);
    this.saved = writeStored(this.#profile);
    this.host.profileChanged(this.#profile);
    this.host.requestUpdate();
  }

  /** Deletes the stored profile and starts an empty one. */
  remove(dossier: Dossier): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    removeStored(dossierKey(dossier));
    this.#profile = emptyProfile(dossier);
    this.saved = null;
    this.host.profileChanged(this.#profile);
    this.host.requestUpdate();
  }
}
