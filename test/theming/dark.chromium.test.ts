// Chromium only (docs/ARCHITECTURE.md, "Chromium-only tests"): the user's prefers-color-scheme can be
// changed only through Chromium's DevTools protocol (media emulation). The rest of light and dark,
// which follows the page's color-scheme, is tested in every engine (dark.test.ts).
import { emulateMedia } from '@web/test-runner-commands';
import { expect } from '@open-wc/testing';
import '../../src/all.js';
import { elementMarkup, luminance, rendered } from './helpers.js';

/** A dossier overview in a piece of page with the given `color-scheme` (none: ''). */
async function overview(pageStyle: string): Promise<HTMLElement> {
  const wrapper = document.createElement('div');
  wrapper.setAttribute('style', `${pageStyle}; background: Canvas; color: CanvasText; padding: 1rem`);
  wrapper.innerHTML = elementMarkup('dossier-overview', '', 'community-organizing');
  document.body.append(wrapper);
  const el = wrapper.querySelector('dossier-overview') as HTMLElement;
  await rendered(wrapper.firstElementChild!);
  await rendered(el);
  return el;
}

describe('light and dark, as the user prefers (Chromium)', () => {
  afterEach(async () => {
    document.body.replaceChildren();
    await emulateMedia({ colorScheme: 'no-preference' });
  });

  it('on a page that allows both, the user’s prefers-color-scheme decides', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await overview('color-scheme: light dark');
    expect(luminance(getComputedStyle(el).color), 'light text on dark').to.be.greaterThan(0.6);
    await emulateMedia({ colorScheme: 'light' });
    expect(luminance(getComputedStyle(el).color), 'dark text on light').to.be.lessThan(0.1);
  });

  it('on a page that sets no color-scheme (a light canvas), the elements stay light even if the user prefers dark', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await overview('');
    expect(luminance(getComputedStyle(el).color), 'dark text').to.be.lessThan(0.1);
  });
});
