import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadIssueFormatter } from '../../i18n/issue-format.js';
import type { ValidationIssue } from '../../model/issue-core.js';
import type { DossierController } from '../../context/dossier-controller.js';
import type { SelectionState } from '../../context/selection-context.js';
import type { Dossier } from '../../model/types.js';
import { dossierKey, emptyProfile, type PracticeProfile } from './profile-model.js';

/** How long typing may pause before the answers are stored: each keystroke is not a write. */
export const SAVE_DELAY = 400;

export interface ProfileStoreHost extends ReactiveControllerHost {
  /** Called after every change of the profile (typed, imported, deleted), for the element's event. */
  profileChanged(profile: PracticeProfile): void;
}

/** What the browser's storage held for this dossier, when it could not be used as it was. */
export type StoredTrouble =
  | { state: 'corrupt'; raw: string; issues: ValidationIssue[]; keptAs: string }
  | { state: 'unavailable'; detail: string }
  | null;

type StoreModule = typeof import('../../model/profile-store.js');

/** The answers for every item of the dossier: a profile read from elsewhere may lack those the dossier gained since. */
function whole(profile: PracticeProfile, dossier: Dossier): PracticeProfile {
  const blank = emptyProfile(dossier);
  return { ...profile, goals: { ...blank.goals, ...profile.goals }, factors: { ...blank.factors, ...profile.factors }, crafts: { ...blank.crafts, ...profile.crafts } };
}

/**
 * Holds the team's profile for the dossier shown, as the form edits it: changed at every keystroke, handed on
 * after a pause in typing (and at once when the element leaves the page or the page is hidden), replaced by an
 * import, deleted on request.
 *
 * Inside a provider, the provider keeps the profile (it reads and writes the browser's storage and shares it
 * with every element around it, which then show it as an emphasis): the pause spares the tree and comparator a
 * new drawing per keystroke, and a profile the provider changes (read late from storage, set by another element)
 * is taken over whenever no edit of ours is pending. Alone, the element keeps it in storage itself, through the
 * model's store (`src/model/profile-store.ts`, a chunk with the parser, which checks what it reads).
 */
export class ProfileStoreController implements ReactiveController {
  #profile?: PracticeProfile;
  #dossier?: Dossier;
  #key?: string;
  #timer?: ReturnType<typeof setTimeout>;
  #store?: StoreModule;
  /** The provider's profile last taken over (null: none), to see when it changes. */
  #shared?: PracticeProfile | null;
  /** Whether the last write worked: false where the browser refuses storage (private modes, quotas). */
  #saved: boolean | null = null;
  /** Alone: a stored value that was not a valid profile (kept aside by the model), or storage that could not be read. */
  #trouble: StoredTrouble = null;
  /** Alone: the storage module could not be loaded (offline): the form still works, nothing is kept. */
  #failed = false;

  constructor(
    private readonly host: ProfileStoreHost,
    private readonly data: DossierController,
  ) {
    host.addController(this);
  }

  /** Whether a provider keeps the profile (one of this version: older ones share none). */
  get #inProvider(): boolean {
    return typeof (this.data.selection as SelectionState).setProfile === 'function';
  }

  get saved(): boolean | null {
    if (this.#inProvider) return this.data.selection.profileProblem?.state === 'not-saved' ? false : this.#saved;
    return this.#failed ? false : this.#saved;
  }

  get trouble(): StoredTrouble {
    if (!this.#inProvider) return this.#trouble;
    const problem = this.data.selection.profileProblem;
    return problem && problem.state !== 'not-saved' ? (problem as StoredTrouble) : null;
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

  /**
   * The profile for `dossier`: the provider's, the stored one, or an empty one. Undefined, alone, while the
   * storage module loads (the first time only: a few milliseconds); the host is updated when it is there.
   */
  profileFor(dossier: Dossier): PracticeProfile | undefined {
    const key = dossierKey(dossier);
    if (this.#key !== key) {
      this.flush();
      this.#key = key;
      this.#dossier = dossier;
      this.#profile = undefined;
      this.#shared = undefined;
      this.#trouble = null;
      this.#saved = null;
    }
    if (this.#inProvider) {
      const shared = this.data.profile;
      if (this.#timer === undefined && (shared !== this.#shared || !this.#profile)) {
        this.#shared = shared;
        this.#profile = shared ? whole(shared, dossier) : emptyProfile(dossier);
      }
      return this.#profile;
    }
    if (this.#profile) return this.#profile;
    const read = (store: StoreModule | undefined) => {
      if (this.#key !== key || this.#profile) return; // another dossier meanwhile, or a provider's
      const stored = store?.loadProfile(localStorage, dossier) ?? { state: 'none' as const };
      this.#profile = stored.state === 'ok' ? stored.profile : emptyProfile(dossier);
      this.#trouble = stored.state === 'corrupt' || stored.state === 'unavailable' ? stored : null;
      this.host.requestUpdate();
      // The reasons are said in the page's language once the issues' messages are there.
      if (stored.state === 'corrupt') void loadIssueFormatter().then(() => this.host.requestUpdate());
    };
    if (this.#store) read(this.#store);
    else
      import('../../model/profile-store.js').then(
        (store) => read((this.#store = store)),
        () => {
          this.#failed = true;
          read(undefined);
        },
      );
    return undefined;
  }

  get profile(): PracticeProfile | undefined {
    return this.#profile;
  }

  /** Applies a change from the form; handed on after `SAVE_DELAY` ms without another. */
  change(update: (profile: PracticeProfile) => PracticeProfile): void {
    if (!this.#profile) return;
    this.#profile = { ...update(this.#profile), updated: new Date().toISOString() };
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.flush(), SAVE_DELAY);
    this.host.profileChanged(this.#profile);
    this.host.requestUpdate();
  }

  /** Hands on a pending change now. */
  flush(): void {
    if (this.#timer === undefined) return;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#write();
  }

  #write(): void {
    const profile = this.#profile;
    if (!profile || !this.#dossier) return;
    if (this.#inProvider) {
      this.#shared = profile;
      this.data.setProfile(profile);
      this.#saved = true;
    } else this.#saved = this.#store ? this.#store.saveProfile(localStorage, this.#dossier, profile).ok : false;
    this.host.requestUpdate();
  }

  /** Replaces the whole profile (an import that passed the check) and keeps it at once. */
  replace(profile: PracticeProfile): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#profile = profile;
    this.#write();
    this.host.profileChanged(profile);
  }

  /** Deletes the kept profile (and any value set aside) and starts an empty one. */
  remove(): void {
    if (!this.#dossier) return;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#inProvider) {
      this.#shared = null;
      this.data.setProfile(null);
    } else this.#store?.deleteProfile(localStorage, this.#dossier);
    this.#profile = emptyProfile(this.#dossier);
    this.#saved = null;
    this.#trouble = null;
    this.host.profileChanged(this.#profile);
    this.host.requestUpdate();
  }
}
