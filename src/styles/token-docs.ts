/**
 * docs/THEMING.md's token tables, written from `TOKEN_ROLES` (`npm run docs:tokens`, in `npm run
 * analyze`); test/theming/docs.test.ts fails when the doc and the mapping drift apart. Not imported
 * by the elements: the descriptions stay out of the bundles.
 */
import { roleChain, TOKEN_ROLES } from './token-map.js';

type Roles = (typeof TOKEN_ROLES)[keyof typeof TOKEN_ROLES][number][0];

/** What each role is for; the type makes a role without a description a compile error. */
const WHAT: Record<Roles, string> = {
  'font-family': 'text font',
  'font-family-mono': 'code (paths in error messages)',
  'font-size': 'body text size',
  'font-size-small': 'small print: labels, sources',
  'font-size-lg': 'larger text: headings in elements',
  'font-weight-bold': 'bold',
  'line-height': 'body line height',
  'heading-font-family': 'headings',
  'heading-font-weight': 'headings',
  'heading-line-height': 'headings',
  'color-text': 'text',
  'color-text-subtle': 'secondary text (4.5:1 on the backgrounds)',
  'color-bg': 'surfaces: cards, table cells',
  'color-bg-subtle': 'quieter surfaces: loading message, headers',
  'color-border': 'borders and lines (3:1)',
  'color-accent': 'primary colour: buttons, the active approach, selection, emphasis',
  'color-accent-hover': 'primary colour on hover',
  _link: 'no token of its own: the link colour `--ww-color-link` is mixed from',
  'color-link': 'links and disclosures (4.5:1 on the tints)',
  'color-accent-bg': 'tint behind primary-coloured text (the active approach)',
  'color-selected-bg': 'the selected item’s background',
  'color-selected-text': 'the selected item’s text',
  _warning: 'no token of its own: a theme’s warning colour (often a fill), which the next two are mixed from',
  'color-interpretation': '"interpretation" labels: what the sources do not say',
  'color-interpretation-bg': 'their background',
  _danger: 'no token of its own: a theme’s danger colour (often a fill), which the next two are mixed from',
  'color-error': 'error messages',
  'color-error-bg': 'their background',
  'space-xs': 'smallest gap',
  'space-sm': 'small gap',
  'space-md': 'padding, gaps',
  'space-lg': 'between sections',
  'border-width': 'borders',
  'border-width-strong': 'buttons, emphasis',
  'radius-sm': 'labels',
  radius: 'cards, buttons, messages',
  'radius-lg': 'large surfaces',
  'radius-round': 'pills: the tree’s buttons and chips',
  'focus-color': 'focus outline colour',
  'focus-inverse-color': 'fills the gap between an element and its focus outline (a two-colour ring)',
  'focus-width': 'its width',
  'focus-style': 'its style',
  'focus-offset': 'its offset',
  duration: 'fades of state changes, e.g. `150ms`; `0s` under reduced motion',
};

/** Rows of tokens that are not role chains: `[group, token, default, what]`. */
const EXTRA: readonly (readonly [keyof typeof TOKEN_ROLES, string, string, string])[] = [
  ['Colour', '--ww-background', 'none (transparent)', 'the element’s own background; see [Light and dark](#light-and-dark)'],
  ['Colour', '--ww-color-scheme', 'inherited from the page', '`light`, `dark` or `light dark`, for our elements only'],
  ['Focus ring, motion', '--ww-content-visibility', '`visible`', '`auto`: comparator, cards and overview skip rendering off screen (see *Long pages*)'],
];

/** A fallback as the doc shows it: our private names as the public tokens they resolve. */
function shown(fallback: string): string {
  if (!fallback) return 'inherited';
  const named = fallback.replace(/var\(--_([a-z0-9-]+)\)/g, (_, name: string) => (name in WHAT ? `var(--ww-${name})` : `‹${name}›`));
  return `\`${named}\``;
}

/** The markdown between `<!-- tokens:start -->` and `<!-- tokens:end -->` in docs/THEMING.md. */
export function tokenTables(): string {
  const sections = Object.entries(TOKEN_ROLES).map(([group, roles]) => {
    const rows = roles.map(([name, theme, fallback]) => {
      const [own, ...chain] = name.startsWith('_') ? ['', ...roleChain(name, theme)] : roleChain(name, theme);
      const token = own ? `\`${own}\`` : `‹${name.slice(1)}›`;
      return `| ${token} | ${chain.map((t) => `\`${t}\``).join(', ') || '—'} | ${shown(fallback)} | ${WHAT[name as Roles]} |`;
    });
    const extra = EXTRA.filter(([g]) => g === group).map(([, token, value, what]) => `| \`${token}\` | — | ${value} | ${what} |`);
    return [`### ${group}`, '', '| token | theme tokens, in order | then | what |', '| --- | --- | --- | --- |', ...rows, ...extra].join('\n');
  });
  return sections.join('\n\n');
}
