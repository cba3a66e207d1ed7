/**
 * The tree on a phone (issue 23, item 3): a height a phone user can take in, its chrome compact and
 * still keyboard-complete. Engine-neutral: "a phone" is the element's width (a 375 px screen less the
 * demo page's 16 px margins), which is what its layout and its compact chrome follow.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../define/tree-infographic.js';
import { dossierCopy, until } from '../../../test/helpers.js';
import { localize } from '../../model/query.js';
import type { Dossier } from '../../model/types.js';
import type { TreeInfographic } from './tree-infographic.js';

/**
 * The whole element on a 375 px phone, caption, toolbar and legend included. It was 2,315 px, then 1,976 px
 * (about three screens of 667 px); now about 1,500 px in Chromium's fonts here. The bound leaves room for
 * another engine's sans-serif, no more.
 */
const PHONE_HEIGHT = 1550;

let dossier: Dossier;
const root = (el: TreeInfographic) => el.shadowRoot!;
const q = <T extends Element = HTMLElement>(el: TreeInfographic, selector: string) => root(el).querySelector<T>(selector)!;
const shown = (e: Element | null) => !!e && e.getClientRects().length > 0 && e.getBoundingClientRect().height > 0;
const active = (el: TreeInfographic) => root(el).activeElement as HTMLElement | null;

