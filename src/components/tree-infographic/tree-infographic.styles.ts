import { css } from 'lit';

/**
 * The tree's palette: one colour per region (text, lines, shapes; 4.5:1 on --ww-color-bg) and a
 * tint behind it, each a public `--ww-tree-*` token (docs/THEMING.md). NL Design System has no tokens for
 * these: they fall back to the shared colours' scheme only. Only the tree uses them, so only the tree
 * carries them; the shared tokens (`src/styles/tokens.ts`) stay what every element needs.
 */
export const treePalette = css`
  :host {
    --_tree-heart: var(--ww-tree-heart, light-dark(#b42318, #ff8a80));
    --_tree-heart-bg: var(--ww-tree-heart-bg, light-dark(#fdecea, #3b1512));
    --_tree-branches: var(--ww-tree-branches, light-dark(#2e7d32, #81c784));
    --_tree-branches-bg: var(--ww-tree-branches-bg, light-dark(#e8f5e9, #13301a));
    --_tree-trunk: var(--ww-tree-trunk, light-dark(#795548, #bcaaa4));
    --_tree-trunk-bg: var(--ww-tree-trunk-bg, light-dark(#efebe9, #2e2420));
    --_tree-roots: var(--ww-tree-roots, light-dark(#8a5a00, #f2c14e));
    --_tree-roots-bg: var(--ww-tree-roots-bg, light-dark(#fff4d6, #33280d));
    --_tree-soil: var(--ww-tree-soil, light-dark(#546e7a, #b0bec5));
    --_tree-soil-bg: var(--ww-tree-soil-bg, light-dark(#eceff1, #22292d));
    --_tree-surroundings: var(--ww-tree-surroundings, light-dark(#1565c0, #90caf9));
    --_tree-surroundings-bg: var(--ww-tree-surroundings-bg, light-dark(#e3f2fd, #0f2640));
  }
  @media (forced-colors: active) {
    :host {
      --_tree-heart: CanvasText;
      --_tree-heart-bg: Canvas;
      --_tree-branches: CanvasText;
      --_tree-branches-bg: Canvas;
      --_tree-trunk: CanvasText;
      --_tree-trunk-bg: Canvas;
      --_tree-roots: CanvasText;
      --_tree-roots-bg: Canvas;
      --_tree-soil: CanvasText;
      --_tree-soil-bg: Canvas;
      --_tree-surroundings: CanvasText;
      --_tree-surroundings-bg: Canvas;
    }
  }
`;

/**
 * Styles of `<tree-infographic>`. Colours come from the tree palette (`--_tree-*`, above) and a few
 * tokens of this element, each `--ww-tree-infographic-*` with a fallback.
 * The drawing's rules apply to any `svg.ww-tree`, so the export (rendered off screen in the
 * same shadow root) gets the same colours, which it then inlines.
 */
