/**
 * The real municipal theme packages the elements are tested under (exact devDependencies), each as a
 * municipal web team would use it: its own stylesheet and class, the page styled with the theme's
 * document tokens. `font`, `text`, `primary`, `radius`, `focus` and `focusStyle` name the theme's
 * own tokens for what the elements must show; the tests resolve them in the browser.
 */
/**
 * The elements that show the dossier (the provider shows nothing of its own), one test each so that no
 * test waits on several renders and axe runs; checked against custom-elements.json in the test.
 */
export const SHOWING_ELEMENTS = ['approach-comparator', 'dossier-overview', 'factor-card', 'factor-grid', 'practice-profile', 'tree-infographic'] as const;

export interface MunicipalTheme {
  name: string;
  stylesheets: string[];
  className: string;
  /** The page's own styling, from the theme's document tokens (and, for a dark variant that sets no `color-scheme`, that). */
  page: string;
  font: string;
  text: string;
  primary: string;
  radius: string;
  focus: string;
  focusStyle: string;
}

const UTRECHT = '/node_modules/@utrecht/design-tokens/dist';
const NL_PAGE =
  'font-family: var(--utrecht-document-font-family); color: var(--utrecht-document-color); background-color: var(--utrecht-document-background-color)';
const NL_TOKENS = {
  font: 'var(--utrecht-document-font-family)',
  text: 'var(--utrecht-document-color)',
  primary: 'var(--utrecht-button-primary-action-background-color)',
  radius: 'var(--utrecht-button-border-radius)',
  focus: 'var(--utrecht-focus-outline-color)',
  focusStyle: 'var(--utrecht-focus-outline-style)',
};

export const MUNICIPAL_THEMES: MunicipalTheme[] = [
  { name: 'Utrecht (@utrecht/design-tokens)', stylesheets: [`${UTRECHT}/index.css`], className: 'utrecht-theme', page: NL_PAGE, ...NL_TOKENS },
  {
    name: 'Utrecht dark (@utrecht/design-tokens)',
    stylesheets: [`${UTRECHT}/index.css`, `${UTRECHT}/dark/theme.css`],
    className: 'utrecht-theme utrecht-theme--dark',
    // Utrecht's dark variant sets no color-scheme: the page adds it (docs/THEMING.md).
    page: `${NL_PAGE}; color-scheme: dark`,
    ...NL_TOKENS,
  },
  {
    name: 'Den Haag (@gemeente-denhaag/design-tokens-components)',
    stylesheets: ['/node_modules/@gemeente-denhaag/design-tokens-components/dist/theme/index.css'],
    className: 'denhaag-theme',
    page: NL_PAGE,
    ...NL_TOKENS,
  },
  {
    name: 'Amsterdam (@amsterdam/design-system-tokens)',
    stylesheets: ['/node_modules/@amsterdam/design-system-tokens/dist/index.theme.css'],
    className: 'ams-theme',
    page: 'font-family: var(--ams-typography-font-family); color: var(--ams-color-text); background-color: var(--ams-color-background-body)',
    font: 'var(--ams-typography-font-family)',
    text: 'var(--ams-color-text)',
    primary: 'var(--ams-color-interactive)',
    radius: 'var(--ams-border-radius)',
    // Amsterdam sets no focus colour (its components use the text colour's ring): ours is the theme's text.
    focus: 'var(--ams-color-text)',
    focusStyle: 'solid',
  },
];