async function treeAt(width: number, lang = 'nl'): Promise<TreeInfographic> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang} style="width: ${width}px; font: 16px/1.5 system-ui, sans-serif"><tree-infographic .dossier=${dossier}></tree-infographic></div>`,
  );
  const el = wrapper.querySelector('tree-infographic')!;
  await until(() => !!root(el).querySelector(`svg.ww-tree--screen[width="${width}"] .node--item`), `the tree at ${width} px`);
  await el.updateComplete;
  return el;
}

/** Sets the width of the element's wrapper and waits for the drawing laid out at it. */
async function resize(el: TreeInfographic, width: number): Promise<void> {
  el.parentElement!.style.width = `${width}px`;
  await until(() => !!root(el).querySelector(`svg.ww-tree--screen[width="${width}"]`), `the tree at ${width} px`);
  await el.updateComplete;
}

const legendTitle = (el: TreeInfographic) => q(el, '[part~="legend"] .legend__state:not(.legend__state--off)').textContent ?? '';

describe('<tree-infographic> on a phone', () => {
  before(async () => {
    dossier = await dossierCopy();
  });

  it(`is at most ${PHONE_HEIGHT} px tall on a 375 px phone, with one toolbar row and the legend folded`, async () => {
    const el = await treeAt(343);
    const height = el.getBoundingClientRect().height;
    expect(height, `the element ${Math.round(height)} px`).to.be.at.most(PHONE_HEIGHT);
    // One row: the approach picker and "Meer" side by side; the wide controls not rendered.
    const pick = q(el, '.toolbar__pick');
    const more = q(el, '[part~="more-toggle"]');
    expect(shown(pick) && shown(more), 'picker and "Meer" shown').to.equal(true);
    expect(Math.abs(pick.getBoundingClientRect().top - more.getBoundingClientRect().top), 'on one row').to.be.below(12);
    expect(q(el, '[part~="toolbar"]').getBoundingClientRect().height, 'toolbar height').to.be.below(60);
    for (const b of root(el).querySelectorAll('[part~="approach-button"], [part~="download-toggle"]')) expect(shown(b), 'wide controls hidden').to.equal(false);
    // The legend behind its summary, closed.
    const legend = q<HTMLDetailsElement>(el, '[part~="legend-box"]');
    expect(legend.open).to.equal(false);
    expect(shown(q(el, '[part~="legend-toggle"]'))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('opens the legend from its summary with the keyboard, and keeps it open through an approach change', async () => {
    const el = await treeAt(343);
    const legend = q<HTMLDetailsElement>(el, '[part~="legend-box"]');
    q(el, '[part~="legend-toggle"]').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => legend.open, 'the legend open');
    expect(shown(q(el, '[part~="legend"]'))).to.equal(true);
    el.approach = 'community-organizing';
    await until(() => !!root(el).querySelector('svg.ww-tree--screen[data-emphasis]'), 'the emphasis shown');
    await el.updateComplete;
    expect(legend.open, 'still open').to.equal(true);
    expect(q(el, '.legend__state:not(.legend__state--off)').textContent).to.contain('Community Organizing');
    await sendKeys({ press: 'Enter' }); // the summary still has focus: closes it again
    await until(() => !legend.open, 'the legend closed');
  });

  it('chooses the approach in the select, and shows one chosen elsewhere in it', async () => {
    const el = await treeAt(343);
    const select = q<HTMLSelectElement>(el, '[part~="approach-select"]');
    const name = (select.labels?.[0]?.textContent ?? '').replace(/\s+/g, ' ').trim();
    expect(name, 'labelled').to.match(/^Nadruk van/);
    expect([...select.options].map((o) => o.textContent!.trim())).to.deep.equal(['Geen', ...dossier.approaches.map((a) => localize(a.name, 'nl'))]);
    select.value = 'community-building';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => !!root(el).querySelector('svg.ww-tree--screen[data-emphasis]'), 'the emphasis shown');
    expect(legendTitle(el)).to.contain(localize(dossier.approaches.find((a) => a.id === 'community-building')!.name, 'nl'));
    // Only the phone's controls are in the page: no second set for keyboards and screen readers.
    expect(root(el).querySelector('[part~="approach-button"]')).to.equal(null);
    // Chosen another way (a tablet turned: the wide buttons), then back on the phone: the select follows.
    await resize(el, 600);
    expect(root(el).querySelector('[part~="approach-select"]'), 'one set of controls').to.equal(null);
    expect(root(el).querySelector('[part~="approach-button"][aria-pressed="true"]')!.getAttribute('data-approach')).to.equal('community-building');
    root(el).querySelector<HTMLButtonElement>('[part~="approach-button"][data-approach="community-organizing"]')!.click();
    await resize(el, 343);
    expect(q<HTMLSelectElement>(el, '[part~="approach-select"]').value).to.equal('community-organizing');
    await resize(el, 600);
    root(el).querySelector<HTMLButtonElement>('[part~="approach-button"][data-approach=""]')!.click();
    await resize(el, 343);
    expect(q<HTMLSelectElement>(el, '[part~="approach-select"]').value).to.equal('');
    expect(root(el).querySelector('svg.ww-tree--screen[data-emphasis]')).to.equal(null);
  });

  it('holds the list view and the downloads behind "Meer": Enter opens it, Escape closes it and returns focus', async () => {
    const el = await treeAt(343);
    const more = q(el, '[part~="more-toggle"]');
    const details = more.parentElement as HTMLDetailsElement;
    more.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => details.open, '"Meer" open');
    const inside = [...details.querySelectorAll<HTMLButtonElement>('button')];
    expect(inside.map((b) => b.getAttribute('part'))).to.deep.equal(['view-button', 'download-button', 'download-button', 'download-button', 'download-button']);
    for (const b of inside) expect(shown(b), `${b.textContent!.trim()} shown`).to.equal(true);
    // The menu stays inside the element's width.
    const box = details.querySelector('.downloads__menu')!.getBoundingClientRect();
    const host = el.getBoundingClientRect();
    expect(box.left).to.be.at.least(host.left - 0.5);
    expect(box.right).to.be.at.most(host.right + 0.5);
    await sendKeys({ press: 'Tab' });
    expect(active(el), 'Tab goes into the menu').to.equal(inside[0]);
    await sendKeys({ press: 'Escape' });
    await until(() => !details.open, '"Meer" closed');
    expect(active(el), 'focus back on "Meer"').to.equal(more);
    // The list view from the menu.
    more.click();
    await until(() => details.open, '"Meer" open again');
    inside[0].click();
    await until(() => el.view === 'list', 'the list view');
    expect(inside[0].getAttribute('aria-pressed')).to.equal('true');
  });

  it('shows one line of the caption\'s summary and the rest on "Meer"; the figure is named by all of it', async () => {
    const el = await treeAt(343);
    const summary = q(el, '.caption__summary');
    const button = q<HTMLButtonElement>(el, '[part~="caption-more"]');
    const lineHeight = parseFloat(getComputedStyle(summary).lineHeight) || parseFloat(getComputedStyle(summary).fontSize) * 1.5;
    expect(summary.getBoundingClientRect().height, 'one line').to.be.below(lineHeight * 1.5);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(summary.textContent, 'all its text in the page').to.contain('Omgeving: wie doen het (14).');
    const figure = q(el, '[part~="figure"]');
    expect(figure.getAttribute('aria-labelledby')).to.equal('caption-title caption-summary');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => button.getAttribute('aria-expanded') === 'true', 'the summary shown whole');
    expect(summary.getBoundingClientRect().height, 'more lines').to.be.above(lineHeight * 2);
    expect(active(el), 'focus stays on the button').to.equal(button);
    expect(button.textContent!.trim()).to.equal('Minder');
  });

  it('is wide above a phone: the legend open without a summary, the approaches as buttons, no "Meer"', async () => {
    const el = await treeAt(600, 'en');
    const legend = q<HTMLDetailsElement>(el, '[part~="legend-box"]');
    expect(legend.open).to.equal(true);
    expect(shown(q(el, '[part~="legend"]'))).to.equal(true);
    for (const s of ['[part~="legend-toggle"]', '.toolbar__pick', '[part~="more-toggle"]', '[part~="caption-more"]']) expect(shown(q(el, s)), `${s} hidden`).to.equal(false);
    expect(shown(q(el, '[part~="approach-button"]'))).to.equal(true);
    expect(shown(q(el, '[part~="download-toggle"]'))).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
