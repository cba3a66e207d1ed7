import { css } from 'lit';

/**
 * `.visually-hidden`: text for screen readers only (hints, status messages), out of sight but in the
 * accessibility tree. `!important` so that no element rule positions it back into view.
 */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
