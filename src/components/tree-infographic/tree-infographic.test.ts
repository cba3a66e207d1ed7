import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { pressTogether } from '../../../test/keys.js';
import '../../define/dossier-provider.js';
import '../../define/tree-infographic.js';
import { dossierCopy, until } from '../../../test/helpers.js';
import { emphasisOf, localize } from '../../model/query.js';
import type { Dossier, Lang } from '../../model/types.js';
import type { DossierProvider } from '../dossier-provider/dossier-provider.js';
import type { TreeInfographic } from './tree-infographic.js';
import { root, drawing, nodes, node, active, panel, text, labelOf, linesOf, drawnLabel, squash, axNodes, axNames, placed, readingOrder, ready, tree } from '../../../test/tree-helpers.js';

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
    const controls = [...root(el).querySelectorAll<HTMLElement>('[part~="toolbar"] :is(button, summary)')].filter((c) => !c.closest('details:not([open]) > :not(summary)') && c.getClientRects().length > 0);
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

  it('keeps keyboard focus, the tab stop and a closed part when it is laid out again at another width', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="nl" style="width: 1100px"><tree-infographic></tree-infographic></div>`);
    const el = wrapper.querySelector('tree-infographic')!;
    el.dossier = dossier;
    await ready(el);
    const order = readingOrder(dossier);
    const firstPart = order[0];
    node(el, firstPart)!.focus();
    // Close the first part, then move to the next part and on to its second item.
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowDown' });
    const focused = active(el)!;
    const before = { count: el.layoutCount, x: focused.getBoundingClientRect().x, label: squash(drawnLabel(focused)), labelX: labelOf(focused).getBoundingClientRect().x };
    wrapper.style.width = '700px';
    await until(() => el.layoutCount > before.count, 'laid out again');
    await el.updateComplete;
    expect(focused.getBoundingClientRect().x, 'drawn at its new place').not.to.equal(before.x);
    expect(active(el), 'focus stays on the same node').to.equal(focused);
    expect(drawing(el)!.querySelectorAll('.node[tabindex="0"]').length).to.equal(1);
    expect(focused.getAttribute('tabindex')).to.equal('0');
    expect(node(el, firstPart)!.getAttribute('aria-expanded'), 'the closed part stays closed').to.equal('false');
    expect(squash(drawnLabel(focused)), 'its label is drawn again').to.equal(before.label);
    expect(labelOf(focused).getBoundingClientRect().x, 'at its new place').not.to.equal(before.labelX);
    // Every node is drawn once, and the keys still reach all of them in reading order.
    expect(nodes(el).map((n) => n.dataset.key).sort()).to.deep.equal([...order].sort());
    await sendKeys({ press: 'Home' });
    expect(active(el)?.dataset.key).to.equal(firstPart);
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
});
