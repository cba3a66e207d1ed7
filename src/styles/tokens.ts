import { css } from 'lit';

/**
 * Design tokens shared by every element. Each public token `--ww-*` falls back to
 * NL Design System's common `--basis-*` token where the host page's theme sets it,
 * then to our default; elements read only the private `--_*` names resolved here.
 * Colours use `light-dark()`, so they follow the page's `color-scheme` and, where the
 * page sets none, the user's `prefers-color-scheme`.
 */
export const tokens = css`
  :host {
    color-scheme: var(--ww-color-scheme, inherit);
    --_font-family: var(--ww-font-family, var(--basis-text-font-family-default, inherit));
    --_font-size: var(--ww-font-size, var(--basis-text-font-size-md, 1rem));
    --_font-size-small: var(--ww-font-size-small, var(--basis-text-font-size-sm, 0.875rem));
    --_line-height: var(--ww-line-height, var(--basis-text-line-height-md, 1.5));
    --_heading-font-family: var(--ww-heading-font-family, var(--basis-heading-font-family, var(--_font-family)));
    --_color-text: var(--ww-color-text, var(--basis-color-default-color-document, light-dark(#1b1b1f, #ececf1)));
    --_color-text-subtle: var(--ww-color-text-subtle, var(--basis-color-default-color-subtle, light-dark(#4a4a55, #b8b8c4)));
    --_color-bg: var(--ww-color-bg, var(--basis-color-default-bg-document, light-dark(#ffffff, #16161a)));
    --_color-bg-subtle: var(--ww-color-bg-subtle, var(--basis-color-default-bg-subtle, light-dark(#f4f4f7, #222228)));
    --_color-border: var(--ww-color-border, var(--basis-color-default-border-default, light-dark(#8a8a96, #74747f)));
    --_color-accent: var(--ww-color-accent, var(--basis-color-accent-1-color-default, light-dark(#00558c, #7cc4f5)));
    --_color-accent-bg: var(--ww-color-accent-bg, var(--basis-color-accent-1-bg-subtle, light-dark(#e3f0fa, #0f2d42)));
    --_color-interpretation: var(--ww-color-interpretation, var(--basis-color-warning-color-default, light-dark(#7a4a00, #ffce7a)));
    --_color-interpretation-bg: var(--ww-color-interpretation-bg, var(--basis-color-warning-bg-subtle, light-dark(#fff4dc, #3a2a0c)));
    --_color-error: var(--ww-color-error, var(--basis-color-negative-color-default, light-dark(#a4001b, #ff9aa8)));
    --_color-error-bg: var(--ww-color-error-bg, var(--basis-color-negative-bg-subtle, light-dark(#fdecee, #3c1117)));
    --_space-sm: var(--ww-space-sm, var(--basis-space-block-sm, 0.5rem));
    --_space-md: var(--ww-space-md, var(--basis-space-block-md, 1rem));
    --_space-lg: var(--ww-space-lg, var(--basis-space-block-lg, 1.5rem));
    --_radius: var(--ww-radius, var(--basis-border-radius-md, 0.375rem));
    --_focus-color: var(--ww-focus-color, var(--basis-focus-outline-color, light-dark(#1b1b1f, #ffffff)));
    --_focus-width: var(--ww-focus-width, var(--basis-focus-outline-width, 3px));
    --_focus-offset: var(--ww-focus-offset, var(--basis-focus-outline-offset, 2px));
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_color-text);
  }
  :focus-visible {
    outline: var(--_focus-width) solid var(--_focus-color);
    outline-offset: var(--_focus-offset);
  }
  [hidden] {
    display: none !important;
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
    border: 1px solid currentColor;
  }
  .state--error p {
    margin: 0 0 var(--_space-sm);
  }
  .state__issues {
    margin: 0 0 var(--_space-sm);
    padding-inline-start: 1.25em;
  }
  .state__issues code {
    font-size: var(--_font-size-small);
    overflow-wrap: anywhere;
    color: var(--_color-text);
  }
  .state__retry {
    font: inherit;
    padding: 0.25em 0.9em;
    border-radius: var(--_radius);
    border: 2px solid currentColor;
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
