import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    --_card-bg: var(--ww-factor-card-bg, var(--_color-bg));
    --_card-border: var(--ww-factor-card-border-color, var(--_color-border));
    --_card-radius: var(--ww-factor-card-radius, var(--_radius));
    --_card-padding: var(--ww-factor-card-padding, var(--_space-md));
    --_emphasis: var(--ww-factor-card-emphasis-color, var(--_color-accent));
    --_emphasis-bg: var(--ww-factor-card-emphasis-bg, var(--_color-accent-bg));
    --_dimmed-bg: var(--ww-factor-card-dimmed-bg, var(--_color-bg-subtle));
    --_selected: var(--ww-factor-card-selected-color, var(--_color-text));
    --_weight-on: var(--ww-factor-card-weight-color, var(--_color-accent));
    /* Height until first rendered, when skipped off screen (opt-in, styles/containment.ts): about a card's at 1280 px. */
    contain-intrinsic-block-size: auto 34rem;
  }
  :host([hidden]) {
    display: none;
  }
  :host([variant='compact']) {
    contain-intrinsic-block-size: auto 29rem;
  }
  .card {
    box-sizing: border-box;
    block-size: 100%;
    display: flex;
    flex-direction: column;
    gap: var(--_space-sm);
    padding: var(--_card-padding);
    background: var(--_card-bg);
    border: 1px solid var(--_card-border);
    border-inline-start-width: 6px;
    border-radius: var(--_card-radius);
    transition:
      background-color var(--_duration) ease,
      border-color var(--_duration) ease;
  }
  .card--emphasised {
    border-color: var(--_emphasis);
  }
  /* An approach change restyles the card's box, its note and two rows, and changes no sizes it can
     keep: no inherited colour on the whole card, a border on every note, an edge on every row (an
     "active" label in the row wrapped its weight to a second line). */
  .card--dimmed {
    background: var(--_dimmed-bg);
    border-style: dashed;
    border-inline-start-style: solid;
  }
  .card--selected {
    outline: 3px solid var(--_selected);
    outline-offset: 2px;
  }
  .card__header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_space-sm);
  }
  .card__kind {
    flex: 1 0 100%;
    margin: 0;
    font-size: var(--_font-size-small);
    color: var(--_color-text-subtle);
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .card__name {
    /* A flex item: may shrink below its longest word, which then breaks (overflow-wrap in the tokens). */
    min-inline-size: 0;
    margin: 0;
    font-family: var(--_heading-font-family);
    font-size: 1.25em;
    line-height: 1.25;
  }
  .card--compact .card__name {
    font-size: 1.1em;
  }
  .card__tags {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.25em;
  }
  .tag--selected {
    background: var(--_selected);
    border-color: var(--_selected);
    color: var(--_card-bg);
    font-weight: 600;
  }
  .notes {
    display: grid;
  }
  .notes > .note {
    grid-area: 1 / 1;
  }
  .note--off {
    visibility: hidden;
  }
  .note--none {
    color: var(--_color-text-subtle);
    font-size: var(--_font-size-small);
  }
  .note {
    margin: 0;
    padding: 0.35em 0.6em;
    border-radius: var(--_radius);
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
    border: 1px solid transparent;
  }
  .note--emphasised {
    background: var(--_emphasis-bg);
    color: var(--_color-text);
    font-weight: 600;
  }
  .note--emphasised .basis {
    font-weight: normal;
  }
  .note--dimmed {
    border-color: var(--_color-border);
    border-style: dashed;
  }
  .card__description .statement {
    margin: 0 0 var(--_space-sm);
  }
  .facts {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-sm) var(--_space-lg);
  }
  .facts__group {
    flex: 1 1 12rem;
    min-inline-size: 0;
  }
  .facts__group:first-child {
    flex: 2 1 16rem;
    max-inline-size: 36rem;
  }
  .facts dt {
    font-weight: 600;
    font-size: var(--_font-size-small);
  }
  .facts dd {
    margin: 0.15em 0 0;
  }
  .approaches {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .approaches__item {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_space-sm);
    padding: 0.15em 0.35em;
    padding-inline-start: calc(0.35em - 3px);
    margin-inline: -0.35em;
    border-inline-start: 3px solid transparent;
    border-radius: var(--_radius);
  }
  /* The active approach's row: its edge and background (and aria-current for assistive technology). */
  .approaches__item.is-active {
    background: var(--_emphasis-bg);
    border-inline-start-color: var(--_emphasis);
  }
  .card--compact .approaches {
    font-size: var(--_font-size-small);
  }
  .approaches__name {
    flex: 1 1 auto;
  }
  .approaches__weight {
    margin-inline-start: auto;
    display: inline-flex;
    gap: 0.35em;
    align-items: center;
  }
  .chips {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em;
  }
  .chip {
    /* A flex item: a word wider than the card breaks instead of being cut off. */
    min-inline-size: 0;
    padding: 0 0.5em;
    border-radius: var(--_radius);
    background: var(--_color-bg-subtle);
    border: 1px solid var(--_color-border);
  }
  .card__footer {
    margin-block-start: auto;
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    justify-content: space-between;
    gap: var(--_space-sm);
  }
  .card__footer .sources {
    margin: 0;
    flex: 1 1 14rem;
  }
  .card__footer .sources__label {
    font-weight: 600;
  }
  .card__footer .sources cite,
  .card__footer .sources a {
    display: block;
    padding-inline-start: 0.75em;
    text-indent: -0.75em;
    margin-block-start: 0.2em;
  }
  .select {
    font: inherit;
    display: inline-flex;
    align-items: center;
    gap: 0.45em;
    padding: 0.3em 0.85em;
    min-block-size: 2.25rem;
    border-radius: var(--_radius);
    border: 2px solid var(--_color-accent);
    background: var(--_color-bg);
    color: var(--_color-accent);
    font-weight: 600;
    cursor: pointer;
  }
  .card__details {
    display: grid;
    gap: var(--_space-sm);
    padding-block-start: var(--_space-sm);
    border-block-start: 1px solid var(--_color-border);
  }
  .card__details .statement {
    margin: 0;
  }
  .select:hover {
    background: var(--_color-accent-bg);
  }
  .select[aria-pressed='true'] {
    background: var(--_color-accent);
    color: var(--_color-bg);
  }
  .select__box {
    inline-size: 0.85em;
    block-size: 0.85em;
    border: 2px solid currentColor;
    border-radius: 2px;
    box-sizing: border-box;
    display: inline-grid;
    place-items: center;
    font-size: 0.8em;
    line-height: 1;
  }
  /* The check is always there, shown when pressed: adding it relaid the card. */
  .select__box::after {
    content: '✓';
    visibility: hidden;
  }
  .select[aria-pressed='true'] .select__box::after {
    visibility: visible;
  }
  .unknown {
    padding: var(--_space-md);
    border: 2px dashed var(--_color-error);
    border-radius: var(--_radius);
    background: var(--_color-error-bg);
    color: var(--_color-error);
  }
  .unknown p {
    margin: 0 0 var(--_space-sm);
  }
  .unknown p:last-child {
    margin: 0;
  }
  .unknown code {
    color: var(--_color-text);
  }
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
    .card--emphasised {
      border-color: Highlight;
    }
    .card--dimmed {
      border-color: GrayText;
    }
    .approaches__item {
      border-inline-start-color: Canvas;
    }
    .approaches__item.is-active {
      border-inline-start-color: Highlight;
    }
    .card--selected {
      outline-color: Highlight;
    }
    /* Inverted page colours, not Highlight on HighlightText (2.9:1 in Firefox, 3.8:1 in WebKit). */
    .tag--selected,
    .select[aria-pressed='true'] {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
      border-color: CanvasText;
    }
    .unknown {
      border-color: CanvasText;
    }
  }

  /* ---- print: the card whole on one page, its marks visible, no buttons ---- */
  @media print {
    :host {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .card {
      break-inside: avoid;
    }
    .select,
    .export-error {
      display: none;
    }
    /* On screen the notes share one cell so that a new approach moves nothing; paper does not change. */
    .note--off,
    .note--none {
      display: none;
    }
  }
`;
