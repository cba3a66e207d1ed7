// <tree-infographic>: an approach's emphasis, the list, axe, print and forced colours (the drawing, its keys,
// selection, tooltip and parts' details are in tree-infographic.test.ts).
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../define/dossier-provider.js';
import '../../define/tree-infographic.js';
import { basisLabels, contrast, dossierCopy, until } from '../../../test/helpers.js';
import { emphasisOf, localize } from '../../model/query.js';
import type { Dossier } from '../../model/types.js';
import type { DossierProvider } from '../dossier-provider/dossier-provider.js';
import type { TreeInfographic } from './tree-infographic.js';
import { root, drawing, nodes, node, panel, text, legendText, axNames, placed, ready, tree } from '../../../test/tree-helpers.js';

describe('<tree-infographic>', () => {
  let dossier: Dossier;
  before(async () => {
    dossier = await dossierCopy();
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
        // The buttons wider, the select on a phone (only one of them is in the page).
        const button = root(el).querySelector<HTMLButtonElement>(`[part~="approach-button"][data-approach="${approach}"]`);
        const select = root(el).querySelector<HTMLSelectElement>('[part~="approach-select"]')!;
        if (button) button.click();
        else {
          select.value = approach;
          select.dispatchEvent(new Event('change', { bubbles: true }));
        }
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
