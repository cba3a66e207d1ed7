import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/dossier-provider.js';
import '../src/define/factor-card.js';
import type { Dossier } from '../src/model/types.js';
import { expectsConsoleErrors, inProvider, invalidDossier, longLabelsDossier, narrow, stateParameter } from './_helpers.js';

interface Args {
  factor: string;
  variant: 'full' | 'compact';
  'heading-level': number;
  dossier?: Dossier;
}

const card = (args: Args) =>
  html`<factor-card
    factor=${args.factor}
    variant=${args.variant}
    heading-level=${args['heading-level']}
    .dossier=${args.dossier}
  ></factor-card>`;

const meta: Meta<Args> = {
  title: 'Elements/factor-card',
  component: 'factor-card',
  args: { factor: 'informality', variant: 'full', 'heading-level': 3 },
  render: card,
  parameters: {
    ...stateParameter('ready'),
    embed: `<!-- Alone, with the built-in dossier: -->
<factor-card factor="informality"></factor-card>

<!-- Compact, in a sidebar; around a provider it follows the shared selection and active approach: -->
<dossier-provider approach="community-building">
  <factor-card factor="coalitions-networks" variant="compact" heading-level="2"></factor-card>
</dossier-provider>`,
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The full card, alone: description, approaches with their weights, goals, levels and sources. */
export const Full: Story = {};

/** The compact card: no description and sources. */
export const Compact: Story = { args: { variant: 'compact' } };

/** The selected item: marked, with a "Selected" label. */
export const Selected: Story = {
  render: (args) => inProvider(card(args), { selected: { id: args.factor, kind: 'factor' } }),
};

/** Community Development active: the card says how strongly this approach leans on the factor, or that it does not. */
export const ActiveCommunityDevelopment: Story = {
  render: (args) => inProvider(card(args), { approach: 'community-development' }),
};

/** Community Building active. */
export const ActiveCommunityBuilding: Story = {
  render: (args) => inProvider(card(args), { approach: 'community-building' }),
};

/** Community Organizing active. */
export const ActiveCommunityOrganizing: Story = {
  render: (args) => inProvider(card(args), { approach: 'community-organizing' }),
};

/** Compact, selected and with an active approach at once. */
export const CompactSelectedActive: Story = {
  args: { variant: 'compact', factor: 'coalitions-networks' },
  render: (args) =>
    inProvider(card(args), { approach: 'community-organizing', selected: { id: args.factor, kind: 'factor' } }),
};

/** An id that is not in the dossier: the card says so and lists the known ids (and logs a console error). */
export const UnknownFactor: Story = {
  args: { factor: 'informality2' },
  parameters: expectsConsoleErrors,
};

/** An invalid `dossier` property, alone: the card shows the problems with their paths itself. */
export const ErrorInvalidDossier: Story = {
  render: (args) => card({ ...args, dossier: invalidDossier() }),
  parameters: stateParameter('error'),
};

/** Every label very long. */
export const LongLabels: Story = {
  render: (args) => inProvider(card(args), { dossier: longLabelsDossier(), approach: 'community-building' }),
};

/** In a 320 px container. */
export const NarrowContainer: Story = { decorators: [narrow] };

/** In English. */
export const English: Story = { globals: { lang: 'en' } };
