import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/dossier-overview.js';
import '../src/define/dossier-provider.js';
import type { Dossier } from '../src/model/types.js';
import { invalidDossier, longLabelsDossier, narrow, stateParameter } from './_helpers.js';

interface Args {
  dossier?: Dossier;
}

const template = ({ dossier }: Args) => html`<dossier-overview .dossier=${dossier}></dossier-overview>`;

const meta: Meta<Args> = {
  title: 'Elements/dossier-overview',
  component: 'dossier-overview',
  render: template,
  parameters: {
    ...stateParameter('ready'),
    embed: `<!-- Alone, with the built-in dossier: -->
<dossier-overview lang="nl"></dossier-overview>

<!-- Or with the dossier the provider around it loads: -->
<dossier-provider src="/data/samenlevingsopbouw.json">
  <dossier-overview></dossier-overview>
</dossier-provider>`,
  },
};
export default meta;
type Story = StoryObj<Args>;

/** Alone, with the built-in dossier: the whole dossier as a readable text. */
export const Default: Story = {};

/** Inside a provider, which loads the dossier from a URL. */
export const InProvider: Story = {
  render: () => html`<dossier-provider src=${new URL('../data/samenlevingsopbouw.json', import.meta.url).href}>
    <dossier-overview></dossier-overview>
  </dossier-provider>`,
};

/** An invalid `dossier` property, alone: the element shows the problems with their paths itself. */
export const ErrorInvalidDossier: Story = {
  render: () => template({ dossier: invalidDossier() }),
  parameters: stateParameter('error'),
};

/** Every label very long. */
export const LongLabels: Story = {
  render: () => template({ dossier: longLabelsDossier() }),
};

/** In a 320 px container. */
export const NarrowContainer: Story = {
  decorators: [narrow],
};

/** Long labels in a 320 px container. */
export const NarrowLongLabels: Story = {
  ...LongLabels,
  decorators: [narrow],
};

/** In English. */
export const English: Story = {
  globals: { lang: 'en' },
};
