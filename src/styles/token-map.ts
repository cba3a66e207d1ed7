/**
 * The one mapping from our design tokens to what real themes set for the same role. `tokens.ts`
 * writes the CSS from it and docs/THEMING.md's token tables are generated from it
 * (`npm run docs:tokens`; test/theming/docs.test.ts fails when they drift).
 *
 * Each role `[name, theme, fallback]` becomes
 * `--_<name>: var(--ww-<name>, var(<theme token 1>, var(<theme token 2>, … <fallback>)))`:
 *
 * 1. our public token `--ww-<name>`;
 * 2. the theme tokens for the same role, always in this order: NL Design System's common `--basis-*`;
 *    NL Design System's document and component tokens (`--utrecht-document-*`,
 *    `--utrecht-button-primary-action-*`, `--utrecht-link-color`, `--utrecht-focus-outline-*`, …),
 *    which Utrecht's, Den Haag's and many other municipalities' themes set; Amsterdam's `--ams-*`;
 * 3. the fallback: our default (`light-dark()` for colours), or, for a role a theme rarely sets
 *    (hover, subtle backgrounds, borders, feedback text), a `color-mix()` of the roles a theme does
 *    set (its text, background, primary or feedback colour), so that the element shows the
 *    theme's colours throughout rather than our blue beside its green. Mixes toward the theme's
 *    own text colour, so they keep their contrast in a dark theme as in a light one.
 *
 * A name starting with `_` is a private base with no public token (the feedback colours, which
 * themes set as a fill, not as a text colour: their text and background are mixed from them).
 * An empty fallback means none: with no token set the property is inherited from the page.
 * No theme is special-cased: only token names are listed, and any theme setting them is served.
 */
