import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { accessibilityTree } from '../../../test/accessibility-tree.js';
import { pressTogether } from '../../../test/keys.js';
import '../../define/dossier-provider.js';
import '../../define/tree-infographic.js';
import { basisLabels, contrast, dossierCopy, until } from '../../../test/helpers.js';
import { emphasisOf, localize } from '../../model/query.js';
import type { Dossier, Item, Lang } from '../../model/types.js';
import type { DossierProvider } from '../dossier-provider/dossier-provider.js';
import type { TreeInfographic } from './tree-infographic.js';

const root = (el: TreeInfographic) => el.shadowRoot!;

const drawing = (el: TreeInfographic) => root(el).querySelector<SVGSVGElement>('svg.ww-tree--screen');
const nodes = (el: TreeInfographic) => [...root(el).querySelectorAll<SVGGElement>('svg.ww-tree--screen .node')];
const node = (el: TreeInfographic, key: string) => root(el).querySelector<SVGGElement>(`svg.ww-tree--screen .node[data-key="${key}"]`)!;
const active = (el: TreeInfographic) => root(el).activeElement as SVGGElement | null;
const panel = (el: TreeInfographic) => root(el).querySelector<HTMLElement>('[part~="panel"]');
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The drawn label of a node (in the labels layer, outside the ARIA tree). */
const labelOf = (g: Element) => g.closest('svg')!.querySelector(`.labels text[data-key="${(g as SVGGElement).dataset.key}"]`)!;
/** The lines of a drawn label: its tspans, or the text itself when it has one line. */
const linesOf = (label: Element): Element[] => {
  const spans = [...label.querySelectorAll('tspan')];
  return spans.length ? spans : [label];
};
/** The legend as shown: the one of its states that is visible. */
const legendText = (el: TreeInfographic) => {
  const shown = [...root(el).querySelectorAll('[part~="legend"] > *')].filter((s) => getComputedStyle(s).visibility === 'visible');
  expect(shown.length, 'one legend shown').to.equal(1);
  return text(shown[0]);
};
/** Label text as drawn: its lines, joined. */
const drawnLabel = (g: Element) => linesOf(labelOf(g)).map((t) => t.textContent).join(' ');
/** Compares wrapped text with the original: spaces and (soft) hyphens may differ, letters may not. */
const squash = (s: string) => s.replace(/[\s\-‐]/g, '');

/** Every node of what assistive technology is given, depth first (roles and names from the DOM, in any engine). */
const axNodes = accessibilityTree;
/** The accessible names of every node with `role` in the page. */
const axNames = async (role: string) => (await axNodes()).filter((n) => n.role === role && n.name).map((n) => n.name!);

/** Every item the tree should draw, in reading order, with its part. */
function placed(d: Dossier): { part: string; item: Item }[] {
  return d.tree.parts.flatMap((part) => (d[part.holds] as readonly Item[]).map((item) => ({ part: part.id, item })));
}

/** Every node key in reading order: each part, then its items. */
function readingOrder(d: Dossier): string[] {
  return d.tree.parts.flatMap((part) => [`part:${part.id}`, ...(d[part.holds] as readonly Item[]).map((i) => i.id)]);
}

async function ready(el: TreeInfographic, width?: number): Promise<void> {
  // A dossier just given is checked first: let that update replace what was drawn before.
  await el.updateComplete;
  await until(() => {
    const svg = drawing(el);
    return !!svg && !!svg.querySelector('.node--item') && (width === undefined || svg.getAttribute('width') === String(width));
  }, 'the tree to be drawn');
  await el.updateComplete;
}

