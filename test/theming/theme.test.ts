// An NL Design System theme class on the page restyles every element with no extra work: the
// voorbeeld theme's `--basis-*` tokens reach the elements through our `--ww-*` → `--basis-*` → default chains.
import { expect } from '@open-wc/testing';
import '../../src/all.js';
import { contrast, over, rgba, until } from '../helpers.js';
import { addStylesheet, colourSignature, deepElements, elementTags, ignoreResizeObserverLoop, mountElement, rendered, VOORBEELD_THEME } from './helpers.js';

/** Computed values from the voorbeeld theme (node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css). */
const VOORBEELD = {
  text: 'rgb(0, 26, 64)', // --basis-color-default-color-document: grijs-700 #001a40
  font: '"Noto Sans", sans-serif', // --basis-text-font-family-default
  heading: '"Noto Serif", serif', // --basis-heading-font-family
};

describe('theming with NL Design System tokens (voorbeeld theme)', () => {
  let tags: string[];
  before(async () => {
    ignoreResizeObserverLoop();
    // The provider paints nothing of its own (municipal-themes.test.ts checks it leaves the page's look).
    tags = (await elementTags()).filter((tag) => tag !== 'dossier-provider');
    await addStylesheet(VOORBEELD_THEME);
  });
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('finds the elements to test in custom-elements.json', () => {
    expect(tags).to.include.members(['dossier-overview', 'factor-card']);
    for (const tag of tags) expect(customElements.get(tag), tag).to.exist;
  });

  it('the theme class changes the computed colours of each element', async () => {
    for (const tag of tags) {
      const { wrapper, el } = await mountElement(tag);
      const before = colourSignature(el);
      expect(getComputedStyle(el).color, `<${tag}> text colour without a theme`).to.equal('rgb(27, 27, 31)');
      wrapper.classList.add('voorbeeld-theme');
      const after = colourSignature(el);
      expect(getComputedStyle(el).color, `<${tag}> text colour under the theme`).to.equal(VOORBEELD.text);
      const changed = after.filter((line, i) => line !== before[i]);
      expect(changed.length, `<${tag}>: computed colours that the theme changed`).to.be.greaterThan(0);
      wrapper.remove();
    }
  });

  it('fonts are inherited from the page, or taken from the theme', async () => {
    for (const tag of tags) {
      const { wrapper, el } = await mountElement(tag, (wrapper) => {
        wrapper.style.fontFamily = '"Wat Werkt Test", serif';
        wrapper.style.fontSize = '19px';
      });
      expect(getComputedStyle(el).fontFamily, `<${tag}> font without a theme`).to.equal('"Wat Werkt Test", serif');
      expect(getComputedStyle(el).fontSize, `<${tag}> font size without a theme`).to.equal('19px');
      wrapper.classList.add('voorbeeld-theme');
      expect(getComputedStyle(el).fontFamily, `<${tag}> font under the theme`).to.equal(VOORBEELD.font);
      wrapper.remove();
    }
  });

  it('the tree’s labels keep the theme’s text colour, and 4.5:1, on their faded cards when an approach is active', async () => {
    const wrapper = document.createElement('div');
    wrapper.className = 'voorbeeld-theme';
    wrapper.lang = 'nl';
    wrapper.style.cssText = 'width: 1100px; background: var(--basis-color-default-bg-document, white)';
    wrapper.innerHTML = '<tree-infographic approach="community-development"></tree-infographic>';
    document.body.append(wrapper);
    const svg = () => wrapper.querySelector('tree-infographic')!.shadowRoot!.querySelector<SVGSVGElement>('svg.ww-tree--screen[data-emphasis]');
    await until(() => !!svg()?.querySelector('.label--item'), 'the tree with an approach');
    const page = getComputedStyle(wrapper).backgroundColor;
    expect(rgba(page)[3], 'an opaque page').to.equal(1);
    const labelOf = (g: Element) => svg()!.querySelector(`.labels .label--item[data-key="${(g as SVGGElement).dataset.key}"]`)!;
    const emphasised = svg()!.querySelector('.node--item[data-weight]')!;
    expect(getComputedStyle(labelOf(emphasised)).fill, 'an emphasised label').to.equal(VOORBEELD.text);
    const dimmed = [...svg()!.querySelectorAll<SVGGElement>('.node--item:not([data-weight]):not([data-current])')];
    expect(dimmed.length).to.be.greaterThan(5);
    // What can lie under a card: the page, or one of the drawing's shapes (canopy, heart, soil, bands) on it.
    const shapes = [...svg()!.querySelectorAll<SVGGraphicsElement>('.decor .canopy, .decor .heart, .decor .soil, .decor .band')];
    const meets = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const low: string[] = [];
    for (const g of dimmed) {
      const label = labelOf(g);
      expect(getComputedStyle(label).fill, `${g.dataset.key}: the text colour`).to.equal(VOORBEELD.text);
      // Faded: the card's outline; the card itself stays opaque (issue 23: the trunk showed through).
      const opacity = Number(getComputedStyle(g).opacity);
      expect(opacity, 'opaque').to.equal(1);
      const card = g.querySelector('.card')!;
      expect(Number(getComputedStyle(card).strokeOpacity), 'faded').to.be.lessThan(0.6);
      const box = card.getBoundingClientRect();
      const grounds = [
        page,
        ...shapes.filter((x) => meets(x.getBoundingClientRect(), box)).map((x) => over(getComputedStyle(x).fill, Number(getComputedStyle(x).fillOpacity), page)),
      ];
      for (const ground of grounds) {
        const ratio = contrast(getComputedStyle(label).fill, over(getComputedStyle(card).fill, opacity, ground));
        if (ratio < 4.5) low.push(`${g.dataset.key}: ${ratio.toFixed(2)}`);
      }
    }
    expect(low).to.deep.equal([]);
    wrapper.remove();
  });

  it('a host page’s inherited text settings stop at the elements: no uppercase, spacing, centring or right-to-left inside', async () => {
    const hostile = 'text-transform: uppercase; letter-spacing: 0.1em; word-spacing: 0.3em; text-align: center; text-indent: 2em; direction: rtl';
    const props = ['textTransform', 'letterSpacing', 'wordSpacing', 'textIndent', 'textAlign', 'direction'] as const;
    /** Those settings of every HTML element and SVG text inside, in document order. */
    const settings = (el: Element) =>
      deepElements(el)
        .filter((e) => e.namespaceURI === 'http://www.w3.org/1999/xhtml' || e.localName === 'text')
        .map((e) => `${e.localName}.${e.getAttribute('class') ?? ''}: ${props.map((p) => getComputedStyle(e)[p]).join(' ')}`);
    for (const tag of tags) {
      const plain = await mountElement(tag, (w) => (w.style.width = '1100px'));
      const expected = settings(plain.el);
      plain.wrapper.remove();
      const { wrapper, el } = await mountElement(tag, (w) => (w.style.cssText = `width: 1100px; ${hostile}`));
      const got = settings(el);
      expect(got.filter((line, i) => line !== expected[i]).slice(0, 5), `<${tag}>: what the page changed inside`).to.deep.equal([]);
      if (tag === 'tree-infographic') {
        // Its labels, measured without those settings, still fit their boxes.
        const svg = el.shadowRoot!.querySelector('svg.ww-tree--screen')!;
        const spill = [...svg.querySelectorAll<SVGTextElement>('.labels .label--item')].filter((label) => {
          const box = svg.querySelector(`.node[data-key="${label.dataset.key}"] > .card`)!.getBoundingClientRect();
          const r = label.getBoundingClientRect();
          return r.left < box.left - 1 || r.right > box.right + 1;
        });
        expect(spill.map((l) => l.textContent), 'labels outside their boxes').to.deep.equal([]);
      }
      wrapper.remove();
    }
  });

  it('headings take the theme’s heading font', async () => {
    const wrapper = document.createElement('div');
    wrapper.className = 'voorbeeld-theme';
    wrapper.innerHTML = '<dossier-overview></dossier-overview>';
    document.body.append(wrapper);
    const el = wrapper.firstElementChild!;
    await rendered(el);
    const heading = deepElements(el).find((e) => e.localName === 'h2')!;
    expect(getComputedStyle(heading).fontFamily).to.equal(VOORBEELD.heading);
  });

  it('a --ww-* token set by the page wins over the theme', async () => {
    const wrapper = document.createElement('div');
    wrapper.className = 'voorbeeld-theme';
    wrapper.style.setProperty('--ww-color-text', 'rgb(1, 2, 3)');
    wrapper.style.setProperty('--ww-font-family', 'Gemeentesans, sans-serif');
    wrapper.innerHTML = '<dossier-overview></dossier-overview>';
    document.body.append(wrapper);
    const el = wrapper.firstElementChild!;
    await rendered(el);
    expect(getComputedStyle(el).color).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(el).fontFamily).to.equal('Gemeentesans, sans-serif');
  });
});
