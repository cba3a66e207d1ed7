import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { DossierElement } from '../../base/dossier-element.js';
import { basisKey, fragmentStyles, labelsShown } from '../../base/fragments.js';
import { factorLabelled } from '../factor-card/factor-labels.js';
import { profileSource, sourcesEmphasising } from '../../model/emphasis-sources.js';
import type { Dossier } from '../../model/types.js';
import { stateStyles, tokens } from '../../styles/tokens.js';
import { messages } from './factor-grid.messages.js';

/**
 * Parts of each card made available outside the grid, under the same names: all but the card's own
 * loading, error and unknown-factor views, which a grid never shows (it has its own).
 */
const CARD_PARTS = ['card', 'kind', 'name', 'selected-tag', 'notes', 'active-note', 'description', 'facts', 'approaches', 'goals', 'levels', 'weight', 'basis', 'basis-interpretation', 'basis-talk', 'basis-own', 'sources', 'select-button', 'downloads', 'download-button', 'export-error', 'details'];

/**
 * @summary Every effective factor of the dossier as a responsive grid of `<factor-card>`s.
 *
 * Cards flow into as many columns as fit the container (each at least
 * `--ww-factor-grid-min` wide). Inside a `<dossier-provider>` the cards share its selection
 * with every other element; standalone the grid gives its cards one shared selection of
 * their own, so selecting one card clears the others. Register it with
 * `wat-werkt/define/factor-grid`, which also registers `<factor-card>` and `<dossier-provider>`.
 *
 * @csspart grid - The list of cards.
 * @csspart item - One grid cell (a list item).
 * @csspart card - Each card; the cards' other parts (`name`, `weight`, `basis`, `select-button`, …) are forwarded too.
 * @csspart basis-key - What the cards' labels mean, in words, once below the grid instead of on every card.
 * @csspart loading - The loading message (standalone).
 * @csspart error - The error message (standalone).
 *
 * @cssproperty --ww-factor-grid-min - Smallest width of a card before the grid uses fewer columns. Default `19rem`.
 * @cssproperty --ww-factor-grid-gap - Space between the cards.
 *
 * @event item-select - From a card: the user selected a factor or cleared the selection. `detail: { id, kind }`.
 */
export class FactorGrid extends DossierElement {
  static override styles = [
    tokens,
    stateStyles,
    fragmentStyles,
    css`
      :host {
        display: block;
      }
      .grid {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--ww-factor-grid-min, 19rem)), 1fr));
        gap: var(--ww-factor-grid-gap, var(--_space-md));
      }
      .grid > li {
        display: flex;
        flex-direction: column;
      }
      factor-card {
        flex: 1;
      }
      .basis-key {
        margin-block-start: var(--_space-sm);
      }
      /* Paper: three cards a row (the page is narrower than the screen the grid was laid out for). */
      @media print {
        .grid {
          grid-template-columns: repeat(3, minmax(0, 1fr));
          gap: 0.5em;
        }
        .grid > li {
          break-inside: avoid;
        }
      }
    `,
  ];

  /** Variant of the cards: `compact` (default) or `full`. */
  @property({ reflect: true }) variant: 'compact' | 'full' = 'compact';

  /** Heading level of each card's name, 1–6 (default 3). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  protected override render() {
    return this.withDossier((d) => {
      const cards = this.#renderCards(d);
      // Inside a provider the cards use its dossier and selection; otherwise give them one of their own.
      return this.data.origin === 'provider' ? cards : html`<dossier-provider .dossier=${d}>${cards}</dossier-provider>`;
    });
  }

  #renderCards(d: Dossier) {
    return html`<ul class="grid" part="grid" role="list" aria-label=${this.msg(messages).label}>
      ${d.factors.map(
        (f) => html`<li part="item">
          <factor-card
            factor=${f.id}
            variant=${this.variant}
            heading-level=${this.headingLevel}
            no-basis-key
            exportparts=${CARD_PARTS.join(', ')}
          ></factor-card>
        </li>`,
      )}
    </ul>
    ${basisKey(this.#labels(d), this.t)}`;
  }

  /** The labels the cards show, said once for all (in a fixed order). */
  #labels(d: Dossier) {
    const full = this.variant === 'full';
    const profile = this.data.profile;
    const own = profileSource(profile) ? [{ basis: 'own' as const }] : [];
    return labelsShown(d.factors.flatMap((f) => factorLabelled(f, [...sourcesEmphasising(d, f.id, profile), ...own], full)));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'factor-grid': FactorGrid;
  }
}
