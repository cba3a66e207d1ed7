import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define/dossier-provider.js';
import '../src/define/dossier-overview.js';
import '../src/define/factor-card.js';
import type { Dossier } from '../src/model/types.js';
import {
  dossierCopy,
  invalidDossier,
  longLabelsDossier,
  manyIssuesDossier,
  narrow,
  NEVER,
  SOURCES,
  stateParameter,
  unknownReferenceDossier,
} from './_helpers.js';

interface Args {
  src?: string;
  approach?: string;
  timeout?: number;
  dossier?: Dossier;
}

// A card beside the overview shows the shared state: the `approach` control marks (or dims) it.
const template = ({ src, approach, timeout, dossier }: Args) =>
  html`<dossier-provider src=${ifDefined(src)} approach=${ifDefined(approach)} .timeout=${timeout ?? 15_000} .dossier=${dossier}>
    <factor-card factor="informality" variant="compact"></factor-card>
    <dossier-overview></dossier-overview>
  </dossier-provider>`;

const meta: Meta<Args> = {
  title: 'Elements/dossier-provider',
  component: 'dossier-provider',
  args: {},
  render: template,
  parameters: {
    ...stateParameter('ready'),
    embed: `<!-- Once per page: the npm package's dist/cdn/wat-werkt.js registers every element
     (or, with a bundler: import 'wat-werkt/all';) -->
<script type="module" src="/assets/wat-werkt.js"></script>

<!-- One dossier for every element inside. Leave out src for the built-in dossier. -->
<dossier-provider src="/data/samenlevingsopbouw.json" lang="nl">
  <dossier-overview></dossier-overview>
</dossier-provider>`,
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The built-in dossier, shown by the overview inside. */
export const Default: Story = {};

/** The dossier from a URL (`src`). */
export const FromUrl: Story = {
  args: { src: new URL('../data/samenlevingsopbouw.json', import.meta.url).href },
};

/** The shipped dossier as a page puts it inline, its title marked so that you can see it is the one shown. */
const inlineJson = () => {
  const dossier = dossierCopy();
  dossier.meta.title = { nl: `${dossier.meta.title.nl} (inline)`, en: `${dossier.meta.title.en} (inline)` };
  return JSON.stringify(dossier);
};

/** The dossier from an inline `<script type="application/json">` child (read when neither `dossier` nor `src` is set). */
export const FromInlineJson: Story = {
  render: ({ approach }) => html`<dossier-provider approach=${ifDefined(approach)}>
    <script type="application/json">${inlineJson()}</script>
    <factor-card factor="informality" variant="compact"></factor-card>
    <dossier-overview></dossier-overview>
  </dossier-provider>`,
};

/** Still loading: `src` points at a URL that never answers (Storybook's dev server; a static build answers 404). */
export const Loading: Story = {
  args: { src: SOURCES.hang, timeout: NEVER },
  parameters: stateParameter('loading'),
};

/** The server answers 404: the message says so, with a retry button. */
export const ErrorNotFound: Story = {
  args: { src: SOURCES.notFound },
  parameters: stateParameter('error'),
};

/** An HTML page where the dossier was expected (e.g. a CMS error page): not JSON. */
export const ErrorNotJson: Story = {
  args: { src: SOURCES.notJson },
  parameters: stateParameter('error'),
};

/** A file cut off halfway: not JSON either, with the parser's message. */
export const ErrorTruncatedJson: Story = {
  args: { src: SOURCES.truncated },
  parameters: stateParameter('error'),
};

/** JSON, but not a valid dossier: each problem listed with its path. */
export const ErrorInvalidDossier: Story = {
  render: (args) => template({ ...args, dossier: invalidDossier() }),
  parameters: stateParameter('error'),
};

/** Twelve problems: the first eight listed with their paths, the rest summed up ("en nog 4 fouten"). */
export const ErrorManyIssues: Story = {
  render: (args) => template({ ...args, dossier: manyIssuesDossier() }),
  parameters: stateParameter('error'),
};

/** Valid by the schema, but an approach leans on a factor that does not exist: the path says where. */
export const ErrorUnknownReference: Story = {
  render: (args) => template({ ...args, dossier: unknownReferenceDossier() }),
  parameters: stateParameter('error'),
};

/** No answer at all: the request fails (here: a port nothing listens on). */
export const ErrorNetwork: Story = {
  args: { src: SOURCES.network },
  parameters: stateParameter('error'),
};

/** No answer in time (`timeout` 1.5 s; Storybook's dev server and the test server only). */
export const ErrorTimeout: Story = {
  args: { src: SOURCES.hang, timeout: 1_500 },
  parameters: stateParameter('error'),
};

/** An error in English. */
export const ErrorEnglish: Story = {
  ...ErrorInvalidDossier,
  globals: { lang: 'en' },
};

/** The list of problems in a 320 px container: long paths wrap. */
export const ErrorNarrow: Story = {
  ...ErrorInvalidDossier,
  decorators: [narrow],
};

/** Every label very long. */
export const LongLabels: Story = {
  render: (args) => template({ ...args, dossier: longLabelsDossier() }),
};

/** In a 320 px container. */
export const NarrowContainer: Story = {
  decorators: [narrow],
};

/** In English (`lang="en"` on the page around it). */
export const English: Story = {
  globals: { lang: 'en' },
};
