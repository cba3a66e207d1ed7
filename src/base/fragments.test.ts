import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { common } from '../i18n/common.js';
import type { Dossier } from '../model/types.js';
import { dossierCopy } from '../../test/helpers.js';
import { renderSources, renderSummary, summaryText } from './fragments.js';

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('shared fragments: where things come from', () => {
  let d: Dossier;
  before(async () => {
    d = await dossierCopy();
  });

  it('explains the "From the dossier" label as the announcement or the talk report, the dossier itself not available to us', () => {
    expect(common.nl.basisHint.dossier).to.contain('aankondiging').and.contain('verslag').and.contain('het dossier zelf hadden wij niet');
    expect(common.en.basisHint.dossier).to.contain('announcement').and.contain('report').and.contain('not available to us');
  });

  for (const lang of ['nl', 'en'] as const) {
    it(`marks each source in a list by its kind, in data order (${lang})`, async () => {
      const t = common[lang];
      const ids = d.references.map((r) => r.id);
      const box = await fixture<HTMLDivElement>(html`<div></div>`);
      render(renderSources(d, ids, t), box);
      const cites = [...box.querySelectorAll('cite')];
      expect(cites.map(text)).to.deep.equal(d.references.map((r) => r.citation));
      for (const [i, cite] of cites.entries()) {
        const ref = d.references[i];
        // The kind follows its citation, as visible text.
        expect(text(cite.nextElementSibling), ref.id).to.equal(`(${t.referenceKind[ref.kind]})`);
      }
      // Every background work in the shipped data is said to be our own reading.
      const background = d.references.filter((r) => r.kind === 'background');
      expect(background.map((r) => r.id)).to.include.members(['rothman', 'alinsky-1971', 'kretzmann-mcknight-1993', 'hess-1999', 'dzur-2008']);
      expect(text(box).split(`(${t.referenceKind.background})`).length - 1).to.equal(background.length);
      // Movisie's pages are links, with a safe scheme.
      const links = [...box.querySelectorAll('a')].map((a) => a.href);
      expect(links).to.include('https://www.movisie.nl/publicatie/wat-werkt-samenlevingsopbouw');
      expect(links).to.include('https://www.movisie.nl/artikel/19-maart-dag-sociaal-werk-over-gemeenschapskracht-samenlevingsopbouw');
    });
  }

  it('shows a summary with its label when it is not what the sources on the dossier say', async () => {
    const gloss = d.actors.find((a) => a.id === 'kwartiermakers')!;
    const sourcedOne = d.goals[0];
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    render(html`<p>${renderSummary(gloss, 'en', common.en)}</p><p>${renderSummary(sourcedOne, 'en', common.en)}</p>`, box);
    const [first, second] = box.querySelectorAll('p');
    expect(text(first.querySelector('.basis'))).to.equal('Interpretation');
    expect(text(first)).to.equal(`Interpretation ${gloss.summary.en}`);
    expect(second.querySelector('.basis')).to.equal(null);
    expect(summaryText(gloss, 'nl', common.nl)).to.equal(`${gloss.summary.nl} (Interpretatie)`);
    expect(summaryText(sourcedOne, 'nl', common.nl)).to.equal(sourcedOne.summary.nl);
  });
});
