import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/dossier-provider.js';
import '../src/define/factor-grid.js';
import type { Dossier } from '../src/model/types.js';
import { inProvider, invalidDossier, longLabelsDossier, narrow, stateParameter } from './_helpers.js';

interface Args {
  variant: 'compact' | 'full';
  'heading-level': number;
  dossier?: Dossier;
}

const grid = (args: Args) =>
  html`<factor-grid variant=${args.variant} heading-level=${args['heading-level']} .dossier=${args.dossier}></factor-grid>`;

const meta: Meta<Args> = {
  title: 'Elements/factor-grid',
  component: 'factor-grid',
  args: { variant: 'compact', 'heading-level': 3 },
  render: grid,
  parameters: {
    ...stateParameter('ready'),
    embed: `<!-- Alone, with the built-in dossier: -->
<factor-grid></factor-grid>

<!-- Around a provider, sharing its selection and active approach with the other elements: -->
<dossier-provider>
  <approach-comparator></approach-comparator>
  <factor-grid variant="full" heading-level="2"></factor-grid>
</dossier-provider>`,
  },
};
export default meta;
type Story = StoryObj<Args>;

/** All factors as compact cards, alone. */
export const AllFactors: Story = {};

/** All factors as full cards. */
export const AllFactorsFull: Story = { args: { variant: 'full' } };

/** Community Development active: the cards it leans on are emphasised, the others dimmed. */
export const ActiveCommunityDevelopment: Story = {
  render: (args) => inProvider(grid(args), { approach: 'community-development' }),
};

/** Community Building active. */
export const ActiveCommunityBuilding: Story = {
  render: (args) => inProvider(grid(args), { approach: 'community-building' }),
};

/** Community Organizing active. */
export const ActiveCommunityOrganizing: Story = {
  render: (args) => inProvider(grid(args), { approach: 'community-organizing' }),
};

/** One factor selected. */
export const Selected: Story = {
  render: (args) => inProvider(grid(args), { selected: { id: 'difference-conflict', kind: 'factor' } }),
};

/** An invalid `dossier` property, alone: the grid shows the problems with their paths itself. */
export const ErrorInvalidDossier: Story = {
  render: (args) => grid({ ...args, dossier: invalidDossier() }),
  parameters: stateParameter('error'),
};

/** Every label very long. */
export const LongLabels: Story = {
  render: (args) => inProvider(grid(args), { dossier: longLabelsDossier() }),
};

/** In a 320 px container: one column. */
export const NarrowContainer: Story = { decorators: [narrow] };

/** In English. */
export const English: Story = { globals: { lang: 'en' } };
