import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    --_weight-on: var(--ww-comparator-weight-color, var(--_color-accent));
    --_active-bg: var(--ww-comparator-active-bg, var(--_color-accent-bg));
    --_active: var(--ww-comparator-active-color, var(--_color-accent));
    --_diff-bg: var(--ww-comparator-difference-bg, var(--_color-bg-subtle));
    --_diff: var(--ww-comparator-difference-color, var(--_color-text));
    --_line: var(--ww-comparator-border-color, var(--_color-border));
    --_header-bg: var(--ww-comparator-header-bg, var(--_color-bg));
    /* Height until first rendered, when skipped off screen (opt-in, styles/containment.ts): about the real dossier's at 1280 px. */
    contain-intrinsic-block-size: auto 150rem;
  }
  :host([hidden]) {
    display: none;
  }
  p {
    margin: 0;
  }
  .comparator {
    display: grid;
    gap: var(--_space-md);
    container: comparator / inline-size;
  }

  /* ---- controls ---- */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    justify-content: space-between;
    gap: var(--_space-sm) var(--_space-lg);
  }
  .chooser {
    margin: 0;
    padding: var(--_space-sm) var(--_space-md);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }
  .chooser legend {
    font-weight: 700;
    padding-inline: 0.25em;
  }
  .chooser__options {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em var(--_space-md);
  }
  .chooser__hint {
    font-size: var(--_font-size-small);
    color: var(--_color-text-subtle);
  }
  .chooser__hint--refused {
    color: var(--_color-error);
    font-weight: 600;
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.45em;
    min-block-size: 2rem;
    cursor: pointer;
  }
  .check input {
    inline-size: 1.15em;
    block-size: 1.15em;
    margin: 0;
    accent-color: var(--_color-accent);
    flex: none;
  }
  .tag {
    font-weight: 600;
    vertical-align: 0.1em;
  }
  .tag--active {
    color: var(--_active);
    background: var(--_color-bg);
  }

  /* ---- legend and differences ---- */
  .legend {
    display: grid;
    gap: 0.35em;
    font-size: var(--_font-size-small);
    color: var(--_color-text-subtle);
  }
  .legend__scale {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 1.1em;
  }
  .legend__label {
    font-weight: 600;
    color: var(--_color-text);
  }
  .legend .weight__text {
    color: var(--_color-text-subtle);
  }
  .differences {
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_diff);
    background: var(--_diff-bg);
  }
  .diff-tag {
    display: inline-block;
    font-size: var(--_font-size-small);
    font-weight: 700;
    line-height: 1.3;
    padding: 0.05em 0.5em;
    border-radius: var(--_radius);
    background: var(--_diff);
    color: var(--_color-bg);
    white-space: nowrap;
  }

  /* ---- buttons ---- */
  .activate {
    font: inherit;
    font-weight: 600;
    display: inline-flex;
    align-items: center;
    gap: 0.45em;
    min-block-size: 2.25rem;
    padding: 0.25em 0.8em;
    border-radius: var(--_radius);
    border: 2px solid var(--_active);
    background: var(--_color-bg);
    color: var(--_active);
    cursor: pointer;
  }
  .activate:hover {
    background: var(--_active-bg);
  }
  .activate[aria-pressed='true'] {
    background: var(--_active);
    color: var(--_color-bg);
  }
  .activate__text {
    display: grid;
    text-align: start;
    line-height: 1.2;
  }
  .activate__state {
    font-size: var(--_font-size-small);
    font-weight: 400;
  }
  .activate__box {
    inline-size: 0.9em;
    block-size: 0.9em;
    border: 2px solid currentColor;
    border-radius: 50%;
    box-sizing: border-box;
    display: inline-grid;
    place-items: center;
  }
  /* The dot is always there, shown when pressed: adding it relaid the whole table. */
  .activate__box::after {
    content: '';
    inline-size: 0.35em;
    block-size: 0.35em;
    border-radius: 50%;
    background: currentColor;
    visibility: hidden;
  }
  .activate[aria-pressed='true'] .activate__box::after {
    visibility: visible;
  }
  /* Long names carry soft hyphens (hyphenate()): they break there, with a hyphen; anywhere only as a last resort. */
  .item {
    font: inherit;
    overflow-wrap: break-word;
    hyphens: auto;
    font-weight: 600;
    text-align: start;
    padding: 0.1em 0.3em;
    margin-inline: -0.3em;
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_color-text);
    text-decoration: underline dotted 1px;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }
  .item:hover {
    text-decoration-style: solid;
  }
  .item[aria-pressed='true'] {
    background: var(--_color-text);
    color: var(--_color-bg);
    text-decoration: none;
  }

  /* ---- shared content ---- */
  .focus {
    font-weight: 600;
  }
  .statements {
    margin-block-start: 0.35em;
    font-size: var(--_font-size-small);
  }
  .statements summary {
    cursor: pointer;
    color: var(--_color-link);
    inline-size: fit-content;
  }
  .statements .statement {
    margin-block: 0.4em;
  }
  .craft__summary {
    font-size: var(--_font-size-small);
    color: var(--_color-text-subtle);
  }
  .text .statement {
    margin: 0 0 0.4em;
  }
  .text .statement:last-child {
    margin: 0;
  }
  .missing {
    color: var(--_color-text-subtle);
    font-style: italic;
  }
  .sources {
    margin: 0;
  }
  .sources cite,
  .sources a {
    display: block;
    padding-inline-start: 0.75em;
    text-indent: -0.75em;
    margin-block-end: 0.35em;
  }

  /* ---- wide: the table ---- */
  .caption,
  caption {
    text-align: start;
    font-family: var(--_heading-font-family);
    font-weight: 700;
    font-size: 1.1em;
    padding-block-end: var(--_space-sm);
  }
  table {
    inline-size: 100%;
    table-layout: fixed;
    border-collapse: separate;
    border-spacing: 0;
  }
  .scroller {
    overflow-x: auto;
    /* A grid item: without this, as wide as the table it should scroll. */
    min-inline-size: 0;
  }
  .scroller table {
    min-inline-size: var(--_table-min);
  }
  /* The row headers take 10em where the table is tight (the layout's minimum), 15em where there is room. */
  .col-aspect {
    inline-size: 10em;
  }
  @container comparator (inline-size >= 60em) {
    .col-aspect {
      inline-size: 15em;
    }
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.55em 0.75em;
    border-block-end: 1px solid var(--_line);
    overflow-wrap: break-word;
    hyphens: auto;
  }
  thead th {
    position: sticky;
    inset-block-start: var(--ww-comparator-sticky-top, 0);
    z-index: 1;
    background: var(--_header-bg);
    font-family: var(--_heading-font-family);
    font-size: 1.1em;
    border-block-end: 2px solid var(--_color-text);
    border-block-start: 4px solid transparent;
    vertical-align: bottom;
  }
  /* The label on a line of its own under each name, shown under the active one: every head keeps its height. */
  thead .tag--active {
    display: block;
    inline-size: fit-content;
    margin-block-start: 0.2em;
  }
  thead th.corner {
    font-family: inherit;
    font-size: var(--_font-size-small);
    font-weight: 600;
    color: var(--_color-text-subtle);
  }
  thead th.is-active {
    background: var(--_active-bg);
    border-block-start-color: var(--_active);
  }
  tbody th {
    font-weight: 600;
  }
  /* The active column: its <col> (one element to restyle when the approach changes, not every
     cell: −3 ms a change on the demo page); the cells that have a background of their own (the
     rows that differ most) are marked themselves. */
  col.is-active,
  td.is-active {
    background: var(--_active-bg);
  }
  .row-sources td .sources__label {
    display: none;
  }
  .group th {
    padding-block-start: 1.1em;
    font-family: var(--_heading-font-family);
    font-size: 1.05em;
    border-block-end: 2px solid var(--_color-text);
  }
  .row-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.3em 0.5em;
  }
  /* Phrases kept on one line elsewhere may wrap in the table's cells, which are narrow at 768 px: on
     one line, in Firefox and WebKit (wider glyphs than Chromium's), "▲ Grootste verschil" (152 px) did
     not fit the 10em row header's 136 px, nor "(genoemd in de bronteksten)" (206 px) a column's 179 px,
     and both ran into the next column. */
  .row-head .diff-tag,
  td .source-kind {
    white-space: normal;
  }
  .weight-row.is-top > * {
    background: var(--_diff-bg);
  }
  .weight-row.is-top > td.is-active {
    background: var(--_active-bg);
  }
  .weight-row.is-top > th {
    box-shadow: inset 4px 0 0 var(--_diff);
  }
  .weight-row.is-selected > * {
    border-block-end: 2px solid var(--_color-text);
  }

  /* ---- the selected item's details, in place ---- */
  .item-details {
    display: grid;
    gap: 0.4em;
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_color-text);
    background: var(--_color-bg-subtle);
    font-size: var(--_font-size-small);
    flex-basis: 100%;
  }
  .item-details .statement {
    margin: 0;
  }
  .item-details__summary {
    font-weight: 600;
  }
  .row-details > td {
    padding-block-start: 0;
  }

  /* ---- narrow: a list of approaches ---- */
  .stack {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space-md);
  }
  .approach {
    border: 1px solid var(--_line);
    border-block-start: 4px solid var(--_line);
    border-radius: var(--_radius);
    padding: var(--_space-md);
  }
  .approach.is-active {
    border-color: var(--_active);
    background: var(--_active-bg);
  }
  .approach__head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-sm);
    margin-block-end: var(--_space-sm);
  }
  .approach__name {
    margin: 0;
    font-family: var(--_heading-font-family);
    font-size: 1.2em;
    line-height: 1.25;
  }
  .facts {
    margin: 0;
    display: grid;
    gap: var(--_space-md);
  }
  .fact dt {
    font-weight: 700;
    margin-block-end: 0.25em;
    border-block-end: 1px solid var(--_line);
  }
  .fact dd {
    margin: 0;
  }
  .fact--sources .sources__label {
    display: none;
  }
  .weights {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .weights__item {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.2em var(--_space-sm);
    padding: 0.25em 0.4em;
    margin-inline: -0.4em;
  }
  .weights__item + .weights__item {
    border-block-start: 1px solid color-mix(in srgb, var(--_line) 40%, transparent);
  }
  .weights__item.is-top {
    background: var(--_diff-bg);
    box-shadow: inset 4px 0 0 var(--_diff);
    padding-inline-start: 0.75em;
  }
  .approach.is-active .weights__item.is-top {
    background: var(--_color-bg);
  }
  .weights__item.is-selected {
    outline: 2px solid var(--_color-text);
    outline-offset: -2px;
  }
  .weights__name {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.3em 0.5em;
  }

  col,
  td,
  thead th,
  .approach {
    transition:
      background-color var(--_duration) ease,
      border-color var(--_duration) ease;
  }
  @media (forced-colors: active) {
    /* The page's own pair, inverted: Highlight on HighlightText has 2.9:1 in Firefox and 3.8:1 in
       WebKit; Canvas and CanvasText hold in every engine and every contrast theme. */
    .diff-tag,
    .activate[aria-pressed='true'],
    .item[aria-pressed='true'] {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
      border: 1px solid CanvasText;
    }
    .differences,
    .weight-row.is-top > th,
    .weights__item.is-top {
      border-inline-start: 4px solid CanvasText;
    }
    thead th.is-active,
    .approach.is-active {
      border-color: Highlight;
    }
    /* Backgrounds are gone here: the active column gets side lines, drawn on its <col>, which
       takes borders only when the table's borders collapse. */
    table {
      border-collapse: collapse;
    }
    col.is-active {
      border-inline: 2px solid Highlight;
    }
  }

  /* ---- print: the comparison itself, compact, every column whole, every mark visible ---- */
  @media print {
    :host {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
      font-size: 9pt;
    }
    /* Controls do nothing on paper. */
    .toolbar,
    .legend__hint,
    .row-activate,
    .activate,
    .export-error {
      display: none;
    }
    .comparator {
      gap: 0.6em;
    }
    .scroller {
      overflow: visible;
    }
    .scroller table {
      min-inline-size: 0;
    }
    /* The page decides the width: the row headers take less, every column keeps its share. */
    .col-aspect {
      inline-size: 9em;
    }
    thead th {
      position: static;
      font-size: 1em;
    }
    th,
    td {
      padding: 0.3em 0.45em;
    }
    /* A weight's words wrap under its bars instead of running out of the column. */
    .weight {
      white-space: normal;
      flex-wrap: wrap;
    }
    tr,
    .weights__item,
    .fact {
      break-inside: avoid;
    }
    caption,
    thead,
    thead tr,
    .group {
      break-after: avoid;
    }
    .item {
      text-decoration: none;
    }
    .diff-tag {
      white-space: normal;
    }
    .statements:not([open]) {
      display: none;
    }
    .approach {
      break-inside: auto;
      padding: 0.5em;
    }
  }
`;
