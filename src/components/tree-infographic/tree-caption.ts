/**
 * The figure's caption: the dossier's title and a summary of where each collection sits. On a phone
 * the summary shows one line (the `.phone` styles) and a "Meer" button shows the rest;
 * all of it stays in the page, and the figure is named by title and summary (not by the button).
 */
import { html, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { localize } from '../../model/query.js';
import type { Dossier } from '../../model/types.js';
import type { TreeView } from './tree-view.js';

/** The ids the figure's `aria-labelledby` names. */
export const CAPTION_IDS = 'caption-title caption-summary';

export function renderCaption(view: TreeView, d: Dossier, open: boolean, toggle: () => void): TemplateResult {
  const m = view.m();
  return html`<figcaption class="caption" part="caption">
    <span class="caption__title" id="caption-title">${localize(d.meta.title, view.locale())}</span>
    <span class="caption__line">
      <span class=${classMap({ caption__summary: true, 'caption__summary--open': open })} id="caption-summary">${summaryOf(view, d)}</span>
      <button type="button" class="caption__more" part="caption-more" aria-expanded=${String(open)} aria-controls="caption-summary" @click=${toggle}>
        ${open ? m.captionLess : m.captionMore}
      </button>
    </span>
  </figcaption>`;
}

/** One sentence per part: where each collection sits. */
export function summaryOf(view: TreeView, d: Dossier): string {
  const m = view.m();
  const t = view.t();
  const parts = d.tree.parts.map((p) => m.summaryPart(localize(p.name, view.locale()), t.collection[p.holds], d[p.holds].length));
  return [m.summaryIntro, ...parts].join(' ');
}
