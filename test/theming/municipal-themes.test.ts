// Real municipal themes restyle every element with no extra CSS (issue 21): with only a theme's own
// stylesheet and class on the page (and the page styled with the theme's document tokens, as a
// municipal site is), each element shows the theme's font, text colour, primary colour, radius and
// focus ring, and axe's colour-contrast rule finds nothing, light and dark.
// The expected values are read from the theme itself (its own custom properties), not copied here.
import { expect } from '@open-wc/testing';
import '../../src/all.js';
import { addStylesheet, contrastViolations, deepElements, elementMarkup, elementTags, ignoreResizeObserverLoop, rendered } from './helpers.js';
import { MUNICIPAL_THEMES, SHOWING_ELEMENTS, type MunicipalTheme } from './municipal-themes.js';

/** Our own defaults, which must not show under a theme. */
const OUR_ACCENT = 'rgb(0, 85, 140)';
const OUR_TEXT = 'rgb(27, 27, 31)';

/** A computed value of a theme token, read through a probe element in the themed wrapper. */
function resolve(wrapper: HTMLElement, property: 'color' | 'font-family' | 'border-top-left-radius' | 'outline-style', value: string): string {
  const probe = document.createElement('span');
  if (property === 'border-top-left-radius') probe.style.border = '1px solid';
  if (property === 'outline-style') probe.style.outlineWidth = '1px';
  probe.style.setProperty(property, value);
  wrapper.append(probe);
  const computed = getComputedStyle(probe).getPropertyValue(property);
  probe.remove();
  return computed;
}

/** The theme's own values for what the elements show. */
function themeValues(wrapper: HTMLElement, theme: MunicipalTheme) {
  return {
    font: resolve(wrapper, 'font-family', theme.font),
    text: resolve(wrapper, 'color', theme.text),
    primary: resolve(wrapper, 'color', theme.primary),
    radius: resolve(wrapper, 'border-top-left-radius', theme.radius),
    focus: resolve(wrapper, 'color', theme.focus),
  };
}

/** The page: one themed wrapper, styled with the theme's document tokens. */
async function mount(theme: MunicipalTheme, tag: string): Promise<{ wrapper: HTMLElement; el: HTMLElement }> {
  const wrapper = document.createElement('div');
  wrapper.className = theme.className;
  wrapper.lang = 'nl';
  wrapper.setAttribute('style', `${theme.page}; padding: 1rem; width: 1100px`);
  wrapper.innerHTML = `${elementMarkup(tag, '', 'community-organizing')}`;
  document.body.append(wrapper);
  const outer = wrapper.querySelector<HTMLElement>(tag === 'dossier-provider' ? tag : 'dossier-provider')!;
  const el = wrapper.querySelector<HTMLElement>(tag)!;
  await rendered(outer);
  await rendered(el);
  // A selected item, so that the selected states are drawn (and their contrast checked) too.
  (outer as HTMLElement & { select(item: { id: string; kind: string }): void }).select({ id: 'self-organisation-leadership', kind: 'factor' });
  await rendered(el);
  return { wrapper, el };
}

/** Every computed colour inside an element's shadow roots (not the page's own content). */
function shadowColours(el: Element): Set<string> {
  const colours = new Set<string>();
  for (const node of deepElements(el)) {
    if (node === el || !(node.getRootNode() instanceof ShadowRoot)) continue;
    const style = getComputedStyle(node);
    for (const p of ['color', 'background-color', 'border-top-color', 'border-inline-start-color', 'fill', 'stroke']) colours.add(style.getPropertyValue(p));
  }
  return colours;
}

