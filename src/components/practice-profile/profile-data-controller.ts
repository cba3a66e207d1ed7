import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { offerDownload } from '../../export/download.js';
import type { Dossier } from '../../model/types.js';
import { fileName } from './one-pager-controller.js';
import { parseProfileText, type ProfileIssue, type ProfileParse } from './profile-pending.js';
import type { ProfileStoreController } from './profile-store-controller.js';

/** What the data section last did, said in its status line. */
export type DataStatus = 'imported' | 'removed' | null;

/** A file larger than this is refused before it is read: a profile is a few kilobytes. */
export const MAX_IMPORT_BYTES = 1_000_000;

/**
 * The team's data in their hands: export to a JSON file, import from one (checked by the model's
 * parser; a file that fails changes nothing and its errors are listed with their paths), and delete,
 * after a confirmation in the page. All in the browser: nothing is sent.
 */
export class ProfileDataController implements ReactiveController {
  status: DataStatus = null;
  said = 0;
  /** The last import's errors, with the file's name; empty when it worked. */
  errors: { file: string; issues: ProfileIssue[] } | null = null;
  confirming = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly store: ProfileStoreController,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  #say(status: DataStatus): void {
    this.status = status;
    this.said++;
    this.host.requestUpdate();
  }

  export(): void {
    this.store.flush();
    const profile = this.store.profile;
    if (!profile) return;
    offerDownload(new Blob([JSON.stringify(profile, null, 2)], { type: 'application/json' }), fileName(profile, 'json'));
  }

  async import(file: File, dossier: Dossier): Promise<void> {
    this.errors = null;
    this.status = null;
    const tooLarge = file.size > MAX_IMPORT_BYTES;
    const result: ProfileParse = tooLarge
      ? ({ ok: false, issues: [{ path: '', message: { nl: 'Het bestand is te groot (meer dan 1 MB).', en: 'The file is too large (over 1 MB).' } }] })
      : parseProfileText(await file.text(), dossier);
    if (!result.ok) {
      this.errors = { file: file.name, issues: result.issues };
      this.host.requestUpdate();
      return;
    }
    this.store.replace(result.profile, dossier);
    this.#say('imported');
  }

  askRemove(): void {
    this.confirming = true;
    this.host.requestUpdate();
  }

  cancelRemove(): void {
    this.confirming = false;
    this.host.requestUpdate();
  }

  remove(dossier: Dossier): void {
    this.confirming = false;
    this.errors = null;
    this.store.remove(dossier);
    this.#say('removed');
  }
}
