import { css } from 'lit';

/**
 * Rendering containment of the long elements (comparator, cards, overview), for what a new
 * approach or selection costs on a page that shows them all (`npm run bench`: approach change).
 *
 * - Paint containment: a change inside is repainted inside; an element that a change above it
 *   only moves keeps its painting. About −2 ms (of 26) an approach change on the demo page.
 *   It clips at the host's edge, so `overflow-clip-margin` leaves room for a focus ring or an
 *   outline drawn just outside it; and it keeps the children's margins inside the host. Where
 *   `overflow-clip-margin` does not exist (WebKit), layout containment instead: no clip, so
 *   no ring cut off, and the margins still kept inside.
 * - Off-screen skipping, opt-in: `--ww-content-visibility: auto` on the element or a parent
 *   leaves it unrendered while it is off screen (it stays in the accessibility tree, the tab
 *   order and find-in-page): an approach change at the top of the demo page took 15 ms instead
 *   of 20 (npm run bench, 2026-11-21). Not the default:
 *   accessibility checkers such as axe then misjudge the contrast of text off screen (they see
 *   the page's background behind it), and `innerText` of skipped content is empty.
 *   While skipped, its height is the one it last rendered at, else an estimate each element sets
 *   to its usual height (`contain-intrinsic-block-size: auto …`).
 */
export const containment = css`
  :host {
    contain: paint;
    content-visibility: var(--ww-content-visibility, visible);
    contain-intrinsic-block-size: auto 30rem;
    /* A length, not calc(): Chromium takes no math here. The default ring is 3 + 2 px. */
    overflow-clip-margin: 8px;
  }
  /* WebKit has no overflow-clip-margin: paint containment would cut a focus ring at the host's
     edge there, so it gets layout containment only (no clip; margins still kept inside). */
  /* The condition as the minifier writes it (no space): its text is kept as written, and the build must not change it. */
  @supports not (overflow-clip-margin:8px) {
    :host {
      contain: layout;
    }
  }
`;
