import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { heading, headingLevel } from '../../base/view-helpers.js';
import { DossierElement } from '../../base/dossier-element.js';
import { liveText } from '../../base/live-text.js';
import { renderLoading } from '../../base/state-views.js';
import { loadedErrorMessages, loadIssueFormatter } from '../../i18n/issue-format.js';
import type { Dossier } from '../../model/types.js';
import { loadBuiltinPrompts, withBuiltinPrompts } from '../../model/builtin-prompts.js';
import { messages } from './practice-profile.messages.js';
import { styles } from './practice-profile.styles.js';
import { OnePagerController } from './one-pager-controller.js';
import { ProfileDataController } from './profile-data-controller.js';
import { renderData, renderTrouble } from './profile-data-view.js';
import { renderForm, type FormView } from './profile-form.js';
import { PROFILE_SOURCE_ID, progress, type PracticeProfile } from './profile-model.js';
import { profileDistances } from '../../model/profile-distance.js';
import { reflectionPrompts } from '../../model/profile-prompts.js';
import { renderResults } from './profile-results.js';
import { ProfileStoreController } from './profile-store-controller.js';

/**
 * A team describes its own practice in the dossier's terms (each core goal, level, effective factor and
 * craft form, with notes and examples), sees it beside the three approaches (the distance to each, its
 * computation shown; the dossier's statements that apply, with sources), shows it as the active emphasis
 * in the tree and comparator around the same provider, and takes a sourced one-pager to its funder. The
 * answers stay in the browser (localStorage, per dossier): exported, imported and deleted in the page.
 *
 * The element is a table of contents: the profile and its storage are `ProfileStoreController`'s, the
 * one-pager's download, print and copy `OnePagerController`'s, export, import and deletion
 * `ProfileDataController`'s; the views are functions in `profile-form.ts` and `profile-results.ts`.
 *
 * @summary A team's own practice beside the dossier: a form, the comparison and a one-pager.
 *
 * @csspart form - The form.
 * @csspart title - The element's title (a heading, level from `heading-level`).
 * @csspart item - One question (a goal, factor or craft form, and the levels).
 * @csspart steps - An item's four steps (not, present, clear, central).
 * @csspart results - The comparison and the prompts.
 * @csspart distance - The table of one approach's distance.
 * @csspart closest - The sentence naming the closest approach.
 * @csspart caution - The dossier's caution about the approaches.
 * @csspart prompt - A reflection prompt.
 * @csspart one-pager - The one-pager's section and buttons.
 * @csspart data - The data section (export, import, delete).
 * @csspart button - Every button.
 * @csspart privacy - The note saying where the answers are kept.
 *
 * @cssproperty --ww-practice-profile-item-bg - Background of a question (default: the subtle background).
 * @cssproperty --ww-practice-profile-max-width - The form's greatest width (default: 48rem).
 *
 * @event profile-change - The team changed its profile (typed, imported or deleted); `detail.profile`.
 * @event approach-change - The team showed its practice as the active emphasis (`detail.approach` is `~practice`). Cancelable.
 */
export class PracticeProfileElement extends DossierElement {
  static override styles = styles;

  // Its sections are not named landmarks: a page around it (the demo) has regions of the same names.
  /** The level of the element's title (1–6, default 2); its sections' headings are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  readonly #store = new ProfileStoreController(this, this.data);
  readonly #onePager = new OnePagerController(this);
  readonly #dataCtl = new ProfileDataController(this, this.#store);

  /** The team's profile as it is now (undefined until the dossier is ready). Read-only: the form changes it. */
  get profile(): PracticeProfile | undefined {
    return this.#store.profile;
  }

  /** @internal Called by the store controller on every change. */
  profileChanged(profile: PracticeProfile): void {
    this.emit('profile-change', { profile });
  }