export const treeStyles = css`
  :host {
    display: block;
    --_canopy: var(--ww-tree-infographic-canopy, var(--_tree-branches-bg));
    --_canopy-edge: var(--ww-tree-infographic-canopy-edge, var(--_tree-branches));
    --_wood: var(--ww-tree-infographic-wood, var(--_tree-trunk));
    --_highlight: var(--ww-tree-infographic-highlight, var(--_color-accent));
    --_highlight-bg: var(--ww-tree-infographic-highlight-bg, var(--_color-accent-bg));
    --_dim-opacity: var(--ww-tree-infographic-dim-opacity, 0.38);
    --_selected: var(--ww-tree-infographic-selected, var(--_color-text));
  }

  .figure {
    margin: 0;
  }
  .caption {
    display: block;
    margin-block-end: var(--_space-sm);
  }
  .caption__title {
    display: block;
    font-family: var(--_heading-font-family);
    font-weight: var(--_heading-font-weight);
    font-size: var(--_font-size-lg);
    line-height: var(--_heading-line-height);
  }
  .caption__summary {
    display: block;
    color: var(--_color-text-subtle);
    font-size: var(--_font-size-small);
  }

  /* Toolbar: which approach to show, list view, downloads */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-sm) var(--_space-md);
    margin-block-end: var(--_space-sm);
  }
  .toolbar__group {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs);
  }
  /* A download that did not work, said below the toolbar until the next one (the error view's look). */
  .export-error {
    margin: 0 0 var(--_space-sm);
  }
  .toolbar__label {
    font-size: var(--_font-size-small);
    color: var(--_color-text-subtle);
    margin-inline-end: var(--_space-xs);
  }
  button {
    font: inherit;
    font-size: var(--_font-size-small);
    line-height: 1.3;
    color: var(--_color-text);
    background: var(--_color-bg);
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius-round);
    padding: 0.35em 0.85em;
    min-block-size: 2.25rem;
    cursor: pointer;
  }
  button:hover {
    border-color: var(--_color-accent);
    color: var(--_color-accent-hover);
  }
  /* Pressed, a button keeps its size (its thicker border eats into its padding; the room of its
     label in bold is kept by an invisible copy), so that choosing an approach never wraps the
     toolbar differently and moves the drawing. */
  button[aria-pressed='true'] {
    background: var(--_color-selected-bg);
    color: var(--_color-selected-text);
    border-color: var(--_color-accent);
    border-width: var(--_border-width-strong);
    padding: calc(0.35em - var(--_border-width-strong) + var(--_border-width)) calc(0.85em - var(--_border-width-strong) + var(--_border-width));
    font-weight: var(--_font-weight-bold);
  }
  button[data-label]::after {
    /* With an empty text alternative: not part of the button's name (a browser without the syntax draws no copy). */
    content: attr(data-label) / '';
    display: block;
    block-size: 0;
    overflow: hidden;
    visibility: hidden;
    font-weight: var(--_font-weight-bold);
  }
  .btn-icon {
    display: inline-block;
    margin-inline-end: 0.3em;
  }

  /* Legend: every state in one cell, the current one visible (see #renderLegend). */
  .legend {
    display: grid;
    margin-block-end: var(--_space-sm);
    font-size: var(--_font-size-small);
    color: var(--_color-text-subtle);
  }
  .legend__state {
    grid-area: 1 / 1;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    align-content: start;
    gap: var(--_space-xs) var(--_space-md);
  }
  .legend__state--off {
    visibility: hidden;
  }
  /* A sample's room (see .legend svg), until the browser is idle. */
  .legend__room {
    inline-size: 36px;
    block-size: 22px;
  }
  .legend__title {
    color: var(--_color-text);
    font-weight: var(--_font-weight-bold);
  }
  .legend__item {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    color: var(--_color-text);
  }
  .legend svg {
    overflow: visible;
  }
  .sample {
    fill: var(--_color-bg);
    stroke: var(--_highlight);
  }
  .sample--3 {
    fill: var(--_highlight-bg);
    stroke-width: 3.5;
  }
  .sample--2 {
    stroke-width: 2.5;
  }
  .sample--1 {
    stroke-width: 1.5;
  }
  .sample--dim {
    stroke: var(--_color-border);
    opacity: var(--_dim-opacity);
  }
  .sample--dashed {
    stroke: var(--_color-text-subtle);
    stroke-dasharray: 5 3;
  }
  .dots {
    letter-spacing: 0.05em;
    color: var(--_highlight);
  }

  /* The stage holds the drawing, the tooltip and the side panel */
  .stage {
    position: relative;
  }
  .sizer {
    container-type: inline-size;
  }
  /* Space held before the tree is drawn: its usual proportions at each width (measured with the
     built-in dossier), for the whole element while loading and for the drawing before its first layout. */
  .reserve {
    aspect-ratio: 10 / 7;
  }
  .stage--pending {
    aspect-ratio: 10 / 6;
  }
  @container (max-width: 1099px) {
    .reserve {
      aspect-ratio: 5 / 6;
    }
    .stage--pending {
      aspect-ratio: 1 / 1.07;
    }
  }
  @container (max-width: 899px) {
    .reserve {
      aspect-ratio: 1 / 1.45;
    }
    .stage--pending {
      aspect-ratio: 1 / 1.25;
    }
  }
  @container (max-width: 599px) {
    .reserve {
      aspect-ratio: 1 / 4.2;
    }
    .stage--pending {
      aspect-ratio: 1 / 3.6;
    }
  }
  .reserve {
    display: grid;
    align-content: start;
  }

  /* The drawing */
  svg.ww-tree {
    display: block;
    inline-size: 100%;
    block-size: auto;
    overflow: visible;
    font-family: var(--_font-family);
    -webkit-tap-highlight-color: transparent;
  }
  .canopy {
    fill: var(--_canopy);
    stroke: var(--_canopy-edge);
    stroke-width: 2;
    stroke-opacity: 0.55;
  }
  .trunk {
    fill: var(--_wood);
  }
  .branch {
    fill: none;
    stroke: var(--_wood);
    stroke-linecap: round;
  }
  .heart {
    fill: var(--_tree-heart-bg);
    stroke: var(--_tree-heart);
    stroke-width: 1.5;
  }
  .ground {
    stroke: var(--_tree-branches);
    stroke-width: 4;
    stroke-linecap: round;
  }
  .soil {
    fill: var(--_tree-soil-bg);
  }
  .band--even {
    fill: color-mix(in srgb, var(--_tree-soil) 9%, var(--_tree-soil-bg));
  }
  .band--odd {
    fill: var(--_tree-soil-bg);
  }
  .band-edge {
    stroke: var(--_tree-soil);
    stroke-opacity: 0.35;
    stroke-dasharray: 2 4;
  }
  .root {
    fill: none;
    stroke: var(--_tree-roots);
    stroke-linecap: round;
    stroke-opacity: 0.8;
  }

  /* Region colours, set on the few elements that hold a region (items inherit them from their part):
     never an attribute-only selector, which every one of thousands of SVG elements would be tested against. */
  .node--part[data-region='heart'],
  .label-group[data-region='heart'],
  .echo[data-region='heart'],
  .panel[data-region='heart'],
  .list__part[data-region='heart'] {
    --_region: var(--_tree-heart);
    --_region-bg: var(--_color-bg);
  }
  .node--part[data-region='branches'],
  .label-group[data-region='branches'],
  .echo[data-region='branches'],
  .panel[data-region='branches'],
  .list__part[data-region='branches'] {
    --_region: var(--_tree-branches);
    --_region-bg: var(--_color-bg);
  }
  .node--part[data-region='trunk'],
  .label-group[data-region='trunk'],
  .echo[data-region='trunk'],
  .panel[data-region='trunk'],
  .list__part[data-region='trunk'] {
    --_region: var(--_tree-trunk);
    --_region-bg: var(--_tree-trunk-bg);
  }
  .node--part[data-region='roots'],
  .label-group[data-region='roots'],
  .echo[data-region='roots'],
  .panel[data-region='roots'],
  .list__part[data-region='roots'] {
    --_region: var(--_tree-roots);
    --_region-bg: var(--_tree-roots-bg);
  }
  .node--part[data-region='soil'],
  .label-group[data-region='soil'],
  .echo[data-region='soil'],
  .panel[data-region='soil'],
  .list__part[data-region='soil'] {
    --_region: var(--_tree-soil);
    --_region-bg: var(--_color-bg);
  }
  .node--part[data-region='surroundings'],
  .label-group[data-region='surroundings'],
  .echo[data-region='surroundings'],
  .panel[data-region='surroundings'],
  .list__part[data-region='surroundings'] {
    --_region: var(--_tree-surroundings);
    --_region-bg: var(--_tree-surroundings-bg);
  }
  .node {
    cursor: pointer;
    outline: none;
  }
  .card {
    fill: var(--_region-bg);
    stroke: var(--_region);
    stroke-width: 1.5;
  }
  .labels {
    pointer-events: none;
  }
  .label {
    fill: var(--_color-text);
  }
  .label[data-hidden] {
    display: none;
  }
  .node--part > .card,
  .echo > .card {
    fill: var(--_color-bg);
    stroke-width: 1.5;
  }
  .label--part,
  .echo > .label {
    fill: var(--_region);
    font-size: var(--_label-size);
    font-weight: var(--_font-weight-bold);
  }
  .node--item[data-region='surroundings'] > .card {
    fill: transparent;
    stroke: transparent;
  }
  .person {
    fill: var(--_tree-surroundings);
  }
  [data-basis='interpretation'] > .card {
    stroke-dasharray: 5 3;
  }
  .node--item:hover > .card {
    stroke: var(--_highlight);
    stroke-width: 2.5;
  }
  .node--item[data-region='surroundings']:hover > .card {
    fill: var(--_tree-surroundings-bg);
  }
  .node--part[aria-expanded='false'] > g {
    display: none;
  }

  /* An active approach: what it emphasises stands out by weight, the rest steps back, at once:
     fading every node and label cost an approach change about 7 ms of main thread (npm run bench).
     The shapes fade; the labels keep the text colour (faded to the shapes' opacity, they fell to
     about 2.3:1, too faint to read; in the subtle text colour, a theme's could fall below 4.5:1 on a
     faded card: 4.4:1 under NL Design System's voorbeeld theme). */
  .ww-tree[data-emphasis] .node--item:not([data-weight]):not([data-current]) {
    opacity: var(--_dim-opacity);
  }
  .node[data-weight] > .card,
  .node[data-current] > .card {
    stroke: var(--_highlight);
    stroke-dasharray: none;
  }
  .node[data-weight='3'] > .card,
  .node[data-current] > .card {
    fill: var(--_highlight-bg);
    stroke-width: 3.5;
  }
  .node[data-weight='2'] > .card {
    stroke-width: 2.5;
  }
  .node[data-weight='1'] > .card {
    stroke-width: 1.5;
  }
  /* Emphasis in labels: thicker strokes rather than a bold font, which would be wider than
     the width the label was wrapped to. */
  .label[data-weight='3'],
  .label[data-current],
  .label[data-selected] {
    stroke: currentColor;
    stroke-width: 0.65px;
    stroke-linejoin: round;
  }
  .label {
    color: var(--_color-text);
  }
  .badge__pill {
    fill: var(--_color-bg);
    stroke: var(--_highlight);
    stroke-width: 1.5;
  }
  .badge__dot {
    fill: var(--_color-bg);
    stroke: var(--_highlight);
    stroke-width: 1.2;
  }
  /* The legend's samples say which dots are on; a badge, its weight (set on an approach change). */
  .badge__dot--on,
  .badge[data-weight='3'] .badge__dot,
  .badge[data-weight='2'] .badge__dot:nth-of-type(-n + 2),
  .badge[data-weight='1'] .badge__dot:nth-of-type(1) {
    fill: var(--_highlight);
  }
  .badge:not([data-weight]) {
    display: none;
  }
  .badges {
    pointer-events: none;
  }
  /* Thousands of nodes: the drawing on its own layer, so that a tooltip or panel over it does not
     repaint it. */
  .ww-tree--large {
    will-change: transform;
  }

  /* Selection and focus */
  .node[aria-selected='true'] > .card {
    fill: var(--_color-selected-bg);
    stroke: var(--_selected);
    stroke-width: 3.5;
    stroke-dasharray: none;
  }
  .label[data-selected] {
    fill: var(--_color-selected-text);
    color: var(--_color-selected-text);
  }
  .focus-ring {
    display: none;
    pointer-events: none;
    fill: none;
  }
  .ww-tree[data-ring] .focus-ring {
    display: inline;
  }
  .focus-ring__outer {
    stroke: var(--_color-bg);
    stroke-width: calc(var(--_focus-width) + 4px);
  }
  .focus-ring__inner {
    stroke: var(--_focus-color);
    stroke-width: var(--_focus-width);
  }

  /* Tooltip: above the side panel too, as it describes the node with focus */
  .tip {
    position: absolute;
    z-index: 4;
    max-inline-size: min(22rem, calc(100% - 1rem));
    padding: var(--_space-xs) var(--_space-sm);
    border-radius: var(--_radius);
    background: var(--_color-text);
    color: var(--_color-bg);
    font-size: var(--_font-size-small);
    line-height: 1.35;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
  }
  .tip__title {
    display: block;
    font-weight: var(--_font-weight-bold);
  }
  .tip__hint {
    display: block;
    margin-block-start: 0.2em;
    opacity: 0.8;
    font-style: italic;
  }

  /* Detail panel: beside the node on wide stages, a sheet at the bottom on narrow ones */
  .panel {
    z-index: 3;
    box-sizing: border-box;
    padding: var(--_space-sm) var(--_space-md) var(--_space-md);
    background: var(--_color-bg);
    color: var(--_color-text);
    border: var(--_border-width) solid var(--_color-border);
    border-block-start: 4px solid var(--_region, var(--_color-accent));
    border-radius: var(--_radius-lg);
    box-shadow: 0 6px 24px rgb(0 0 0 / 0.18);
    overflow: auto;
    overscroll-behavior: contain;
  }
  .panel--side {
    position: absolute;
    inline-size: min(25rem, 40%);
  }
  .panel--sheet {
    position: sticky;
    inset-block-end: var(--_space-xs);
    margin-block-start: var(--_space-sm);
    max-block-size: 55vh;
  }
  .panel__head {
    display: flex;
    align-items: start;
    gap: var(--_space-sm);
  }
  .panel__heading {
    flex: 1;
  }
  .panel__kind {
    margin: 0;
    font-size: var(--_font-size-small);
    color: var(--_color-text-subtle);
  }
  .panel__title {
    margin: 0;
    font-family: var(--_heading-font-family);
    font-weight: var(--_heading-font-weight);
    font-size: var(--_font-size-lg);
    line-height: var(--_heading-line-height);
  }
  .panel__close {
    min-inline-size: 2.25rem;
    padding: 0.2em 0.6em;
    font-size: var(--_font-size);
  }
  .panel p {
    margin: var(--_space-sm) 0;
  }
  .panel__summary {
    font-weight: var(--_font-weight-bold);
  }
  .panel__section {
    margin-block-start: var(--_space-md);
  }
  .panel__section-title {
    display: block;
    font-weight: var(--_font-weight-bold);
    font-size: var(--_font-size-small);
  }
  .panel ul {
    margin: var(--_space-xs) 0;
    padding-inline-start: 1.1em;
  }
  .panel li {
    margin-block-end: var(--_space-xs);
  }
  /* May wrap: "●○○ aanwezig bij Community Development" does not fit a phone's list (WCAG 1.4.10) */
  .weight {
    color: var(--_color-text-subtle);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
    list-style: none;
    padding: 0 !important;
  }
  .chips li {
    margin: 0;
    padding: 0 0.5em;
    border-radius: var(--_radius-round);
    background: var(--_color-bg-subtle);
    font-size: var(--_font-size-small);
  }

  /* List view */
  .list ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .list > ul {
    padding-inline-start: 0;
    list-style: none;
  }
  .list__part {
    margin-block-end: var(--_space-md);
    padding-inline-start: var(--_space-sm);
    border-inline-start: 4px solid var(--_region);
  }
  .list__part-name {
    font-weight: var(--_font-weight-bold);
    color: var(--_region);
  }
  .list__note {
    display: block;
    font-size: var(--_font-size-small);
    color: var(--_color-text-subtle);
  }
  .list__item {
    margin-block: var(--_space-xs);
  }
  .list__item[data-dim] {
    color: var(--_color-text-subtle);
  }
  .list__name {
    border: none;
    background: none;
    padding: 0;
    min-block-size: 0;
    font-size: inherit;
    font-weight: var(--_font-weight-bold);
    color: var(--_color-accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    border-radius: var(--_radius-sm);
  }
  .list__name[aria-expanded='true'] {
    background: var(--_color-selected-bg);
    color: var(--_color-selected-text);
  }
  .list__summary {
    display: block;
  }
  .list__details {
    margin: var(--_space-sm) 0 var(--_space-md);
    padding: var(--_space-sm) var(--_space-md);
    border-radius: var(--_radius);
    background: var(--_color-bg-subtle);
  }
  .notice {
    font-size: var(--_font-size-small);
    color: var(--_color-text-subtle);
  }
  .export__bg {
    fill: var(--_color-bg);
  }
  .export__title {
    fill: var(--_color-text);
    font-family: var(--_heading-font-family);
    font-weight: var(--_heading-font-weight);
  }
  .export__sub {
    fill: var(--_color-text-subtle);
  }
  .export__text {
    fill: var(--_color-text);
  }
  .export__strong {
    font-weight: var(--_font-weight-bold);
  }
  .export-stage {
    position: fixed;
    inset-inline-start: -100000px;
    inset-block-start: 0;
    pointer-events: none;
  }

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
    .person,
    .badge__dot--on,
    .badge[data-weight='3'] .badge__dot,
    .badge[data-weight='2'] .badge__dot:nth-of-type(-n + 2),
    .badge[data-weight='1'] .badge__dot:nth-of-type(1) {
      fill: CanvasText;
    }
    .branch,
    .root,
    .ground,
    .band-edge {
      stroke: CanvasText;
    }
    .label,
    .label--part {
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
    .export-error,
    .tip,
    .panel,
    .focus-ring,
    .status,
    .legend__idle,
    .legend__state--off {
      display: none !important;
    }
    .stage[hidden],
    .list[hidden] {
      display: block !important;
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
