// Exports of the comparator and the factor card (issue 23, item 5): each picture's size and what it
// says (title, selection, source line), as SVG and as PNG, in both languages; data shown as text.
import { expect, fixture, html } from '@open-wc/testing';
import '../define/dossier-provider.js';
import '../define/approach-comparator.js';
import '../define/factor-card.js';
import type { DossierProvider } from '../components/dossier-provider/dossier-provider.js';
import type { ApproachComparator } from '../components/approach-comparator/approach-comparator.js';
import type { FactorCard } from '../components/factor-card/factor-card.js';
import { escapeXml, wrapLines } from './svg-text.js';
import { dossierCopy, until } from '../../test/helpers.js';

/** The SVG parsed as a file is: no parser error, its size, and its text (soft hyphens never in it). */
function parse(svgText: string) {
  const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  expect(doc.querySelector('parsererror'), 'well-formed SVG').to.equal(null);
  const svg = doc.documentElement;
  expect(svg.localName).to.equal('svg');
  expect(svg.querySelector('script, foreignObject'), 'nothing executable or HTML').to.equal(null);
  const lines = [...svg.querySelectorAll('text')].map((t) => t.textContent ?? '');
  return { width: Number(svg.getAttribute('width')), height: Number(svg.getAttribute('height')), lines, all: lines.join(' ') };
}

async function pngSize(blob: Blob) {
  expect(blob.type).to.equal('image/png');
  const bitmap = await createImageBitmap(blob);
  return { width: bitmap.width, height: bitmap.height };
}

async function setup(lang: 'nl' | 'en') {
  const provider = await fixture<DossierProvider>(html`<dossier-provider lang=${lang}>
    <approach-comparator layout="table"></approach-comparator>
    <factor-card factor="informality"></factor-card>
  </dossier-provider>`);
  const comparator = provider.querySelector('approach-comparator') as ApproachComparator;
  const card = provider.querySelector('factor-card') as FactorCard;
  await until(() => !!comparator.shadowRoot!.querySelector('table') && !!card.shadowRoot!.querySelector('[part="card"]'), 'both rendered');
  return { provider, comparator, card };
}