  get #level(): number {
    return Math.min(headingLevel(this.headingLevel, 2), 5);
  }

  override render() {
    return this.withDossier((dossier) => this.#view(dossier));
  }

  #formView(dossier: Dossier, profile: PracticeProfile): FormView {
    const store = this.#store;
    return {
      dossier,
      profile,
      lang: this.locale,
      level: this.#level + 1,
      m: this.msg(messages),
      t: this.t,
      setPractice: (field, value) => store.change((p) => ({ ...p, practice: { ...p.practice, [field]: value } })),
      setAnswer: (group, id, answer) =>
        store.change((p) => ({ ...p, [group]: { ...p[group], [id]: { ...{ presence: null, note: '' }, ...p[group][id], ...answer } } })),
      setLevel: (id, on) =>
        store.change((p) => ({
          ...p,
          levels: { ...p.levels, ids: dossier.levels.map((l) => l.id).filter((l) => (l === id ? on : p.levels.ids.includes(l))) },
        })),
      setLevelsNote: (note) => store.change((p) => ({ ...p, levels: { ...p.levels, note } })),
    };
  }

  #view(shown: Dossier): TemplateResult {
    const m = this.msg(messages);
    // The built-in dossier's reflection prompts are a chunk of their own, loaded only here (src/model/builtin.ts).
    const dossier = withBuiltinPrompts(shown);
    if (!dossier) void loadBuiltinPrompts().then(() => this.requestUpdate());
    const profile = dossier && this.#store.profileFor(shown);
    if (!dossier || !profile) return renderLoading(this.t);
    // Unreadable stored answers are listed in the page's language once the issues' messages are loaded.
    if (this.#store.trouble?.state === 'corrupt' && !loadedErrorMessages(this.locale)) void loadIssueFormatter().then(() => this.requestUpdate());
    const { answered, total } = progress(dossier, profile);
    return html`<div class="profile">
      ${heading(this.#level, m.title, { cls: 'title', part: 'title' })}
      <p>${m.intro}</p>
      <p class="privacy" part="privacy">${m.privacy} ${m.privacyHow}</p>
      <p class="progress" aria-live="polite">
        <progress max=${total} .value=${answered} aria-hidden="true"></progress> ${m.progress(answered, total)}
        <span class="saved">${this.#store.saved === false ? m.notSaved : this.#store.saved ? m.saved : nothing}</span>
      </p>
      ${renderTrouble(this.#store.trouble, m, this.locale, () => this.#dataCtl.downloadRaw())}
      ${renderForm(this.#formView(dossier, profile))}
      ${renderResults({
        dossier,
        profile,
        distances: profileDistances(dossier, profile),
        prompts: reflectionPrompts(dossier, profile),
        lang: this.locale,
        level: this.#level + 1,
        m,
        t: this.t,
        showing: this.data.selection.approach === PROFILE_SOURCE_ID,
        show: () => {
          // What was typed just now goes first, so that the emphasis shown is the profile as it stands.
          this.#store.flush();
          this.data.setApproach(PROFILE_SOURCE_ID);
        },
      })}
      ${this.#onePagerSection(dossier, profile)}
      ${renderData({
        m,
        lang: this.locale,
        level: this.#level + 1,
        data: this.#dataCtl,
        importFile: (file) => this.#dataCtl.importFile(file, dossier),
        askRemove: () => this.#askRemove(),
        cancelRemove: () => this.#cancelAndFocus(),
        remove: () => this.#removeAndFocus(),
      })}
    </div>`;
  }

  #onePagerSection(dossier: Dossier, profile: PracticeProfile): TemplateResult {
    const m = this.msg(messages);
    const c = this.#onePager;
    const lang = this.locale;
    return html`<section class="one-pager" part="one-pager">
      ${heading(this.#level + 1, m.onePager, { id: 'pp-one-pager-h', cls: 'section-title' })}
      <p>${m.onePagerIntro}</p>
      <div class="buttons">
        <button type="button" part="button" @click=${() => c.download(dossier, profile, lang)}>${m.downloadHtml}</button>
        <button type="button" part="button" @click=${() => c.print(dossier, profile, lang)}>${m.print}</button>
        <button type="button" part="button" @click=${() => c.copy(dossier, profile, lang)}>${m.copy}</button>
      </div>
      <p class="status" role="status">${c.status ? liveText(m[c.status], c.said) : ''}</p>
    </section>`;
  }

  /** Focus follows the confirmation: to its question's first button, and back to the button that asked. */
  async #askRemove(): Promise<void> {
    this.#dataCtl.askRemove();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('.confirm button')?.focus();
  }

  async #cancelAndFocus(): Promise<void> {
    this.#dataCtl.cancelRemove();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('#pp-remove')?.focus();
  }

  async #removeAndFocus(): Promise<void> {
    this.#dataCtl.remove();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('#pp-remove')?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'practice-profile': PracticeProfileElement;
  }
}
