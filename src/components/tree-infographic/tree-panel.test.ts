/**
 * The detail panel opens where the reader is looking, whatever opened it (issue 23, item 2).
 * The viewport is an iframe of a given size, so the test is engine-neutral.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { dossierCopy, until } from '../../../test/helpers.js';
import type { Dossier } from '../../model/types.js';
import type { DossierProvider } from '../dossier-provider/dossier-provider.js';
import type { TreeInfographic } from './tree-infographic.js';

let dossier: Dossier;

/** A page of `width` × `height` px with a tree, and a list of the same dossier below it (another element). */
async function page(width: number, height: number) {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0`;
  frame.srcdoc = `<!doctype html><html lang="nl"><body style="margin: 8px">
    <script type="module" src="/src/define/tree-infographic.ts"></script>
    <script type="module" src="/src/define/dossier-provider.ts"></script>
    <dossier-provider><tree-infographic id="tree"></tree-infographic><tree-infographic id="other" view="list"></tree-infographic></dossier-provider>
  </body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  wrapper.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  const doc = frame.contentDocument!;
  await until(() => !!win.customElements.get('tree-infographic') && !!win.customElements.get('dossier-provider'), 'the elements defined');
  (doc.querySelector('dossier-provider') as DossierProvider).dossier = dossier;
  const tree = doc.querySelector<TreeInfographic>('#tree')!;
  const other = doc.querySelector<TreeInfographic>('#other')!;
  await until(() => !!tree.shadowRoot?.querySelector('svg.ww-tree--screen .node--item'), 'the tree drawn');
  await tree.updateComplete;
  const node = (key: string) => tree.shadowRoot!.querySelector<SVGGElement>(`svg.ww-tree--screen .node[data-key="${key}"]`)!;
  const panel = () => tree.shadowRoot!.querySelector<HTMLElement>('[part~="panel"]');
  /** The panel is open and all of it inside the frame's viewport. */
  const inView = async (how: string) => {
    await until(() => !!panel(), `the panel open (${how})`);
    await tree.updateComplete;
    await new Promise((r) => win.requestAnimationFrame(r));
    const box = panel()!.getBoundingClientRect();
    const where = `${how} at ${width} × ${height}: panel ${Math.round(box.top)}–${Math.round(box.bottom)}, viewport 0–${win.innerHeight}`;
    expect(box.height, where).to.be.greaterThan(40);
    expect(box.top, where).to.be.at.least(0);
    expect(box.left, where).to.be.at.least(0);
    expect(box.bottom, where).to.be.at.most(win.innerHeight);
    expect(box.right, where).to.be.at.most(win.innerWidth);
  };
  return { win, tree, other, node, panel, inView };
}

