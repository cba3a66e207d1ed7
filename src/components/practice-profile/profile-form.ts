/**
 * The form's view: a function of the dossier, the profile and what to call on a change. Native inputs
 * only (a radio group per item in a fieldset, checkboxes for the levels, text fields), so that the
 * keyboard, screen readers, autofill and zoom work as everywhere: Tab from group to group, arrows
 * within a group, Space on a checkbox.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CommonMessages } from '../../i18n/common.js';
import { localize } from '../../model/query.js';
import type { Dossier, Item, Lang } from '../../model/types.js';
import { renderSummary } from '../../base/fragments.js';
import { heading } from '../../base/view-helpers.js';
import type { PracticeProfileMessages } from './practice-profile.messages.js';
import type { PracticeProfile, Presence, ProfileAnswer } from './profile-model.js';

type AnswerGroup = 'goals' | 'factors' | 'crafts';
type PracticeField = keyof PracticeProfile['practice'];

export interface FormView {
  dossier: Dossier;
  profile: PracticeProfile;
  lang: Lang;
  /** The level of the sections' headings (the element's title is one above). */
  level: number;
  m: PracticeProfileMessages;
  t: CommonMessages;
  setPractice(field: PracticeField, value: string): void;
  setAnswer(group: AnswerGroup, id: string, answer: Partial<ProfileAnswer>): void;
  setLevel(id: string, on: boolean): void;
  setLevelsNote(value: string): void;
}

const value = (e: Event) => (e.target as HTMLInputElement | HTMLTextAreaElement).value;

function textField(v: FormView, field: PracticeField, label: string, opts: { type?: string; area?: boolean; optional?: boolean } = {}) {
  const id = `pp-${field}`;
  const current = v.profile.practice[field];
  const labelText = html`${label}${opts.optional ? html` <span class="optional">${v.m.optional}</span>` : nothing}`;
  return html`<div class="field">
    <label for=${id}>${labelText}</label>
    ${opts.area
      ? html`<textarea id=${id} rows="3" .value=${current} @input=${(e: Event) => v.setPractice(field, value(e))}></textarea>`
      : html`<input id=${id} type=${opts.type ?? 'text'} .value=${current} @input=${(e: Event) => v.setPractice(field, value(e))} />`}
  </div>`;
}

/** One item's question: its name and summary, the four steps as a radio group, and a note or example. */
function answerItem(v: FormView, group: AnswerGroup, item: Item, noteLabel: string): TemplateResult {
  const answer = v.profile[group][item.id] ?? { presence: null, note: '' };
  const base = `pp-${group}-${item.id}`;
  return html`<fieldset class="item" part="item" aria-describedby="${base}-summary">
    <legend>${localize(item.name, v.lang)}</legend>
    <p class="summary" id="${base}-summary">${renderSummary(item, v.lang, v.t)}</p>
    <div class="steps" part="steps">
      ${([0, 1, 2, 3] as const).map(
        (step) => html`<label class="step">
          <input
            type="radio"
            name=${base}
            .value=${String(step)}
            .checked=${answer.presence === step}
            @change=${() => v.setAnswer(group, item.id, { presence: step as Presence })}
          />
          ${v.m.presence[step]}
        </label>`,
      )}
    </div>
    <label class="note-label" for="${base}-note">${noteLabel} <span class="optional">${v.m.optional}</span></label>
    <textarea id="${base}-note" rows="2" .value=${answer.note} @input=${(e: Event) => v.setAnswer(group, item.id, { note: value(e) })}></textarea>
  </fieldset>`;
}

function section(level: number, id: string, title: string, hint: string, content: unknown): TemplateResult {
  return html`<section class="form-section">
    ${heading(level, title, { id: `${id}-h`, cls: 'section-title' })}
    ${hint ? html`<p class="hint">${hint}</p>` : nothing}
    ${content}
  </section>`;
}

export function renderForm(v: FormView): TemplateResult {
  const { dossier, m } = v;
  return html`<form class="form" part="form" @submit=${(e: Event) => e.preventDefault()}>
    <section class="form-section">
      ${heading(v.level, m.practice, { id: 'pp-practice-h', cls: 'section-title' })}
      <div class="fields">
        ${textField(v, 'name', m.name)} ${textField(v, 'neighbourhood', m.neighbourhood)} ${textField(v, 'date', m.date, { type: 'date' })}
      </div>
      ${textField(v, 'context', m.context, { area: true, optional: true })} ${textField(v, 'question', m.question, { area: true, optional: true })}
    </section>
    ${section(v.level, 'pp-goals', m.goals, m.goalsHint, dossier.goals.map((g) => answerItem(v, 'goals', g, m.note)))}
    ${section(
      v.level,
      'pp-levels',
      m.levels,
      // The question is the group's legend (a legend "Niveaus" under the heading "Niveaus" said it twice).
      '',
      html`<fieldset class="item" part="item">
        <legend>${m.levelsHint}</legend>
        <div class="levels">
          ${dossier.levels.map(
            (l) => html`<div class="level">
              <input
                type="checkbox"
                id="pp-level-${l.id}"
                .checked=${v.profile.levels.ids.includes(l.id)}
                aria-describedby="pp-level-${l.id}-summary"
                @change=${(e: Event) => v.setLevel(l.id, (e.target as HTMLInputElement).checked)}
              />
              <label for="pp-level-${l.id}">${localize(l.name, v.lang)}</label>
              <p class="summary" id="pp-level-${l.id}-summary">${renderSummary(l, v.lang, v.t)}</p>
            </div>`,
          )}
        </div>
        <label class="note-label" for="pp-levels-note">${m.levelsNote} <span class="optional">${m.optional}</span></label>
        <textarea id="pp-levels-note" rows="2" .value=${v.profile.levels.note} @input=${(e: Event) => v.setLevelsNote(value(e))}></textarea>
      </fieldset>`,
    )}
    ${section(v.level, 'pp-factors', m.factors, m.factorsHint, dossier.factors.map((f) => answerItem(v, 'factors', f, m.example)))}
    ${section(v.level, 'pp-crafts', m.crafts, m.craftsHint, dossier.crafts.map((c) => answerItem(v, 'crafts', c, m.note)))}
  </form>`;
}
