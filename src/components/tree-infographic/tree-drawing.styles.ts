import { css } from 'lit';

/** The drawing: stage, tree, regions, nodes, emphasis, selection and focus (any `svg.ww-tree`, the export's too). */
export const treeDrawingStyles = css`
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
  /* Branches and roots are tapering shapes (limb() in tree-geometry.ts), filled like the trunk. */
  .branch {
    fill: var(--_wood);
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
    fill: var(--_tree-roots);
    fill-opacity: 0.85;
  }

  /* Region colours, set on the few elements that hold a region (items inherit them from their part):
     never an attribute-only selector, which every one of thousands of SVG elements would be tested against. */
  .node--part[data-region='heart'],
  .label-group[data-region='heart'],
  .panel[data-region='heart'],
  .list__part[data-region='heart'] {
    --_region: var(--_tree-heart);
    --_region-bg: var(--_color-bg);
  }
  .node--part[data-region='branches'],
  .label-group[data-region='branches'],
  .panel[data-region='branches'],
  .list__part[data-region='branches'] {
    --_region: var(--_tree-branches);
    --_region-bg: var(--_color-bg);
  }
  .node--part[data-region='trunk'],
  .label-group[data-region='trunk'],
  .panel[data-region='trunk'],
  .list__part[data-region='trunk'] {
    --_region: var(--_tree-trunk);
    --_region-bg: var(--_tree-trunk-bg);
  }
  .node--part[data-region='roots'],
  .label-group[data-region='roots'],
  .panel[data-region='roots'],
  .list__part[data-region='roots'] {
    --_region: var(--_tree-roots);
    --_region-bg: var(--_tree-roots-bg);
  }
  .node--part[data-region='soil'],
  .label-group[data-region='soil'],
  .panel[data-region='soil'],
  .list__part[data-region='soil'] {
    --_region: var(--_tree-soil);
    --_region-bg: var(--_color-bg);
  }
  .node--part[data-region='surroundings'],
  .label-group[data-region='surroundings'],
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
  /* A factor's levels, under its name (see tree-layout.ts). */
  .note {
    fill: var(--_color-text-subtle);
  }
  .label[data-hidden],
  .label[data-hidden] + .note {
    display: none;
  }
  .node--part > .card {
    fill: var(--_color-bg);
    stroke-width: 1.5;
  }
  .label--part {
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
     The cards' outlines fade (their fill turns plain and stays opaque); the labels keep the text colour (faded to the shapes' opacity, they fell to
     about 2.3:1, too faint to read; in the subtle text colour, a theme's could fall below 4.5:1 on a
     faded card: 4.4:1 under NL Design System's voorbeeld theme). */
  .ww-tree[data-emphasis] .node--item:not([data-weight]):not([data-current]) > .card {
    /* Opaque: a see-through card let the trunk and roots show through it (issue 23). */
    fill: var(--_color-bg);
    stroke-opacity: var(--_dim-opacity);
  }
  .ww-tree[data-emphasis] .node--item:not([data-weight]):not([data-current]) > .person {
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

`;
