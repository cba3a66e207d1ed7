// The comparator's toggles as eyes and screen readers meet them, its columns on a tablet, and long
// Dutch words broken with a hyphen (issue 23, item 7).
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../define/approach-comparator.js';
import '../../define/factor-card.js';
import type { ApproachComparator } from './approach-comparator.js';
import type { FactorCard } from '../factor-card/factor-card.js';
import { hyphenate } from '../../i18n/hyphenate.js';
import { until } from '../../../test/helpers.js';

const root = (el: ApproachComparator) => el.shadowRoot!;
const fold = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** A button's name as its content gives it: its text without what is hidden from screen readers. */
function contentName(button: Element): string {
  const copy = button.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((x) => x.remove());
  return fold(copy.textContent);
}
/** What eyes see on the button: its text, with what is only for screen readers left out. */
function visibleText(button: HTMLElement): string {
  return fold(button.innerText);
}

async function comparator(width: number, lang = 'nl', approach?: string) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: ${width}px" lang=${lang}>
    <approach-comparator></approach-comparator>
  </div>`);
  const el = wrapper.querySelector('approach-comparator')!;
  await until(() => !!root(el).querySelector('table, .stack'), 'the comparator to render');
  if (approach) {
    root(el).querySelector<HTMLButtonElement>(`button[data-approach="${approach}"]`)!.click();
    await until(() => root(el).querySelector(`button[data-approach="${approach}"]`)!.getAttribute('aria-pressed') === 'true', 'pressed');
  }
  await el.updateComplete;
  return { wrapper, el };
}

describe('<approach-comparator> toggles, columns and long words', () => {
  for (const [lang, action, on, off] of [
    ['nl', 'Toon nadruk van', 'actief', 'niet actief'],
    ['en', 'Show emphasis of', 'active', 'not active'],
  ] as const) {
    it(`names each toggle by its action and approach, and shows its state in words (${lang})`, async () => {
      const { el } = await comparator(1200, lang, 'community-building');
      const toggles = [...root(el).querySelectorAll<HTMLButtonElement>('button[part="active-button"]')];
      expect(toggles.length).to.equal(3);
      for (const button of toggles) {
        const name = contentName(button);
        const pressed = button.dataset.approach === 'community-building';
        // The name says the action and the approach, and does not change with the state (aria-pressed says it).
        expect(name).to.match(new RegExp(`^${action} Community (Development|Building|Organizing)$`));
        expect(button.getAttribute('aria-pressed')).to.equal(String(pressed));
        // Eyes see the action and the state, never "Actief" on an approach that is not active.
        const seen = visibleText(button);
        expect(seen).to.contain(action.split(' ').slice(0, 2).join(' '));
        expect(seen.endsWith(pressed ? ` ${on}` : ` ${off}`), seen).to.equal(true);
        if (!pressed) expect(seen.replace(off, '')).not.to.contain(on);
      }
      await expect(el).to.be.accessible();
    });
  }

  it('keeps the columns side by side in a tablet-wide container (768 px), none cut off', async () => {
    const { el } = await comparator(768);
    expect(el.currentLayout).to.equal('table');
    const table = root(el).querySelector('table')!;
    expect(root(el).querySelector('.scroller'), 'no sideways scrolling').to.equal(null);
    const box = el.getBoundingClientRect();
    expect(table.getBoundingClientRect().right).to.be.at.most(box.right + 0.5);
    expect(table.querySelectorAll('thead th[scope="col"]').length).to.equal(4);
    // Every cell's content stays inside its cell.
    for (const cell of table.querySelectorAll<HTMLElement>('td, th'))
      expect(cell.scrollWidth, fold(cell.textContent).slice(0, 40)).to.be.at.most(cell.clientWidth + 1);
  });

  it('stacks only where the columns no longer fit (a phone)', async () => {
    const { el } = await comparator(480);
    expect(el.currentLayout).to.equal('stacked');
  });

  it('gives long Dutch names a hyphen opportunity (soft hyphens), in every browser', async () => {
    expect(hyphenate('Capaciteitsontwikkeling', 'nl')).to.equal('Capaciteits\u00adont\u00adwikkeling');
    expect(hyphenate('Capacity development', 'en')).to.equal('Capacity development');
    const { el } = await comparator(768);
    const names = [...root(el).querySelectorAll('[part="item-button"]')].map((b) => b.textContent ?? '');
    const long = names.filter((n) => /[\p{L}\u00ad]{16,}/u.test(n.replaceAll('\u00ad', '')));
    expect(long.length, 'the data has long names').to.be.above(0);
    for (const n of long) expect(n, n).to.contain('\u00ad');
  });

  it('breaks a long name in a narrow card at a hyphen, not mid-syllable', async () => {
    const card = await fixture<FactorCard>(html`<factor-card lang="nl" factor="self-organisation-leadership" style="inline-size: 9em; display: block"></factor-card>`);
    await until(() => !!card.shadowRoot!.querySelector('[part="name"]'), 'the card');
    const name = card.shadowRoot!.querySelector('[part="name"]')!;
    expect(name.textContent).to.contain('Zelf\u00adorganisatie');
  });

  for (const width of [1200, 400]) {
    it(`shows a selected row's details in place, under the row (${width} px), with the focus on its button`, async () => {
      const { el } = await comparator(width);
      const stacked = el.currentLayout === 'stacked';
      const buttons = () => [...root(el).querySelectorAll<HTMLButtonElement>('[data-id="informality"] [part="item-button"]')];
      const button = buttons()[stacked ? 1 : 0];
      expect(root(el).querySelector('[part="item-details"]')).to.equal(null);
      button.focus();
      const selected = oneEvent(el, 'item-select');
      await sendKeys({ press: 'Enter' });
      expect((await selected).detail).to.deep.equal({ id: 'informality', kind: 'factor' });
      await until(() => !!root(el).querySelector('[part="item-details"]'), 'the details');
      const details = [...root(el).querySelectorAll<HTMLElement>('[part="item-details"]')];
      expect(details.length, 'shown once').to.equal(1);
      expect(fold(details[0].textContent)).to.contain('Informaliteit');
      // Right under the pressed name: next in the reading order, and below it on screen.
      expect(button.compareDocumentPosition(details[0]) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      const below = details[0].getBoundingClientRect().top - button.getBoundingClientRect().bottom;
      expect(below).to.be.within(-1, 120);
      if (stacked) expect(details[0].closest('.stack > li')).to.equal(button.closest('.stack > li'));
      else expect(details[0].closest('tr')!.previousElementSibling).to.equal(button.closest('tr'));
      expect(root(el).activeElement, 'the focus stays on the button').to.equal(buttons()[stacked ? 1 : 0]);
      await expect(el).to.be.accessible();
    });
  }
});
