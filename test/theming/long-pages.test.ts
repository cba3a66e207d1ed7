// Long pages (docs/THEMING.md): the comparator, the cards and the overview contain their painting
// without cutting off a focus ring, and with `--ww-content-visibility: auto` skip rendering while
// off screen, and only then.
import { expect } from '@open-wc/testing';
import '../../src/all.js';
import { frames } from '../helpers.js';
import { elementMarkup, ignoreResizeObserverLoop, rendered } from './helpers.js';

const LONG = ['approach-comparator', 'factor-card', 'dossier-overview'];

/** The element, below a spacer taller than the viewport, on a page styled with `pageStyle`. */
async function belowTheFold(tag: string, pageStyle = ''): Promise<HTMLElement> {
  const wrapper = document.createElement('div');
  wrapper.setAttribute('style', pageStyle);
  wrapper.innerHTML = `<div style="block-size: ${innerHeight * 3}px"></div>${elementMarkup(tag)}`;
  document.body.append(wrapper);
  const el = wrapper.querySelector(tag) as HTMLElement;
  await rendered(el);
  return el;
}

/** Whether the browser renders the element's content (false while content-visibility skips it). */
const renders = (el: HTMLElement) => el.shadowRoot!.firstElementChild!.checkVisibility({ contentVisibilityAuto: true });

describe('long pages', () => {
  before(() => ignoreResizeObserverLoop());
  afterEach(() => {
    document.body.replaceChildren();
    scrollTo(0, 0);
  });

  for (const tag of LONG) {
    it(`<${tag}> contains its painting, with room for a focus ring outside it`, async () => {
      const el = await belowTheFold(tag);
      const style = getComputedStyle(el);
      const inner = getComputedStyle(el.shadowRoot!.firstElementChild!);
      const ring = parseFloat(inner.getPropertyValue('--_focus-width')) + parseFloat(inner.getPropertyValue('--_focus-offset'));
      expect(ring, 'focus ring width + offset').to.be.greaterThan(0);
      // Where the engine has no overflow-clip-margin (WebKit), layout containment only: no clip at all.
      if (!CSS.supports('overflow-clip-margin', '8px')) {
        expect(style.contain, tag).to.equal('layout');
        return;
      }
      expect(style.contain, tag).to.contain('paint');
      expect(parseFloat(style.overflowClipMargin), `${tag}: overflow-clip-margin`).to.be.at.least(ring);
    });

    it(`<${tag}> off screen is rendered by default, and skipped with --ww-content-visibility: auto until scrolled to`, async () => {
      const always = await belowTheFold(tag);
      await frames(3);
      expect(renders(always), `${tag} by default`).to.equal(true);
      document.body.replaceChildren();

      const skipped = await belowTheFold(tag, '--ww-content-visibility: auto');
      await frames(3);
      expect(getComputedStyle(skipped).contentVisibility).to.equal('auto');
      expect(renders(skipped), `${tag} off screen, opted in`).to.equal(false);
      // Its text stays in the page (for assistive technology and find-in-page).
      expect(skipped.shadowRoot!.textContent!.trim().length).to.be.greaterThan(20);
      skipped.scrollIntoView();
      await frames(3);
      expect(renders(skipped), `${tag} scrolled into view`).to.equal(true);
    });
  }
});
