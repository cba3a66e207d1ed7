/**
 * What the stories share: the frame every story renders in (language, theme), dossier
 * variants, the URLs of the loading and error stories, and small decorators.
 * Used by .storybook/preview.ts and by test/stories/story-check.ts, so a story
 * renders the same in Storybook and in the axe test.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import dossierJson from '../data/samenlevingsopbouw.json';
import type { SelectedItem } from '../src/context/selection-context.js';
import type { Dossier } from '../src/model/types.js';

// ---------------------------------------------------------------------------------------------
// Toolbar globals and the frame

export type StoryLang = 'nl' | 'en';
export type StoryTheme = 'default' | 'dark' | 'voorbeeld';

export interface StoryGlobals {
  lang?: StoryLang;
  theme?: StoryTheme;
}

export const DEFAULT_GLOBALS: Required<StoryGlobals> = { lang: 'nl', theme: 'default' };

/**
 * The wrapper every story renders in: `lang` for the elements' language, and the theme:
 * `default` (light), `dark` (`color-scheme: dark`, which the elements' `light-dark()` colours
 * follow) or `voorbeeld` (NL Design System's example municipal theme, `.voorbeeld-theme`,
 * whose `--basis-*` tokens the elements read). Styles in .storybook/preview.css.
 */
export function storyFrame(globals: StoryGlobals, content: unknown): TemplateResult {
  const { lang, theme } = { ...DEFAULT_GLOBALS, ...globals };
  return html`<div class="ww-story ww-story--${theme} ${theme === 'voorbeeld' ? 'voorbeeld-theme' : ''}" lang=${lang}>
    ${content}
  </div>`;
}

/** A container 320 px wide, the narrowest phone layout WCAG reflow asks for. */
export const narrow = (story: () => unknown): TemplateResult =>
  html`<div class="ww-story-narrow" style="inline-size: 320px; max-inline-size: 100%; outline: 1px dashed GrayText; outline-offset: 4px">
    ${story()}
  </div>`;

// ---------------------------------------------------------------------------------------------
// How a story ends up, for the axe test: it waits for this state before it runs axe.

/** `ready`: every element shows the dossier; `loading`: it is still loading; `error`: it shows an error. */
export type StoryState = 'ready' | 'loading' | 'error';

export const stateParameter = (state: StoryState) => ({ state });

/** For a story that logs a console error on purpose (e.g. an unknown id); the axe test fails on any other. */
export const expectsConsoleErrors = { consoleErrors: true };

// ---------------------------------------------------------------------------------------------
// Dossiers

/** A fresh, mutable copy of the shipped dossier. */
export function dossierCopy(): Dossier {
  return structuredClone(dossierJson) as unknown as Dossier;
}

const LONG_NL = ' — een uitzonderlijk lange naam om te zien hoe de weergave omgaat met woorden als buurtnetwerkondersteuningsprogrammacoördinatie';
const LONG_EN = ' — an exceptionally long name to see how the view copes with words like neighbourhoodnetworksupportprogrammecoordination';

/** The dossier with every item name (and the title) made very long, in both languages. */
export function longLabelsDossier(): Dossier {
  const dossier = dossierCopy();
  dossier.meta.title = { nl: dossier.meta.title.nl + LONG_NL, en: dossier.meta.title.en + LONG_EN };
  for (const collection of ['concepts', 'goals', 'approaches', 'crafts', 'factors', 'levels', 'actors'] as const) {
    for (const item of dossier[collection]) item.name = { nl: item.name.nl + LONG_NL, en: item.name.en + LONG_EN };
  }
  for (const part of dossier.tree.parts) part.name = { nl: part.name.nl + LONG_NL, en: part.name.en + LONG_EN };
  return dossier;
}

/**
 * The real dossier with `n` factors (copies of the six, each with its own id and name): a tree this
 * large draws only what is on screen and near it, and the rest as it scrolls into view.
 */
export function manyFactorsDossier(n: number): Dossier {
  const dossier = dossierCopy();
  const six = dossier.factors;
  const copies = Array.from({ length: Math.max(0, n - six.length) }, (_, i) => {
    const f = six[i % six.length];
    return { ...f, id: `${f.id}-${i + 1}`, name: { nl: `${f.name.nl} ${i + 1}`, en: `${f.name.en} ${i + 1}` } };
  });
  dossier.factors = [...six, ...copies];
  return dossier;
}

/** A dossier that breaks the schema twice: each problem is listed with its JSON path. */
export function invalidDossier(): Dossier {
  const dossier = dossierCopy();
  dossier.goals[0].id = 'Bad Id';
  (dossier.factors[2] as { sources: unknown }).sources = 'seed-talk';
  return dossier;
}

/**
 * A dossier that breaks the schema `n` times (actor ids, at most 14): the error view lists the
 * first eight problems and sums up the rest ("en nog 4 fouten" for the default 12).
 */
export function manyIssuesDossier(n = 12): Dossier {
  const dossier = dossierCopy();
  dossier.actors.slice(0, n).forEach((actor, i) => (actor.id = `Bad Id ${i + 1}`));
  return dossier;
}

/** A dossier that fits the schema but names a factor that does not exist (checked after the schema). */
export function unknownReferenceDossier(): Dossier {
  const dossier = dossierCopy();
  dossier.approaches[1].emphasis[0].factor = 'informality2';
  return dossier;
}

// ---------------------------------------------------------------------------------------------
// Where the loading and error stories point

export const SOURCES = {
  /** Never answers: on Storybook's dev server (.storybook/main.ts) and the test server alike. */
  hang: '/__test/hang',
  /** Answers 404 (any server: the path does not exist in a static build either). */
  notFound: '/__test/status/404',
  /** A .json URL that answers with an HTML page (e.g. a CMS error page served with 200). */
  notJson: new URL('./fixtures/not-a-dossier.json', import.meta.url).href,
  /** JSON cut off halfway, e.g. an interrupted upload. */
  truncated: new URL('./fixtures/truncated.json', import.meta.url).href,
  /** A port nothing listens on: the request fails before any answer. */
  network: 'http://127.0.0.1:9/dossier.json',
} as const;

/** Stays in the loading state: long enough for anyone looking at the story. */
export const NEVER = 2_147_483_647;

// ---------------------------------------------------------------------------------------------
// Selection

/** A directive that selects `item` on the provider it is put on, as a host page would. */
export const selectOnProvider = (item: SelectedItem | null) =>
  ref((element) => {
    if (element && item) (element as HTMLElementTagNameMap['dossier-provider']).select(item);
  });

export interface ProviderOptions {
  /** The active approach (the provider's `approach` attribute). */
  approach?: string;
  /** The selected item, set with the provider's `select()`. */
  selected?: SelectedItem;
  /** A dossier object instead of the built-in one. */
  dossier?: Dossier;
}

/** `content` inside a provider with an active approach and/or a selected item, as a host page sets them. */
export const inProvider = (content: unknown, { approach, selected, dossier }: ProviderOptions = {}): TemplateResult =>
  html`<dossier-provider approach=${ifDefined(approach)} .dossier=${dossier} ${selectOnProvider(selected ?? null)}>${content}</dossier-provider>`;
