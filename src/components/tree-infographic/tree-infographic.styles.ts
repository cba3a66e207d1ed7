import { css } from 'lit';
import { treeDrawingStyles } from './tree-drawing.styles.js';
import { treeMediaStyles } from './tree-media.styles.js';
import { treePanelStyles } from './tree-panel.styles.js';

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
const treeChromeStyles = css`
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
  .caption__line {
    display: flex;
    align-items: baseline;
    gap: var(--_space-sm);
  }
  .caption__summary {
    display: block;
    flex: 1 1 auto;
    min-inline-size: 0;
    color: var(--_color-text-subtle);
    font-size: var(--_font-size-small);
  }
  /* Phone only (see the queries below): shows the rest of the summary, and hides it again. */
  .caption__more {
    display: none;
    flex: none;
    min-block-size: 1.5rem;
    padding: 0 0.25em;
    border: 0;
    border-radius: var(--_radius-sm);
    background: none;
    color: var(--_color-accent);
    text-decoration: underline;
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
  button,
  .downloads__toggle {
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
  button:hover,
  .downloads__toggle:hover {
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
  /* The downloads: a disclosure whose buttons open on a row below it, pushing nothing aside. */
  .downloads__toggle {
    display: inline-flex;
    align-items: center;
    box-sizing: border-box;
    list-style: none;
  }
  .downloads__toggle::-webkit-details-marker {
    display: none;
  }
  .downloads__toggle::after {
    content: '▾' / '';
    margin-inline-start: 0.35em;
  }
  .downloads[open] > .downloads__toggle::after {
    content: '▴' / '';
  }
  .downloads__menu {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
    margin-block-start: var(--_space-xs);
  }

  /* The legend's disclosure: its summary shows on a phone only (the legend is open wider, see #legendShown). */
  .legend-box > .legend-box__toggle {
    display: none;
  }
  .legend-box__toggle {
    inline-size: fit-content;
    margin-block-end: var(--_space-sm);
    font-size: var(--_font-size-small);
    cursor: pointer;
  }
  .legend-box__toggle:hover {
    color: var(--_color-accent-hover);
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
    fill: var(--_color-bg);
    stroke: var(--_color-border);
    stroke-opacity: var(--_dim-opacity);
  }
  .sample--dashed {
    stroke: var(--_color-text-subtle);
    stroke-dasharray: 5 3;
  }
  .dots {
    letter-spacing: 0.05em;
    color: var(--_highlight);
  }

  /* The phone chrome: one toolbar row, the legend behind its summary, one line of the caption's summary.
     The toolbar renders only the controls for its width (tree-toolbar.ts), so none are hidden here. */
  /* From no width up (a flex basis of 0), so that picker and "Meer" always share the row; the select's text is cut short at 320 px. */
  .toolbar__pick {
    display: flex;
    align-items: center;
    gap: var(--_space-xs);
    flex: 1 1 0;
    min-inline-size: 0;
  }
  .toolbar__pick .toolbar__label {
    flex: none;
    margin: 0;
  }
  select {
    flex: 1 1 auto;
    min-inline-size: 0;
    font: inherit;
    font-size: var(--_font-size-small);
    color: var(--_color-text);
    background: var(--_color-bg);
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius);
    min-block-size: 2.25rem;
    padding-inline: 0.5em;
  }
  /* "Meer": its buttons drop down over the drawing, below the toolbar's right end, pushing nothing. */
  .toolbar {
    position: relative;
  }
  .more > .downloads__menu {
    position: absolute;
    inset-block-start: 100%;
    inset-inline-end: 0;
    z-index: 3;
    flex-direction: column;
    align-items: stretch;
    inline-size: max-content;
    max-inline-size: 100%;
    margin: 0;
    padding: var(--_space-sm);
    background: var(--_color-bg);
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.18);
  }
  /* On a phone: the figure has the class when the element is narrower than PHONE (tree-layout-controller.ts), the
     width the drawing is laid out for. A class, not a container query: a size container made WebKit's scroll
     height a pixel or two short of the drawing's bottom. */
  .more {
    flex: none;
  }
  .phone .legend-box > .legend-box__toggle {
    display: list-item;
  }
  .phone .caption__title {
    font-size: calc(var(--_font-size-lg) * 0.9);
  }
  .phone .caption__summary:not(.caption__summary--open) {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 1;
    overflow: hidden;
  }
  .phone .caption__more {
    display: inline-block;
  }
`;

/** All of them, in order (the media rules last). */
export const treeStyles = [treeChromeStyles, treeDrawingStyles, treePanelStyles, treeMediaStyles];
