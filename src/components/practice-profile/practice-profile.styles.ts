import { css } from 'lit';
import { fragmentStyles } from '../../base/fragments.js';
import { stateStyles, tokens } from '../../styles/tokens.js';

const own = css`
  :host {
    display: block;
    --_item-bg: var(--ww-practice-profile-item-bg, var(--_color-bg-subtle));
    --_max: var(--ww-practice-profile-max-width, 48rem);
  }
  :host([hidden]) {
    display: none;
  }
  .profile {
    max-inline-size: var(--_max);
    /* Its own width, not the window's, decides the phone layout: the element may sit in a narrow column. */
    container-type: inline-size;
  }
  .title,
  .section-title,
  .sub-title {
    font-family: var(--_heading-font-family);
    line-height: 1.25;
    margin: var(--_space-md) 0 var(--_space-sm);
  }
  .title {
    font-size: 1.4em;
    margin-block-start: 0;
  }
  .section-title {
    font-size: 1.2em;
  }
  .sub-title {
    font-size: 1.05em;
  }
  p {
    margin: 0 0 var(--_space-sm);
  }
  .privacy {
    padding: var(--_space-sm) var(--_space-md);
    border-inline-start: 4px solid var(--_color-accent);
    background: var(--_color-accent-bg);
  }
  .progress {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-sm);
    font-weight: 600;
  }
  .progress progress {
    inline-size: 8rem;
    accent-color: var(--_color-accent);
  }
  .saved,
  .hint,
  .optional,
  .summary {
    font-weight: 400;
    color: var(--_color-text-subtle);
    font-size: var(--_font-size-small);
  }
  .form-section,
  .results,
  .one-pager,
  .data {
    border-block-start: 1px solid var(--_color-border);
    padding-block-start: var(--_space-sm);
    margin-block-start: var(--_space-md);
  }
  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: 0 var(--_space-md);
  }
  .field {
    display: grid;
    /* A column that may shrink below its content's width: the file input's intrinsic width passed 320 px. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.2em;
    margin-block-end: var(--_space-sm);
  }
  label {
    font-weight: 600;
  }
  input[type='text'],
  input[type='date'],
  textarea {
    font: inherit;
    color: var(--_color-text);
    background: var(--_color-bg);
    border: 1px solid var(--_color-text-subtle);
    border-radius: var(--_radius);
    padding: 0.35em 0.5em;
    box-sizing: border-box;
    inline-size: 100%;
    min-inline-size: 0;
  }
  textarea {
    resize: vertical;
  }
  input[type='file'] {
    font: inherit;
    max-inline-size: 100%;
    min-inline-size: 0;
  }
  .item {
    margin: 0 0 var(--_space-md);
    padding: var(--_space-sm) var(--_space-md);
    background: var(--_item-bg);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }
  legend {
    font-weight: 700;
    padding: 0 0.25em;
    background: var(--_item-bg);
  }
  .steps {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-sm);
    margin-block-end: var(--_space-sm);
  }
  .step {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    font-weight: 400;
    min-block-size: 2.25rem;
    padding: 0 0.6em;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-bg);
    cursor: pointer;
  }
  .step:has(input:checked) {
    border-color: var(--_color-accent);
    box-shadow: inset 0 0 0 1px var(--_color-accent);
  }
  input[type='radio'],
  input[type='checkbox'] {
    inline-size: 1.15rem;
    block-size: 1.15rem;
    margin: 0;
    accent-color: var(--_color-accent);
  }
  .note-label {
    display: block;
    margin-block-end: 0.2em;
  }
  .levels {
    display: grid;
    gap: var(--_space-sm);
    margin-block-end: var(--_space-sm);
  }
  .level {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: center;
    gap: 0 0.5em;
  }
  .level .summary {
    grid-column: 2;
    margin: 0;
  }
  button {
    font: inherit;
    font-weight: 600;
    min-block-size: 2.25rem;
    padding: 0.25em 0.8em;
    border-radius: var(--_radius);
    border: 2px solid var(--_color-accent);
    background: var(--_color-bg);
    color: var(--_color-accent);
    cursor: pointer;
  }
  button:hover {
    background: var(--_color-accent-bg);
  }
  button.danger {
    border-color: var(--_color-error);
    color: var(--_color-error);
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-sm);
    margin-block-end: var(--_space-sm);
  }
  .confirm {
    padding: var(--_space-sm) var(--_space-md);
    border: 2px solid var(--_color-error);
    border-radius: var(--_radius);
    background: var(--_color-error-bg);
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-sm);
    align-items: center;
  }
  .confirm p {
    flex: 1 0 100%;
    margin: 0;
  }
  .trouble {
    padding: var(--_space-sm) var(--_space-md);
    border: 2px solid var(--_color-error);
    border-radius: var(--_radius);
    background: var(--_color-error-bg);
    margin-block-end: var(--_space-md);
  }
  .errors:not(:empty) {
    color: var(--_color-error);
  }
  .errors > p:first-child {
    font-weight: 600;
  }
  .errors code {
    font-family: var(--_font-family-mono);
  }
  .status:empty {
    margin: 0;
  }
  .table-scroll {
    overflow-x: auto;
    margin-block-end: var(--_space-md);
  }
  table {
    border-collapse: collapse;
    font-size: var(--_font-size-small);
    max-inline-size: 100%;
  }
  .caption {
    font-weight: 600;
    margin-block-end: 0.25em;
  }
  th,
  td {
    border: 1px solid var(--_color-border);
    padding: 0.2em 0.5em;
    text-align: start;
    vertical-align: top;
  }
  td:last-child {
    text-align: end;
  }
  tfoot th,
  tfoot td {
    font-weight: 700;
  }
  .closest {
    font-weight: 600;
  }
  .caution {
    padding: var(--_space-sm) var(--_space-md);
    border: 1px dashed var(--_color-border);
    border-radius: var(--_radius);
    margin-block-end: var(--_space-md);
  }
  .prompts {
    padding: 0;
    list-style: none;
  }
  .prompt-group {
    margin-block-end: var(--_space-lg);
  }
  .prompt-statements {
    padding: 0;
    margin: 0;
    list-style: none;
  }
  .prompt {
    margin-block-end: var(--_space-md);
  }
  .prompt__item {
    margin: 0 0 var(--_space-xs);
    color: var(--_color-text-subtle);
  }
  blockquote {
    margin: 0 0 0 var(--_space-md);
    padding-inline-start: var(--_space-sm);
    border-inline-start: 3px solid var(--_color-border);
  }
  @media (forced-colors: active) {
    .privacy,
    .item,
    .step,
    button,
    .confirm {
      border-color: CanvasText;
    }
    .step:has(input:checked) {
      outline: 2px solid Highlight;
      box-shadow: none;
    }
    legend {
      background: Canvas;
    }
  }
  /* A phone, or a narrow column: the four steps two by two in even columns, not ragged. (The distance tables
     stay whole and scroll sideways in their labelled region; each one's total is in its caption above.) */
  @container (max-width: 30rem) {
    .step {
      flex: 1 1 40%;
    }
  }
  /* The page's print is of the form as filled in; the one-pager prints from its own button. */
  @media print {
    button,
    input[type='file'],
    .buttons,
    .confirm,
    .status {
      display: none;
    }
    .item,
    table {
      break-inside: avoid;
    }
    .table-scroll {
      overflow: visible;
    }
  }
`;

export const styles = [tokens, stateStyles, fragmentStyles, own];
