import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../define/dossier-provider.js';
import '../../define/approach-comparator.js';
import '../../define/factor-card.js';
import type { DossierProvider } from '../dossier-provider/dossier-provider.js';
import type { FactorCard } from '../factor-card/factor-card.js';
import type { ApproachComparator } from './approach-comparator.js';
import { dossierCopy, until } from '../../../test/helpers.js';
import type { Approach, Dossier, Lang } from '../../model/types.js';

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const root = (el: ApproachComparator) => el.shadowRoot!;
const WEIGHT: Record<Lang, (w: number) => string> = {
  nl: (w) => (w ? `${['aanwezig', 'duidelijk', 'centraal'][w - 1]} (${w} van 3)` : 'niet benadrukt'),
  en: (w) => (w ? `${['present', 'clear', 'central'][w - 1]} (${w} of 3)` : 'not emphasised'),
};
const weightOf = (a: Approach, id: string) =>
  a.emphasis.find((e) => e.factor === id)?.weight ?? a.goals.find((g) => g.goal === id)?.weight ?? 0;

async function ready(el: ApproachComparator) {
  await until(() => !!root(el).querySelector('table, .stack'), 'the comparator to render');
  await el.updateComplete;
}

/** What the table says: approach names (column order) and, per item id, the weight text in each column. */
function readTable(el: ApproachComparator) {
  const table = root(el).querySelector('table')!;
  const names = [...table.querySelectorAll('thead th[scope="col"]:not(.corner)')].map((th) => text(th).replace(/ Actief$| Active$/, ''));
  const weights: Record<string, string[]> = {};
  for (const tr of table.querySelectorAll<HTMLTableRowElement>('tr[data-id]'))
    weights[tr.dataset.id!] = [...tr.querySelectorAll('td .weight__text')].map(text);
  return { names, weights };
}

/** The same from the stacked layout. */
function readStack(el: ApproachComparator) {
  const sections = [...root(el).querySelectorAll('.stack > li')];
  const names = sections.map((s) => text(s.querySelector('.approach__name')).replace(/ Actief$| Active$/, ''));
  const weights: Record<string, string[]> = {};
  sections.forEach((s, i) => {
    for (const li of s.querySelectorAll<HTMLElement>('li[data-id]')) (weights[li.dataset.id!] ??= [])[i] = text(li.querySelector('.weight__text'));
  });
  return { names, weights };
}