/** A tree of `d` in a 1100 px wide box; `duration` sets the theme's `--ww-duration` (0s by default). */
async function tree(d: Dossier, lang: Lang = 'nl', attrs = '', duration?: string): Promise<TreeInfographic> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} style="width: 1100px"></div>`);
  if (duration) wrapper.style.setProperty('--ww-duration', duration);
  wrapper.innerHTML = `<tree-infographic ${attrs}></tree-infographic>`;
  const el = wrapper.firstElementChild as TreeInfographic;
  el.dossier = d;
  await ready(el);
  return el;
}

describe('<tree-infographic>', () => {
  let dossier: Dossier;
  before(async () => {
    dossier = await dossierCopy();
  });

  it('draws every item of the built-in dossier with its label, in Dutch and in English', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="nl" style="width: 1000px"><tree-infographic></tree-infographic></div>`);
    const el = wrapper.querySelector('tree-infographic')!;
    await ready(el);
    for (const lang of ['nl', 'en'] as const) {
      wrapper.lang = lang;
      await until(() => drawnLabel(node(el, 'social-cohesion')).startsWith(lang === 'nl' ? 'Sociale' : 'Social '), `labels in ${lang}`);
      await el.updateComplete;
      for (const { item } of placed(dossier)) {
        const g = node(el, item.id);
        expect(g, `node ${item.id}`).to.exist;
        const name = localize(item.name, lang);
        expect(squash(drawnLabel(g)), `${item.id} in ${lang}`).to.equal(squash(name));
        expect(g.getAttribute('aria-label')).to.equal(name);
        const box = g.getBoundingClientRect();
        expect(box.width, `${item.id} visible`).to.be.greaterThan(20);
      }
      for (const part of dossier.tree.parts) expect(drawnLabel(node(el, `part:${part.id}`))).to.contain(localize(part.name, lang));
      expect(text(root(el).querySelector('figcaption'))).to.contain(localize(dossier.meta.title, lang));
    }
    expect(nodes(el).length).to.equal(readingOrder(dossier).length);
  });

  it('fits any width from 320 to 1600 px: no label overlaps another or leaves its card or the drawing', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="nl"><tree-infographic></tree-infographic></div>`);
    const el = wrapper.querySelector('tree-infographic')!;
    el.dossier = dossier;
    for (const width of [320, 390, 600, 800, 1024, 1366, 1600]) {
      wrapper.style.width = `${width}px`;
      await ready(el, width);
      const svgBox = drawing(el)!.getBoundingClientRect();
      expect(svgBox.width).to.be.closeTo(width, 1);
      const cards = nodes(el).map((g) => ({ key: g.dataset.key!, box: g.querySelector(':scope > .card')!.getBoundingClientRect(), g }));
      for (const { key, box, g } of cards) {
        expect(box.left, `${key} at ${width}`).to.be.at.least(svgBox.left - 0.5);
        expect(box.right, `${key} at ${width}`).to.be.at.most(svgBox.right + 0.5);
        expect(box.top).to.be.at.least(svgBox.top - 0.5);
        expect(box.bottom).to.be.at.most(svgBox.bottom + 0.5);
        for (const line of linesOf(labelOf(g))) {
          const r = line.getBoundingClientRect();
          expect(r.left, `text of ${key} at ${width}`).to.be.at.least(box.left);
          expect(r.right, `text of ${key} at ${width}`).to.be.at.most(box.right);
          expect(r.top).to.be.at.least(box.top);
          expect(r.bottom).to.be.at.most(box.bottom);
        }
      }
      for (let i = 0; i < cards.length; i++)
        for (let j = i + 1; j < cards.length; j++) {
          const a = cards[i].box;
          const b = cards[j].box;
          const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
          expect(overlap, `${cards[i].key} and ${cards[j].key} overlap at ${width}px`).to.equal(false);
        }
    }
  });

  it('keeps its space while the dossier loads, so the page does not jump', async () => {
    const provider = await fixture<DossierProvider>(
      html`<dossier-provider src="/__test/slow?ms=600" style="display:block; width: 800px"><tree-infographic></tree-infographic></dossier-provider>`,
    );
    const el = provider.querySelector('tree-infographic')!;
    await el.updateComplete;
    expect(drawing(el)).to.equal(null);
    const reserved = el.getBoundingClientRect().height;
    expect(reserved).to.be.greaterThan(400);
    await ready(el);
    const drawn = el.getBoundingClientRect().height;
    expect(drawn / reserved, `reserved ${reserved}px, drawn ${drawn}px`).to.be.within(0.8, 1.25);
  });

  it('is one tab stop; arrows, Home and End reach every node in reading order, with a visible focus ring', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="nl" style="width: 1100px"><button id="before">voor</button><tree-infographic></tree-infographic><button id="after">na</button></div>`,
    );
    const el = wrapper.querySelector('tree-infographic')!;
    el.dossier = dossier;
    await ready(el);
    const svg = drawing(el)!;
    expect(svg.querySelectorAll('.node[tabindex="0"]').length).to.equal(1);
    // The toolbar comes first; from its last control (the downloads' disclosure, closed), one Tab enters the tree.
    const controls = [...root(el).querySelectorAll<HTMLElement>('[part~="toolbar"] :is(button, summary)')].filter((c) => !c.closest('details:not([open]) > :not(summary)'));
    expect(controls[controls.length - 1].getAttribute('part')).to.equal('download-toggle');
    controls[controls.length - 1].focus();
    await sendKeys({ press: 'Tab' });
    const order = readingOrder(dossier);
    expect(active(el)?.dataset.key).to.equal(order[0]);
    const seen: string[] = [];
    for (let i = 0; i < order.length; i++) {
      const focused = active(el)!;
      seen.push(focused.dataset.key!);
      expect(focused.matches(':focus-visible'), `${focused.dataset.key} focus visible`).to.equal(true);
      const ring = svg.querySelector<SVGRectElement>('.focus-ring__inner')!;
      expect(getComputedStyle(svg.querySelector('.focus-ring')!).display).not.to.equal('none');
      const card = focused.querySelector(':scope > .card')!.getBoundingClientRect();
      const r = ring.getBoundingClientRect();
      expect(r.left <= card.left && r.right >= card.right && r.top <= card.top && r.bottom >= card.bottom, 'ring around the node').to.equal(true);
      expect(svg.querySelectorAll('.node[tabindex="0"]').length).to.equal(1);
      await sendKeys({ press: 'ArrowDown' });
    }
    expect(seen).to.deep.equal(order);
    await sendKeys({ press: 'Home' });
    expect(active(el)?.dataset.key).to.equal(order[0]);
    await sendKeys({ press: 'End' });
    expect(active(el)?.dataset.key).to.equal(order[order.length - 1]);
    // Right goes into a part, Left back out; Left on an open part closes it, Right opens it.
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowRight' });
    expect(active(el)?.dataset.key).to.equal(order[1]);
    await sendKeys({ press: 'ArrowLeft' });
    expect(active(el)?.dataset.key).to.equal(order[0]);
    await sendKeys({ press: 'ArrowLeft' });
    expect(active(el)?.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'ArrowDown' });
    expect(active(el)?.dataset.key, 'skips the closed part').to.equal(`part:${dossier.tree.parts[1].id}`);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowRight' });
    expect(active(el)?.getAttribute('aria-expanded')).to.equal('true');
    // Type-ahead: a letter moves to the next node whose name starts with it.
    await sendKeys({ press: 'w' });
    expect(drawnLabel(active(el)!).toLowerCase().startsWith('w')).to.equal(true);
    // One tab stop: Tab leaves the tree (no panel is open, so it leaves the element), Shift+Tab comes back.
    const last = active(el)!.dataset.key;
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.id).to.equal('after');
    await pressTogether('Shift', 'Tab');
    expect(active(el)?.dataset.key, 'back on the node last focused').to.equal(last);
  });

  it('gives its keys as the tree’s description only: not as text read in browse mode, nor beside the list view', async () => {
    const el = await tree(dossier);
    const hint = 'Pijltjestoetsen omhoog en omlaag';
    let ax = await axNodes();
    expect(ax.find((n) => n.role === 'tree')?.description ?? '', 'the tree’s description').to.contain(hint);
    expect(ax.filter((n) => n.name?.includes(hint)), 'as text').to.deep.equal([]);
    root(el).querySelector<HTMLButtonElement>('[part~="view-button"]')!.click();
    await el.updateComplete;
    ax = await axNodes();
    expect(ax.filter((n) => n.name?.includes(hint) || n.description?.includes(hint)), 'list view').to.deep.equal([]);
  });

  it('takes the items of a closed part out of what assistive technology is given, and gives them back when it opens', async () => {
    const el = await tree(dossier);
    const heart = dossier.tree.parts[0];
    const items = dossier[heart.holds].map((i) => localize(i.name, 'nl'));
    const names = () => axNames('treeitem');
    const shown = (all: string[]) => items.filter((name) => all.some((n) => n.startsWith(name)));
    expect(shown(await names()), 'open').to.deep.equal(items);
    node(el, `part:${heart.id}`).focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(node(el, `part:${heart.id}`).getAttribute('aria-expanded')).to.equal('false');
    await el.updateComplete;
    expect(shown(await names()), 'closed').to.deep.equal([]);
    await sendKeys({ press: 'ArrowRight' });
    expect(shown(await names()), 'open again').to.deep.equal(items);
  });

  it('shows a part that holds nothing as a leaf: no expanded state, no empty group, arrows pass it by', async () => {
    const d = await dossierCopy();
    d.actors = [];
    const el = await tree(d);
    const surroundings = d.tree.parts.find((p) => p.holds === 'actors')!;
    const empty = node(el, `part:${surroundings.id}`);
    expect(empty.hasAttribute('aria-expanded'), 'no aria-expanded').to.equal(false);
    expect(empty.querySelector('[role="group"]'), 'no group').to.equal(null);
    const full = node(el, `part:${d.tree.parts.find((p) => p.holds === 'goals')!.id}`);
    expect(full.getAttribute('aria-expanded')).to.equal('true');
    expect(full.querySelector('[role="group"]')).to.exist;
    empty.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(active(el)?.dataset.key, 'Right stays on an empty part').to.equal(`part:${surroundings.id}`);
    expect(empty.hasAttribute('aria-expanded')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('selects with Enter and click: fires item-select, opens the details, and a second tree under the same provider shows it', async () => {
    const d = await dossierCopy();
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="nl" style="width: 1100px">
      <dossier-provider .dossier=${d}><tree-infographic id="a"></tree-infographic><tree-infographic id="b"></tree-infographic></dossier-provider>
    </div>`);
    const a = wrapper.querySelector<TreeInfographic>('#a')!;
    const b = wrapper.querySelector<TreeInfographic>('#b')!;
    await ready(a);
    await ready(b);
    node(a, 'informality').focus();
    const fired = oneEvent(document, 'item-select');
    await sendKeys({ press: 'Enter' });
    const event = await fired;
    expect(event.detail).to.deep.equal({ id: 'informality', kind: 'factor' });
    expect(event.bubbles && event.composed).to.equal(true);
    await a.updateComplete;
    await b.updateComplete;
    const factor = d.factors.find((f) => f.id === 'informality')!;
    for (const el of [a, b]) {
      expect(node(el, 'informality').getAttribute('aria-selected')).to.equal('true');
      const p = panel(el)!;
      expect(p, 'panel open').to.exist;
      expect(text(p.querySelector('#panel-title'))).to.equal('Informaliteit');
      expect(text(p)).to.contain(localize(factor.statements[0].text, 'nl'));
      // Which approaches emphasise it, how strongly, with the interpretation label and sources.
      for (const approach of d.approaches) {
        const e = emphasisOf(d, approach.id).get('informality');
        if (e) expect(text(p)).to.contain(localize(approach.name, 'nl'));
      }
      expect(text(p)).to.match(/centraal|duidelijk|aanwezig/);
      expect(p.querySelector('[part~="basis-interpretation"]'), 'interpretation label').to.exist;
      expect(p.querySelector('[part~="sources"]')).to.exist;
    }
    expect(active(a)?.dataset.key, 'focus stays on the node').to.equal('informality');
    const status = root(a).querySelector('[role="status"]')!;
    const said = status.textContent;
    expect(text(status)).to.contain('Informaliteit');
    const closed = oneEvent(document, 'item-select');
    await sendKeys({ press: 'Escape' });
    expect((await closed).detail).to.deep.equal({ id: null, kind: null });
    await a.updateComplete;
    await b.updateComplete;
    expect(panel(a)).to.equal(null);
    expect(panel(b)).to.equal(null);
    // Selected again: the status region's text changes, so that a screen reader says it again.
    await sendKeys({ press: 'Enter' });
    await a.updateComplete;
    expect(text(status)).to.contain('Informaliteit');
    expect(status.textContent, 'said again').not.to.equal(said);
    await sendKeys({ press: 'Escape' });
    await a.updateComplete;
    // A click selects too; here in the second tree, and the first one follows.
    const clicked = oneEvent(b, 'item-select');
    (node(b, 'democracy-voice').querySelector('.card') as SVGRectElement).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect((await clicked).detail).to.deep.equal({ id: 'democracy-voice', kind: 'goal' });
    await a.updateComplete;
    expect(node(a, 'democracy-voice').getAttribute('aria-selected')).to.equal('true');
    expect(text(panel(a)!.querySelector('#panel-title'))).to.equal('Democratie en zeggenschap');
  });

  it('keeps the node with keyboard focus in sight: the side panel moves to the other half when it covers it', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="nl" style="width: 1280px">
      <dossier-provider .dossier=${dossier}><tree-infographic></tree-infographic></dossier-provider>
    </div>`);
    const el = wrapper.querySelector<TreeInfographic>('tree-infographic')!;
    await ready(el);
    const covered = (key: string) => {
      const p = panel(el)!.getBoundingClientRect();
      const n = node(el, key).getBoundingClientRect();
      return Math.max(0, Math.min(p.right, n.right) - Math.max(p.left, n.left)) * Math.max(0, Math.min(p.bottom, n.bottom) - Math.max(p.top, n.top));
    };
    const [left, , right] = dossier.goals.map((g) => g.id);
    expect(node(el, left).getBoundingClientRect().right).to.be.below(node(el, right).getBoundingClientRect().left);
    node(el, right).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(panel(el), 'panel open').to.exist;
    expect(panel(el)!.classList.contains('panel--side')).to.equal(true);
    expect(covered(right), 'the panel beside its node').to.equal(0);
    // Focus moves to the goal on the other side, under the panel's first place: the panel moves over.
    node(el, left).focus();
    await el.updateComplete;
    expect(active(el)?.dataset.key).to.equal(left);
    expect(covered(left), 'the focused node uncovered').to.equal(0);
    expect(text(panel(el)!.querySelector('#panel-title')), 'still the selected item').to.equal(localize(dossier.goals[2].name, 'nl'));
    // And back, when focus returns to the other side.
    node(el, right).focus();
    await el.updateComplete;
    expect(covered(right)).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('shows a short description on hover and on focus, and Escape hides it', async () => {
    const el = await tree(dossier);
    const tip = root(el).querySelector<HTMLElement>('[role="tooltip"]')!;
    expect(tip.hidden).to.equal(true);
    const goal = dossier.goals[0];
    node(el, goal.id).querySelector('.card')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await until(() => !tip.hidden, 'tooltip on hover');
    expect(text(tip)).to.contain(localize(goal.summary, 'nl'));
    const factor = dossier.factors[1];
    node(el, factor.id).focus();
    expect(tip.hidden).to.equal(false);
    expect(text(tip)).to.contain(localize(factor.summary, 'nl'));
    // What a screen reader says of the focused node: its name, then the tooltip's text as the description,
    // without the name again; in the language the element shows, also after it changes.
    const focused = async () => (await axNodes()).find((n) => n.focused)!;
    let ax = await focused();
    expect(ax.name).to.equal(localize(factor.name, 'nl'));
    expect(ax.description).to.contain(localize(factor.summary, 'nl'));
    expect(ax.description!.startsWith(localize(factor.name, 'nl')), 'no name again').to.equal(false);
    el.parentElement!.lang = 'en';
    await until(() => text(tip).includes(localize(factor.summary, 'en')), 'the tooltip in English');
    ax = await focused();
    expect(ax.name).to.equal(localize(factor.name, 'en'));
    expect(ax.description).to.contain(localize(factor.summary, 'en'));
    await sendKeys({ press: 'Escape' });
    expect(tip.hidden).to.equal(true);
  });

  it('hides a tooltip the pointer showed when Escape is pressed with focus elsewhere', async () => {
    const el = await tree(dossier);
    const tip = root(el).querySelector<HTMLElement>('[role="tooltip"]')!;
    const outside = document.createElement('button');
    outside.textContent = 'Elders op de pagina';
    el.parentElement!.append(outside);
    outside.focus();
    node(el, dossier.goals[0].id).querySelector('.card')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await until(() => !tip.hidden, 'tooltip on hover');
    await sendKeys({ press: 'Escape' });
    expect(tip.hidden, 'hidden by Escape').to.equal(true);
    expect(document.activeElement, 'focus stays where it was').to.equal(outside);
  });

  it('opens the details of a part of the tree: where the placement comes from, marked as interpretation', async () => {
    const el = await tree(dossier);
    const trunk = dossier.tree.parts.find((p) => p.region === 'trunk')!;
    let fired = false;
    el.addEventListener('item-select', () => (fired = true));
    node(el, `part:${trunk.id}`).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const p = panel(el)!;
    expect(text(p.querySelector('#panel-title'))).to.contain(localize(trunk.name, 'nl'));
    expect(text(p)).to.contain(localize(trunk.note!, 'nl'));
    expect(p.querySelector('[part~="basis-interpretation"]')).to.exist;
    expect(node(el, `part:${trunk.id}`).getAttribute('aria-selected')).to.equal('true');
    expect(fired, 'a part is not an item: no item-select').to.equal(false);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(panel(el)).to.equal(null);
  });

  it('says in the name of a part or item drawn dashed that it is our interpretation, as the legend says of the dashes', async () => {
    const d = await dossierCopy();
    const factor = d.factors[2];
    (factor as { basis: string }).basis = 'interpretation';
    const el = await tree(d, 'nl', 'approach="community-organizing"');
    const names = () => axNames('treeitem');
    const nameOf = (all: string[], start: string) => all.find((n) => n.startsWith(start)) ?? `(no treeitem named ${start}…)`;
    const check = async (lang: Lang, note: string) => {
      const all = await names();
      for (const part of d.tree.parts) {
        const name = nameOf(all, localize(part.name, lang));
        if (part.basis === 'interpretation') expect(name, part.id).to.contain(`, ${note}`);
        else expect(name, part.id).not.to.contain(note);
      }
      // An item of our own reading says so before the active approach's weight, which stays said.
      const weight = emphasisOf(d, 'community-organizing').get(factor.id)?.weight;
      const name = nameOf(all, localize(factor.name, lang));
      expect(name.startsWith(`${localize(factor.name, lang)}, ${note}`), name).to.equal(true);
      if (weight) expect(name.length).to.be.greaterThan(`${localize(factor.name, lang)}, ${note}`.length);
      expect(nameOf(all, localize(d.factors[0].name, lang))).not.to.contain(note);
    };
    expect(d.tree.parts.some((p) => p.basis === 'interpretation') && d.tree.parts.some((p) => p.basis !== 'interpretation')).to.equal(true);
    await check('nl', 'onze interpretatie');
    el.parentElement!.lang = 'en';
    await until(() => drawing(el)?.querySelector('.tree')?.getAttribute('aria-label')?.endsWith('the tree') ?? false, 'the tree in English');
    await el.updateComplete;
    await check('en', 'our interpretation');
  });

  it('highlights exactly what the active approach emphasises, by weight, dims the rest and shows a legend; restyles without laying out again', async () => {
    const el = await tree(dossier, 'nl', 'approach="community-organizing"');
    const check = (approach: string) => {
      const emphasis = emphasisOf(dossier, approach);
      expect(emphasis.size).to.be.greaterThan(0);
      const svg = drawing(el)!;
      for (const g of svg.querySelectorAll<SVGGElement>('.node--item')) {
        const id = g.dataset.id!;
        const e = emphasis.get(id);
        expect(g.getAttribute('data-weight'), id).to.equal(e ? String(e.weight) : null);
        // Dimmed: the card's outline fades, the card stays opaque (issue 23: the trunk showed through).
        const opacity = Number(getComputedStyle(g.querySelector(':scope > .card')!).strokeOpacity);
        expect(Number(getComputedStyle(g).opacity), `${id} opaque`).to.equal(1);
        if (e || id === approach) expect(opacity, `${id} not dimmed`).to.equal(1);
        else expect(opacity, `${id} dimmed`).to.be.lessThan(0.6);
      }
      // A dimmed item's label stays readable: not faded, 4.5:1 on its card.
      for (const label of svg.querySelectorAll<SVGTextElement>('.labels .label--item')) {
        const id = label.dataset.key!;
        if (emphasis.has(id) || id === approach) continue;
        expect(Number(getComputedStyle(label).opacity), `${id} label not faded`).to.equal(1);
        // On its card's fill, or, where the card has none (the people around the tree), on the background.
        const fill = getComputedStyle(svg.querySelector(`.node[data-key="${id}"] > .card`)!).fill;
        const under = /^rgba\(.*,\s*0\)$/.test(fill) ? getComputedStyle(svg.querySelector('.node--part > .card')!).fill : fill;
        expect(contrast(getComputedStyle(label).fill, under), `${id} label contrast`).to.be.at.least(4.5);
      }
      // A badge shows on each emphasised node, with as many dots filled as its weight.
      const shown = [...svg.querySelectorAll<SVGGElement>('.badge')].filter((b) => getComputedStyle(b).display !== 'none');
      expect(shown.map((b) => b.dataset.key).sort()).to.deep.equal([...emphasis.keys()].sort());
      for (const b of shown) {
        const on = [...b.querySelectorAll('.badge__dot')].filter((c) => getComputedStyle(c).fill !== getComputedStyle(b.querySelector('.badge__pill')!).fill);
        expect(on.length, `${b.dataset.key} dots`).to.equal(emphasis.get(b.dataset.key!)!.weight);
      }
      const name = localize(dossier.approaches.find((a) => a.id === approach)!.name, 'nl');
      expect(legendText(el)).to.contain(`Nadruk van ${name}`);
      expect(legendText(el)).to.contain('centraal');
    };
    check('community-organizing');
    const layouts = el.layoutCount;
    const before = nodes(el);
    const changed = oneEvent(el, 'approach-change');
    root(el).querySelector<HTMLButtonElement>('[part~="approach-button"][data-approach="community-building"]')!.click();
    expect((await changed).detail).to.deep.equal({ approach: 'community-building' });
    await el.updateComplete;
    check('community-building');
    expect(el.layoutCount, 'no new layout').to.equal(layouts);
    expect(nodes(el)).to.deep.equal(before);
    root(el).querySelector<HTMLButtonElement>('[part~="approach-button"][data-approach=""]')!.click();
    await el.updateComplete;
    expect(drawing(el)!.querySelectorAll('.node[data-weight], .badge[data-weight]').length).to.equal(0);
    expect([...drawing(el)!.querySelectorAll('.badge')].filter((b) => getComputedStyle(b).display !== 'none'), 'no badge shown').to.deep.equal([]);
    expect(drawing(el)!.hasAttribute('data-emphasis')).to.equal(false);
  });

  it('keeps the drawing in place when an approach is chosen or dropped, at any width: the legend keeps the room of its tallest state', async () => {
    for (const width of [1100, 700, 360]) {
      const el = await tree(dossier);
      el.parentElement!.style.width = `${width}px`;
      await ready(el, width);
      // The legend's other states join once the browser is idle after the first drawing.
      await until(() => root(el).querySelectorAll('[part~="legend"] > *').length === dossier.approaches.length + 1, 'the legend’s other states');
      // Where the drawing sits in the element (the page's scroll anchoring would hide a move in the viewport).
      const top = () => drawing(el)!.getBoundingClientRect().top - el.getBoundingClientRect().top;
      const start = top();
      for (const approach of [...dossier.approaches.map((a) => a.id), '']) {
        root(el).querySelector<HTMLButtonElement>(`[part~="approach-button"][data-approach="${approach}"]`)!.click();
        await el.updateComplete;
        expect(legendText(el), `${width} px, ${approach || 'none'}`).to.contain(approach ? 'Nadruk van' : 'Kies een benadering');
        expect(top(), `${width} px, ${approach || 'none'}: the drawing moved`).to.equal(start);
      }
    }
    // The buttons' names are their labels, once (the copy that keeps a pressed button's size is not read).
    const buttons = await axNames('button');
    for (const a of dossier.approaches) expect(buttons, 'button names').to.include(localize(a.name, 'nl'));
    expect(buttons).to.include('Toon als lijst');
  });

  it('shows the badges of an approach chosen before the browser was idle, also after going back to none and on; what joins when idle moves nothing', async () => {
    // The browser held busy: idle callbacks wait until the test runs them.
    const waiting: IdleRequestCallback[] = [];
    const original = window.requestIdleCallback;
    window.requestIdleCallback = (cb) => waiting.push(cb);
    // Both replaced: whenIdle takes the pair only (WebKit has no cancelIdleCallback of its own).
    const cancelIdle = window.cancelIdleCallback;
    window.cancelIdleCallback = () => {};
    try {
      const el = await tree(dossier);
      const button = (id: string) => root(el).querySelector<HTMLButtonElement>(`[part~="approach-button"][data-approach="${id}"]`)!;
      const shown = () =>
        [...drawing(el)!.querySelectorAll<SVGGElement>('.badge')]
          .filter((b) => getComputedStyle(b).display !== 'none')
          .map((b) => `${b.dataset.key}:${b.dataset.weight}`)
          .sort();
      const expected = (id: string) => [...emphasisOf(dossier, id)].map(([key, e]) => `${key}:${e.weight}`).sort();
      expect(drawing(el)!.querySelectorAll('.badge').length, 'no badges before idle').to.equal(0);
      // Where the drawing sits in the element (the page's scroll anchoring would hide a move in the viewport).
      const offset = () => drawing(el)!.getBoundingClientRect().top - el.getBoundingClientRect().top;
      const top = offset();
      button('community-development').click();
      await el.updateComplete;
      expect(shown()).to.deep.equal(expected('community-development'));
      button('').click();
      await el.updateComplete;
      expect(shown()).to.deep.equal([]);
      expect(waiting.length, 'idle work asked for').to.be.greaterThan(0);
      for (const cb of waiting.splice(0)) cb({ didTimeout: false, timeRemaining: () => 50 });
      await el.updateComplete;
      // What joined when idle (the legend's samples, the badges, the list for printing) moved nothing.
      expect(offset(), 'the drawing moved when the browser was idle').to.equal(top);
      expect(root(el).querySelectorAll('[part~="legend"] svg').length, 'every legend state drawn whole').to.be.greaterThan(5);
      button('community-organizing').click();
      await el.updateComplete;
      expect(shown()).to.deep.equal(expected('community-organizing'));
    } finally {
      window.requestIdleCallback = original;
      window.cancelIdleCallback = cancelIdle;
    }
  });

  it('follows an approach chosen elsewhere on the page (the provider)', async () => {
    const d = await dossierCopy();
    const provider = await fixture<DossierProvider>(html`<dossier-provider .dossier=${d}><tree-infographic></tree-infographic></dossier-provider>`);
    const el = provider.querySelector('tree-infographic')!;
    await ready(el);
    provider.approach = 'community-development';
    await until(() => drawing(el)!.querySelectorAll('.node[data-weight]').length === emphasisOf(d, 'community-development').size, 'highlight');
    // With their badges, at once or once the browser is idle.
    const weighted = () => [...drawing(el)!.querySelectorAll<SVGGElement>('.badge[data-weight]')].map((b) => `${b.dataset.key}:${b.dataset.weight}`);
    const expected = [...emphasisOf(d, 'community-development')].map(([id, e]) => `${id}:${e.weight}`).sort();
    expect(weighted().sort()).to.deep.equal(expected);
    provider.approach = 'community-building';
    const building = [...emphasisOf(d, 'community-building')].map(([id, e]) => `${id}:${e.weight}`).sort();
    await until(() => weighted().sort().join() === building.join(), 'the badges of another approach');
  });

  it('says in its legend, and warns once, when the approach asked for is not in the dossier', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const d = await dossierCopy();
      const provider = await fixture<DossierProvider>(html`<dossier-provider lang="nl" .dossier=${d} approach="no-such-approach"
        ><tree-infographic></tree-infographic
      ></dossier-provider>`);
      const el = provider.querySelector('tree-infographic')!;
      await ready(el);
      const legend = () => legendText(el);
      expect(legend()).to.match(/^Onbekende benadering: "no-such-approach" staat niet in het dossier\. /);
      expect(drawing(el)!.querySelector('[data-current], .node[data-weight]')).to.equal(null);
      el.requestUpdate();
      await el.updateComplete;
      // Said once, by the provider whose approach it is.
      expect(warnings.map((w) => String(w[0]))).to.deep.equal([
        '[wat-werkt] <dossier-provider>: unknown approach "no-such-approach"; known: community-development, community-building, community-organizing.',
      ]);
      provider.approach = 'community-building';
      await until(() => legend().includes('Community Building'), 'the legend of a known approach');
      expect(legend()).to.not.contain('Onbekende');
      // Alone, the tree says it of its own attribute, in English too.
      const alone = await tree(d, 'en', 'approach="nope"');
      expect(legendText(alone)).to.match(/^Unknown approach: "nope" is not in the dossier\. /);
      expect(String(warnings.at(-1)![0])).to.equal(
        '[wat-werkt] <tree-infographic>: unknown approach "nope"; known: community-development, community-building, community-organizing.',
      );
      expect(warnings.length).to.equal(2);
    } finally {
      console.warn = warn;
    }
  });

  it('shows the same items as a nested list', async () => {
    const el = await tree(dossier);
    const drawn = nodes(el)
      .filter((g) => g.classList.contains('node--item'))
      .map((g) => g.dataset.id);
    const toggle = root(el).querySelector<HTMLButtonElement>('[part~="view-button"]')!;
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    const list = root(el).querySelector<HTMLElement>('[part~="list"]')!;
    expect(list.hidden).to.equal(false);
    expect(root(el).querySelector<HTMLElement>('[part~="stage"]')!.hidden).to.equal(true);
    const items = [...list.querySelectorAll<HTMLLIElement>('.list__item')];
    expect(items.map((li) => li.dataset.id)).to.deep.equal(drawn);
    for (const li of items) {
      const item = placed(dossier).find((p) => p.item.id === li.dataset.id)!.item;
      expect(text(li.querySelector('.list__name'))).to.equal(localize(item.name, 'nl'));
    }
    expect(list.querySelectorAll(':scope > ul > li').length).to.equal(dossier.tree.parts.length);
    // What its labels mean, in words below the list.
    const { shown, explained } = basisLabels(list);
    expect(shown.length).to.be.greaterThan(0);
    expect(explained.map(([label]) => label).sort()).to.deep.equal(shown);
    await expect(el).to.be.accessible();
  });

  it('says in each item’s details what the labels there mean', async () => {
    const el = await tree(dossier);
    const labelled = new Set<string>();
    for (const { item } of placed(dossier)) {
      node(el, item.id).focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const { shown, explained } = basisLabels(panel(el)!);
      expect(explained.map(([label]) => label).sort(), item.id).to.deep.equal(shown);
      for (const label of shown) labelled.add(label);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
    }
    expect([...labelled].sort(), 'both kinds checked').to.deep.equal(['Interpretatie', 'Uit de lezing']);
  });

  it('shows each summary with its label in the details, and what the dossier label means where a part shows it', async () => {
    const el = await tree(dossier);
    const gloss = dossier.actors.find((a) => a.summaryBasis === 'interpretation')!;
    node(el, gloss.id).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text(panel(el)!.querySelector('.panel__summary'))).to.equal(`Interpretatie ${gloss.summary.nl}`);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    const heart = dossier.tree.parts.find((p) => p.basis === 'dossier')!;
    node(el, `part:${heart.id}`).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const { explained } = basisLabels(panel(el)!);
    expect(explained.find(([label]) => label === 'Uit het dossier')?.[1]).to.contain('aankondiging').and.contain('het dossier zelf hadden wij niet');
  });

  it('says below the toolbar, to screen readers and on the console when a download did not work, until the next one', async () => {
    const el = await tree(dossier);
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
    const shown = () => root(el).querySelector<HTMLElement>('[part~="export-error"]');
    try {
      el.toPNG = () => Promise.reject(new Error('no canvas here'));
      root(el).querySelector<HTMLButtonElement>('[part~="download-button"][data-format="png"]')!.click();
      await until(() => !!shown(), 'message shown');
      const message = 'Downloaden als PNG is niet gelukt. Probeer het nog eens of kies SVG.';
      expect(text(shown())).to.equal(message);
      expect(shown()!.getBoundingClientRect().height, 'visible').to.be.greaterThan(0);
      expect(text(root(el).querySelector('[role="status"]'))).to.contain(message);
      expect(errors.join('\n')).to.contain('export as PNG failed').and.contain('no canvas here');
      await expect(el).to.be.accessible();

      // The next download says its own outcome: here the SVG one fails too.
      el.toSVG = () => Promise.reject(new Error('no SVG either'));
      root(el).querySelector<HTMLButtonElement>('[part~="download-button"][data-format="svg"]')!.click();
      await until(() => text(shown()).includes('SVG is niet gelukt'), 'the SVG message');
      expect(text(shown())).to.equal('Downloaden als SVG is niet gelukt. Probeer het nog eens.');
    } finally {
      console.error = original;
    }
  });

  it('passes axe in its default, selected, highlighted and list states', async () => {
    const el = await tree(dossier);
    await expect(el).to.be.accessible();
    node(el, 'capacity-to-act').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(panel(el)).to.exist;
    await expect(el).to.be.accessible();
    el.approach = 'community-development';
    await el.updateComplete;
    expect(drawing(el)!.querySelectorAll('.node[data-weight]').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
    el.view = 'list';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('reflows its list on a 320 px screen (288 px inside the page margins) with an approach active: nothing sticks out sideways (WCAG 1.4.10)', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="nl" style="width: 288px"></div>`);
    wrapper.innerHTML = '<tree-infographic view="list" approach="community-development"></tree-infographic>';
    const el = wrapper.firstElementChild as TreeInfographic;
    el.dossier = dossier;
    await until(() => root(el).querySelectorAll('[part~="list"] .weight').length > 0, 'the list with weights');
    await el.updateComplete;
    const edge = el.getBoundingClientRect().right;
    const out = [...root(el).querySelectorAll<HTMLElement>('[part~="list"] *')]
      .filter((x) => x.getBoundingClientRect().right > edge + 0.5)
      .map((x) => `${x.className}: ${text(x)}`);
    expect(out).to.deep.equal([]);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
  });

  it('draws first and adds the list for printing later, or at once when printing starts', async () => {
    // A browser that never gets idle: the list waits, and printing brings it in anyway.
    const idle = window.requestIdleCallback;
    window.requestIdleCallback = () => 0;
    // Both replaced: whenIdle takes the pair only (WebKit has no cancelIdleCallback of its own).
    const cancelIdle = window.cancelIdleCallback;
    window.cancelIdleCallback = () => {};
    try {
      const el = await tree(dossier);
      expect(drawing(el)!.querySelectorAll('.node--item').length, 'the drawing is there').to.equal(placed(dossier).length);
      expect(root(el).querySelector('[part~="list"]'), 'no list before the browser is idle').to.equal(null);
      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      expect(root(el).querySelectorAll('[part~="list"] .list__item').length).to.equal(placed(dossier).length);
      window.dispatchEvent(new Event('afterprint'));
    } finally {
      window.requestIdleCallback = idle;
      window.cancelIdleCallback = cancelIdle;
    }
  });

  it('still adds the list for printing when it is moved before the browser is idle', async () => {
    // Not idle until the tree has moved (a page builder rearranging the page as it loads).
    const idle = window.requestIdleCallback;
    window.requestIdleCallback = () => 0;
    // Both replaced: whenIdle takes the pair only (WebKit has no cancelIdleCallback of its own).
    const cancelIdle = window.cancelIdleCallback;
    window.cancelIdleCallback = () => {};
    let el: TreeInfographic;
    try {
      el = await tree(dossier);
      expect(root(el).querySelector('[part~="list"]'), 'no list yet').to.equal(null);
    } finally {
      window.requestIdleCallback = idle;
      window.cancelIdleCallback = cancelIdle;
    }
    const box = document.createElement('div');
    el.parentElement!.append(box);
    box.append(el);
    await until(() => root(el).querySelector('[part~="list"]') !== null, 'the list for printing after the move');
  });

  it('changes emphasis at once, without motion, and keeps selection and emphasis visible under forced colours', async () => {
    // Even with a theme's transitions on, nothing fades (fading every node made an approach change slow).
    const el = await tree(dossier, 'nl', 'approach="community-organizing"', '150ms');
    el.approach = 'community-building';
    await el.updateComplete;
    expect(drawing(el)!.querySelector('.node[data-current]')?.getAttribute('data-key')).to.equal('community-building');
    expect(root(el).getAnimations().map((a) => (a as CSSTransition).transitionProperty ?? a.id)).to.deep.equal([]);
    // Forced colours: the stylesheet maps the drawing to system colours.
    const sheet = (el.constructor as typeof TreeInfographic).elementStyles.map((s) => (s as { cssText?: string }).cssText ?? '').join('\n');
    expect(sheet).to.match(/@media \(forced-colors: active\)[^]*\.node\[aria-selected='true'\] > \.card[^}]*CanvasText/);
    expect(sheet).to.match(/@media \(forced-colors: active\)[^]*\.node\[data-weight\] > \.card[^}]*Highlight/);
  });
});
