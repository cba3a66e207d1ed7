/** The rules of the "copy link" button (`copy-link.ts`), apart from it, so that an element without the button carries only these. */
import { css } from 'lit';

/** Little on purpose: every element carries these rules (in `fragmentStyles`); the button and field are the browser's own. */
export const copyLinkStyles = css`
  .copy-link {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-sm);
    margin-block-start: var(--_space-md);
    font-size: var(--_font-size-small);
  }
  .copy-link button,
  .copy-link input {
    font: inherit;
  }
  .copy-link label,
  .copy-link input {
    inline-size: 100%;
  }
`;
