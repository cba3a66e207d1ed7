import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { offerDownload } from '../../export/download.js';
import type { Dossier, Lang } from '../../model/types.js';
import { onePagerDocument, onePagerHtml, onePagerText } from './one-pager.js';
import { writeOnePager } from './one-pager-dom.js';
import { messages } from './practice-profile.messages.js';
import type { PracticeProfile } from './profile-model.js';

/** What the one-pager's buttons last did, said below them. */
export type OnePagerStatus = 'copied' | 'copyFailed' | 'printFailed' | null;

/** A file name from the practice's name: letters, digits and dashes. */
export function fileName(profile: PracticeProfile, ext: string): string {
  const stem = profile.practice.name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${stem || 'onze-praktijk'}.${ext}`;
}

/**
 * The one-pager's three ways out, each from the same HTML (`one-pager.ts`): a self-contained HTML file
 * to download; a print of the one-pager alone (in a hidden frame of its own, so the rest of the page is
 * not printed); and formatted text on the clipboard (HTML and plain text, so that a word processor
 * pastes headings and lists, a plain editor the text). Nothing is sent anywhere.
 */
export class OnePagerController implements ReactiveController {
  /** Opens the browser's print dialog for the frame's window (replaced in tests, where a dialog would wait for a person). */
  static printWindow = (win: Window): void => {
    win.focus();
    win.print();
  };

  status: OnePagerStatus = null;
  /** Counts messages, so that the same message said twice is said again (`liveText`). */
  said = 0;
  #frame?: HTMLIFrameElement;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#frame?.remove();
    this.#frame = undefined;
  }

  #say(status: OnePagerStatus): void {
    this.status = status;
    this.said++;
    this.host.requestUpdate();
  }

  download(dossier: Dossier, profile: PracticeProfile, lang: Lang): void {
    const blob = new Blob([onePagerDocument(dossier, profile, lang)], { type: 'text/html;charset=utf-8' });
    offerDownload(blob, fileName(profile, 'html'));
  }

  /**
   * Prints the one-pager alone, from a hidden frame holding its document. The frame has no source: its
   * empty document is filled with DOM calls once it has loaded (`one-pager-dom.ts`), not from `srcdoc`,
   * which a strict policy with Trusted Types blocks.
   */
  print(dossier: Dossier, profile: PracticeProfile, lang: Lang): void {
    this.#frame?.remove();
    const frame = document.createElement('iframe');
    frame.setAttribute('aria-hidden', 'true');
    frame.tabIndex = -1;
    frame.title = '';
    // Off-screen, not display: none, which some engines do not print.
    Object.assign(frame.style, { position: 'fixed', inlineSize: '0', blockSize: '0', border: '0', insetInlineStart: '-10000px' });
    frame.addEventListener(
      'load',
      () => {
        try {
          const win = frame.contentWindow!;
          writeOnePager(win, onePagerHtml(dossier, profile, lang), lang, profile.practice.name || messages[lang].untitled);
          OnePagerController.printWindow(win);
        } catch {
          this.#say('printFailed');
        }
      },
      { once: true },
    );
    document.body.append(frame);
    this.#frame = frame;
  }

  async copy(dossier: Dossier, profile: PracticeProfile, lang: Lang): Promise<void> {
    const html = onePagerHtml(dossier, profile, lang);
    try {
      if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) throw new Error('no clipboard');
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([html], { type: 'text/html' }),
          'text/plain': new Blob([onePagerText(html)], { type: 'text/plain' }),
        }),
      ]);
      this.#say('copied');
    } catch {
      // Refused (no permission, an insecure page, a frame without clipboard-write): say what to do instead.
      this.#say('copyFailed');
    }
  }
}
