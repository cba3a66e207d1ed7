/**
 * The results' view: the profile as the active emphasis, the distance to each approach with every term
 * of its sum in a table (so that a team can check it by hand), labelled as resting on our interpretation
 * of the approaches and followed by the dossier's own caution, and the reflection prompts with sources.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CommonMessages } from '../../i18n/common.js';
import { findItem, localize } from '../../model/query.js';
import type { Dossier, Lang } from '../../model/types.js';
import { basisBadge, basisKey, labelsShown, renderStatements } from '../../base/fragments.js';
import { heading, joinNames } from '../../base/view-helpers.js';
import type { PracticeProfileMessages } from './practice-profile.messages.js';
import { cautionStatements, groupPrompts, type PracticeProfile, type ReflectionPrompt } from './profile-model.js';
import type { ApproachDistance } from '../../model/profile-distance.js';

export interface ResultsView {
  dossier: Dossier;
  profile: PracticeProfile;
  distances: ApproachDistance[];
  prompts: ReflectionPrompt[];
  lang: Lang;
  /** The level of the section's heading. */
  level: number;
  m: PracticeProfileMessages;
  t: CommonMessages;
  /** Whether the profile is the active emphasis of the shared selection. */
  showing: boolean;
  show(): void;
}

const itemName = (dossier: Dossier, id: string, lang: Lang) => {
  const found = findItem(dossier, id);
  return found ? localize(found.item.name, lang) : id;
};

function distanceTable(v: ResultsView, d: ApproachDistance): TemplateResult {
  const name = localize(d.approach.name, v.lang);
  const step = (n: number) => `${n} (${v.m.presence[n as 0 | 1 | 2 | 3] ?? n})`;
  const id = `pp-dist-${d.approach.id}`;
  // The table's name stands above its scrolling region, so that it stays in view on a phone, where the
  // table (a two-dimensional one, which WCAG 1.4.10 lets scroll) is wider than the screen.
  return html`<p class="caption" id=${id}>${v.m.distanceCaption(name)}: ${v.m.distance(d.sum, d.answered, d.mean ?? 0, v.lang)}</p>
    <div class="table-scroll" role="region" tabindex="0" aria-labelledby=${id}>
    <table class="distance" part="distance" aria-labelledby=${id}>
      <thead>
        <tr>
          <th scope="col">${v.m.item}</th>
          <th scope="col">${v.m.ours}</th>
          <th scope="col">${v.m.theirs}</th>
          <th scope="col">${v.m.difference}</th>
        </tr>
      </thead>
      <tbody>
        ${d.terms.map(
          (term) => html`<tr>
            <th scope="row">${itemName(v.dossier, term.item, v.lang)}</th>
            <td>${step(term.profile)}</td>
            <td>${step(term.approach)}</td>
            <td>${term.difference}</td>
          </tr>`,
        )}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colspan="3">${v.m.total}</th>
          <td>${d.sum}</td>
        </tr>
      </tfoot>
    </table>
  </div>`;
}

function closest(v: ResultsView): TemplateResult | typeof nothing {
  const answered = v.distances.filter((d) => d.answered);
  if (!answered.length) return html`<p class="empty">${v.m.noneAnswered}</p>`;
  const min = Math.min(...answered.map((d) => d.sum));
  const names = answered.filter((d) => d.sum === min).map((d) => localize(d.approach.name, v.lang));
  return html`<p class="closest" part="closest">${v.m.closest(joinNames(names, v.lang))}</p>`;
}

/**
 * The prompts of one reason: why they are shown (the rule, our reading, labelled so) said once, then each of
 * the data's statements that apply, with their sources and, where it is not the answered item, the item each
 * belongs to. One reason can bring several statements (little political-strategic craft: four of them);
 * repeating the reason for each was noise.
 */
function promptGroup(v: ResultsView, first: ReflectionPrompt, all: ReflectionPrompt[]): TemplateResult {
  return html`<li class="prompt-group">
    <p class="prompt__because">${basisBadge(first.ruleBasis, v.t)} <strong>${localize(first.because, v.lang)}</strong></p>
    <ul class="prompt-statements">
      ${all.map(
        (p) => html`<li class="prompt" part="prompt">
          ${p.item === p.about ? nothing : html`<p class="prompt__item">${v.m.statementOn(itemName(v.dossier, p.item, v.lang))}</p>`}
          <blockquote>${renderStatements(v.dossier, [p.statement], v.lang, v.t, true)}</blockquote>
        </li>`,
      )}
    </ul>
  </li>`;
}

export function renderResults(v: ResultsView): TemplateResult {
  const { m } = v;
  // The prompts about the comparison are the dossier's caution about it: shown there, as the caution.
  const caution = cautionStatements(v.dossier, v.prompts);
  const others = v.prompts.filter((p) => p.when !== 'comparison');
  return html`<section class="results" part="results">
    ${heading(v.level, m.results, { id: 'pp-results-h', cls: 'section-title' })}
    <p>
      <button type="button" part="button show" aria-describedby=${v.showing ? 'pp-showing' : nothing} @click=${v.show}>${m.show}</button>
      ${v.showing ? html`<span id="pp-showing" class="status">${m.showing}</span>` : nothing}
    </p>
    ${heading(v.level + 1, m.comparison, { cls: 'sub-title' })}
    <p>${m.comparisonIntro}</p>
    <p class="interpretation">${basisBadge('interpretation', v.t, true)} ${m.interpretationNote}</p>
    ${closest(v)}
    ${v.distances.some((d) => d.answered) ? v.distances.map((d) => distanceTable(v, d)) : nothing}
    ${caution.length
      ? html`<div class="caution" part="caution">
          <p>${m.caution}</p>
          ${renderStatements(v.dossier, caution, v.lang, v.t, true)}
        </div>`
      : nothing}
    ${heading(v.level + 1, m.prompts, { cls: 'sub-title' })}
    <p>${m.promptsIntro}</p>
    ${others.length ? html`<ul class="prompts">${groupPrompts(others, v.lang).map((g) => promptGroup(v, g.first, g.all))}</ul>` : html`<p class="empty">${m.noPrompts}</p>`}
    ${others.length ? basisKey(labelsShown(others.map((p) => ({ basis: p.ruleBasis }))), v.t) : nothing}
  </section>`;
}
