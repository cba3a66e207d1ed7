import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { DossierElement } from '../../base/dossier-element.js';
import { basisBadge, basisKey, fragmentStyles, labelsShown, renderSources, renderStatements } from '../../base/fragments.js';
import { PROFILE_SOURCE_ID, emphasisSources, findSource, sourcesEmphasising, type EmphasisSource, type SourceEmphasis } from '../../model/emphasis-sources.js';
import { findItem, localize } from '../../model/query.js';
import type { Dossier, Factor } from '../../model/types.js';
import { containment } from '../../styles/containment.js';
import { stateStyles, tokens } from '../../styles/tokens.js';
import { visuallyHidden } from '../../styles/visually-hidden.js';
import { factorLabelled } from './factor-labels.js';
import { hyphenate } from '../../i18n/hyphenate.js';
import { PictureExportController } from '../../export/export-controller.js';
import { exportStyles } from '../../export/export.styles.js';
import type { Picture } from '../../export/frame.js';
import { messages } from './factor-card.messages.js';
import { styles } from './factor-card.styles.js';
import { heading, helperStyles, renderWeight, sharedBasis, weightMessages } from '../../base/view-helpers.js';

/** The states a card shows, also exposed as custom states (`:state(…)`). */
type CardState = 'selected' | 'emphasised' | 'dimmed' | 'unknown';

/**
 * @summary One effective factor of the dossier: what it is, which approaches lean on it and how strongly, which goals it serves and at which levels it plays.
 *
 * Choose the factor by id (`factor="informality"`). The card follows the shared selection
 * of the surrounding `<dossier-provider>` (or its own when alone): it is marked when its
 * factor is the selected item, emphasised with the weight when the active approach leans
 * on it, and dimmed when the active approach does not. Its button makes the factor the
 * selected item; a compact card then shows, right below the button, what it leaves out
 * (the statements and sources), so the result of the press is where the user is looking.
 * An unknown id shows a message and logs a console error naming the id.
 *
 * With the team's own practice profile in the provider (issue 25), "Onze praktijk" is a row after the approaches,
 * labelled "Eigen inschatting"; when it is the active source (`~practice`) the note says "in onze praktijk: duidelijk"
 * and the card is emphasised or dimmed by the team's weights.
 *
 * `variant="compact"` leaves out the description and the sources, for grids and sidebars.
 *
 * @csspart card - The card (an `<article>`).
 * @csspart kind - The small label "Effective factor" above the name.
 * @csspart name - The factor's name (a heading, level from `heading-level`).
 * @csspart selected-tag - The "Selected" label, shown when the factor is the selected item.
 * @csspart notes - The place of the note below (with no approach active: "No approach active."; with one not in the dossier, says so).
 * @csspart active-note - The line saying how strongly the active approach leans on the factor.
 * @csspart description - The statements (full variant).
 * @csspart facts - The list of approaches, goals and levels.
 * @csspart approaches - The list of approaches with their weights.
 * @csspart goals - The list of goals the factor serves.
 * @csspart levels - The list of levels it plays at.
 * @csspart weight - A weight: three bars and its text, e.g. "central (3 of 3)".
 * @csspart basis - A label saying something is an interpretation or from the talk.
 * @csspart basis-interpretation - The same label, on our interpretation only.
 * @csspart basis-talk - The same label, on what was said in the talk only.
 * @csspart basis-own - The same label, on the team's own practice profile ("Eigen inschatting"): its weights are its own judgement.
 * @csspart basis-key - What the card's labels mean, in words (unless `no-basis-key`).
 * @csspart sources - The sources (full variant).
 * @csspart select-button - The button that makes the factor the selected item.
 * @csspart downloads - The SVG and PNG download buttons (full variant; `toSVG()` and `toPNG()` work in both).
 * @csspart download-button - Each download button.
 * @csspart export-error - The message shown when a download did not work.
 * @csspart details - A compact card's statements and sources, shown below the button while the factor is selected.
 * @csspart unknown - The message for an unknown or missing id.
 * @csspart loading - The loading message (standalone).
 * @csspart error - The error message (standalone).
 *
 * @cssproperty --ww-factor-card-bg - Background of the card. Defaults to the document background.
 * @cssproperty --ww-factor-card-border-color - Border of the card.
 * @cssproperty --ww-factor-card-radius - Corner radius of the card.
 * @cssproperty --ww-factor-card-padding - Inner space of the card.
 * @cssproperty --ww-factor-card-emphasis-color - Edge and note of a card the active approach emphasises. Defaults to the accent colour.
 * @cssproperty --ww-factor-card-emphasis-bg - Background of the emphasis note.
 * @cssproperty --ww-factor-card-dimmed-bg - Background of a card the active approach does not emphasise.
 * @cssproperty --ww-factor-card-selected-color - Outline of the selected card.
 * @cssproperty --ww-factor-card-weight-color - Filled bars of the weight graphic.
 * @cssproperty --ww-content-visibility - `auto`: skip rendering the element while it is off screen (docs/THEMING.md, *Long pages*). Default `visible`.
 *
 * @cssstate selected - The factor is the selected item.
 * @cssstate emphasised - The active approach emphasises the factor.
 * @cssstate dimmed - There is an active approach and it does not emphasise the factor.
 * @cssstate unknown - The id is missing or not in the dossier.
 *
 * @event item-select - The user selected the factor, or cleared the selection. `detail: { id, kind }`; cancelable.
 */
