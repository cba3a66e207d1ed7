/**
 * The data section's view (export, import with its errors, delete with its confirmation) and what the
 * element says when the browser's storage could not give back the answers it held.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { liveText } from '../../base/live-text.js';
import { heading } from '../../base/view-helpers.js';
import { formatIssueLine } from '../../i18n/issue-format.js';
import type { Lang } from '../../model/types.js';
import type { PracticeProfileMessages } from './practice-profile.messages.js';
import type { ProfileDataController } from './profile-data-controller.js';
import type { StoredTrouble } from './profile-store-controller.js';

export interface DataView {
  m: PracticeProfileMessages;
  lang: Lang;
  level: number;
  data: ProfileDataController;
  importFile(file: File): Promise<void>;
  askRemove(): void;
  cancelRemove(): void;
  remove(): void;
}

export function renderData(v: DataView): TemplateResult {
  const { m, data: d } = v;
  const onFile = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) await v.importFile(file);
    input.value = '';
  };
  return html`<section class="data" part="data">
    ${heading(v.level, m.yourData, { id: 'pp-data-h', cls: 'section-title' })}
    <p class="privacy">${m.privacy}</p>
    <div class="buttons">
      <button type="button" part="button" @click=${() => void d.export()}>${m.exportJson}</button>
    </div>
    <div class="field">
      <label for="pp-import">${m.importJson}</label>
      <input id="pp-import" type="file" accept="application/json,.json" aria-describedby="pp-import-hint" @change=${onFile} />
      <p class="hint" id="pp-import-hint">${m.importHint}</p>
    </div>
    ${d.errors
      ? html`<div role="alert" class="errors">
          <p>${m.importErrors(d.errors.file)}</p>
            <ul>
              ${d.errors.issues.map((i) => html`<li>${formatIssueLine(i, v.lang)}</li>`)}
            </ul>
            <p>${m.unchanged}</p>
        </div>`
      : nothing}
    ${d.confirming
      ? html`<div class="confirm" role="group" aria-labelledby="pp-confirm">
          <p id="pp-confirm">${m.removeConfirm}</p>
          <button type="button" part="button" class="danger" @click=${v.remove}>${m.removeYes}</button>
          <button type="button" part="button" @click=${v.cancelRemove}>${m.removeNo}</button>
        </div>`
      : html`<div class="buttons">
          <button type="button" part="button" class="danger" id="pp-remove" @click=${v.askRemove}>${m.remove}</button>
        </div>`}
    <p class="status" role="status">${d.status ? liveText(m[d.status], d.said) : ''}</p>
  </section>`;
}

/**
 * The storage held answers that are no longer a valid profile (the model kept them aside, nothing lost):
 * said with the reasons and a way to take them along; or the browser would not let us read at all.
 */
export function renderTrouble(trouble: StoredTrouble, m: PracticeProfileMessages, lang: Lang, download: () => void): TemplateResult | typeof nothing {
  if (!trouble) return nothing;
  if (trouble.state === 'unavailable') return html`<p class="trouble" part="trouble">${m.storageUnavailable}</p>`;
  return html`<div class="trouble" part="trouble">
    <p>${m.storedCorrupt}</p>
    <ul>
      ${trouble.issues.slice(0, 5).map((i) => html`<li>${formatIssueLine(i, lang)}</li>`)}
    </ul>
    <button type="button" part="button" @click=${download}>${m.downloadCorrupt}</button>
  </div>`;
}
