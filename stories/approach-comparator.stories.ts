import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define/approach-comparator.js';
import '../src/define/dossier-provider.js';
import type { Dossier } from '../src/model/types.js';
import { inProvider, invalidDossier, longLabelsDossier, narrow, stateParameter } from './_helpers.js';

interface Args {
  approaches?: string;
  dossier?: Dossier;
  layout: 'auto' | 'table' | 'stacked';
  sort: 'dossier' | 'difference';
  'heading-level': number;
}

const comparator = (args: Args) =>
  html`<approach-comparator
    approaches=${ifDefined(args.approaches)}
    layout=${args.layout}
    sort=${args.sort}
    heading-level=${args['heading-level']}
    .dossier=${args.dossier}
  ></approach-comparator>`;

const meta: Meta<Args> = {
  title: 'Elements/approach-comparator',
  component: 'approach-comparator',
  args: { layout: 'auto', sort: 'dossier', 'heading-level': 3 },
  // Controls named here: the manifest's `sort` is also a CSS part (the checkbox's label), which
  // Storybook's table lets replace the attribute; `layout`'s type is an alias with no values to offer.
  argTypes: {
    layout: { control: 'select', options: ['auto', 'table', 'stacked'], table: { category: 'attributes' } },
    sort: { control: 'select', options: ['dossier', 'difference'], table: { category: 'attributes' } },
  },
  render: comparator,
  parameters: {
    ...stateParameter('ready'),
    embed: `<!-- Alone, with the built-in dossier, all three approaches: -->
<approach-comparator></approach-comparator>

<!-- Two approaches, biggest differences first, sharing the active approach with the factor cards: -->
<dossier-provider>
  <approach-comparator approaches="community-development community-organizing" sort="difference"></approach-comparator>
  <factor-grid></factor-grid>
</dossier-provider>`,
  },
};
export default meta;
type Story = StoryObj<Args>;

/** All three approaches, alone; a table when the container is wide enough. */
export const Default: Story = {};

/** Two approaches. */
export const TwoApproaches: Story = { args: { approaches: 'community-development community-organizing' } };

/** Rows with the biggest differences first. */
export const SortedByDifference: Story = { args: { sort: 'difference' } };

/** Community Development active (its column marked; elements around the same provider follow). */
export const ActiveCommunityDevelopment: Story = {
  render: (args) => inProvider(comparator(args), { approach: 'community-development' }),
};

/** Community Building active. */
export const ActiveCommunityBuilding: Story = {
  render: (args) => inProvider(comparator(args), { approach: 'community-building' }),
};

/** Community Organizing active. */
export const ActiveCommunityOrganizing: Story = {
  render: (args) => inProvider(comparator(args), { approach: 'community-organizing' }),
};

/** A factor selected. */
export const Selected: Story = {
  render: (args) => inProvider(comparator(args), { selected: { id: 'coalitions-networks', kind: 'factor' } }),
};

/** The stacked (list) layout, forced: a section per approach. */
export const StackedLayout: Story = { args: { layout: 'stacked' } };

/** The stacked layout with Community Organizing active and a factor selected (its row marked in each section). */
export const StackedActiveAndSelected: Story = {
  args: { layout: 'stacked' },
  render: (args) => inProvider(comparator(args), { approach: 'community-organizing', selected: { id: 'coalitions-networks', kind: 'factor' } }),
};

/** The table layout, forced, in a narrow container: its columns narrow with it. */
export const TableLayoutNarrow: Story = { args: { layout: 'table' }, decorators: [narrow] };

/**
 * An id in `approaches` that is not in the dossier: it is left out, with a console warning naming it and the known
 * ids; with fewer than two known ids left, all approaches are compared.
 */
export const UnknownApproach: Story = { args: { approaches: 'community-development no-such-approach' } };

/** An invalid `dossier` property, alone: the comparator shows the problems with their paths itself. */
export const ErrorInvalidDossier: Story = {
  render: (args) => comparator({ ...args, dossier: invalidDossier() }),
  parameters: stateParameter('error'),
};

/** Every label very long. */
export const LongLabels: Story = {
  render: (args) => inProvider(comparator(args), { dossier: longLabelsDossier() }),
};

/** In a 320 px container: stacked. */
export const NarrowContainer: Story = { decorators: [narrow] };

/** In English. */
export const English: Story = { globals: { lang: 'en' } };
