import { css } from 'lit';

/**
 * Design tokens shared by every element; documented one by one in docs/THEMING.md.
 *
 * - A host page themes the elements with the public tokens `--ww-*`, set on the element or any ancestor.
 * - Each public token falls back to NL Design System's common `--basis-*` token, so that a theme class
 *   on the page (e.g. `class="voorbeeld-theme"`) restyles the elements with no extra work, and then to
 *   our default.
 * - Elements read only the private names `--_*` resolved here (see docs/ARCHITECTURE.md).
 * - Colours: defaults use `light-dark()`, so they follow the element's `color-scheme`, which it
 *   inherits from the page (`color-scheme: light dark` on the page = the user's
 *   `prefers-color-scheme`); `--ww-color-scheme` (or the `color-scheme` property on the element)
 *   overrides it for our elements alone. Theme tokens (`--ww-*`, `--basis-*`) win over both.
 * - Forced colours: every colour token becomes a system colour.
 * - Fonts: with no token set, family and size are inherited from the page.
 *
 * Where a chain ends without a default (font family and size, background, colour scheme), an unset
 * token makes the property invalid at computed-value time, which for these means "inherit"
 * (or "transparent" for the background).
 */
export const tokens = css`
  :host {
    color-scheme: var(--ww-color-scheme);

    /* Type */
    --_font-family: var(--ww-font-family, var(--basis-text-font-family-default));
    --_font-family-mono: var(--ww-font-family-mono, var(--basis-text-font-family-monospace, ui-monospace, monospace));
    --_font-size: var(--ww-font-size, var(--basis-text-font-size-md));
    --_font-size-small: var(--ww-font-size-small, var(--basis-text-font-size-sm, 0.875em));
    --_font-size-lg: var(--ww-font-size-lg, var(--basis-text-font-size-lg, 1.25em));
    --_font-weight-bold: var(--ww-font-weight-bold, var(--basis-text-font-weight-bold, 700));
    --_line-height: var(--ww-line-height, var(--basis-text-line-height-md, 1.5));
    --_heading-font-family: var(--ww-heading-font-family, var(--basis-heading-font-family, var(--_font-family)));
    --_heading-font-weight: var(--ww-heading-font-weight, var(--basis-heading-font-weight, var(--_font-weight-bold)));
    --_heading-line-height: var(--ww-heading-line-height, var(--basis-text-line-height-lg, 1.25));

    /* Colour */
    --_color-text: var(--ww-color-text, var(--basis-color-default-color-document, light-dark(#1b1b1f, #ececf1)));
    --_color-text-subtle: var(--ww-color-text-subtle, var(--basis-color-default-color-subtle, light-dark(#4a4a55, #b8b8c4)));
    --_color-bg: var(--ww-color-bg, var(--basis-color-default-bg-document, light-dark(#ffffff, #16161a)));
    --_color-bg-subtle: var(--ww-color-bg-subtle, var(--basis-color-default-bg-subtle, light-dark(#f4f4f7, #222228)));
    --_color-border: var(--ww-color-border, var(--basis-color-default-border-default, light-dark(#8a8a96, #74747f)));
    --_color-accent: var(--ww-color-accent, var(--basis-color-accent-1-color-default, light-dark(#00558c, #7cc4f5)));
    --_color-accent-hover: var(--ww-color-accent-hover, var(--basis-color-accent-1-color-hover, light-dark(#003f6b, #a8d8fa)));
    --_color-accent-bg: var(--ww-color-accent-bg, var(--basis-color-accent-1-bg-subtle, light-dark(#e3f0fa, #0f2d42)));
    --_color-selected-bg: var(--ww-color-selected-bg, var(--basis-color-accent-1-bg-default, light-dark(#cfe5f5, #173f5c)));
    --_color-selected-text: var(--ww-color-selected-text, var(--_color-text));
    --_color-interpretation: var(--ww-color-interpretation, var(--basis-color-warning-color-default, light-dark(#7a4a00, #ffce7a)));
    --_color-interpretation-bg: var(--ww-color-interpretation-bg, var(--basis-color-warning-bg-subtle, light-dark(#fff4dc, #3a2a0c)));
    --_color-error: var(--ww-color-error, var(--basis-color-negative-color-default, light-dark(#a4001b, #ff9aa8)));
    --_color-error-bg: var(--ww-color-error-bg, var(--basis-color-negative-bg-subtle, light-dark(#fdecee, #3c1117)));

    /* Space, borders, radius */
    --_space-xs: var(--ww-space-xs, var(--basis-space-block-sm, 0.25rem));
    --_space-sm: var(--ww-space-sm, var(--basis-space-block-md, 0.5rem));
    --_space-md: var(--ww-space-md, var(--basis-space-block-xl, 1rem));
    --_space-lg: var(--ww-space-lg, var(--basis-space-block-3xl, 1.5rem));
    --_border-width: var(--ww-border-width, var(--basis-border-width-sm, 1px));
    --_border-width-strong: var(--ww-border-width-strong, var(--basis-border-width-md, 2px));
    --_radius-sm: var(--ww-radius-sm, var(--basis-border-radius-sm, 0.25rem));
    --_radius: var(--ww-radius, var(--basis-border-radius-md, 0.375rem));
    --_radius-lg: var(--ww-radius-lg, var(--basis-border-radius-lg, 0.75rem));
    --_radius-round: var(--ww-radius-round, var(--basis-border-radius-round, 999px));

    /* Focus ring */
    --_focus-color: var(--ww-focus-color, var(--basis-focus-outline-color, light-dark(#1b1b1f, #ffffff)));
    --_focus-width: var(--ww-focus-width, var(--basis-focus-outline-width, 3px));
    --_focus-style: var(--ww-focus-style, var(--basis-focus-outline-style, solid));
    --_focus-offset: var(--ww-focus-offset, var(--basis-focus-outline-offset, 2px));

    /* Motion: state changes (an approach, a selection) show at once unless a page asks for a fade:
       every element then changes in the same frame, and creating the fades cost an approach change
       on the demo page 1.5 ms (npm run bench). */
    --_duration: var(--ww-duration, 0s);

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
      --_color-accent-bg: Canvas;
      /* Inverted, not Highlight/HighlightText: 2.9:1 in Firefox, 3.8:1 in WebKit (test/theming/system-colours.test.ts). */
      --_color-selected-bg: CanvasText;
      --_color-selected-text: Canvas;
      --_color-interpretation: CanvasText;
      --_color-interpretation-bg: Canvas;
      --_color-error: CanvasText;
      --_color-error-bg: Canvas;
      --_focus-color: Highlight;
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
  @media (forced-colors: active) {
    .state--error {
      border-color: CanvasText;
    }
  }
`;
