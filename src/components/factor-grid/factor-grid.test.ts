import { expect, fixture, html } from '@open-wc/testing';
import '../../define/factor-grid.js';
import type { DossierProvider } from '../dossier-provider/dossier-provider.js';
import type { FactorCard } from '../factor-card/factor-card.js';
import type { FactorGrid } from './factor-grid.js';
import { basisLabels, dossierCopy, until } from '../../../test/helpers.js';

const cardsOf = (grid: FactorGrid) => [...grid.shadowRoot!.querySelectorAll<FactorCard>('factor-card')];
const rendered = (card: FactorCard) => !!card.shadowRoot?.querySelector('[part="card"]');

describe('<factor-grid>', () => {
  it('forwards every part of its cards, so that ::part() on the grid styles them (all but their own loading, error and unknown views)', async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: { declarations?: { tagName?: string; cssParts?: { name: string }[] }[] }[] };
    const card = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'factor-card')!;
    // (and their key of labels, which a grid's cards leave out: the grid says it once, below them)
    const own = ['loading', 'error', 'unknown', 'basis-key'];
    const parts = card.cssParts!.map((p) => p.name).filter((name) => !own.includes(name));
    expect(parts.length).to.be.greaterThan(10);
    const grid = await fixture<FactorGrid>(html`<factor-grid></factor-grid>`);
    await until(() => cardsOf(grid).length > 0, 'the cards');
    const forwarded = cardsOf(grid)[0].getAttribute('exportparts')!.split(/,\s*/);
    expect(parts.filter((name) => !forwarded.includes(name)), 'card parts not forwarded').to.deep.equal([]);
  });

  it('shows every factor as a card, in as many columns as the container allows', async () => {
    const dossier = await dossierCopy();
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1100px"><factor-grid></factor-grid></div>`);
    const grid = wrapper.querySelector('factor-grid')!;
    await until(() => cardsOf(grid).length === dossier.factors.length && cardsOf(grid).every(rendered), 'the cards');
    expect(cardsOf(grid).map((c) => c.factor)).to.deep.equal(dossier.factors.map((f) => f.id));
    expect(cardsOf(grid).every((c) => c.variant === 'compact')).to.equal(true);
    const columns = () => getComputedStyle(grid.shadowRoot!.querySelector('.grid')!).gridTemplateColumns.split(' ').length;
    expect(columns()).to.equal(3);
    wrapper.style.inlineSize = '360px';
    await until(() => columns() === 1, 'one column');
    await expect(grid).to.be.accessible();
  });

  it('says once, below the cards, what their labels mean', async () => {
    for (const variant of ['compact', 'full']) {
      const grid = await fixture<FactorGrid>(html`<factor-grid lang="en" variant=${variant}></factor-grid>`);
      await until(() => cardsOf(grid).length > 0 && cardsOf(grid).every(rendered), 'the cards');
      const shown = new Set(cardsOf(grid).flatMap((c) => basisLabels(c.shadowRoot!).shown));
      expect(cardsOf(grid).every((c) => !c.shadowRoot!.querySelector('.basis-key')), 'no key on a card').to.equal(true);
      const keys = grid.shadowRoot!.querySelectorAll('[part="basis-key"]');
      expect(keys.length).to.equal(1);
      expect(keys[0].compareDocumentPosition(grid.shadowRoot!.querySelector('.grid')!) & Node.DOCUMENT_POSITION_PRECEDING).to.not.equal(0);
      const explained = basisLabels(grid.shadowRoot!).explained;
      expect(explained.map(([label]) => label).sort(), variant).to.deep.equal([...shown].sort());
      expect(explained.every(([, said]) => said.length > 20)).to.equal(true);
    }
  });

  it('gives its cards one shared selection when standalone', async () => {
    const grid = await fixture<FactorGrid>(html`<factor-grid></factor-grid>`);
    await until(() => cardsOf(grid).length > 1 && cardsOf(grid).every(rendered), 'the cards');
    const [first, second] = cardsOf(grid);
    (first.shadowRoot!.querySelector('[part="select-button"]') as HTMLButtonElement).click();
    await until(() => first.selected, 'the first selected');
    (second.shadowRoot!.querySelector('[part="select-button"]') as HTMLButtonElement).click();
    await until(() => second.selected && !first.selected, 'only the second selected');
  });

  it('uses the provider around it, so the active approach reaches every card', async () => {
    const provider = await fixture<DossierProvider>(html`<dossier-provider approach="community-organizing" lang="en"
      ><factor-grid variant="full"></factor-grid
    ></dossier-provider>`);
    const grid = provider.querySelector('factor-grid')!;
    await until(() => cardsOf(grid).length > 0 && cardsOf(grid).every(rendered), 'the cards');
    await until(() => cardsOf(grid).every((c) => c.matches(':state(emphasised), :state(dimmed)')), 'the states');
    const dimmed = cardsOf(grid).filter((c) => c.matches(':state(dimmed)')).map((c) => c.factor);
    expect(dimmed).to.deep.equal(['informality']);
    expect(grid.shadowRoot!.querySelector('dossier-provider')).to.equal(null);
    await expect(grid).to.be.accessible();
  });
});
