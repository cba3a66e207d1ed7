import { css } from 'lit';

/** Forced colours and print: every mark kept visible without the theme's colours, every column whole on paper. */
export const mediaStyles = css`
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
