import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/define/dossier-provider.js';
import '../src/define/practice-profile.js';
import '../src/define/tree-infographic.js';
import '../src/define/approach-comparator.js';
import { onePagerDocument } from '../src/components/practice-profile/one-pager.js';
import { dossierKey, emptyProfile, type PracticeProfile } from '../src/components/practice-profile/profile-model.js';
import { PROFILE_STORAGE_PREFIX } from '../src/model/profile-store.js';
import type { Dossier } from '../src/model/types.js';
import { dossierCopy, narrow } from './_helpers.js';

/** A team's profile as a story shows it: part filled in, or all of it. */
function profile(dossier: Dossier, whole: boolean): PracticeProfile {
  const p = emptyProfile(dossier);
  p.practice = {
    name: 'Buurtteam Oost',
    neighbourhood: 'Transvaal, Den Haag',
    date: '2026-12-07',
    context: whole ? 'Een wijk met veel nieuwe bewoners en weinig plekken om elkaar te ontmoeten.' : '',
    question: whole ? 'Hoe versterken we zelforganisatie zonder het werk over te nemen?' : '',
  };
  p.goals['social-cohesion'] = { presence: 3, note: 'Ontmoeting staat voorop.' };
  p.factors.informality = { presence: 2, note: 'De buurtkamer zonder agenda.' };
  if (whole) {
    p.goals['capacity-development'] = { presence: 2, note: 'Bewoners leren vergaderen en begroten.' };
    p.goals['democracy-voice'] = { presence: 1, note: '' };
    p.levels = { ids: ['micro', 'meso'], note: 'Straat en buurthuis.' };
    p.factors['talents-resources'] = { presence: 3, note: 'Een kookgroep van bewoners.' };
    p.factors['self-organisation-leadership'] = { presence: 2, note: 'Een bewonerscommissie met eigen budget.' };
    p.factors['difference-conflict'] = { presence: 1, note: '' };
    p.factors['capacity-to-act'] = { presence: 2, note: 'Bewoners voeren zelf het gesprek met de woningcorporatie.' };
    p.factors['coalitions-networks'] = { presence: 1, note: '' };
    p.crafts['socio-agogic'] = { presence: 3, note: 'Dagelijks contact.' };
    p.crafts['political-strategic'] = { presence: 1, note: 'Weinig tijd voor overleg met de gemeente.' };
  }
  return p;
}

type Filled = 'empty' | 'part' | 'whole';

/** Puts the story's profile in this browser's storage before the element reads it (and clears it for the empty story). */
function stored(filled: Filled): void {
  const dossier = dossierCopy();
  const key = PROFILE_STORAGE_PREFIX + dossierKey(dossier);
  for (const k of Object.keys(localStorage)) if (k.startsWith(PROFILE_STORAGE_PREFIX)) localStorage.removeItem(k);
  if (filled !== 'empty') localStorage.setItem(key, JSON.stringify(profile(dossier, filled === 'whole')));
}

const element = (filled: Filled): TemplateResult => {
  stored(filled);
  return html`<practice-profile></practice-profile>`;
};

const meta: Meta = {
  title: 'Elements/practice-profile',
  component: 'practice-profile',
  render: () => element('empty'),
  parameters: {
    embed: `<!-- Beside the tree and the comparator, in the same provider: "Show our practice" makes it their emphasis. -->
<dossier-provider>
  <practice-profile></practice-profile>
  <tree-infographic></tree-infographic>
  <approach-comparator></approach-comparator>
</dossier-provider>`,
  },
};
export default meta;
type Story = StoryObj;

/** Nothing filled in yet: the form, where the answers are kept, and the empty results. */
export const Default: Story = {};

/** Part filled in: a goal and a factor answered; the comparison over those two. */
export const PartlyFilled: Story = { render: () => element('part') };

/** Every question answered: the distance to each approach with its terms, the prompts with their sources. */
export const Complete: Story = { render: () => element('whole') };

/** In English. */
export const English: Story = { render: () => element('whole'), globals: { lang: 'en' } };

/** On a phone: a 320 px container. */
export const Phone: Story = { render: () => element('whole'), decorators: [narrow] };

/** Inside a provider with the tree and comparator, as on the demo page. */
export const BesideTheDossier: Story = {
  render: () => {
    stored('whole');
    return html`<dossier-provider>
      <practice-profile></practice-profile>
      <approach-comparator></approach-comparator>
    </dossier-provider>`;
  },
};

/** Shows the one-pager's HTML in a shadow root of its own (story only), so that its styles stay there. */
class OnePagerPreview extends HTMLElement {
  connectedCallback(): void {
    if (this.shadowRoot) return;
    const dossier = dossierCopy();
    const lang = this.closest('[lang]')?.getAttribute('lang') === 'en' ? 'en' : 'nl';
    const doc = new DOMParser().parseFromString(onePagerDocument(dossier, profile(dossier, true), lang), 'text/html');
    this.attachShadow({ mode: 'open' }).append(...doc.head.querySelectorAll('style'), ...doc.body.childNodes);
  }
}
if (!customElements.get('ww-one-pager-preview')) customElements.define('ww-one-pager-preview', OnePagerPreview);

/**
 * The one-pager as it prints (and downloads): the same HTML the buttons use. Its print stylesheet fits a
 * complete profile on one or two A4 pages (test: one-pager-print.chromium.test.ts).
 */
export const Print: Story = {
  render: () =>
    html`<ww-one-pager-preview style="display: block; max-inline-size: 210mm; background: white; color: black; padding: 1rem"></ww-one-pager-preview>`,
};
