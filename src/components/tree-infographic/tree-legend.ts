/**
 * The legend of every state (no approach, each approach) in one grid cell, the current one
 * visible: its height is that of the tallest at any width, from the first drawing on, so choosing
 * an approach never moves the drawing below it (the page would be laid out and painted again,
 * and jump). Until the browser is idle, a state not shown holds only the room of its samples;
 * then each gets its own, and an approach change only shows another.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { basisBadge } from '../../base/fragments.js';
import { localize } from '../../model/query.js';
import type { EmphasisSource } from '../../model/emphasis-sources.js';
import type { Dossier } from '../../model/types.js';
import { drawSample } from './tree-drawing.js';
import { hasInterpretation, weightsAreInterpretation } from './tree-export-controller.js';
import type { TreeView } from './tree-view.js';

/**
 * The legend's disclosure: on a phone closed until the user opens it; wider and in print open, its summary
 * not shown (the element decides `open`, see #legendShown; the print styles open it without a beforeprint too).
 */
export function renderLegendBox(open: boolean, toggled: (e: Event) => void, summary: string, legend: TemplateResult): TemplateResult {
  return html`<details class="legend-box" part="legend-box" ?open=${open} @toggle=${toggled}>
    <summary class="legend-box__toggle" part="legend-toggle">${summary}</summary>
    ${legend}
  </details>`;
}

/** `unknown`: an approach asked for that is not in the dossier; `idle`: every state gets its samples. */
export function renderLegend(view: TreeView, d: Dossier, active: EmphasisSource | undefined, unknown: string | undefined, idle: boolean): TemplateResult {
  const locale = view.locale();
  return html`<div class="legend" part="legend">
    ${[undefined, ...view.sources(d)].map((a) => {
      const shown = a?.id === active?.id;
      const whole = idle || shown;
      return html`<div class="legend__state ${shown ? '' : 'legend__state--off'}">
        ${guard([d, locale, a, a ? undefined : unknown, whole], () => legendOf(view, d, a, unknown, whole))}
      </div>`;
    })}
  </div>`;
}

/** One state of the legend; `whole` draws its samples, else it keeps their room. */
function legendOf(view: TreeView, d: Dossier, source: EmphasisSource | undefined, unknown: string | undefined, whole: boolean): TemplateResult {
  const m = view.m();
  const t = view.t();
  const sample = (kind: 1 | 2 | 3 | 'dim' | 'dashed') =>
    whole
      ? html`<svg width="36" height="22" viewBox="0 0 36 22" aria-hidden="true" focusable="false">${drawSample(kind, 32)}</svg>`
      : html`<span class="legend__room"></span>`;
  return html`${source
    ? html`<span class="legend__title">${m.legendFor(localize(source.name, view.locale()))}</span>
        ${([3, 2, 1] as const).map((w) => html`<span class="legend__item" data-weight=${w}>${sample(w)} ${t.weight[w]}</span>`)}
        <span class="legend__item">${sample('dim')} ${m.legendDimmed}</span>
        ${weightsAreInterpretation(source) ? html`<span class="legend__item">${basisBadge('interpretation', t)} ${m.weightsBasis}</span>` : nothing}
        ${source.kind === 'profile' ? html`<span class="legend__item">${basisBadge('own', t)} ${m.weightsOwn}</span>` : nothing}`
    : html`<span class="legend__idle">${unknown ? t.unknownItem(t.kind.approach, unknown) : m.legendIdle}</span>`}
  ${hasInterpretation(d) ? html`<span class="legend__item">${sample('dashed')} ${m.legendDashed}</span>` : nothing}`;
}
