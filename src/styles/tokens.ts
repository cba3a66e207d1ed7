import { css } from 'lit';
import { tokenChains } from './token-chains.js';

/**
 * Design tokens shared by every element (one stylesheet, adopted by all); documented in docs/THEMING.md.
 *
 * - A host page themes the elements with the public tokens `--ww-*`, set on the element or any ancestor.
 * - Each falls back to what a real theme sets for the same role: NL Design System's `--basis-*`, its
 *   document and component tokens (`--utrecht-*`), Amsterdam's `--ams-*`, then our default or a
 *   `color-mix()` of the theme's own colours. The chains (`tokenChains`) are written from
 *   `TOKEN_ROLES` (`token-map.ts`), the one place that maps them; so a theme class on the page
 *   (`utrecht-theme`, `denhaag-theme`, `ams-theme`, `voorbeeld-theme`, …) restyles the elements.
 * - Elements read only the private names `--_*` resolved here (see docs/ARCHITECTURE.md).
 * - Colours: defaults use `light-dark()`, so they follow the element's `color-scheme`, which it
 *   inherits from the page (`color-scheme: light dark` on the page = the user's
 *   `prefers-color-scheme`); `--ww-color-scheme` (or the `color-scheme` property on the element)
 *   overrides it for our elements alone. Theme tokens win over both.
 * - Forced colours: every colour token becomes a system colour.
 * - Fonts: with no token set, family and size are inherited from the page.
 *
 * Where a chain ends without a default (font family and size, background, colour scheme), an unset
 * token makes the property invalid at computed-value time, which for these means "inherit"
 * (or "transparent" for the background).
 */
export const tokens = css`
  :host {
    ${tokenChains}
    color-scheme: var(--ww-color-scheme);
    /* Motion: state changes (an approach, a selection) show at once unless a page asks for a fade
       (--ww-duration, default 0s): every element then changes in the same frame, and creating the
       fades cost an approach change on the demo page 1.5 ms (npm run bench). */
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_color-text);
    background: var(--ww-background);
    /* A word longer than its line (a Dutch compound in a narrow column) breaks instead of being cut
       off at the element's edge, where the elements contain their painting (WCAG 1.4.10). */
    overflow-wrap: break-word;
    /* Inherited text settings a host page's theme may set (uppercase, letter-spacing, centring, a
       right-to-left page) stop here: the tree measures its labels without them, so they overflowed
       their boxes; the content is Dutch or English, left to right. */
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    direction: ltr;
  }
  :focus-visible {
    outline: var(--_focus-width) var(--_focus-style) var(--_focus-color);
    outline-offset: var(--_focus-offset);
    /* A theme's inverse focus colour fills the gap inside the ring (Utrecht: white inside its black
       dotted ring), which keeps the ring visible on a dark page too. Transparent by default. */
    box-shadow: 0 0 0 var(--_focus-offset) var(--_focus-inverse-color);
  }
  [hidden] {
    display: none !important;
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_duration: 0s;
    }
  }
  @media (forced-colors: active) {
    :host {
      --_color-text: CanvasText;
      --_color-text-subtle: CanvasText;
      --_color-bg: Canvas;
      --_color-bg-subtle: Canvas;
      --_color-border: CanvasText;
      --_color-accent: LinkText;
      --_color-accent-hover: LinkText;
      --_color-link: LinkText;
      --_color-accent-bg: Canvas;
      /* Inverted, not Highlight/HighlightText: 2.9:1 in Firefox, 3.8:1 in WebKit (test/theming/system-colours.test.ts). */
      --_color-selected-bg: CanvasText;
      --_color-selected-text: Canvas;
      --_color-interpretation: CanvasText;
      --_color-interpretation-bg: Canvas;
      --_color-error: CanvasText;
      --_color-error-bg: Canvas;
      --_focus-color: Highlight;
      --_focus-inverse-color: Canvas;
    }
  }
`;

/** The loading and error views (`state-views.ts`). */
export const stateStyles = css`
  .state {
    padding: var(--_space-md);
    border-radius: var(--_radius);
    background: var(--_color-bg-subtle);
  }
  .state--loading {
    display: flex;
    align-items: center;
    gap: var(--_space-sm);
    color: var(--_color-text-subtle);
  }
  .spinner {
    inline-size: 1em;
    block-size: 1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: ww-spin 0.8s linear infinite;
  }
  @keyframes ww-spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
      border-inline-end-color: currentColor;
      border-style: dotted;
    }
  }
  .state--error {
    color: var(--_color-error);
    background: var(--_color-error-bg);
    border: var(--_border-width) solid currentColor;
  }
  .state--error p {
    margin: 0 0 var(--_space-sm);
  }
  .state__issues {
    margin: 0 0 var(--_space-sm);
    padding-inline-start: 1.25em;
  }
  .state__issues code {
    font-family: var(--_font-family-mono);
    font-size: var(--_font-size-small);
    overflow-wrap: anywhere;
    color: var(--_color-text);
  }
  .state__retry {
    font: inherit;
    padding: 0.25em 0.9em;
    border-radius: var(--_radius);
    border: var(--_border-width-strong) solid currentColor;
    background: var(--_color-bg);
    color: var(--_color-text);
    cursor: pointer;
  }
  .state__details {
    margin-block-start: var(--_space-sm);
    color: var(--_color-text);
  }
  .state__details summary {
    cursor: pointer;
    color: var(--_color-error);
  }
  .state__details dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 var(--_space-sm);
    margin: var(--_space-sm) 0;
  }
  .state__details dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .state__details p {
    margin: 0;
    font-size: var(--_font-size-small);
  }
  @media (forced-colors: active) {
    .state--error {
      border-color: CanvasText;
    }
  }
`;
