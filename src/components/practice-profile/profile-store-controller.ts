import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadIssueFormatter } from '../../i18n/issue-format.js';
import type { ValidationIssue } from '../../model/issue-core.js';
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

/**
 * Holds the team's profile for the dossier shown: read from the browser's storage when the dossier is
 * known, changed by the form, stored again after a pause in typing (and at once when the element leaves
 * the page or the page is hidden), replaced by an import, deleted on request. Storage itself is the
 * model's (`src/model/profile-store.ts`, one key per dossier; a chunk with the parser, which checks what
 * it reads); this controller only decides when, and keeps what the storage said when it could not help.
 */
export class ProfileStoreController implements ReactiveController {
  #profile?: PracticeProfile;
  #dossier?: Dossier;
  #key?: string;
  #timer?: ReturnType<typeof setTimeout>;
  #store?: StoreModule;
  /** Whether the last write worked: false where the browser refuses storage (private modes, quotas). */
  saved: boolean | null = null;
  /** A stored value that was not a valid profile (kept aside by the model), or storage that could not be read. */
  trouble: StoredTrouble = null;
  /** The storage module could not be loaded (offline): the form still works, nothing is kept. */
  failed = false;

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

  /**
   * The profile for `dossier`: the stored one, or an empty one. Undefined while the storage module loads
   * (the first time only: a few milliseconds); the host is updated when it is there.
   */
  profileFor(dossier: Dossier): PracticeProfile | undefined {
    const key = dossierKey(dossier);
    if (this.#key === key) return this.#profile;
    this.flush();
    this.#key = key;
    this.#dossier = dossier;
    this.#profile = undefined;
    this.trouble = null;
    this.saved = null;
    const read = (store: StoreModule | undefined) => {
      if (this.#key !== key) return; // another dossier meanwhile
      const stored = store?.loadProfile(localStorage, dossier) ?? { state: 'none' as const };
      this.#profile = stored.state === 'ok' ? stored.profile : emptyProfile(dossier);
      this.trouble = stored.state === 'corrupt' || stored.state === 'unavailable' ? stored : null;
      this.host.requestUpdate();
      // The reasons are said in the page's language once the issues' messages are there.
      if (stored.state === 'corrupt') void loadIssueFormatter().then(() => this.host.requestUpdate());
    };
    if (this.#store) read(this.#store);
    else
      import('../../model/profile-store.js').then(
        (store) => read((this.#store = store)),
        () => {
          this.failed = true;
          read(undefined);
        },
      );
    return undefined;
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
    this.#write();
  }

  #write(): void {
    if (!this.#profile || !this.#dossier) return;
    this.saved = this.#store ? this.#store.saveProfile(localStorage, this.#dossier, this.#profile).ok : false;
    this.host.requestUpdate();
  }

  /** Replaces the whole profile (an import that passed the check) and stores it at once. */
  replace(profile: PracticeProfile): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#profile = profile;
    this.#write();
    this.host.profileChanged(profile);
  }

  /** Deletes the stored profile (and any value kept aside) and starts an empty one. */
  remove(): void {
    if (!this.#dossier) return;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#store?.deleteProfile(localStorage, this.#dossier);
    this.#profile = emptyProfile(this.#dossier);
    this.saved = null;
    this.trouble = null;
    this.host.profileChanged(this.#profile);
    this.host.requestUpdate();
  }
}
