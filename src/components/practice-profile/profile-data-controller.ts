import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { whenIdle } from '../../base/when-idle.js';
import { offerDownload } from '../../export/download.js';
import type { Dossier } from '../../model/types.js';
import { fileName } from './one-pager-controller.js';
import { loadIssueFormatter } from '../../i18n/issue-format.js';
import type { ValidationIssue } from '../../model/issue-core.js';
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
  errors: { file: string; issues: ValidationIssue[] } | null = null;
  confirming = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly store: ProfileStoreController,
  ) {
    host.addController(this);
  }

  #cancelPreload?: () => void;

  /**
   * The parser and the issues' messages are loaded when the browser is idle, not on the first import:
   * nothing then leaves the page after it has loaded, whatever the team does (chunks are fetched too).
   */
  hostConnected(): void {
    this.#cancelPreload = whenIdle(() => void Promise.all([import('../../model/profile.js'), loadIssueFormatter()]).catch(() => {}));
  }

  hostDisconnected(): void {
    this.#cancelPreload?.();
  }

  #say(status: DataStatus): void {
    this.status = status;
    this.said++;
    this.host.requestUpdate();
  }

  async export(): Promise<void> {
    this.store.flush();
    const profile = this.store.profile;
    if (!profile) return;
    const { profileFileText } = await import('../../model/profile.js');
    offerDownload(new Blob([profileFileText(profile)], { type: 'application/json' }), fileName(profile, 'json'));
  }

  /** The stored value the model could not read, as a file for the team to keep. */
  downloadRaw(): void {
    const trouble = this.store.trouble;
    if (trouble?.state === 'corrupt') offerDownload(new Blob([trouble.raw], { type: 'application/json' }), 'onleesbaar-profiel.json');
  }

  async importFile(file: File, dossier: Dossier): Promise<void> {
    this.errors = null;
    this.status = null;
    // The parser (a chunk: the validator and the issues' messages) loads with the first import.
    const [{ parseProfileFile }, { issue }] = await Promise.all([import('../../model/profile.js'), import('../../model/issues.js'), loadIssueFormatter()]);
    // A file far larger than a profile is refused unread; the parser refuses one over its limit in characters.
    const result =
      file.size > MAX_IMPORT_BYTES
        ? { ok: false as const, issues: [issue('', 'too-large', { max: MAX_IMPORT_BYTES, unit: 'bytes', what: 'profile' })] }
        : parseProfileFile(await file.text(), dossier);
    if (!result.ok) {
      this.errors = { file: file.name, issues: result.issues };
      this.host.requestUpdate();
      return;
    }
    this.store.replace(result.profile);
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

  remove(): void {
    this.confirming = false;
    this.errors = null;
    this.store.remove();
    this.#say('removed');
  }
}
