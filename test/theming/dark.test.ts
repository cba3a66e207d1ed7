// Light and dark: the elements follow the page's `color-scheme` (and so, on a page that allows both,
// the user's `prefers-color-scheme`); `--ww-color-scheme` overrides it per element. Every element keeps
// enough contrast in dark mode (axe's colour-contrast rule).
import { expect } from '@open-wc/testing';
import '../../src/all.js';
import { contrastViolations, elementMarkup, elementTags, ignoreResizeObserverLoop, luminance, rendered } from './helpers.js';

const LIGHT_TEXT = 'rgb(27, 27, 31)'; // #1b1b1f
const DARK_TEXT = 'rgb(236, 236, 241)'; // #ececf1

/** A piece of page with its own colour scheme and canvas, as a page that sets `color-scheme` has. */
async function mount(tag: string, pageStyle: string, elementStyle = ''): Promise<{ wrapper: HTMLElement; el: HTMLElement }> {
  const wrapper = document.createElement('div');
  wrapper.setAttribute('style', `${pageStyle}; background: Canvas; color: CanvasText; padding: 1rem`);
  // Inside a provider with an approach active, so that emphasis and selection are rendered too.
  wrapper.innerHTML = elementMarkup(tag, elementStyle, 'community-organizing');
  document.body.append(wrapper);
  const el = wrapper.querySelector(tag) as HTMLElement;
  await rendered(wrapper.firstElementChild!);
  await rendered(el);
  return { wrapper, el };
}

describe('light and dark', () => {
  let tags: string[];
  // <dossier-provider> takes the page's own colours, not ours (it paints nothing on the page's content).
  before(async () => {
    ignoreResizeObserverLoop();
    tags = await elementTags();
  });
  afterEach(() => document.body.replaceChildren());
  // The user's prefers-color-scheme needs media emulation, which only Chromium's protocol has:
  // dark.chromium.test.ts.

  it('in a dark page every element turns dark and keeps enough contrast', async () => {
    for (const tag of tags) {
      const { wrapper, el } = await mount(tag, 'color-scheme: dark');
      if (tag !== 'dossier-provider') expect(getComputedStyle(el).color, `<${tag}> text colour`).to.equal(DARK_TEXT);
      expect(luminance(getComputedStyle(el).color)).to.be.greaterThan(0.6); // the provider: the page's own, dark page
      expect(await contrastViolations(wrapper), `<${tag}> contrast, dark`).to.deep.equal([]);
      wrapper.remove();
    }
  });

  it('in a light page every element keeps enough contrast', async () => {
    for (const tag of tags) {
      const { wrapper, el } = await mount(tag, 'color-scheme: light');
      if (tag !== 'dossier-provider') expect(getComputedStyle(el).color, `<${tag}> text colour`).to.equal(LIGHT_TEXT);
      expect(await contrastViolations(wrapper), `<${tag}> contrast, light`).to.deep.equal([]);
      wrapper.remove();
    }
  });

  it('--ww-color-scheme overrides the page per element, and --ww-background gives it its own canvas', async () => {
    for (const tag of tags) {
      const { wrapper, el } = await mount(tag, 'color-scheme: light', '--ww-color-scheme: dark; --ww-background: Canvas');
      if (tag !== 'dossier-provider') expect(getComputedStyle(el).color, `<${tag}> text colour`).to.equal(DARK_TEXT);
      if (tag !== 'dossier-provider') expect(luminance(getComputedStyle(el).backgroundColor), `<${tag}> background`).to.be.lessThan(0.1);
      expect(await contrastViolations(wrapper), `<${tag}> contrast, dark element in a light page`).to.deep.equal([]);
      wrapper.remove();
    }
    const { el } = await mount('dossier-overview', 'color-scheme: dark', 'color-scheme: light');
    expect(getComputedStyle(el).color, 'the color-scheme property on the element').to.equal(LIGHT_TEXT);
  });
});
