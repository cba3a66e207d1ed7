import { css } from 'lit';

/** The two layouts: the table (wide) with its active column and in-place details, and the stacked list (narrow). */
export const layoutStyles = css`
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
  /* The team's own practice (issue 25): its column set apart by a double rule, as its label's double border. */
  thead th.is-own {
    border-inline-start: 3px double currentColor;
  }
  .own-crafts {
    margin: 0;
    padding-inline-start: 1.1em;
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
  .approach.is-own {
    border-style: double;
    border-width: 3px;
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
`;