export const TOKEN_ROLES = {
  Type: [
    ['font-family', 'basis-text-font-family-default utrecht-document-font-family ams-typography-font-family', ''],
    ['font-family-mono', 'basis-text-font-family-monospace utrecht-code-font-family', 'ui-monospace, monospace'],
    ['font-size', 'basis-text-font-size-md utrecht-document-font-size ams-typography-body-text-font-size', ''],
    ['font-size-small', 'basis-text-font-size-sm ams-typography-body-text-small-font-size', '0.875em'],
    ['font-size-lg', 'basis-text-font-size-lg', '1.25em'],
    ['font-weight-bold', 'basis-text-font-weight-bold utrecht-emphasis-strong-font-weight ams-typography-body-text-bold-font-weight', '700'],
    ['line-height', 'basis-text-line-height-md utrecht-document-line-height ams-typography-body-text-line-height', '1.5'],
    ['heading-font-family', 'basis-heading-font-family utrecht-heading-font-family', 'var(--_font-family)'],
    ['heading-font-weight', 'basis-heading-font-weight utrecht-heading-font-weight', 'var(--_font-weight-bold)'],
    ['heading-line-height', 'basis-text-line-height-lg', '1.25'],
  ],
  Colour: [
    ['color-text', 'basis-color-default-color-document utrecht-document-color ams-color-text', 'light-dark(#1b1b1f, #ececf1)'],
    ['color-text-subtle', 'basis-color-default-color-subtle', 'color-mix(in srgb, var(--_color-text) 75%, var(--_color-bg))'],
    ['color-bg', 'basis-color-default-bg-document utrecht-document-background-color ams-color-background-body', 'light-dark(#ffffff, #16161a)'],
    ['color-bg-subtle', 'basis-color-default-bg-subtle', 'color-mix(in srgb, var(--_color-text) 5%, var(--_color-bg))'],
    ['color-border', 'basis-color-default-border-default', 'color-mix(in srgb, var(--_color-text) 50%, var(--_color-bg))'],
    [
      'color-accent',
      'basis-color-accent-1-color-default utrecht-button-primary-action-background-color utrecht-link-color ams-color-interactive',
      'light-dark(#00558c, #7cc4f5)',
    ],
    [
      'color-accent-hover',
      'basis-color-accent-1-color-hover utrecht-button-primary-action-hover-background-color ams-color-interactive-hover',
      'color-mix(in srgb, var(--_color-accent) 75%, var(--_color-text))',
    ],
    // Links and disclosures: a theme's link colour, which is made for text (a primary colour is made
    // for a button's fill), moved a little toward its text colour so that it stays 4.5:1 on our
    // tints (the active column), in a dark theme as in a light one.
    ['_link', 'basis-color-accent-1-color-default utrecht-link-color ams-links-color', 'var(--_color-accent)'],
    ['color-link', '', 'color-mix(in srgb, var(--_link) 85%, var(--_color-text))'],
    ['color-accent-bg', 'basis-color-accent-1-bg-subtle', 'color-mix(in srgb, var(--_color-accent) 6%, var(--_color-bg))'],
    ['color-selected-bg', 'basis-color-accent-1-bg-default', 'color-mix(in srgb, var(--_color-accent) 14%, var(--_color-bg))'],
    ['color-selected-text', '', 'var(--_color-text)'],
    ['_warning', 'utrecht-feedback-warning-color ams-color-feedback-warning', '#b36b00'],
    ['color-interpretation', 'basis-color-warning-color-default', 'color-mix(in srgb, var(--_warning) 50%, var(--_color-text))'],
    ['color-interpretation-bg', 'basis-color-warning-bg-subtle', 'color-mix(in srgb, var(--_warning) 14%, var(--_color-bg))'],
    ['_danger', 'utrecht-feedback-danger-color ams-color-feedback-error', '#c8102e'],
    ['color-error', 'basis-color-negative-color-default', 'color-mix(in srgb, var(--_danger) 45%, var(--_color-text))'],
    ['color-error-bg', 'basis-color-negative-bg-subtle', 'color-mix(in srgb, var(--_danger) 10%, var(--_color-bg))'],
  ],
  'Space, borders, radius': [
    ['space-xs', 'basis-space-block-sm', '0.25rem'],
    ['space-sm', 'basis-space-block-md', '0.5rem'],
    ['space-md', 'basis-space-block-xl', '1rem'],
    ['space-lg', 'basis-space-block-3xl', '1.5rem'],
    ['border-width', 'basis-border-width-sm', '1px'],
    ['border-width-strong', 'basis-border-width-md', '2px'],
    // A theme's unitless `0` makes these two invalid, which for `border-radius` means its initial
    // value, 0: square, as the theme asks.
    ['radius-sm', 'basis-border-radius-sm', 'min(var(--_radius), 0.25rem)'],
    ['radius', 'basis-border-radius-md utrecht-button-border-radius ams-border-radius', '0.375rem'],
    ['radius-lg', 'basis-border-radius-lg', 'calc(2 * var(--_radius))'],
    // Pills (the tree's buttons and chips) take a theme's button corners where it sets them.
    ['radius-round', 'basis-border-radius-round utrecht-button-border-radius ams-border-radius', '999px'],
  ],
  'Focus ring, motion': [
    ['focus-color', 'basis-focus-outline-color utrecht-focus-outline-color', 'var(--_color-text)'],
    ['focus-inverse-color', 'utrecht-focus-inverse-outline-color', 'transparent'],
    ['focus-width', 'basis-focus-outline-width utrecht-focus-outline-width', '3px'],
    ['focus-style', 'basis-focus-outline-style utrecht-focus-outline-style', 'solid'],
    ['focus-offset', 'basis-focus-outline-offset utrecht-focus-outline-offset ams-focus-outline-offset', '2px'],
    ['duration', '', '0s'],
  ],
} as const satisfies Record<string, readonly (readonly [string, string, string])[]>;

type Roles = (typeof TOKEN_ROLES)[keyof typeof TOKEN_ROLES][number][0];
/** The public roles (those with a `--ww-*` token). */
export type TokenRole = Exclude<Roles, `_${string}`>;

/** The custom properties a role reads, in order: `--ww-<name>` (unless private), then the theme's. */
export function roleChain(name: string, theme: string): string[] {
  return [...(name.startsWith('_') ? [] : [`ww-${name}`]), ...theme.split(' ').filter(Boolean)].map((token) => `--${token}`);
}

/** The declarations of every role, `--_<name>: var(…)`, for the shared token sheet. */
export function tokenDeclarations(): string {
  return Object.values(TOKEN_ROLES)
    .flat()
    .map(([name, theme, fallback]) => {
      const value = roleChain(name, theme).reduceRight((inner, token) => `var(${token}${inner ? `,${inner}` : ''})`, fallback as string);
      return `--_${name.replace(/^_/, '')}:${value};`;
    })
    .join('');
}
