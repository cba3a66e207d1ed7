import { expect, fixture, html } from '@open-wc/testing';
import '../../define/dossier-provider.js';
import '../../define/dossier-overview.js';
import type { DossierProvider } from '../dossier-provider/dossier-provider.js';
import type { DossierOverview } from './dossier-overview.js';
import { dossierCopy, frames, until } from '../../../test/helpers.js';
import type { Dossier, Lang } from '../../model/types.js';

const root = (el: DossierOverview) => el.shadowRoot!;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const LABEL: Record<Lang, { interpretation: string; talk: string; sources: string }> = {
  nl: { interpretation: 'Interpretatie', talk: 'Uit de lezing', sources: 'Bronnen' },
  en: { interpretation: 'Interpretation', talk: 'From the talk', sources: 'Sources' },
};

const KIND: Record<Lang, Record<'seed' | 'literature' | 'background', string>> = {
  nl: { seed: 'brontekst', literature: 'genoemd in de bronteksten', background: 'onze achtergrondlezing' },
  en: { seed: 'source text', literature: 'named in the source texts', background: 'our background reading' },
};

async function ready(el: DossierOverview) {
  await until(() => !!root(el).querySelector('article, [part~="error"]'), 'the overview to render');
  await el.updateComplete;
}

describe('<dossier-overview>', () => {
  let dossier: Dossier;
  before(async () => {
    dossier = await dossierCopy();
  });

  for (const lang of ['nl', 'en'] as const) {
    it(`reads as a document in ${lang}: title, every part of the tree with its items, the references`, async () => {
      const el = await fixture<DossierOverview>(html`<dossier-overview lang=${lang}></dossier-overview>`);
      await ready(el);
      const article = root(el).querySelector('article')!;
      expect(text(article.querySelector('h2'))).to.equal(dossier.meta.title[lang]);
      const sections = [...article.querySelectorAll('section')];
      expect(sections.length).to.equal(dossier.tree.parts.length);
      dossier.tree.parts.forEach((part, i) => {
        const section = sections[i];
        expect(text(section.querySelector('h3'))).to.contain(part.name[lang]);
        // A part that is our interpretation says so in its heading; one from the dossier does not.
        expect(text(section.querySelector('h3')).includes(LABEL[lang].interpretation), `${part.id} labelled`).to.equal(part.basis === 'interpretation');
        const items = [...section.querySelectorAll('li')];
        expect(items.map((li) => text(li.querySelector('strong')))).to.deep.equal(dossier[part.holds].map((item) => item.name[lang]));
        // Each summary with its label where it is not what the sources on the dossier say.
        for (const [j, item] of dossier[part.holds].entries())
          expect(text(items[j].querySelector('.summary'))).to.equal(
            item.summaryBasis === 'dossier' ? item.summary[lang] : `${LABEL[lang][item.summaryBasis]} ${item.summary[lang]}`,
          );
      });
      // Concepts from the talk are labelled as such.
      const talk = dossier.concepts.filter((c) => c.basis === 'talk');
      expect(talk.length).to.be.greaterThan(0);
      const conceptHeadings = [...article.querySelectorAll('h4')].map(text);
      for (const c of talk) expect(conceptHeadings.find((h) => h.startsWith(c.name[lang] ?? c.name.nl)) ?? '').to.contain(LABEL[lang].talk);
      const lists = [...article.querySelectorAll(':scope > ul')];
      const references = [...lists.at(-1)!.querySelectorAll('li')].map(text);
      expect(references.length).to.equal(dossier.references.length);
      for (const [i, r] of dossier.references.entries()) expect(references[i]).to.contain(`${r.citation} (${KIND[lang][r.kind]})`);
      // What the labels mean, in words (not only in their tooltips), for the kinds the dossier has.
      const labels = article.querySelector('dl.basis-key')!;
      const meanings = [...labels.querySelectorAll('dt')].map((dt) => [text(dt), text(dt.nextElementSibling)]);
      expect(meanings.map(([label]) => label)).to.deep.equal([LABEL[lang].talk, LABEL[lang].interpretation]);
      for (const [, meaning] of meanings) expect(meaning.length, 'each label explained').to.be.greaterThan(20);
      await expect(el).to.be.accessible();
    });
  }

  it('links to Movisie’s own pages among the references: the publication and the announcement', async () => {
    const el = await fixture<DossierOverview>(html`<dossier-overview lang="en"></dossier-overview>`);
    await ready(el);
    const article = root(el).querySelector('article')!;
    const referenceLinks = [...article.querySelectorAll<HTMLAnchorElement>(':scope > ul:last-child a')].map((a) => [text(a), a.href]);
    expect(referenceLinks).to.deep.include([dossier.references.find((r) => r.id === 'seed-announcement')!.citation, 'https://www.movisie.nl/artikel/19-maart-dag-sociaal-werk-over-gemeenschapskracht-samenlevingsopbouw']);
    expect(referenceLinks).to.deep.include([dossier.references.find((r) => r.id === 'movisie-2024')!.citation, 'https://www.movisie.nl/publicatie/wat-werkt-samenlevingsopbouw']);
    // How the data was compiled, the dossier itself not available, is said in the document.
    expect(text(article)).to.contain('Neither the infographic nor the dossier itself was available to us');
  });

  it('shows its provider’s dossier, and follows a change of language', async () => {
    const renamed = await dossierCopy();
    renamed.meta.title.nl = 'Een ander dossier';
    renamed.meta.title.en = 'Another dossier';
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="nl"><dossier-provider><dossier-overview></dossier-overview></dossier-provider></div>`);
    wrapper.querySelector<DossierProvider>('dossier-provider')!.dossier = renamed;
    const el = wrapper.querySelector<DossierOverview>('dossier-overview')!;
    await until(() => text(root(el).querySelector('h2')) === 'Een ander dossier', 'the provider’s dossier');
    wrapper.lang = 'en';
    await until(() => text(root(el).querySelector('h2')) === 'Another dossier', 'the English title');
    expect(text(root(el).querySelector('article > h3:last-of-type'))).to.equal(LABEL.en.sources);

    // It shows no selection, so an approach or item chosen elsewhere does not update the whole document.
    let updates = 0;
    el.addController({ hostUpdate: () => updates++ });
    const provider = wrapper.querySelector<DossierProvider>('dossier-provider')!;
    provider.approach = 'community-organizing';
    provider.select({ id: 'informality', kind: 'factor' });
    await provider.updateComplete;
    await frames(2);
    expect(updates).to.equal(0);
    wrapper.lang = 'nl';
    await until(() => updates > 0 && text(root(el).querySelector('h2')) === 'Een ander dossier', 'the Dutch title again');
  });

  it('renders text from the data as text, never as markup', async () => {
    const hostile = await dossierCopy();
    hostile.meta.title.nl = '<img src=x onerror="window.__overviewPwned = true">Titel';
    hostile.goals[0].summary.nl = '<script>window.__overviewPwned = true</script>';
    const el = await fixture<DossierOverview>(html`<dossier-overview lang="nl" .dossier=${hostile}></dossier-overview>`);
    await until(() => text(root(el).querySelector('h2')).includes('Titel'), 'the hostile dossier');
    expect(text(root(el).querySelector('h2'))).to.equal(hostile.meta.title.nl);
    expect(root(el).querySelector('img, script')).to.equal(null);
    expect((window as { __overviewPwned?: boolean }).__overviewPwned).to.equal(undefined);
  });

  it('marks each citation with the language it is written in, whatever the interface language (WCAG 3.1.2)', async () => {
    const dossier = await dossierCopy();
    expect(new Set(dossier.references.map((r) => r.lang))).to.deep.equal(new Set(['nl', 'en']));
    for (const lang of ['nl', 'en'] as const) {
      const el = await fixture<DossierOverview>(html`<dossier-overview lang=${lang} .dossier=${dossier}></dossier-overview>`);
      await until(() => !!root(el).querySelector('article'), 'the document');
      const cites = [...root(el).querySelectorAll<HTMLElement>('article > ul:last-child cite')].map((c) => [text(c), c.lang]);
      for (const c of root(el).querySelectorAll('cite')) expect(c.lang, text(c)).to.equal(dossier.references.find((r) => r.citation === text(c))!.lang);
      expect(cites).to.deep.equal(dossier.references.map((r) => [r.citation, r.lang]));
    }
  });

  it('says what is wrong with an invalid dossier, with the path, instead of a blank box', async () => {
    const broken = await dossierCopy();
    (broken.goals[1] as { name: unknown }).name = 42;
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const el = await fixture<DossierOverview>(html`<dossier-overview lang="en" .dossier=${broken}></dossier-overview>`);
      await ready(el);
      expect(root(el).querySelector('article')).to.equal(null);
      const error = root(el).querySelector('[part~="error"]')!;
      expect(error.querySelector('[role="alert"]'), 'the message is an alert').to.exist;
      expect(text(error)).to.contain('goals[1].name');
      expect(errors.flat().map(String).join(' ')).to.contain('goals[1].name');
    } finally {
      console.error = original;
    }
  });
});