describe('<approach-comparator>', () => {
  let dossier: Dossier;
  before(async () => {
    dossier = await dossierCopy();
  });

  it('shows exactly the data of the chosen approaches, and nothing of the others', async () => {
    const el = await fixture<ApproachComparator>(
      html`<approach-comparator lang="nl" layout="table" approaches="community-development community-organizing"></approach-comparator>`,
    );
    await ready(el);
    const chosen = dossier.approaches.filter((a) => a.id !== 'community-building');
    const other = dossier.approaches.find((a) => a.id === 'community-building')!;
    const { names, weights } = readTable(el);
    expect(names).to.deep.equal(chosen.map((a) => a.name.nl));
    // Every goal and factor has a row, and each cell says the chosen approach's weight in words.
    const ids = [...dossier.goals, ...dossier.factors].map((i) => i.id);
    expect(Object.keys(weights).sort()).to.deep.equal([...ids].sort());
    for (const id of ids) expect(weights[id], id).to.deep.equal(chosen.map((a) => WEIGHT.nl(weightOf(a, id))));
    // The weight graphic matches the text.
    const informality = root(el).querySelectorAll('tr[data-id="coalitions-networks"] td .weight');
    expect([...informality].map((w) => w.querySelectorAll('.weight__bar--on').length)).to.deep.equal(chosen.map((a) => weightOf(a, 'coalitions-networks')));
    const table = text(root(el).querySelector('table'));
    for (const a of chosen) {
      expect(table).to.contain(a.summary.nl);
      for (const s of [...(a.role ?? []), ...(a.methods ?? []), ...(a.risks ?? [])]) expect(table).to.contain(s.text.nl);
      const craft = dossier.crafts.find((c) => c.id === a.leadingCraft?.craft)!;
      expect(table).to.contain(craft.name.nl);
    }
    expect(table).not.to.contain(other.name.nl);
    expect(table).not.to.contain(other.summary.nl);
    for (const s of [...(other.role ?? []), ...(other.methods ?? []), ...(other.risks ?? [])]) expect(table).not.to.contain(s.text.nl);
    // Interpretation is labelled: the legend says so, and the weight groups and role statements carry the badge.
    expect(text(root(el).querySelector('[part="legend"]'))).to.contain('Alle gewichten zijn onze interpretatie');
    expect(root(el).querySelectorAll('tr.group .basis--interpretation').length).to.equal(2);
    expect(root(el).querySelectorAll('td.text .basis--interpretation').length).to.be.greaterThan(0);
    expect(text(root(el).querySelector('caption'))).to.equal('Vergelijking van Community Development en Community Organizing');
    await expect(el).to.be.accessible();
  });

  it('uses real header cells in the table', async () => {
    const el = await fixture<ApproachComparator>(html`<approach-comparator lang="en" layout="table"></approach-comparator>`);
    await ready(el);
    const table = root(el).querySelector('table')!;
    expect(table.querySelectorAll('thead th[scope="col"]').length).to.equal(4);
    expect(table.querySelectorAll('tbody th[scope="row"]').length).to.be.greaterThan(dossier.goals.length + dossier.factors.length);
    expect(table.querySelectorAll('th[scope="rowgroup"]').length).to.equal(2);
    expect(text(root(el).querySelector('tr[data-id="informality"]'))).to.contain('central (3 of 3)');
  });

  it('lets the user choose two or three approaches, never fewer than two', async () => {
    const el = await fixture<ApproachComparator>(html`<approach-comparator lang="nl" layout="table"></approach-comparator>`);
    await ready(el);
    const boxes = () => [...root(el).querySelectorAll<HTMLInputElement>('.chooser input[type="checkbox"]')];
    expect(boxes().map((b) => b.checked)).to.deep.equal([true, true, true]);
    expect(readTable(el).names.length).to.equal(3);

    const changed = oneEvent(el, 'comparison-change');
    boxes()[1].click();
    expect((await changed).detail.approaches).to.deep.equal(['community-development', 'community-organizing']);
    await el.updateComplete;
    expect(el.getAttribute('approaches')).to.equal('community-development community-organizing');
    expect(readTable(el).names).to.deep.equal(['Community Development', 'Community Organizing']);

    // A third uncheck would leave one: refused, and the live hint says why.
    boxes()[0].click();
    await el.updateComplete;
    expect(boxes()[0].checked).to.equal(true);
    expect(readTable(el).names.length).to.equal(2);
    const status = root(el).querySelector('.chooser [role="status"]')!;
    expect(text(status)).to.equal('Kies minstens twee benaderingen om te vergelijken.');
    // Refused again: the live text changes, so that a screen reader says it again.
    const said = status.textContent;
    boxes()[0].click();
    await el.updateComplete;
    expect(boxes()[0].checked).to.equal(true);
    expect(text(status)).to.equal('Kies minstens twee benaderingen om te vergelijken.');
    expect(status.textContent, 'said again').not.to.equal(said);

    // Keyboard: focus the unchecked box and press Space (' ': every engine's protocol knows that name).
    boxes()[1].focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(readTable(el).names.length).to.equal(3);
  });

  it('marks the rows where the approaches differ most, visibly and in text', async () => {
    const el = await fixture<ApproachComparator>(html`<approach-comparator lang="nl" layout="table"></approach-comparator>`);
    await ready(el);
    // Spread computed here independently: highest minus lowest weight, no emphasis = 0.
    const spread = (id: string) => {
      const ws = dossier.approaches.map((a) => weightOf(a, id));
      return Math.max(...ws) - Math.min(...ws);
    };
    const ids = [...dossier.goals, ...dossier.factors].map((i) => i.id);
    const max = Math.max(...ids.map(spread));
    const expected = ids.filter((id) => spread(id) === max);
    expect(expected).to.deep.equal(['informality', 'difference-conflict']);
    const marked = [...root(el).querySelectorAll<HTMLElement>('tr.is-top')].map((tr) => tr.dataset.id);
    expect(marked).to.deep.equal(expected);
    for (const tr of root(el).querySelectorAll('tr.is-top')) expect(text(tr.querySelector('th'))).to.contain('Grootste verschil');
    for (const tr of root(el).querySelectorAll('tr[data-id]:not(.is-top)')) expect(text(tr)).not.to.contain('Grootste verschil');
    expect(text(root(el).querySelector('[part="differences"]'))).to.contain('Informaliteit en Ruimte voor verschil en conflict: 3 stappen');

    // Sorting puts the biggest spreads first within each group.
    (root(el).querySelector('[part="sort"] input') as HTMLInputElement).click();
    await el.updateComplete;
    const factorOrder = [...root(el).querySelectorAll<HTMLElement>('tbody:nth-of-type(3) tr[data-id]')].map((tr) => tr.dataset.id!);
    expect(factorOrder.slice(0, 2)).to.deep.equal(['informality', 'difference-conflict']);
    expect(factorOrder.map(spread)).to.deep.equal([...factorOrder.map(spread)].sort((a, b) => b - a));
    await expect(el).to.be.accessible();
  });

  it('makes an approach active: fires approach-change and changes the factor cards under the same provider', async () => {
    const provider = await fixture<DossierProvider>(html`<dossier-provider lang="nl">
      <approach-comparator layout="table"></approach-comparator>
      <factor-card factor="informality"></factor-card>
      <factor-card factor="difference-conflict" variant="compact"></factor-card>
    </dossier-provider>`);
    const el = provider.querySelector('approach-comparator')!;
    const [informality, conflict] = [...provider.querySelectorAll<FactorCard>('factor-card')];
    await ready(el);
    await until(() => !!informality.shadowRoot!.querySelector('[part="card"]') && !!conflict.shadowRoot!.querySelector('[part="card"]'), 'cards');
    expect(informality.matches(':state(emphasised), :state(dimmed)')).to.equal(false);
    expect(informality.shadowRoot!.querySelector('[part="active-note"]')).to.equal(null);

    const button = root(el).querySelector<HTMLButtonElement>('button[data-approach="community-building"]')!;
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    const changed = oneEvent(provider, 'approach-change');
    button.focus();
    await sendKeys({ press: 'Enter' });
    expect((await changed).detail).to.deep.equal({ approach: 'community-building' });
    await until(() => informality.matches(':state(emphasised)') && conflict.matches(':state(dimmed)'), 'the cards to follow');

    expect(provider.approach).to.equal('community-building');
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(text(root(el).querySelector('thead th.is-active'))).to.equal('Community Building Actief');
    // Every name keeps room for its label, so that nothing moves; only the active one shows it.
    const shown = [...root(el).querySelectorAll<HTMLElement>('thead th[scope="col"]:not(.corner), .check')].map((x) => x.innerText.replace(/\s+/g, ' ').trim());
    expect(shown.filter((x) => x.endsWith('Actief'))).to.deep.equal(['Community Building Actief', 'Community Building Actief']);
    expect(informality.matches(':state(emphasised)')).to.equal(true);
    expect(text(informality.shadowRoot!.querySelector('[part="active-note"]'))).to.contain('Nadruk in Community Building: centraal (3 van 3)');
    expect(conflict.matches(':state(dimmed)')).to.equal(true);
    expect(text(conflict.shadowRoot!.querySelector('[part="active-note"]'))).to.equal('Community Building legt hier geen nadruk op.');
    await expect(el).to.be.accessible();

    // Another approach moves the emphasis; pressing the active one again clears it.
    root(el).querySelector<HTMLButtonElement>('button[data-approach="community-organizing"]')!.click();
    await until(() => conflict.matches(':state(emphasised)'), 'the emphasis to move');
    expect(informality.matches(':state(dimmed)')).to.equal(true);
    root(el).querySelector<HTMLButtonElement>('button[data-approach="community-organizing"]')!.click();
    await until(() => !informality.matches(':state(emphasised), :state(dimmed)'), 'the emphasis to clear');
    expect(provider.approach).to.equal(null);
    expect(informality.shadowRoot!.querySelector('[part="active-note"]')).to.equal(null);
  });

  it('changes the highlight in a <tree-infographic> under the same provider', async function () {
    // The tree is built beside this element; until its files are in the tree, there is nothing to check.
    const present = await fetch(new URL('../../define/tree-infographic.ts', import.meta.url)).then((r) => r.ok);
    if (!present) this.skip();
    await import('../../define/tree-infographic.js');
    // The tree resizes itself inside its ResizeObserver callback, which Chromium reports as the
    // benign "ResizeObserver loop completed with undelivered notifications"; that is the tree's
    // business, not this test's, so only that message is let through here.
    const onerror = window.onerror;
    window.onerror = (message, ...rest) =>
      String(message).includes('ResizeObserver loop') ? true : (onerror?.call(window, message, ...rest) ?? false);
    try {
      await treeFollowsComparator();
    } finally {
      window.onerror = onerror;
    }
  });

  async function treeFollowsComparator() {
    const provider = await fixture<DossierProvider>(html`<dossier-provider lang="nl">
      <approach-comparator layout="table"></approach-comparator>
      <tree-infographic></tree-infographic>
    </dossier-provider>`);
    const el = provider.querySelector('approach-comparator')!;
    const tree = provider.querySelector('tree-infographic')!;
    const node = (id: string) => tree.shadowRoot?.querySelector<SVGElement>(`.node[data-id="${id}"]`);
    await ready(el);
    await until(() => !!node('informality'), 'the tree to draw');
    expect(node('informality')!.hasAttribute('data-weight')).to.equal(false);

    root(el).querySelector<HTMLButtonElement>('button[data-approach="community-building"]')!.click();
    await until(() => node('informality')?.getAttribute('data-weight') === '3', 'the tree to highlight informality');
    expect(node('community-building')!.hasAttribute('data-current')).to.equal(true);
    expect(node('difference-conflict')!.hasAttribute('data-weight')).to.equal(false);
    expect(node('informality')!.getAttribute('aria-label')).to.contain('centraal');

    root(el).querySelector<HTMLButtonElement>('button[data-approach="community-organizing"]')!.click();
    await until(() => node('difference-conflict')?.getAttribute('data-weight') === '3', 'the highlight to move');
    expect(node('informality')!.hasAttribute('data-weight')).to.equal(false);
    expect(node('community-building')!.hasAttribute('data-current')).to.equal(false);
  }

  it('changes nothing when the host cancels approach-change', async () => {
    const provider = await fixture<DossierProvider>(html`<dossier-provider><approach-comparator layout="table"></approach-comparator></dossier-provider>`);
    const el = provider.querySelector('approach-comparator')!;
    await ready(el);
    provider.addEventListener('approach-change', (e) => e.preventDefault());
    root(el).querySelector<HTMLButtonElement>('button[data-approach="community-building"]')!.click();
    await el.updateComplete;
    expect(provider.approach).to.equal(null);
    expect(root(el).querySelector('button[data-approach="community-building"]')!.getAttribute('aria-pressed')).to.equal('false');
  });

  it('follows an active approach set elsewhere, and selects goals and factors from the row headers', async () => {
    const provider = await fixture<DossierProvider>(html`<dossier-provider approach="community-organizing"
      ><approach-comparator layout="table"></approach-comparator
    ></dossier-provider>`);
    const el = provider.querySelector('approach-comparator')!;
    await ready(el);
    // The active approach's column is tinted: its <col> (aspect, Development, Building, Organizing)
    // has the background, which shows through the cells; cells with a background of their own (the
    // rows that differ most) take the column's.
    const bg = (x: Element) => getComputedStyle(x).backgroundColor;
    const clear = 'rgba(0, 0, 0, 0)';
    const cols = [...root(el).querySelectorAll('colgroup > col')];
    expect(cols.map((c) => bg(c) !== clear)).to.deep.equal([false, false, false, true]);
    const focusRow = root(el).querySelector('tbody:first-of-type > tr:nth-child(2)')!;
    expect([...focusRow.querySelectorAll('td')].map(bg)).to.deep.equal([clear, clear, clear]);
    const topCells = [...root(el).querySelectorAll('tr.is-top > td:nth-child(4)')];
    expect(topCells.length).to.be.greaterThan(0);
    for (const cell of topCells) expect(bg(cell)).to.equal(bg(cols[3]));
    expect(root(el).querySelector('button[data-approach="community-organizing"]')!.getAttribute('aria-pressed')).to.equal('true');

    const selected = oneEvent(provider, 'item-select');
    root(el).querySelector<HTMLButtonElement>('tr[data-id="capacity-to-act"] .item')!.click();
    expect((await selected).detail).to.deep.equal({ id: 'capacity-to-act', kind: 'factor' });
    await el.updateComplete;
    expect(root(el).querySelector('tr[data-id="capacity-to-act"]')!.classList.contains('is-selected')).to.equal(true);
    expect(root(el).querySelector('tr[data-id="capacity-to-act"] .item')!.getAttribute('aria-pressed')).to.equal('true');
  });

  it('stacks in a narrow container (not window) and keeps every name and weight', async function () {
    // Three axe runs over the whole comparator: more than the default 10 s on a busy machine.
    this.timeout(30_000);
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1100px" lang="en">
      <approach-comparator></approach-comparator>
    </div>`);
    const el = wrapper.querySelector('approach-comparator')!;
    await ready(el);
    await until(() => el.currentLayout === 'table' && !!root(el).querySelector('table'), 'the table');
    const wide = readTable(el);
    const wideText = text(root(el).querySelector('table'));

    wrapper.style.inlineSize = '360px';
    await until(() => !!root(el).querySelector('.stack'), 'the stacked layout');
    expect(el.currentLayout).to.equal('stacked');
    expect(el.matches(':state(stacked)')).to.equal(true);
    expect(root(el).querySelector('table')).to.equal(null);
    const narrow = readStack(el);
    expect(narrow.names).to.deep.equal(wide.names);
    expect(narrow.weights).to.deep.equal(wide.weights);
    expect(Object.keys(narrow.weights).length).to.equal(dossier.goals.length + dossier.factors.length);
    // Every long text of the table is there too.
    const stackText = text(root(el).querySelector('.stack'));
    for (const a of dossier.approaches)
      for (const s of [a.summary, ...(a.role ?? []).map((r) => r.text), ...(a.methods ?? []).map((r) => r.text), ...(a.risks ?? []).map((r) => r.text)]) {
        expect(wideText).to.contain(s.en!);
        expect(stackText).to.contain(s.en!);
      }
    // Semantic: a list of approaches, each with a heading and a description list.
    expect(root(el).querySelectorAll('.stack > li h3').length).to.equal(3);
    expect(root(el).querySelectorAll('.stack > li dl dt').length).to.be.greaterThan(15);
    expect(root(el).querySelectorAll('.stack li.is-top').length).to.equal(2 * 3);
    await expect(el).to.be.accessible();

    // Active in the narrow layout too.
    root(el).querySelector<HTMLButtonElement>('button[data-approach="community-development"]')!.click();
    await el.updateComplete;
    expect(root(el).querySelector('.stack > li.is-active')!.getAttribute('data-approach')).to.equal('community-development');
    await expect(el).to.be.accessible();

    // A factor is selected from its name in any approach's list, by keyboard, and marked in every list.
    const names = () => [...root(el).querySelectorAll<HTMLButtonElement>('li[data-id="capacity-to-act"] button.item')];
    expect(names().map((b) => text(b))).to.deep.equal(['Capacity to act', 'Capacity to act', 'Capacity to act']);
    names()[1].focus();
    const selected = oneEvent(el, 'item-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail).to.deep.equal({ id: 'capacity-to-act', kind: 'factor' });
    await el.updateComplete;
    expect(names().map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['true', 'true', 'true']);
    expect(root(el).querySelectorAll('li.is-selected').length).to.equal(3);
    expect(root(el).activeElement).to.equal(names()[1]);
    await expect(el).to.be.accessible();
    const cleared = oneEvent(el, 'item-select');
    await sendKeys({ press: ' ' });
    expect((await cleared).detail).to.deep.equal({ id: null, kind: null });
    await el.updateComplete;
    expect(root(el).querySelectorAll('li.is-selected').length).to.equal(0);

    // Two approaches need less room: the table comes back at a width where three would not fit.
    wrapper.style.inlineSize = '600px';
    el.approaches = ['community-building', 'community-organizing'];
    await until(() => !!root(el).querySelector('table'), 'the table for two');
    expect(readTable(el).names).to.deep.equal(['Community Building', 'Community Organizing']);
  });

  it('keeps a forced table readable in a narrow container: it scrolls sideways, by keyboard too, instead of being cut off', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 288px" lang="en">
      <approach-comparator layout="table"></approach-comparator>
    </div>`);
    const el = wrapper.querySelector('approach-comparator')!;
    await ready(el);
    await until(() => !!root(el).querySelector('table'), 'the table');
    const scroller = root(el).querySelector<HTMLElement>('[part~="scroller"]')!;
    expect(scroller, 'a scrolling region').to.exist;
    expect(scroller.getAttribute('role')).to.equal('region');
    expect(scroller.getAttribute('aria-label')).to.equal(text(root(el).querySelector('caption')));
    // The columns keep their width: each approach's name fits its header cell.
    for (const th of root(el).querySelectorAll<HTMLElement>('thead th[scope="col"]:not(.corner)'))
      expect(th.getBoundingClientRect().width, text(th)).to.be.at.least(150);
    expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
    // The region is as wide as the element; nothing outside it sticks out.
    const edge = el.getBoundingClientRect().right;
    expect(scroller.getBoundingClientRect().right).to.be.at.most(edge + 0.5);
    const out = [...root(el).querySelectorAll('*')].filter((x) => !scroller.contains(x) && x.getBoundingClientRect().right > edge + 0.5);
    expect(out.map((x) => `${x.tagName} ${x.getAttribute('class')}`)).to.deep.equal([]);
    // The button furthest right, focused, is scrolled into sight, inside the element.
    const last = [...scroller.querySelectorAll<HTMLButtonElement>('button')].sort((x, y) => x.getBoundingClientRect().right - y.getBoundingClientRect().right).at(-1)!;
    expect(last.getBoundingClientRect().right).to.be.greaterThan(el.getBoundingClientRect().right);
    last.focus();
    await until(() => last.getBoundingClientRect().right <= el.getBoundingClientRect().right + 0.5, 'the button in sight');
    // The region takes focus itself, and the arrow keys scroll it.
    scroller.scrollLeft = 0;
    scroller.focus();
    await sendKeys({ press: 'ArrowRight' });
    await until(() => scroller.scrollLeft > 0, 'scrolled by the arrow key');
    await expect(el).to.be.accessible();
    // With room enough, the table needs no region.
    wrapper.style.inlineSize = '1100px';
    await until(() => !root(el).querySelector('[part~="scroller"]'), 'no region when it fits');
  });

  it('is accessible in English, with an active approach, and with the statements opened', async () => {
    const provider = await fixture<DossierProvider>(html`<dossier-provider lang="en" approach="community-building"
      ><approach-comparator layout="table"></approach-comparator
    ></dossier-provider>`);
    const el = provider.querySelector('approach-comparator')!;
    await ready(el);
    expect(text(root(el).querySelector('[part="legend"]'))).to.contain('All weights are our interpretation');
    for (const d of root(el).querySelectorAll('details')) (d as HTMLDetailsElement).open = true;
    await expect(el).to.be.accessible();
  });

  it('says in its legend what each label it shows means', async () => {
    const el = await fixture<ApproachComparator>(html`<approach-comparator lang="en" layout="table"></approach-comparator>`);
    await ready(el);
    const legend = root(el).querySelector('[part="legend"]')!;
    const shown = new Set(
      [...root(el).querySelectorAll('.basis:not(.basis--dossier)')].filter((b) => !legend.contains(b)).map((b) => text(b)),
    );
    const explained = [...legend.querySelectorAll('.legend__basis')].map((p) => [text(p.querySelector('.basis')), text(p)]);
    expect(explained.map(([label]) => label).sort()).to.deep.equal([...shown].sort());
    expect([...shown].sort(), 'the real dossier has both').to.deep.equal(['From the talk', 'Interpretation']);
    expect(explained.find(([label]) => label === 'From the talk')![1]).to.contain("From Marcel Spierts' talk on the dossier");
  });

  it('works alone with the built-in dossier and warns about unknown ids', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const el = await fixture<ApproachComparator>(html`<approach-comparator approaches="community-building nope"></approach-comparator>`);
      await ready(el);
      await until(() => warnings.length > 0, 'a warning');
      expect(String(warnings[0][0])).to.contain('"nope"');
      // Fewer than two valid ids: all approaches are compared.
      expect(root(el).querySelectorAll('.chooser input:checked').length).to.equal(3);
    } finally {
      console.warn = warn;
    }
  });
});
