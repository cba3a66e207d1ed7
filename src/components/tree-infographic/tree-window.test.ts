// A large tree draws only what is on screen and near it (see WINDOW_FROM in tree-infographic.ts).
// These tests hold it to what a user sees: whatever part of the tree is on screen is drawn, the
// keyboard reaches every item, a selection made elsewhere shows, and printing draws everything.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../define/dossier-provider.js';
import '../../define/tree-infographic.js';
import { dossierCopy, frames, until } from '../../../test/helpers.js';
import type { Dossier } from '../../model/types.js';
import { emphasisOf } from '../../model/query.js';
import type { DossierProvider } from '../dossier-provider/dossier-provider.js';
import type { TreeInfographic } from './tree-infographic.js';

const drawing = (el: TreeInfographic) => el.shadowRoot!.querySelector<SVGSVGElement>('svg.ww-tree--screen')!;
const drawnItems = (el: TreeInfographic) => [...drawing(el).querySelectorAll<SVGGElement>('.node--item')];
const keys = (el: TreeInfographic) => new Set(drawnItems(el).map((g) => g.dataset.key!));

/**
 * The real dossier with `n` factors: copies of the six, each with its own id and name, then the six
 * themselves, so that what the approaches emphasise lies at the far end of the roots.
 */
function withFactors(d: Dossier, n: number): Dossier {
  const copies = Array.from({ length: n - d.factors.length }, (_, i) => {
    const f = d.factors[i % d.factors.length];
    return { ...f, id: `${f.id}-${i}`, name: { nl: `${f.name.nl} ${i}`, en: `${f.name.en} ${i}` } };
  });
  return { ...d, factors: [...copies, ...d.factors] } as Dossier;
}

/** Where each item is drawn when everything is (as for printing), in page coordinates. */
async function fullBoxes(el: TreeInfographic): Promise<Map<string, { top: number; bottom: number }>> {
  window.dispatchEvent(new Event('beforeprint'));
  await el.updateComplete;
  const boxes = new Map(
    drawnItems(el).map((g) => {
      const box = g.getBoundingClientRect();
      return [g.dataset.key!, { top: box.top + scrollY, bottom: box.bottom + scrollY }];
    }),
  );
  window.dispatchEvent(new Event('afterprint'));
  await el.updateComplete;
  return boxes;
}

/** Keys of the items at least partly on screen now. */
function onScreen(boxes: Map<string, { top: number; bottom: number }>): string[] {
  return [...boxes].filter(([, b]) => b.bottom - scrollY > 0 && b.top - scrollY < innerHeight).map(([key]) => key);
}

async function settle(el: TreeInfographic): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await frames();
    await el.updateComplete;
  }
}

