import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/dossier-provider.js';
import '../src/define/dossier-overview.js';
import { narrow, stateParameter } from './_helpers.js';

/**
 * Every element together around one provider, as a member organisation would put them on a page
 * of its own site: its own heading and text around them, one dossier, one shared selection.
 */
const page = () => html`<main>
  <h1>Wat werkt bij samenlevingsopbouw</h1>
  <p>Hoe ons opbouwwerk aansluit bij wat werkt volgens het dossier van Movisie.</p>
  <dossier-provider src=${new URL('../data/samenlevingsopbouw.json', import.meta.url).href}>
    <section aria-labelledby="ww-overview">
      <h2 id="ww-overview">Het dossier in tekst</h2>
      <dossier-overview></dossier-overview>
    </section>
  </dossier-provider>
</main>`;

const meta: Meta = {
  title: 'Embed/All elements',
  render: page,
  parameters: {
    ...stateParameter('ready'),
    layout: 'fullscreen',
    embed: `<script type="module" src="/js/wat-werkt.js"></script>

<main>
  <h1>Wat werkt bij samenlevingsopbouw</h1>
  <p>Hoe ons opbouwwerk aansluit bij wat werkt volgens het dossier van Movisie.</p>
  <dossier-provider src="/data/samenlevingsopbouw.json">
    <section aria-labelledby="ww-overview">
      <h2 id="ww-overview">Het dossier in tekst</h2>
      <dossier-overview></dossier-overview>
    </section>
  </dossier-provider>
</main>`,
  },
};
export default meta;
type Story = StoryObj;

/** The page in Dutch. */
export const Page: Story = {};

/** The page in English. */
export const English: Story = { globals: { lang: 'en' } };

/** The page on a phone: 320 px wide. */
export const Narrow: Story = { decorators: [narrow] };
