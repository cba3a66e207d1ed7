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
});