describe('<tree-infographic> with many items', () => {
  let big: Dossier;
  let total: number;
  let el: TreeInfographic;
  let provider: DossierProvider;
  before(async () => {
    big = withFactors(await dossierCopy(), 600);
    total = big.tree.parts.reduce((n, p) => n + big[p.holds].length, 0);
  });
  beforeEach(async () => {
    scrollTo(0, 0);
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="nl" style="width: 1100px"></div>`);
    provider = document.createElement('dossier-provider');
    provider.dossier = big;
    el = document.createElement('tree-infographic');
    provider.append(el);
    wrapper.append(provider);
    await until(() => !!el.shadowRoot?.querySelector('svg.ww-tree--screen .node--item'), 'the tree to be drawn');
    await settle(el);
  });
  afterEach(() => scrollTo(0, 0));

  it('draws every item on screen and only a few hundred of the 600+, wherever the page is scrolled', async () => {
    const boxes = await fullBoxes(el);
    expect(boxes.size, 'printing draws every item').to.equal(total);
    expect(drawing(el).hasAttribute('data-window')).to.be.true;
    expect(drawnItems(el).length).to.be.below(total / 2);
    const height = drawing(el).getBoundingClientRect().height;
    expect(height, 'the drawing is much taller than the screen').to.be.greaterThan(3 * innerHeight);
    for (const fraction of [0, 0.3, 0.62, 1]) {
      scrollTo(0, fraction * (document.documentElement.scrollHeight - innerHeight));
      await settle(el);
      const visible = onScreen(boxes);
      const drawn = keys(el);
      expect(visible.length, `items on screen at ${fraction}`).to.be.greaterThan(0);
      expect(visible.filter((key) => !drawn.has(key)), `undrawn items on screen at ${fraction}`).to.deep.equal([]);
      // Drawn labels match their cards: one label per drawn item, none for the others.
      const labels = [...drawing(el).querySelectorAll<SVGTextElement>('.labels .label--item')].map((t) => t.dataset.key!);
      expect(new Set(labels)).to.deep.equal(drawn);
    }
    await expect(el).to.be.accessible();
  });

  it('keeps drawing what scrolls into view after it is moved in the page', async () => {
    const boxes = await fullBoxes(el);
    // A resize asks for the drawn part to be measured in the next frame; the tree moves before it.
    window.dispatchEvent(new Event('resize'));
    const box = document.createElement('div');
    provider.append(box);
    box.append(el);
    await settle(el);
    scrollTo(0, document.documentElement.scrollHeight - innerHeight);
    await settle(el);
    const visible = onScreen(boxes);
    expect(visible.length, 'items on screen at the bottom').to.be.greaterThan(0);
    expect(visible.filter((key) => !keys(el).has(key)), 'undrawn items on screen at the bottom').to.deep.equal([]);
  });

  it('follows a scroller inside another shadow root', async () => {
    // An intranet's layout component: the tree inside a scrolling box in a shadow root, alone on the page.
    provider.parentElement!.remove();
    scrollTo(0, 0);
    const outer = await fixture<HTMLDivElement>(html`<div lang="nl" style="width: 1100px"></div>`);
    const shadow = outer.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div class="scroller" style="height: 600px; overflow: auto"></div>';
    const scroller = shadow.querySelector<HTMLDivElement>('.scroller')!;
    const inner = document.createElement('dossier-provider');
    inner.dossier = big;
    const boxed = document.createElement('tree-infographic');
    inner.append(boxed);
    scroller.append(inner);
    await until(() => !!boxed.shadowRoot?.querySelector('svg.ww-tree--screen .node--item'), 'the boxed tree to be drawn');
    await settle(boxed);
    const lastFactor = big.factors.at(-1)!;
    expect(keys(boxed).has(lastFactor.id), 'not drawn at the top').to.be.false;
    const g = () => drawing(boxed).querySelector<SVGGElement>(`.node[data-key="${lastFactor.id}"]`);
    // Scroll the box (not the page) to the end of the roots.
    scroller.scrollTop = scroller.scrollHeight;
    await settle(boxed);
    expect(keys(boxed).size, 'items drawn at the bottom').to.be.greaterThan(0);
    const rootsBottom = drawing(boxed).getBoundingClientRect().bottom;
    expect(rootsBottom, 'the box shows the end of the drawing').to.be.at.most(scroller.getBoundingClientRect().bottom + 1);
    expect(g(), 'the last factor, near the bottom, is drawn').to.exist;
  });

  it('brings an item off screen into view when the keyboard moves to it', async () => {
    // Reading order: … the roots' part, its 600 factors, the trunk's part …; from the trunk (near
    // the top), Up goes to the last factor, at the very bottom of the roots.
    const lastFactor = big.factors.at(-1)!;
    expect(keys(el).has(lastFactor.id), 'not drawn before').to.be.false;
    drawing(el).querySelector<SVGGElement>('.node[data-key="part:trunk"]')!.focus();
    await sendKeys({ press: 'ArrowUp' });
    const focused = () => el.shadowRoot!.activeElement?.getAttribute('data-key');
    await until(() => focused() === lastFactor.id, 'focus on the last factor');
    await settle(el);
    expect(focused()).to.equal(lastFactor.id);
    const box = el.shadowRoot!.activeElement!.getBoundingClientRect();
    expect(box.top, 'the focused item is on screen').to.be.at.least(0);
    expect(box.bottom).to.be.at.most(innerHeight);
    expect(el.shadowRoot!.activeElement!.getAttribute('tabindex'), 'and is the tab stop').to.equal('0');
    await sendKeys({ press: 'ArrowUp' });
    await until(() => focused() === big.factors.at(-2)!.id, 'focus on the factor before it');
    await sendKeys({ press: 'Home' });
    await until(() => focused() === 'part:heart', 'focus back on the first part');
    await settle(el);
    expect(el.shadowRoot!.activeElement!.getBoundingClientRect().top).to.be.at.least(0);
  });

  it('draws an item selected elsewhere, off screen, as selected', async () => {
    const far = big.factors.at(-3)!;
    expect(keys(el).has(far.id), 'not drawn before').to.be.false;
    provider.select({ id: far.id, kind: 'factor' });
    await settle(el);
    const g = drawing(el).querySelector(`.node[data-key="${far.id}"]`);
    expect(g, 'drawn once selected').to.exist;
    expect(g!.getAttribute('aria-selected')).to.equal('true');
  });

  it('shows the emphasis of the active approach on items drawn later, as scrolling reaches them', async () => {
    const approach = big.approaches[0];
    const weights = emphasisOf(big, approach.id);
    const original = big.factors.slice(-6).map((f) => f.id).filter((id) => weights.has(id));
    expect(original.length, 'the approach emphasises factors').to.be.greaterThan(0);
    expect(original.filter((id) => keys(el).has(id)), 'not drawn yet').to.deep.equal([]);
    provider.approach = approach.id;
    await settle(el);
    scrollTo(0, document.documentElement.scrollHeight);
    await settle(el);
    for (const id of original) {
      const g = drawing(el).querySelector(`.node[data-key="${id}"]`);
      expect(g, `${id} drawn at the bottom`).to.exist;
      expect(g!.getAttribute('data-weight'), id).to.equal(String(weights.get(id)!.weight));
      expect(g!.getAttribute('aria-label'), id).to.contain(',');
      expect(drawing(el).querySelector(`.badges .badge[data-key="${id}"]`)?.getAttribute('data-weight'), `${id} badge`).to.equal(String(weights.get(id)!.weight));
    }
  });
});
