import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define/approach-comparator.js';
import '../src/define/dossier-overview.js';
import '../src/define/dossier-provider.js';
import '../src/define/factor-card.js';
import '../src/define/factor-grid.js';
import '../src/define/tree-infographic.js';
import { narrow, NEVER, selectOnProvider, SOURCES, stateParameter, type ProviderOptions, type StoryLang } from './_helpers.js';

const DOSSIER_URL = new URL('../data/samenlevingsopbouw.json', import.meta.url).href;

/** The organisation's own text around the elements, in the page's language. */
const TEXT = {
  nl: {
    title: 'Wat werkt bij samenlevingsopbouw',
    intro:
      'Hoe ons opbouwwerk in de wijk aansluit bij wat werkt volgens het dossier van Movisie. Kies een benadering om te zien op welke werkzame factoren zij leunt.',
    tree: 'Het dossier als boom',
    approaches: 'Drie benaderingen naast elkaar',
    factors: 'Werkzame factoren',
    featured: 'Uitgelicht in ons werk',
    text: 'Het hele dossier als tekst',
    show: 'Toon het dossier als tekst',
  },
  en: {
    title: 'What works in community development',
    intro:
      'How our community work in the neighbourhood matches what works according to Movisie’s dossier. Choose an approach to see which effective factors it leans on.',
    tree: 'The dossier as a tree',
    approaches: 'Three approaches side by side',
    factors: 'Effective factors',
    featured: 'Featured in our work',
    text: 'The whole dossier as text',
    show: 'Show the dossier as text',
  },
};

/**
 * Every element together around one provider, as a member organisation puts them on a page of its
 * own site: its own headings and text around them, one dossier, one shared selection, so that
 * making an approach active in the tree or the comparator highlights what it leans on in the tree and
 * the cards, and selecting a factor in one of them marks it in the others.
 */
const page = (lang: StoryLang = 'nl', src = DOSSIER_URL, timeout = 15_000, { approach, selected }: ProviderOptions = {}) => {
  const t = TEXT[lang];
  return html`<main>
    <h1>${t.title}</h1>
    <p>${t.intro}</p>
    <dossier-provider src=${src} .timeout=${timeout} approach=${ifDefined(approach)} ${selectOnProvider(selected ?? null)}>
      <section aria-labelledby="ww-tree">
        <h2 id="ww-tree">${t.tree}</h2>
        <tree-infographic></tree-infographic>
      </section>
      <section aria-labelledby="ww-approaches">
        <h2 id="ww-approaches">${t.approaches}</h2>
        <approach-comparator sort="difference" heading-level="3"></approach-comparator>
      </section>
      <section aria-labelledby="ww-factors">
        <h2 id="ww-factors">${t.factors}</h2>
        <aside aria-labelledby="ww-featured">
          <h3 id="ww-featured">${t.featured}</h3>
          <factor-card factor="coalitions-networks" variant="compact" heading-level="4"></factor-card>
        </aside>
        <factor-grid heading-level="3"></factor-grid>
      </section>
      <section aria-label=${t.text}>
        <details>
          <summary>${t.show}</summary>
          <dossier-overview></dossier-overview>
        </details>
      </section>
    </dossier-provider>
  </main>`;
};

const meta: Meta = {
  title: 'Embed/All elements',
  render: (_args, { globals }) => page(globals.lang),
  parameters: {
    ...stateParameter('ready'),
    layout: 'fullscreen',
    embed: `<!-- Once per page: the npm package's dist/cdn/wat-werkt.js registers every element -->
<script type="module" src="/assets/wat-werkt.js"></script>

<main>
  <h1>Wat werkt bij samenlevingsopbouw</h1>
  <p>Hoe ons opbouwwerk in de wijk aansluit bij wat werkt volgens het dossier van Movisie.</p>
  <dossier-provider src="/data/samenlevingsopbouw.json">
    <section aria-labelledby="ww-tree">
      <h2 id="ww-tree">Het dossier als boom</h2>
      <tree-infographic></tree-infographic>
    </section>
    <section aria-labelledby="ww-approaches">
      <h2 id="ww-approaches">Drie benaderingen naast elkaar</h2>
      <approach-comparator sort="difference" heading-level="3"></approach-comparator>
    </section>
    <section aria-labelledby="ww-factors">
      <h2 id="ww-factors">Werkzame factoren</h2>
      <aside aria-labelledby="ww-featured">
        <h3 id="ww-featured">Uitgelicht in ons werk</h3>
        <factor-card factor="coalitions-networks" variant="compact" heading-level="4"></factor-card>
      </aside>
      <factor-grid heading-level="3"></factor-grid>
    </section>
    <!-- No heading of its own: the overview's title is a second-level heading. -->
    <section aria-label="Het hele dossier als tekst">
      <details>
        <summary>Toon het dossier als tekst</summary>
        <dossier-overview></dossier-overview>
      </details>
    </section>
  </dossier-provider>
</main>`,
  },
};
export default meta;
type Story = StoryObj;

/** The page in Dutch. */
export const Page: Story = {};

/** One approach active and one factor selected: the tree, the comparator and the cards show both. */
export const ActiveApproachAndSelection: Story = {
  render: (_args, { globals }) =>
    page(globals.lang, DOSSIER_URL, 15_000, {
      approach: 'community-organizing',
      selected: { id: 'coalitions-networks', kind: 'factor' },
    }),
};

/** The page in English: the elements follow the page's `lang`. */
export const English: Story = { globals: { lang: 'en' } };

/** The page on a phone: 320 px wide. */
export const Narrow: Story = { decorators: [narrow] };

/** While the dossier loads, every element keeps its place quiet and the provider shows one message. */
export const Loading: Story = {
  render: (_args, { globals }) => page(globals.lang, SOURCES.hang, NEVER),
  parameters: stateParameter('loading'),
};

/** When the dossier cannot be loaded, the provider shows one error for the whole group. */
export const LoadError: Story = {
  render: (_args, { globals }) => page(globals.lang, SOURCES.notFound),
  parameters: stateParameter('error'),
};
