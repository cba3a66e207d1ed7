import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define/dossier-provider.js';
import '../src/define/tree-infographic.js';
import type { Dossier } from '../src/model/types.js';
import type { TreeInfographic } from '../src/components/tree-infographic/tree-infographic.js';
import { expectsConsoleErrors, inProvider, invalidDossier, longLabelsDossier, manyFactorsDossier, narrow, stateParameter } from './_helpers.js';

interface Args {
  approach?: string;
  view: 'tree' | 'list';
  dossier?: Dossier;
}

const tree = (args: Args) =>
  html`<tree-infographic approach=${ifDefined(args.approach)} view=${args.view} .dossier=${args.dossier}></tree-infographic>`;

const meta: Meta<Args> = {
  title: 'Elements/tree-infographic',
  component: 'tree-infographic',
  args: { view: 'tree' },
  render: tree,
  parameters: {
    ...stateParameter('ready'),
    embed: `<!-- Alone, with the built-in dossier: -->
<tree-infographic></tree-infographic>

<!-- With an approach active and the dossier from a URL, sharing the selection with other elements: -->
<dossier-provider src="/data/samenlevingsopbouw.json" approach="community-organizing">
  <tree-infographic></tree-infographic>
  <factor-grid></factor-grid>
</dossier-provider>`,
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The tree, alone, with no approach active. */
export const Default: Story = {};

/** Community Development active: what it emphasises highlighted by weight, the rest dimmed. */
export const ActiveCommunityDevelopment: Story = { args: { approach: 'community-development' } };

/** Community Building active. */
export const ActiveCommunityBuilding: Story = { args: { approach: 'community-building' } };

/** Community Organizing active. */
export const ActiveCommunityOrganizing: Story = { args: { approach: 'community-organizing' } };

/** An `approach` that is not in the dossier: the legend says so (and the console warns once, naming the known ids). */
export const UnknownApproach: Story = { args: { approach: 'no-such-approach' } };

/** The active approach set on the provider around it, as another element would. */
export const ActiveFromProvider: Story = {
  render: (args) => inProvider(tree(args), { approach: 'community-building' }),
};

/** A factor selected: its details are open beside the tree. */
export const Selected: Story = {
  render: (args) => inProvider(tree(args), { selected: { id: 'informality', kind: 'factor' } }),
};

/** A factor selected while an approach is active. */
export const SelectedWithActiveApproach: Story = {
  render: (args) =>
    inProvider(tree(args), { approach: 'community-organizing', selected: { id: 'coalitions-networks', kind: 'factor' } }),
};

/** The same content as a nested list. */
export const ListView: Story = { args: { view: 'list' } };

/** The list with an approach active. */
export const ListViewActive: Story = { args: { view: 'list', approach: 'community-development' } };

/** Every label very long. */
export const LongLabels: Story = {
  render: (args) => inProvider(tree(args), { dossier: longLabelsDossier() }),
};

/** 600 factors: the drawing holds what is on screen and near it, and draws the rest as you scroll or move with the keyboard. */
export const SixHundredFactors: Story = {
  render: (args) => inProvider(tree(args), { dossier: manyFactorsDossier(600) }),
};

/** Long labels in the list view. */
export const LongLabelsListView: Story = {
  args: { view: 'list' },
  render: (args) => inProvider(tree(args), { dossier: longLabelsDossier() }),
};

/** An invalid `dossier` property, alone: the tree shows the problems with their paths itself. */
export const ErrorInvalidDossier: Story = {
  render: (args) => tree({ ...args, dossier: invalidDossier() }),
  parameters: stateParameter('error'),
};

/**
 * A download that did not work: here the PNG one, made to fail once the tree is drawn. The message
 * below the toolbar says so and offers SVG; screen readers hear it once, the console names the error.
 */
export const DownloadFailed: Story = {
  parameters: expectsConsoleErrors,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('tree-infographic') as TreeInfographic;
    const button = () => el.shadowRoot?.querySelector<HTMLButtonElement>('[part~="download-button"][data-format="png"]');
    for (let i = 0; i < 300 && !button(); i++) await new Promise((done) => requestAnimationFrame(done));
    el.toPNG = () => Promise.reject(new Error('the PNG export made to fail for this story'));
    button()?.click();
  },
};

/** In a 320 px container. */
export const NarrowContainer: Story = { decorators: [narrow] };

/** A selection in a 320 px container. */
export const NarrowSelected: Story = { ...Selected, decorators: [narrow] };

/** In English. */
export const English: Story = { globals: { lang: 'en' } };

/** The list view in English. */
export const EnglishListView: Story = { args: { view: 'list' }, globals: { lang: 'en' } };
