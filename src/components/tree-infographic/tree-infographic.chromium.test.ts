// Chromium only (docs/ARCHITECTURE.md, "Chromium-only tests"): print emulation needs Chromium's
// DevTools protocol; Firefox over WebDriver BiDi and WebKit over WebDriver cannot switch to print
// media. The list for printing itself is tested in every engine (tree-infographic.test.ts, beforeprint).
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../define/tree-infographic.js';
import { dossierCopy, until } from '../../../test/helpers.js';
import type { Dossier, Item } from '../../model/types.js';
import type { TreeInfographic } from './tree-infographic.js';

const root = (el: TreeInfographic) => el.shadowRoot!;
const drawing = (el: TreeInfographic) => root(el).querySelector<SVGSVGElement>('svg.ww-tree--screen');

describe('<tree-infographic> in Chromium', () => {
  it('prints the tree and its list, without the controls', async () => {
    const dossier: Dossier = await dossierCopy();
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="nl" style="width: 1100px"></div>`);
    wrapper.innerHTML = '<tree-infographic></tree-infographic>';
    const el = wrapper.firstElementChild as TreeInfographic;
    el.dossier = dossier;
    // The hidden list for printing comes once the browser is idle after the first drawing.
    await until(() => root(el).querySelector('[part~="list"]') !== null, 'the list for printing');
    const items = dossier.tree.parts.flatMap((part) => dossier[part.holds] as readonly Item[]);
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(root(el).querySelector('[part~="toolbar"]')!).display).to.equal('none');
      expect(getComputedStyle(drawing(el)!).display).to.equal('block');
      const list = root(el).querySelector<HTMLElement>('[part~="list"]')!;
      expect(getComputedStyle(list).display).to.equal('block');
      expect(list.querySelectorAll('.list__item').length).to.equal(items.length);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(getComputedStyle(root(el).querySelector('[part~="list"]')!).display).to.equal('none');
  });

  it('prints the legend open and the caption whole, also from a phone where both are folded', async () => {
    const dossier: Dossier = await dossierCopy();
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="nl" style="width: 343px"><tree-infographic .dossier=${dossier}></tree-infographic></div>`);
    const el = wrapper.firstElementChild as TreeInfographic;
    await until(() => !!drawing(el)?.querySelector('.node--item'), 'the tree drawn');
    await el.updateComplete;
    const legend = root(el).querySelector<HTMLElement>('[part~="legend"]')!;
    const summary = root(el).querySelector<HTMLElement>('.caption__summary')!;
    expect(root(el).querySelector<HTMLDetailsElement>('[part~="legend-box"]')!.open, 'folded on the phone').to.equal(false);
    expect(legend.checkVisibility(), 'folded on the phone').to.equal(false);
    const oneLine = summary.getBoundingClientRect().height;
    // Emulated print sends no beforeprint: the styles alone must show them.
    await emulateMedia({ media: 'print' });
    try {
      expect(legend.checkVisibility(), 'the legend printed').to.equal(true);
      expect(legend.getBoundingClientRect().height, 'the legend printed').to.be.greaterThan(20);
      expect(legend.textContent).to.contain('Gestippelde rand');
      expect(getComputedStyle(root(el).querySelector('[part~="legend-toggle"]')!).display).to.equal('none');
      expect(getComputedStyle(root(el).querySelector('[part~="caption-more"]')!).display).to.equal('none');
      expect(summary.getBoundingClientRect().height, 'the whole summary').to.be.greaterThan(oneLine * 2);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(legend.checkVisibility(), 'folded again on screen').to.equal(false);
  });
});
