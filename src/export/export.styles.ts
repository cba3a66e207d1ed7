import { css } from 'lit';

/** The download buttons and the message for a download that did not work. */
export const exportStyles = css`
  .downloads {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }
  .download {
    font: inherit;
    font-size: var(--_font-size-small);
    font-weight: 600;
    min-block-size: 2rem;
    padding: 0.2em 0.7em;
    border-radius: var(--_radius);
    border: 1px solid var(--_color-border);
    background: var(--_color-bg);
    color: var(--_color-text);
    cursor: pointer;
  }
  .download:hover {
    background: var(--_color-bg-subtle);
  }
  .export-error {
    margin: 0;
    padding: 0.4em 0.7em;
    border: var(--_border-width) solid currentColor;
    border-radius: var(--_radius);
    color: var(--_color-error);
    background: var(--_color-error-bg);
  }
  @media print {
    .downloads {
      display: none;
    }
  }
`;