/** The element focused inside shadow roots, at any depth. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

for (const theme of MUNICIPAL_THEMES) {
  describe(`municipal theme: ${theme.name}`, () => {
    let links: HTMLLinkElement[] = [];
    before(async () => {
      ignoreResizeObserverLoop();
      links = [];
      for (const href of theme.stylesheets) links.push(await addStylesheet(href));
    });
    after(() => {
      for (const link of links) link.remove();
    });
    afterEach(() => {
      document.body.replaceChildren();
    });

    it('the theme sets what we expect to find, and every element is tested (a check of the test)', async () => {
      expect((await elementTags()).filter((tag) => tag !== 'dossier-provider')).to.deep.equal([...SHOWING_ELEMENTS]);
      const { wrapper } = await mount(theme, 'dossier-overview');
      const values = themeValues(wrapper, theme);
      expect(values.text, 'text').not.to.equal(OUR_TEXT);
      expect(values.primary, 'primary').not.to.equal(OUR_ACCENT);
      expect(values.font, 'font').to.match(/\w/);
      expect(values.radius, 'radius').to.match(/px$/);
    });

    for (const tag of SHOWING_ELEMENTS) {
      it(`<${tag}> takes the theme’s font, text colour, primary colour and radius`, async () => {
        const { wrapper, el } = await mount(theme, tag);
        const want = themeValues(wrapper, theme);
        const host = getComputedStyle(el);
        expect(host.fontFamily, 'font').to.equal(want.font);
        expect(host.color, 'text colour').to.equal(want.text);
        const colours = shadowColours(el);
        expect([...colours], 'shows the theme’s primary colour').to.include(want.primary);
        expect([...colours], 'shows none of our own accent').not.to.include(OUR_ACCENT);
        // Buttons (approach toggles, select buttons, the tree's toolbar) have the theme's radius.
        const buttons = deepElements(el).filter((e) => e.localName === 'button' && e.getRootNode() instanceof ShadowRoot && getComputedStyle(e).display !== 'none');
        const radii = new Set(buttons.map((b) => getComputedStyle(b).borderTopLeftRadius).filter((r) => parseFloat(r) < 100));
        if (buttons.length) expect([...radii], 'button corners').to.deep.equal([want.radius]);
      });
    }

    it('the pressed and selected states are drawn in the theme’s primary colour', async () => {
      const { wrapper, el } = await mount(theme, 'factor-card');
      const want = themeValues(wrapper, theme);
      const pressed = deepElements(el).find((e) => e.getAttribute('aria-pressed') === 'true')!;
      expect(pressed, 'the card’s select button, pressed').to.exist;
      expect(getComputedStyle(pressed).backgroundColor).to.equal(want.primary);
      const tree = await mount(theme, 'tree-infographic');
      const approach = deepElements(tree.el).find((e) => e.getAttribute('part') === 'approach-button' && e.getAttribute('aria-pressed') === 'true')!;
      expect(approach, 'the tree’s active approach').to.exist;
      expect(getComputedStyle(approach).borderTopColor).to.equal(themeValues(tree.wrapper, theme).primary);
    });

    for (const tag of SHOWING_ELEMENTS.filter((t) => t !== 'dossier-overview')) {
      // (The overview is a document, with nothing to focus but links in the sources, if any.)
      it(`<${tag}>: the keyboard focus ring is the theme’s`, async () => {
        const { wrapper } = await mount(theme, tag);
        const want = themeValues(wrapper, theme);
        // The first control inside, focused as the keyboard would reach it (no pointer has been used); one not
        // rendered at this width (the tree's phone controls) is not reached.
        const first = deepElements(wrapper).find(
          (e): e is HTMLElement => e.getRootNode() instanceof ShadowRoot && e.matches('button, input, a[href], summary, [tabindex="0"]') && e.getClientRects().length > 0,
        );
        expect(first, 'a control inside').to.exist;
        first!.focus();
        const focused = deepActive()!;
        expect(focused, 'focus went into the element').to.equal(first);
        expect(focused.matches(':focus-visible'), 'the ring shows').to.equal(true);
        const style = getComputedStyle(focused);
        expect(style.outlineColor, 'focus ring colour').to.equal(want.focus);
        expect(style.outlineStyle, 'focus ring style').to.equal(resolve(wrapper, 'outline-style', theme.focusStyle));
      });
    }

    for (const tag of SHOWING_ELEMENTS) {
      it(`<${tag}>: axe finds no colour-contrast failure`, async () => {
        const { wrapper } = await mount(theme, tag);
        expect(await contrastViolations(wrapper)).to.deep.equal([]);
      });
    }

    it('the provider leaves the page’s own content as the page styled it', async () => {
      const wrapper = document.createElement('div');
      wrapper.className = theme.className;
      wrapper.setAttribute('style', `${theme.page}; text-transform: uppercase; text-align: center`);
      wrapper.innerHTML = '<h2 id="outside">Buiten</h2><dossier-provider><h2 id="inside">Binnen</h2><p>Tekst</p></dossier-provider>';
      document.body.append(wrapper);
      await rendered(wrapper.querySelector('dossier-provider')!);
      const props = ['color', 'font-family', 'font-size', 'line-height', 'background-color', 'text-transform', 'text-align', 'color-scheme'];
      const look = (e: Element) => props.map((p) => `${p}: ${getComputedStyle(e).getPropertyValue(p)}`);
      expect(look(wrapper.querySelector('#inside')!)).to.deep.equal(look(wrapper.querySelector('#outside')!));
      expect(getComputedStyle(wrapper.querySelector('dossier-provider')!).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    });
  });
}
