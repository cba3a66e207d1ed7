// Motion (docs/THEMING.md, "Fonts, motion"): state changes show at once by default; a page can ask
// for a fade with --ww-duration, which prefers-reduced-motion: reduce turns off again.
import { expect } from '@open-wc/testing';
import '../../src/all.js';
import type { DossierProvider } from '../../src/components/dossier-provider/dossier-provider.js';
import { frames } from '../helpers.js';
import { emulateReducedMotion } from '../../.storybook/reduced-motion.js';
import { rendered } from './helpers.js';

/** A provider with a comparator and a card; returns the fades an approach change starts in them. */
async function fadesOnApproachChange(style: string): Promise<string[]> {
  const wrapper = document.createElement('div');
  wrapper.setAttribute('style', style);
  wrapper.innerHTML = `<dossier-provider><approach-comparator layout="table"></approach-comparator><factor-card factor="informality"></factor-card></dossier-provider>`;
  document.body.append(wrapper);
  const provider = wrapper.firstElementChild as DossierProvider;
  const elements = [...provider.children] as HTMLElement[];
  for (const el of elements) await rendered(el);
  // A fade needs a style to start from: let the elements be drawn first.
  await frames(2);
  provider.approach = 'community-building';
  for (const el of elements) await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return elements.flatMap((el) => el.shadowRoot!.getAnimations().map((a) => `${el.localName} ${(a as CSSTransition).transitionProperty}`));
}

// prefers-reduced-motion: reduce as the elements' CSS sees it (their own media rules turned on), in
// every engine: only Chromium's protocol can emulate the media feature itself.
const TAGS = ['dossier-provider', 'approach-comparator', 'factor-card'];

describe('motion', () => {
  afterEach(() => {
    document.body.replaceChildren();
    emulateReducedMotion(false, TAGS);
  });

  it('changes state at once by default', async () => {
    expect(await fadesOnApproachChange('')).to.deep.equal([]);
  });

  it('fades the card and the active column with --ww-duration', async () => {
    const fades = await fadesOnApproachChange('--ww-duration: 150ms');
    expect(fades).to.include('factor-card border-top-color');
    expect(fades).to.include('approach-comparator background-color');
  });

  it('does not fade under prefers-reduced-motion: reduce, whatever --ww-duration says', async () => {
    emulateReducedMotion(true, TAGS);
    expect(await fadesOnApproachChange('--ww-duration: 150ms')).to.deep.equal([]);
  });
});
