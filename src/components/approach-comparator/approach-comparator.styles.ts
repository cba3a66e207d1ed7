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
`;
