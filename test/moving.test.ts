// Elements moved in the page (taken out and put in again, as frameworks and page builders do) show
// what their new place gives them: its provider or none, its language, and they keep working.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/dossier-provider.js';
import '../src/define/factor-card.js';
import type { DossierProvider } from '../src/components/dossier-provider/dossier-provider.js';
import type { FactorCard } from '../src/components/factor-card/factor-card.js';
import type { Dossier } from '../src/model/types.js';
import { dossierCopy, until } from './helpers.js';

const name = (card: FactorCard) => (card.shadowRoot?.querySelector('[part~="name"]')?.textContent ?? '').trim();
const button = (card: FactorCard) => card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="select-button"]')!;

function card(factor: string): FactorCard {
  const el = document.createElement('factor-card');
  el.factor = factor;
  return el;
}

describe('moved elements', () => {
  let renamed: Dossier;
  before(async () => {
    renamed = await dossierCopy();
    renamed.factors.find((f) => f.id === 'informality')!.name.nl = 'Informaliteit (van de provider)';
  });

  it('a card moved out of its provider shows the built-in dossier and selects for itself', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="nl"><dossier-provider></dossier-provider><div class="alone"></div></div>`);
    const provider = page.querySelector<DossierProvider>('dossier-provider')!;
    provider.dossier = renamed;
    const moved = card('informality');
    const stays = card('informality');
    provider.append(moved, stays);
    await until(() => name(moved) === 'Informaliteit (van de provider)', 'the provider’s dossier');

    page.querySelector('.alone')!.append(moved);
    await until(() => name(moved) === 'Informaliteit', 'the built-in dossier');
    button(moved).click();
    await moved.updateComplete;
    await stays.updateComplete;
    expect(button(moved).getAttribute('aria-pressed'), 'the moved card selects itself').to.equal('true');
    expect(button(stays).getAttribute('aria-pressed'), 'the provider’s selection is not touched').to.equal('false');

    // And back under the provider: its dossier and its selection again.
    provider.append(moved);
    await until(() => name(moved) === 'Informaliteit (van de provider)', 'the provider’s dossier again');
    button(stays).click();
    await until(() => button(moved).getAttribute('aria-pressed') === 'true', 'the shared selection');
  });

  it('a card moved under another lang speaks that language', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><div lang="nl"></div><div lang="en"></div></div>`);
    const el = card('informality');
    page.querySelector('[lang="nl"]')!.append(el);
    await until(() => name(el) === 'Informaliteit', 'Dutch');
    page.querySelector('[lang="en"]')!.append(el);
    await until(() => name(el) === 'Informality', 'English after the move');
    expect(el.locale).to.equal('en');
  });

  it('a card whose dossier property is cleared shows the built-in dossier again', async () => {
    const el = await fixture<FactorCard>(html`<factor-card lang="nl" factor="informality" .dossier=${renamed}></factor-card>`);
    await until(() => name(el) === 'Informaliteit (van de provider)', 'its own dossier');
    el.dossier = undefined;
    await until(() => name(el) === 'Informaliteit', 'the built-in dossier');
  });
});