export class FactorCard extends DossierElement {
  static override styles = [tokens, containment, stateStyles, fragmentStyles, visuallyHidden, helperStyles, exportStyles, styles];

  /** Id of the factor to show, e.g. `informality`. */
  @property({ reflect: true }) factor = '';

  /** `full` (default) or `compact` (no description and sources; for grids and sidebars). */
  @property({ reflect: true }) variant: 'full' | 'compact' = 'full';

  /** Level of the card's heading, 1–6 (default 3); its sections use the level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /**
   * Leaves out the lines saying what the card's labels mean, for a host that says it once for
   * many cards, as `<factor-grid>` does.
   */
  @property({ type: Boolean, attribute: 'no-basis-key' }) noBasisKey = false;

  readonly #internals = this.attachInternals();
  #states = new Set<CardState>();
  #loggedUnknown?: string;

  readonly #export = new PictureExportController(this, {
    tag: 'factor-card',
    lang: () => this.locale,
    what: () => this.msg(messages).pictureWhat(this.#factorName()),
    fileName: () => `wat-werkt-${this.factor || 'factor'}-${this.locale}`,
    draw: () => this.#drawPicture(),
  });

  /**
   * The card as a standalone SVG document: the factor's name and summary, each approach's weight,
   * its goals and levels, what is selected (active approach, this factor) and the source line.
   */
  toSVG(): Promise<string> {
    return this.#export.toSVG();
  }

  /** The same picture as `toSVG()`, as a PNG at `scale` times its size (2 by default). */
  toPNG(scale = 2): Promise<Blob> {
    return this.#export.toPNG(scale);
  }

  /** Offers the picture as a file: `wat-werkt-<factor>-nl.svg` (or `.png`). */
  download(format: 'svg' | 'png'): Promise<void> {
    return this.#export.download(format);
  }

  #factorName(): string {
    const d = this.data.dossier;
    return localize((d && findItem(d, this.factor)?.item.name) || undefined, this.locale) || this.factor;
  }

  async #drawPicture(): Promise<Picture> {
    const d = this.data.dossier;
    const found = d ? findItem(d, this.factor) : undefined;
    if (!d || found?.kind !== 'factor') throw new Error(d ? `Unknown factor "${this.factor}"` : 'The dossier is not loaded yet');
    await document.fonts?.ready;
    const [{ drawCard }, { readPalette, canvasMeasure }] = await Promise.all([import('./card-picture.js'), import('../../export/svg-text.js')]);
    const palette = readPalette(this);
    const { approach, item } = this.data.selection;
    return drawCard({
      dossier: d,
      factor: found.item as Factor,
      lang: this.locale,
      t: this.t,
      m: this.msg(messages),
      activeId: approach,
      profile: this.data.profile,
      selected: item?.id === this.factor,
      palette,
      measure: canvasMeasure(palette.font),
    });
  }

  /** Is the factor the selected item? */
  get selected(): boolean {
    return this.#states.has('selected');
  }

  protected override render() {
    return this.withDossier((d) => {
      const found = findItem(d, this.factor);
      if (found?.kind !== 'factor') return this.#renderUnknown(d);
      return this.#renderCard(d, found.item as Factor);
    });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const d = this.data.dossier;
    const found = d ? findItem(d, this.factor) : undefined;
    const next = new Set<CardState>();
    if (d && found?.kind !== 'factor') {
      next.add('unknown');
      if (this.#loggedUnknown !== this.factor) {
        this.#loggedUnknown = this.factor;
        console.error(
          this.factor
            ? `[wat-werkt] <factor-card>: unknown factor "${this.factor}". Known factors: ${d.factors.map((f) => f.id).join(', ')}.`
            : '[wat-werkt] <factor-card>: no factor attribute given.',
        );
      }
    } else if (d && found) {
      const { approach, item } = this.data.selection;
      if (item?.id === this.factor) next.add('selected');
      const source = findSource(d, approach, this.data.profile);
      if (source) next.add(source.emphasis.has(this.factor) ? 'emphasised' : 'dimmed');
    }
    this.#setStates(next);
  }

  #setStates(next: Set<CardState>): void {
    for (const s of ['selected', 'emphasised', 'dimmed', 'unknown'] as const) {
      try {
        if (next.has(s)) this.#internals.states.add(s);
        else this.#internals.states.delete(s);
      } catch {
        // Browsers without CustomStateSet: the classes inside still show the state.
      }
    }
    this.#states = next;
  }

  #renderUnknown(d: Dossier) {
    const m = this.msg(messages);
    return html`<div class="unknown" part="unknown">
      <p class="unknown__title"><strong>${this.factor ? m.unknown(this.factor) : m.missing}</strong></p>
      <p class="unknown__known">
        ${m.known}
        ${d.factors.map((f, i) => html`${i ? ', ' : ''}<code>${f.id}</code> (${localize(f.name, this.locale)})`)}
      </p>
    </div>`;
  }

  #renderCard(d: Dossier, factor: Factor) {
    const lang = this.locale;
    const t = this.t;
    const m = this.msg(messages);
    const wm = this.msg(weightMessages);
    const full = this.variant !== 'compact';
    const level = this.headingLevel;
    const { approach: activeId, item } = this.data.selection;
    const selected = item?.id === factor.id;
    // The approaches and, when the team has a profile with answers, its own practice (issue 25): one way for both.
    const profile = this.data.profile;
    const sources = emphasisSources(d, profile);
    const leaning = sourcesEmphasising(d, factor.id, profile);
    const byApproach = leaning.filter((e) => e.source.kind === 'approach');
    const active = findSource(d, activeId, profile);
    const activeWeight = active ? leaning.find((e) => e.source.id === active.id) : undefined;
    const state = active ? (activeWeight ? 'emphasised' : 'dimmed') : 'neutral';
    // Every approach, the ones leaning on the factor first (strongest first), then the others; the team's practice last.
    const rows = [
      ...byApproach.map((e) => ({ source: e.source, emphasis: e as typeof e | undefined })),
      ...sources.filter((s) => s.kind === 'approach' && !leaning.some((e) => e.source.id === s.id)).map((s) => ({ source: s, emphasis: undefined })),
      ...sources.filter((s) => s.kind === 'profile').map((s) => ({ source: s, emphasis: leaning.find((e) => e.source.id === s.id) })),
    ];
    const approachBasis = sharedBasis(byApproach);
    // The team's row carries its label whether or not it gives this factor a weight: the key explains it.
    const ownRow = sources.some((s) => s.kind === 'profile') ? [{ basis: 'own' as const }] : [];
    const goalBasis = sharedBasis(factor.serves);
    const levelBasis = sharedBasis(factor.levels);
    const items = (id: string) => findItem(d, id)?.item;
    const name = localize(factor.name, lang);

    return html`<article
      class="card card--${full ? 'full' : 'compact'} card--${state} ${selected ? 'card--selected' : ''}"
      part="card"
      aria-labelledby="name"
    >
      <header class="card__header">
        <p class="card__kind" part="kind">${t.kind.factor}</p>
        ${heading(level, hyphenate(name, lang), { id: 'name', part: 'name', cls: 'card__name' })}
        <div class="card__tags">
          ${basisBadge(factor.basis, t)}
          ${selected ? html`<span class="tag tag--selected" part="selected-tag"><span aria-hidden="true">✓ </span>${m.selected}</span>` : nothing}
        </div>
      </header>

      ${this.#renderNotes(sources, leaning, active?.id ?? null, active || activeId === PROFILE_SOURCE_ID ? null : activeId)}
      ${full
        ? html`<div class="card__description" part="description">${renderStatements(d, factor.statements, lang, t)}</div>`
        : nothing}

      <dl class="facts" part="facts">
        <div class="facts__group">
          <dt>${m.approaches} ${approachBasis ? basisBadge(approachBasis, t) : nothing}</dt>
          <dd>
            <ul class="approaches" part="approaches" role="list">
              ${rows.map(
                (r) => html`<li
                  class="approaches__item ${r.source.id === activeId ? 'is-active' : ''} ${r.source.kind === 'profile' ? 'approaches__item--own' : ''}"
                  aria-current=${r.source.id === activeId ? 'true' : 'false'}
                  data-source=${r.source.kind}
                >
                  <span class="approaches__name">${localize(r.source.name, lang)}</span>
                  <span class="approaches__weight"
                    >${renderWeight(r.emphasis?.weight, wm)}
                    ${r.source.kind === 'profile' ? basisBadge('own', t) : r.emphasis && !approachBasis ? basisBadge(r.emphasis.basis, t) : nothing}</span
                  >
                </li>`,
              )}
            </ul>
          </dd>
        </div>
        <div class="facts__group">
          <dt>${m.goals} ${goalBasis ? basisBadge(goalBasis, t) : nothing}</dt>
          <dd>
            ${factor.serves.length
              ? html`<ul class="chips" part="goals" role="list">
                  ${factor.serves.map(
                    (s) => html`<li class="chip">${localize(items(s.goal)?.name, lang)} ${goalBasis ? nothing : basisBadge(s.basis, t)}</li>`,
                  )}
                </ul>`
              : m.none}
          </dd>
        </div>
        <div class="facts__group">
          <dt>${m.levels} ${levelBasis ? basisBadge(levelBasis, t) : nothing}</dt>
          <dd>
            ${factor.levels.length
              ? html`<ul class="chips" part="levels" role="list">
                  ${factor.levels.map(
                    (l) => html`<li class="chip">${localize(items(l.level)?.name, lang)} ${levelBasis ? nothing : basisBadge(l.basis, t)}</li>`,
                  )}
                </ul>`
              : m.none}
          </dd>
        </div>
      </dl>
      ${this.noBasisKey ? nothing : basisKey(labelsShown(factorLabelled(factor, [...leaning, ...ownRow], full)), t)}

      <footer class="card__footer">
        ${full ? renderSources(d, this.#sources(factor, leaning), t) : nothing}
        <button
          type="button"
          class="select"
          part="select-button"
          aria-pressed=${selected ? 'true' : 'false'}
          @click=${() => this.data.select(selected ? null : { id: factor.id, kind: 'factor' })}
        >
          <span class="select__box" aria-hidden="true"></span>${m.select}<span class="visually-hidden">: ${name}</span>
        </button>
        ${full ? this.#export.renderButtons() : nothing}
      </footer>
      ${this.#export.renderError()}
      ${!full && selected
        ? html`<div class="card__details" part="details">
            ${renderStatements(d, factor.statements, lang, t)} ${renderSources(d, this.#sources(factor, leaning), t)}
          </div>`
        : nothing}
    </article>`;
  }

  /**
   * A note per approach and one for none, on top of each other, one visible: a new active
   * approach changes which note shows, not what is in it, and moves nothing. (A single note, shown
   * and rewritten, relaid the card and the grid around it: −2.3 ms an approach change on the demo
   * page, interleaved A/B.)
   */
  #renderNotes(sources: readonly EmphasisSource[], leaning: readonly SourceEmphasis[], activeId: string | null, unknownId: string | null) {
    const lang = this.locale;
    const t = this.t;
    const m = this.msg(messages);
    const wm = this.msg(weightMessages);
    const off = (on: boolean) => (on ? '' : 'note--off');
    return html`<div class="notes" part="notes">
      <p class="note note--none ${off(!activeId)}">${unknownId ? t.unknownItem(t.kind.approach, unknownId) : m.noApproach}</p>
      ${sources.map((a) => {
        const e = leaning.find((x) => x.source.id === a.id);
        const on = a.id === activeId;
        // The team's own practice says "in onze praktijk: duidelijk", with its label.
        const said = a.kind === 'profile' && e ? html`<span>${t.inOwnPractice(t.weight[e.weight as 1 | 2 | 3])}</span>` : undefined;
        return html`<p class="note note--${e ? 'emphasised' : 'dimmed'} ${off(on)}" part=${on ? 'active-note' : ''} data-source=${a.kind}>
          ${e
            ? html`${said ?? html`<span>${m.emphasisedBy(localize(a.name, lang))}</span> ${renderWeight(e.weight, wm)}`} ${basisBadge(e.basis, t)}`
            : m.notEmphasisedBy(localize(a.name, lang))}
        </p>`;
      })}
    </div>`;
  }

  /** Every source behind what the card says, in order of first mention. */
  #sources(factor: Factor, leaning: readonly { sources: string[] }[]): string[] {
    const all = [factor, ...factor.statements, ...factor.serves, ...factor.levels, ...leaning].flatMap((x) => x.sources);
    return [...new Set(all)];
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'factor-card': FactorCard;
  }
}