describe('exports of the comparator and the factor card', function () {
  this.timeout(20_000);

  for (const [lang, t] of [
    ['nl', { caption: 'Vergelijking van Community Development, Community Building en Community Organizing', none: 'Geen actieve benadering', active: 'Actieve benadering: Community Building', selected: 'Geselecteerd: Informaliteit', source: 'Bron: Movisie (2024), Wat werkt bij samenlevingsopbouw.', weight: 'centraal (3 van 3)', name: 'Informaliteit', goals: 'Kerndoelen' }],
    ['en', { caption: 'Comparison of Community Development, Community Building and Community Organizing', none: 'No active approach', active: 'Active approach: Community Building', selected: 'Selected: Informality', source: 'Source: Movisie (2024), What works in community development.', weight: 'central (3 of 3)', name: 'Informality', goals: 'Core goals' }],
  ] as const) {
    it(`draws the comparison with its title, the selection and the source line, as SVG and PNG (${lang})`, async () => {
      const { provider, comparator } = await setup(lang);
      let svg = parse(await comparator.toSVG());
      expect(svg.width).to.equal(520 + 240 * 3);
      expect(svg.height).to.be.within(400, 4000);
      expect(svg.all).to.contain(t.none);
      expect(svg.all).to.contain(t.goals);
      const dossier = (await dossierCopy()).factors;
      // Every factor is in it (names may wrap onto two lines).
      for (const f of dossier) expect(svg.all.replace(/- /g, '').replace(/\s+/g, ' '), f.id).to.contain(f.name[lang]!.split(' ')[0]);
      expect(svg.all).to.contain(t.weight);

      provider.approach = 'community-building';
      provider.select({ id: 'informality', kind: 'factor' });
      await comparator.updateComplete;
      svg = parse(await comparator.toSVG());
      expect(svg.lines.join(' ').replace(/\s+/g, ' ')).to.contain(t.caption.split(' ').slice(0, 3).join(' '));
      expect(svg.lines).to.include(t.active);
      expect(svg.lines).to.include(t.selected);
      expect(svg.all.replace(/\s+/g, ' ')).to.contain(t.source.split(' ').slice(0, 3).join(' '));
      expect(svg.all).not.to.contain('\u00ad');

      const png = await pngSize(await comparator.toPNG());
      expect(png).to.deep.equal({ width: svg.width * 2, height: svg.height * 2 });
    });

    it(`draws a factor card with its title, the selection and the source line, as SVG and PNG (${lang})`, async () => {
      const { provider, card } = await setup(lang);
      provider.approach = 'community-building';
      provider.select({ id: 'informality', kind: 'factor' });
      await card.updateComplete;
      const svg = parse(await card.toSVG());
      expect(svg.width).to.equal(720);
      expect(svg.lines[0]).to.equal(t.name);
      expect(svg.lines).to.include(t.active);
      expect(svg.lines).to.include(t.selected);
      expect(svg.all).to.contain(t.weight);
      expect(svg.all.replace(/\s+/g, ' ')).to.contain(t.source.split(' ').slice(0, 3).join(' '));
      const png = await pngSize(await card.toPNG(1));
      expect(png).to.deep.equal({ width: svg.width, height: svg.height });
      // The buttons are named by what they download.
      const buttons = [...card.shadowRoot!.querySelectorAll('[part="download-button"]')].map((b) => b.getAttribute('aria-label'));
      expect(buttons).to.deep.equal(lang === 'nl' ? ['Download de kaart Informaliteit als SVG', 'Download de kaart Informaliteit als PNG'] : ['Download the card Informality as SVG', 'Download the card Informality as PNG']);
    });
  }

  it('writes the data as text: markup in a name stays text, the file stays well-formed', async () => {
    const dossier = await dossierCopy();
    dossier.factors[0].name.nl = '<script>alert(1)</script> & "quotes" </text><foreignObject>';
    const card = await fixture<FactorCard>(html`<factor-card lang="nl" factor="informality" .dossier=${dossier}></factor-card>`);
    await until(() => !!card.shadowRoot!.querySelector('[part="card"]'), 'the card');
    const svg = parse(await card.toSVG());
    expect(svg.lines[0]).to.equal('<script>alert(1)</script> & "quotes"');
    expect(escapeXml('a<b&"c\'')).to.equal('a&lt;b&amp;&quot;c&apos;');
  });

  it('wraps long lines to the width and cuts a word too long for it with a hyphen', () => {
    const measure = (s: string, size: number) => s.length * size * 0.5;
    expect(wrapLines('een twee drie vier', 35, 10, measure)).to.deep.equal(['een', 'twee', 'drie', 'vier']);
    const cut = wrapLines('Capaciteitsontwikkeling', 60, 10, measure);
    expect(cut.every((l) => measure(l, 10) <= 60)).to.equal(true);
    expect(cut.slice(0, -1).every((l) => l.endsWith('-'))).to.equal(true);
  });

  it('shows download buttons on the comparator, and says when a download did not work', async () => {
    const { comparator } = await setup('nl');
    const labels = [...comparator.shadowRoot!.querySelectorAll('[part="download-button"]')].map((b) => b.getAttribute('aria-label'));
    expect(labels).to.deep.equal(['Download de vergelijking als SVG', 'Download de vergelijking als PNG']);
    const original = URL.createObjectURL;
    const errors = console.error;
    console.error = () => {};
    URL.createObjectURL = () => {
      throw new Error('blocked by the page');
    };
    try {
      await comparator.download('png');
    } finally {
      URL.createObjectURL = original;
      console.error = errors;
    }
    await comparator.updateComplete;
    expect(comparator.shadowRoot!.querySelector('[part="export-error"]')?.textContent).to.contain('Downloaden als PNG is niet gelukt');
    await expect(comparator).to.be.accessible();
  });
});
