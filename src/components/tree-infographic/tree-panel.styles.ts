import { css } from 'lit';

/** The tooltip, the detail panel, the list view and the export's own text. */
export const treePanelStyles = css`
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
  /* Across the stage, at the bottom of the viewport (placed by the panel controller). */
  .panel--sheet {
    position: absolute;
    inset-inline: 0;
    inset-block-end: 0;
  }
  /* The modal sheet (opened from the tree on a narrow drawing): in the top layer, at the bottom of the viewport. */
  dialog.panel--modal {
    position: fixed;
    inset: auto 0.5rem 0.5rem;
    inline-size: auto;
    max-inline-size: none;
    max-block-size: 55vh;
    margin: 0;
  }
  dialog.panel--modal::backdrop {
    background: rgb(0 0 0 / 0.3);
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
    color: var(--_color-link);
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
  .export-stage {
    position: fixed;
    inset-inline-start: -100000px;
    inset-block-start: 0;
    pointer-events: none;
  }

`;
