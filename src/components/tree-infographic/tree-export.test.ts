// The tree's exports (issue 23, item 5): a 16:9 slide and an A4 handout, each as SVG and PNG, with
// the title, the legend, what was selected and the source line, in both languages; the drawing whole
// and inside the page. Runs in all three engines.
import { expect, fixture, html } from '@open-wc/testing';
import '../../define/dossier-provider.js';
import '../../define/tree-infographic.js';
import { dossierCopy, until } from '../../../test/helpers.js';
import { emphasisOf, localize } from '../../model/query.js';
import type { Dossier, Item } from '../../model/types.js';
import type { DossierProvider } from '../dossier-provider/dossier-provider.js';
import type { TreeInfographic } from './tree-infographic.js';

/** Compares wrapped text with the original: spaces and (soft) hyphens may differ, letters may not. */
const squash = (s: string) => s.replace(/[\s\-‐\u00ad]/g, '');
/** A text element's lines: its tspans, or itself. */
const linesOf = (t: Element) => {
  const spans = [...t.querySelectorAll('tspan')];
  return (spans.length ? spans : [t]).map((s) => s.textContent ?? '');
};

function parse(source: string) {
  const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
  expect(doc.querySelector('parsererror'), 'well-formed').to.equal(null);
  const svg = doc.documentElement;
  expect(svg.localName).to.equal('svg');
  expect(svg.querySelector('script, foreignObject'), 'nothing executable or HTML').to.equal(null);
  const texts = [...svg.querySelectorAll('text')].map((t) => linesOf(t).join(' '));
  return { doc, svg, texts, all: texts.join(' '), width: Number(svg.getAttribute('width')), height: Number(svg.getAttribute('height')) };
}

async function pngSize(blob: Blob) {
  expect(blob.type).to.equal('image/png');
  const bitmap = await createImageBitmap(blob);
  return { width: bitmap.width, height: bitmap.height };
}

async function setup(lang: 'nl' | 'en') {
  const provider = await fixture<DossierProvider>(html`<dossier-provider lang=${lang} style="display: block; width: 1100px">
    <tree-infographic></tree-infographic>
  </dossier-provider>`);
  const el = provider.querySelector('tree-infographic') as TreeInfographic;
  await until(() => !!el.shadowRoot?.querySelector('svg.ww-tree--screen .node--item'), 'the tree drawn');
  return { provider, el };
}

const PAGES = {
  slide: { width: 1920, height: 1080 },
  handout: { width: 1240, height: 1754 },
} as const;