describe('<tree-infographic> detail panel in view', () => {
  before(async () => {
    dossier = await dossierCopy();
  });

  for (const [width, height] of [
    [1440, 900],
    [1024, 700],
    [375, 667],
  ]) {
    it(`opens inside the viewport on a click, Enter and a selection made elsewhere, at ${width} × ${height}`, async () => {
      const p = await page(width, height);
      // A click on the first root, scrolled to the middle of the screen (the case at 1440 × 900).
      p.node('informality').scrollIntoView({ block: 'center' });
      p.node('informality').querySelector('.card')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await p.inView('click');
      expect(p.tree.shadowRoot!.querySelector('#panel-title')!.textContent).to.equal('Informaliteit');
      // A phone's sheet opened from the tree is modal: closed before the next node can have focus.
      if (p.panel()!.localName === 'dialog') {
        await sendKeys({ press: 'Escape' });
        await until(() => !p.panel(), 'the sheet closed');
      }

      // Enter on a node at the bottom of the screen.
      p.node('coalitions-networks').scrollIntoView({ block: 'end' });
      p.node('coalitions-networks').focus();
      await sendKeys({ press: 'Enter' });
      await until(() => p.tree.shadowRoot!.querySelector('#panel-title')?.textContent === 'Coalities en netwerken', 'the second item');
      await p.inView('Enter');
      if (p.panel()!.localName === 'dialog') {
        await sendKeys({ press: 'Escape' });
        await until(() => !p.panel(), 'the sheet closed');
      }

      // A selection made in another element, with the tree's top on screen and the item far below.
      p.win.scrollTo(0, 0);
      const button = [...p.other.shadowRoot!.querySelectorAll<HTMLButtonElement>('.list__name')].find((b) => b.textContent!.includes('Handelingsvermogen'))!;
      button.click();
      await until(() => p.tree.shadowRoot!.querySelector('#panel-title')?.textContent === 'Handelingsvermogen', 'the item chosen elsewhere');
      await p.inView('selection elsewhere');
    });
  }

  /** The element with focus inside the tree's shadow root. */
  const focused = (tree: TreeInfographic) => tree.shadowRoot!.activeElement as HTMLElement | SVGElement | null;

  it('keeps focus on the tree while the side panel is open; Tab goes into it, Escape there comes back to the node (non-modal)', async () => {
    const p = await page(1440, 900);
    p.node('informality').scrollIntoView({ block: 'center' });
    p.node('informality').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => !!p.panel(), 'the panel open');
    expect(p.panel()!.localName, 'a region, not a dialog').to.equal('section');
    expect(p.panel()!.matches(':modal')).to.equal(false);
    expect((focused(p.tree) as SVGGElement).dataset.key, 'focus stays on the node').to.equal('informality');
    // The arrow keys go on through the tree; the panel follows the selection only when one is made.
    await sendKeys({ press: 'ArrowDown' });
    expect((focused(p.tree) as SVGGElement).dataset.key, 'the arrow keys still move through the tree').not.to.equal('informality');
    expect(p.panel(), 'the panel stays open').to.exist;
    await sendKeys({ press: 'ArrowUp' });
    expect((focused(p.tree) as SVGGElement).dataset.key).to.equal('informality');
    await sendKeys({ press: 'Tab' });
    expect(p.panel()!.contains(focused(p.tree)), 'Tab moves into the panel').to.equal(true);
    await sendKeys({ press: 'Escape' });
    await until(() => !p.panel(), 'the panel closed');
    await until(() => (focused(p.tree) as SVGGElement | null)?.dataset?.key === 'informality', 'focus back on the node');
  });

  it('opens the phone sheet from the tree as a modal dialog: focus in it, the tree inert, Escape back to the node', async () => {
    const p = await page(375, 667);
    p.node('informality').scrollIntoView({ block: 'center' });
    p.node('informality').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => !!p.panel(), 'the sheet open');
    const sheet = p.panel()!;
    expect(sheet.localName).to.equal('dialog');
    expect(sheet.matches(':modal'), 'modal').to.equal(true);
    expect(sheet.getAttribute('aria-labelledby')).to.equal('panel-title');
    await until(() => focused(p.tree)?.getAttribute('part') === 'close-button', 'focus on the close button');
    // The tree behind is inert: a node cannot take focus.
    p.node('coalitions-networks').focus();
    expect(focused(p.tree)?.getAttribute('part'), 'focus stays in the sheet').to.equal('close-button');
    await sendKeys({ press: 'Tab' });
    expect(sheet.contains(focused(p.tree)), 'Tab stays in the sheet').to.equal(true);
    await sendKeys({ press: 'Escape' });
    await until(() => !p.panel(), 'the sheet closed');
    await until(() => (focused(p.tree) as SVGGElement | null)?.dataset?.key === 'informality', 'focus back on the node');

    // Opened by a selection made elsewhere, the sheet takes no focus: a non-modal region.
    const button = [...p.other.shadowRoot!.querySelectorAll<HTMLButtonElement>('.list__name')].find((b) => b.textContent!.includes('Handelingsvermogen'))!;
    button.focus();
    button.click();
    await until(() => p.tree.shadowRoot!.querySelector('#panel-title')?.textContent === 'Handelingsvermogen', 'the item chosen elsewhere');
    expect(p.panel()!.localName).to.equal('section');
    expect(p.other.shadowRoot!.activeElement, 'focus stays where the user is').to.equal(button);
  });
});
