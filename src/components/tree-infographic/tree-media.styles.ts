import { css } from 'lit';

/** Forced colours and print. Last in the element's styles: they override the rules before them. */
export const treeMediaStyles = css`
  @media (forced-colors: active) {
    .canopy,
    .heart,
    .soil,
    .band--even,
    .band--odd,
    .card,
    .node--part > .card,
    .badge__pill {
      fill: Canvas;
    }
    .canopy,
    .heart,
    .card {
      stroke: CanvasText;
    }
    .trunk,
    .branch,
    .root,
    .person,
    .badge__dot--on,
    .badge[data-weight='3'] .badge__dot,
    .badge[data-weight='2'] .badge__dot:nth-of-type(-n + 2),
    .badge[data-weight='1'] .badge__dot:nth-of-type(1) {
      fill: CanvasText;
    }
    .ground,
    .band-edge {
      stroke: CanvasText;
    }
    .label,
    .label--part,
    .note {
      fill: CanvasText;
    }
    .node[data-weight] > .card,
    .node[data-current] > .card,
    .node--item:hover > .card {
      stroke: Highlight;
    }
    .ww-tree[data-emphasis] .node--item:not([data-weight]):not([data-current]),
    .ww-tree[data-emphasis] .label--item:not([data-weight]):not([data-current]) {
      opacity: 1;
    }
    .ww-tree[data-emphasis] .label--item:not([data-weight]):not([data-current]) {
      fill: GrayText;
    }
    .ww-tree[data-emphasis] .node--item:not([data-weight]):not([data-current]) > .card {
      stroke: GrayText;
    }
    /* Inverted page colours, not Highlight on HighlightText (2.9:1 in Firefox, 3.8:1 in WebKit). */
    .node[aria-selected='true'] > .card {
      fill: CanvasText;
      stroke: CanvasText;
    }
    .label[data-selected] {
      fill: Canvas;
      color: Canvas;
    }
    .label {
      color: CanvasText;
    }
    .focus-ring__inner {
      stroke: Highlight;
    }
    .tip {
      border: 1px solid CanvasText;
      background: Canvas;
      color: CanvasText;
    }
    button[aria-pressed='true'],
    .list__name[aria-expanded='true'] {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
      border-color: CanvasText;
    }
  }

  @media print {
    :host {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .toolbar,
    .caption__more,
    .legend-box > .legend-box__toggle,
    .export-error,
    .tip,
    .panel,
    .focus-ring,
    .status,
    .legend__idle,
    .legend__state--off {
      display: none !important;
    }
    .stage[hidden] {
      display: block !important;
    }
    /* The legend prints open, also where no beforeprint came to open it (print emulation, PDF services);
       likewise the caption's whole summary. */
    .legend-box::details-content {
      content-visibility: visible;
      display: block;
    }
    .caption__summary {
      display: block !important;
      -webkit-line-clamp: none !important;
    }
    /* A page that prints the same text elsewhere (the overview) can leave the list out. */
    .list[hidden] {
      display: var(--ww-tree-infographic-print-list, block) !important;
    }
    .list {
      margin-block-start: var(--_space-lg);
    }
    svg.ww-tree {
      break-inside: avoid;
      max-block-size: 95vh;
    }
    .list__name {
      color: inherit;
      text-decoration: none;
    }
    .list__part {
      break-inside: avoid;
    }
  }
`;