describe('<tree-infographic> exports', function () {
  this.timeout(30_000);
  let dossier: Dossier;
  before(async () => {
    dossier = await dossierCopy();
  });

  for (const [lang, t] of [
    ['nl', { none: 'Geen actieve benadering', active: 'Actieve benadering: Community Building', selected: 'Geselecteerd: Informaliteit', legend: 'Nadruk van Community Building:', weight: 'centraal', source: 'Bron: Movisie (2024), Wat werkt bij samenlevingsopbouw.', dashed: 'Gestippelde rand' }],
    ['en', { none: 'No active approach', active: 'Active approach: Community Building', selected: 'Selected: Informality', legend: 'Emphasis of Community Building:', weight: 'central', source: 'Source: Movisie (2024), What works in community development.', dashed: 'Dashed border' }],
  ] as const) {
    for (const page of ['slide', 'handout'] as const) {
      it(`draws the ${page} at its page size with title, legend, selection and source line (${lang})`, async () => {
        const { provider, el } = await setup(lang);
        // Without a selection: says so, and no emphasis legend.
        let svg = parse(await el.toSVG(page));
        expect([svg.width, svg.height]).to.deep.equal([PAGES[page].width, PAGES[page].height]);
        expect(svg.svg.getAttribute('viewBox')).to.equal(`0 0 ${PAGES[page].width} ${PAGES[page].height}`);
        expect(svg.all).to.contain(t.none);
        expect(svg.all).not.to.contain(t.legend);

        provider.approach = 'community-building';
        provider.select({ id: 'informality', kind: 'factor' });
        await el.updateComplete;
        svg = parse(await el.toSVG(page));
        const title = localize(dossier.meta.title, lang);
        expect(svg.doc.querySelector('title')?.textContent).to.equal(title);
        expect(squash(svg.all)).to.contain(squash(title));
        for (const line of [t.active, t.selected, t.legend, t.weight, t.dashed]) expect(svg.all, line).to.contain(line);
        expect(squash(svg.all)).to.contain(squash(t.source));
        expect(svg.texts).to.include(dossier.meta.url);
        // Every part and item of the tree is in the drawing, as text.
        for (const part of dossier.tree.parts)
          for (const item of dossier[part.holds] as readonly Item[]) expect(squash(svg.all), item.id).to.contain(squash(localize(item.name, lang)));
        // The drawing is one nested picture, whole inside the page.
        const drawing = svg.svg.querySelector(':scope > svg')!;
        const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => Number(drawing.getAttribute(a)));
        expect(x, 'left').to.be.at.least(0);
        expect(y, 'top').to.be.at.least(0);
        expect(x + w, 'right').to.be.at.most(PAGES[page].width);
        expect(y + h, 'bottom').to.be.at.most(PAGES[page].height);
        expect(w * h, 'the drawing fills a good part of the page').to.be.greaterThan(0.3 * PAGES[page].width * PAGES[page].height);
        // Colours are inlined: no classes, no custom properties, nothing interactive.
        expect(svg.svg.outerHTML).not.to.contain('var(--');
        expect(svg.doc.querySelector('[class], [tabindex], [role], [data-weight]')).to.equal(null);
        // Each emphasised node's badge, and the legend's three weighted samples, fill as many dots as the weight.
        const emphasis = [...emphasisOf(dossier, 'community-building').values()];
        const fills = [...svg.doc.querySelectorAll('circle')].filter((c) => !c.closest('defs, symbol')).map((c) => c.getAttribute('fill'));
        expect(fills.length, 'three dots a badge and a sample').to.equal(3 * (emphasis.length + 3));
        const on = emphasis.reduce((n, e) => n + e.weight, 0) + 3 + 2 + 1;
        const counts = [...new Set(fills)].map((f) => fills.filter((x) => x === f).length).sort((a, b) => a - b);
        expect(counts, 'dots on and off').to.deep.equal([on, fills.length - on].sort((a, b) => a - b));
      });

      it(`gives the ${page} as a PNG of the page's size, and twice that by default (${lang})`, async () => {
        const { el } = await setup(lang);
        expect(await pngSize(await el.toPNG(1, page))).to.deep.equal(PAGES[page]);
        const double = await pngSize(await el.toPNG(undefined, page));
        expect([double.width, double.height]).to.deep.equal([PAGES[page].width * 2, PAGES[page].height * 2]);
        const ratio = PAGES[page].width / PAGES[page].height;
        expect(ratio).to.be.closeTo(page === 'slide' ? 16 / 9 : 210 / 297, 0.001);
      });
    }
  }

  it('offers four downloads, each named by its page and format, starting with what it shows', async () => {
    const { el } = await setup('nl');
    // The downloads' own disclosure (wider than a phone; on a phone the same buttons are under "Meer", see tree-phone.test.ts).
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="downloads"] [part~="download-button"]')];
    expect(buttons.map((b) => `${b.dataset.page} ${b.dataset.format}`)).to.deep.equal(['slide svg', 'slide png', 'handout svg', 'handout png']);
    for (const b of buttons) {
      const visible = (b.textContent ?? '').replace('↓', '').replace(/\s+/g, ' ').trim();
      expect(b.getAttribute('aria-label'), visible).to.match(new RegExp(`^${visible}: download de boom als `));
    }
    expect(buttons[2].getAttribute('aria-label')).to.contain('hand-out (A4)');
    // Behind a disclosure in the toolbar: shown when it is opened.
    const toggle = el.shadowRoot!.querySelector<HTMLElement>('[part~="download-toggle"]')!;
    expect(toggle.localName).to.equal('summary');
    expect((toggle.parentElement as HTMLDetailsElement).open).to.equal(false);
    toggle.click();
    await until(() => (toggle.parentElement as HTMLDetailsElement).open, 'the downloads shown');
    for (const b of buttons) expect(b.getBoundingClientRect().height, `${b.dataset.page} ${b.dataset.format} shown`).to.be.greaterThan(20);
  });

  it('makes the file the page asks for when a download button is pressed', async () => {
    const { el } = await setup('en');
    const asked: string[] = [];
    el.toSVG = async (page = 'slide') => {
      asked.push(page);
      return '<svg xmlns="http://www.w3.org/2000/svg"/>';
    };
    // The download itself is a link click the test cannot see; what was made is what matters.
    const click = HTMLAnchorElement.prototype.click;
    const files: string[] = [];
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      files.push(this.download);
    };
    try {
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="download-button"][data-page="handout"][data-format="svg"]')!.click();
      await until(() => files.length === 1, 'the file offered');
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(asked).to.deep.equal(['handout']);
    expect(files).to.deep.equal(['wat-werkt-tree-handout-en.svg']);
  });
});
