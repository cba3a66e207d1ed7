import { css, html, nothing } from 'lit';
import { DossierElement } from '../../base/dossier-element.js';
import {
  basisBadge,
  basisKey,
  fragmentStyles,
  labelsShown,
  referenceKind,
  renderCitation,
  renderSources,
  renderStatements,
  renderSummary,
  summaryBasisOf,
} from '../../base/fragments.js';
import { containment } from '../../styles/containment.js';
import { stateStyles, tokens } from '../../styles/tokens.js';
import { localize } from '../../model/query.js';
import type { Dossier } from '../../model/types.js';
import { messages } from './dossier-overview.messages.js';

/** The labels the document shows, in a fixed order. */
const labelsIn = (d: Dossier) =>
  labelsShown([
    ...d.meta.purpose,
    ...d.meta.method,
    ...d.concepts.flatMap((c) => [c, ...c.statements]),
    ...d.tree.parts.flatMap((p) => [p, ...d[p.holds], ...d[p.holds].map(summaryBasisOf)]),
  ]);

/**
 * @summary The whole dossier as a readable document: purpose, key concepts, every part of the tree and the references.
 *
 * A text view of everything the graphical elements show, for reading, printing and screen readers.
 * What its labels ("Interpretation", "From the talk") mean is said under the introduction, in words,
 * not only in the labels' tooltips; so is how the data was compiled (`meta.compiledBy`). Each reference says
 * whether it is a source text, a work the source texts name, or our own background reading, and links to its
 * page where the data gives one (Movisie's pages for the dossier and its announcement); each summary carries
 * its label like a statement. Its title is an `<h2>` and its sections' headings `<h3>`: place it
 * where a second-level heading fits the page's outline (not under an `<h2>` of the page's own).
 *
 * @csspart loading - The loading message (standalone).
 * @csspart error - The error message (standalone).
 * @csspart basis - A label saying an item is an interpretation or from the talk.
 * @csspart basis-interpretation - The same label, on our interpretation only.
 * @csspart basis-talk - The same label, on what was said in the talk only.
 * @csspart basis-key - What the labels mean, in words, under the introduction.
 * @csspart sources - A list of sources.
 * @cssproperty --ww-heading-font-family - Font of the headings.
 * @cssproperty --ww-content-visibility - `auto`: skip rendering the element while it is off screen (docs/THEMING.md, *Long pages*). Default `visible`.
 */
export class DossierOverview extends DossierElement {
  /** The document shows no selection: an approach or item chosen elsewhere does not update it. */
  static override followsSelection = false;

  static override styles = [
    tokens,
    containment,
    stateStyles,
    fragmentStyles,
    css`
      :host {
        display: block;
        /* Height until first rendered, when skipped off screen (opt-in, styles/containment.ts): about the real dossier's at 1280 px. */
        contain-intrinsic-block-size: auto 320rem;
      }
      h2,
      h3,
      h4 {
        font-family: var(--_heading-font-family);
        line-height: 1.25;
        margin: var(--_space-lg) 0 var(--_space-sm);
      }
      h2 {
        margin-block-start: 0;
      }
      ul {
        padding-inline-start: 1.25em;
      }
      li {
        margin-block-end: var(--_space-sm);
      }
      blockquote {
        margin: var(--_space-sm) 0;
        padding-inline-start: var(--_space-md);
        border-inline-start: 4px solid var(--_color-accent);
      }
      .summary {
        margin: 0;
      }
      /* The host contains its paint, and so its margins: the last list's would add space below it. */
      article > ul:last-child,
      article > ul:last-child > li:last-child {
        margin-block-end: 0;
      }
      /* Paper: the text in two columns, smaller, headings kept with what follows them. */
      @media print {
        :host {
          font-size: 8.5pt;
          line-height: 1.35;
        }
        article {
          columns: 2;
          column-gap: 1.5em;
        }
        h2 {
          column-span: all;
        }
        h2,
        h3,
        h4 {
          break-after: avoid;
          margin-block: 0.8em 0.3em;
        }
        li,
        blockquote {
          break-inside: avoid;
          margin-block-end: 0.3em;
        }
      }
    `,
  ];

  protected override render() {
    return this.withDossier((d) => this.#renderDossier(d));
  }

  #renderLabels(d: Dossier) {
    const labels = labelsIn(d);
    if (!labels.length) return '';
    const t = this.t;
    return html`<h3>${this.msg(messages).labels}</h3>
      ${basisKey(labels, t)}`;
  }

  #renderDossier(d: Dossier) {
    const lang = this.locale;
    const t = this.t;
    return html`<article>
      <h2>${localize(d.meta.title, lang)}</h2>
      <p>${d.meta.publisher}, ${d.meta.year}${d.meta.subtitle ? ` — ${localize(d.meta.subtitle, lang)}` : ''}</p>
      ${renderStatements(d, d.meta.purpose, lang, t)} ${renderStatements(d, d.meta.method, lang, t)}
      ${d.meta.compiledBy ? html`<p class="compiled-by">${localize(d.meta.compiledBy, lang)}</p>` : nothing}
      ${this.#renderLabels(d)}
      ${d.concepts.length
        ? html`<h3>${t.collection.concepts}</h3>
            ${d.concepts.map(
              (c) => html`<h4>${localize(c.name, lang)} ${basisBadge(c.basis, t)}</h4>
                ${c.quote ? html`<blockquote>${localize(c.quote, lang)}</blockquote>` : ''}
                ${renderStatements(d, c.statements, lang, t)} ${renderSources(d, c.sources, t)}`,
            )}`
        : ''}
      ${d.tree.parts.map(
        (part) => html`<section>
          <h3>${localize(part.name, lang)}: ${t.collection[part.holds]} ${basisBadge(part.basis, t)}</h3>
          <ul>
            ${d[part.holds].map(
              (item) => html`<li>
                <strong>${localize(item.name, lang)}</strong> ${basisBadge(item.basis, t)}
                <p class="summary">${renderSummary(item, lang, t)}</p>
              </li>`,
            )}
          </ul>
        </section>`,
      )}
      <h3>${t.sources}</h3>
      <ul>
        ${d.references.map((r) => html`<li>${renderCitation(r)} ${referenceKind(r, t)}${r.note ? html` — ${localize(r.note, lang)}` : ''}</li>`)}
      </ul>
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dossier-overview': DossierOverview;
  }
}
