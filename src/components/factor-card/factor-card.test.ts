import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../define/dossier-provider.js';
import '../../define/factor-card.js';
import type { DossierProvider } from '../dossier-provider/dossier-provider.js';
import type { FactorCard } from './factor-card.js';
import { basisLabels, dossierCopy, until } from '../../../test/helpers.js';
import type { Dossier, Lang } from '../../model/types.js';

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const part = (el: FactorCard, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
const WEIGHT: Record<Lang, (w: number) => string> = {
  nl: (w) => (w ? `${['aanwezig', 'duidelijk', 'centraal'][w - 1]} (${w} van 3)` : 'niet benadrukt'),
  en: (w) => (w ? `${['present', 'clear', 'central'][w - 1]} (${w} of 3)` : 'not emphasised'),
};

async function ready(el: FactorCard) {
  await until(() => !!el.shadowRoot!.querySelector('[part="card"], [part="unknown"]'), 'the card to render');
  await el.updateComplete;
}

describe('<factor-card>', () => {
  let dossier: Dossier;
  let errors: unknown[][];
  const originalError = console.error;
  before(async () => {
    dossier = await dossierCopy();
  });
  beforeEach(() => {
    errors = [];
    console.error = (...args: unknown[]) => errors.push(args);
  });
  afterEach(() => {
    console.error = originalError;
  });

  for (const lang of ['nl', 'en'] as const) {
    it(`renders every factor of the dossier in ${lang}`, async () => {
      for (const factor of dossier.factors) {
        const el = await fixture<FactorCard>(html`<factor-card lang=${lang} factor=${factor.id}></factor-card>`);
        await ready(el);
        const loc = (t: { nl: string; en?: string } | undefined) => (lang === 'en' ? t?.en : t?.nl) ?? '';
        // Long Dutch words carry soft hyphens (where they may break): the text is the name without them.
        expect(text(part(el, 'name')).replaceAll('\u00ad', ''), factor.id).to.equal(loc(factor.name));
        expect(part(el, 'name')!.localName).to.equal('h3');
        const description = text(part(el, 'description'));
        for (const s of factor.statements) expect(description).to.contain(loc(s.text));
        // Every statement that is not the dossier's finding carries its label.
        const labelled = part(el, 'description')!.querySelectorAll('.basis--interpretation, .basis--talk').length;
        expect(labelled).to.equal(factor.statements.filter((s) => s.basis !== 'dossier').length);
        // Approaches that lean on it, each with its weight in words; the others as not emphasised.
        const rows = [...part(el, 'approaches')!.querySelectorAll('li')].map(text);
        expect(rows.length).to.equal(dossier.approaches.length);
        for (const a of dossier.approaches) {
          const w = a.emphasis.find((e) => e.factor === factor.id)?.weight ?? 0;
          expect(rows.find((r) => r.startsWith(loc(a.name))), `${factor.id} ${a.id}`).to.contain(WEIGHT[lang](w));
        }
        const goals = text(part(el, 'goals'));
        for (const s of factor.serves) expect(goals).to.contain(loc(dossier.goals.find((g) => g.id === s.goal)!.name));
        const levels = text(part(el, 'levels'));
        for (const l of factor.levels) expect(levels).to.contain(loc(dossier.levels.find((x) => x.id === l.level)!.name));
        expect(text(part(el, 'sources'))).to.contain('Movisie (2024)');
        // Each citation in its own language, whatever the card's (WCAG 3.1.2).
        for (const cite of part(el, 'sources')!.querySelectorAll('cite'))
          expect(cite.lang, text(cite)).to.equal(dossier.references.find((r) => r.citation === text(cite))!.lang);
        // Weights, goals and levels are our interpretation: labelled.
        expect(text(part(el, 'facts'))).to.contain(lang === 'en' ? 'Interpretation' : 'Interpretatie');
      }
      expect(errors).to.deep.equal([]);
    });
  }

  it('says in words what each of its labels means, in both variants, unless no-basis-key', async () => {
    const meaning: Record<string, string> = {
      'From the talk': "From Marcel Spierts' talk on the dossier, not a finding of the dossier.",
      Interpretation: 'Our reading: the sources do not say this themselves.',
    };
    const seen = new Set<string>();
    for (const variant of ['full', 'compact'])
      for (const factor of dossier.factors) {
        const el = await fixture<FactorCard>(html`<factor-card lang="en" factor=${factor.id} variant=${variant}></factor-card>`);
        await ready(el);
        const { shown, explained } = basisLabels(el.shadowRoot!);
        expect(shown.length, `${factor.id} shows labels`).to.be.greaterThan(0);
        expect(explained.map(([label]) => label).sort(), `${variant} ${factor.id}`).to.deep.equal(shown);
        for (const [label, said] of explained) expect(said).to.equal(meaning[label]);
        for (const label of shown) seen.add(label);
      }
    // The real dossier has both kinds on its cards (so both were checked).
    expect([...seen].sort()).to.deep.equal(['From the talk', 'Interpretation']);
    const bare = await fixture<FactorCard>(html`<factor-card lang="en" factor="capacity-to-act" no-basis-key></factor-card>`);
    await ready(bare);
    expect(part(bare, 'basis-key')).to.equal(null);
    expect(basisLabels(bare.shadowRoot!).shown.length).to.be.greaterThan(0);
  });

  it('shows a compact variant without description and sources', async () => {
    const el = await fixture<FactorCard>(html`<factor-card factor="talents-resources" variant="compact"></factor-card>`);
    await ready(el);
    expect(text(part(el, 'name'))).to.equal('Talenten en hulpbronnen');
    expect(part(el, 'description')).to.equal(null);
    expect(part(el, 'sources')).to.equal(null);
    const shown = (part(el, 'approaches') as HTMLElement).innerText.replace(/\s+/g, ' ').trim();
    expect(shown).to.contain('Community Building centraal (3 van 3)');
    await expect(el).to.be.accessible();
  });

  it('shows a clear message for an unknown id, in both languages, and logs the id', async () => {
    const el = await fixture<FactorCard>(html`<factor-card factor="informality2"></factor-card>`);
    await ready(el);
    expect(part(el, 'card')).to.equal(null);
    expect(text(part(el, 'unknown'))).to.contain('Onbekende werkzame factor: “informality2” staat niet in het dossier.');
    expect(text(part(el, 'unknown'))).to.contain('informality (Informaliteit)');
    expect(el.matches(':state(unknown)')).to.equal(true);
    expect(errors.length).to.equal(1);
    expect(String(errors[0][0])).to.contain('"informality2"');
    await expect(el).to.be.accessible();

    el.lang = 'en';
    await until(() => text(part(el, 'unknown')).includes('Unknown effective factor: “informality2” is not in the dossier.'), 'English');
    expect(errors.length).to.equal(1);

    el.factor = 'informality';
    await until(() => !!part(el, 'card'), 'a known factor');
    await el.updateComplete;
    expect(el.matches(':state(unknown)')).to.equal(false);

    const missing = await fixture<FactorCard>(html`<factor-card></factor-card>`);
    await ready(missing);
    expect(text(part(missing, 'unknown'))).to.contain('Er is geen werkzame factor gekozen');
    // An approach id is not a factor.
    const wrongKind = await fixture<FactorCard>(html`<factor-card factor="community-building"></factor-card>`);
    await ready(wrongKind);
    expect(text(part(wrongKind, 'unknown'))).to.contain('“community-building”');
  });

  it('shows the result of "Selecteer" in place: a compact card opens its details below the button, the focus stays, the selection is shared', async () => {
    const provider = await fixture<DossierProvider>(html`<dossier-provider lang="nl">
      <factor-card factor="informality" variant="compact"></factor-card>
      <factor-card factor="capacity-to-act" variant="compact"></factor-card>
    </dossier-provider>`);
    const [el, other] = [...provider.querySelectorAll<FactorCard>('factor-card')];
    await ready(el);
    await ready(other);
    expect(part(el, 'details'), 'closed at first').to.equal(null);
    const button = part(el, 'select-button') as HTMLButtonElement;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => !!part(el, 'details'), 'the details in the card');
    const details = part(el, 'details')!;
    // Right after the button, in reading and Tab order, and on screen below it.
    expect(button.compareDocumentPosition(details) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(details.getBoundingClientRect().top).to.be.at.least(button.getBoundingClientRect().bottom - 1);
    expect(text(details)).to.contain(dossier.factors.find((f) => f.id === 'informality')!.statements[0].text.nl);
    expect(el.shadowRoot!.activeElement, 'the focus stays on the button').to.equal(button);
    await expect(el).to.be.accessible();
    // The selection is the provider's: another card hears of it (and so does a tree).
    (part(other, 'select-button') as HTMLButtonElement).click();
    await until(() => other.selected && !el.selected, 'the selection moved');
    await el.updateComplete;
    expect(part(el, 'details'), 'closed when another is selected').to.equal(null);
  });

  it('makes its factor the selected item, by keyboard, and clears it again', async () => {
    const el = await fixture<FactorCard>(html`<factor-card factor="capacity-to-act"></factor-card>`);
    await ready(el);
    const button = part(el, 'select-button') as HTMLButtonElement;
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    expect(text(button)).to.equal('Selecteer: Handelingsvermogen');
    const selected = oneEvent(el, 'item-select');
    button.focus();
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail).to.deep.equal({ id: 'capacity-to-act', kind: 'factor' });
    await el.updateComplete;
    await el.updateComplete;
    expect(el.matches(':state(selected)')).to.equal(true);
    expect(el.selected).to.equal(true);
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(text(part(el, 'selected-tag'))).to.equal('✓ Geselecteerd');
    await expect(el).to.be.accessible();

    const cleared = oneEvent(el, 'item-select');
    button.click();
    expect((await cleared).detail).to.deep.equal({ id: null, kind: null });
    await el.updateComplete;
    expect(part(el, 'selected-tag')).to.equal(null);
  });

  it('reflects the shared selection of its provider: selected, emphasised with the weight, dimmed', async () => {
    const provider = await fixture<DossierProvider>(html`<dossier-provider lang="en">
      <factor-card factor="coalitions-networks"></factor-card>
      <factor-card factor="informality" variant="compact"></factor-card>
    </dossier-provider>`);
    const [coalitions, informality] = [...provider.querySelectorAll<FactorCard>('factor-card')];
    await ready(coalitions);
    await ready(informality);

    // With no approach active the note's place says so; choosing one moves nothing in the card.
    const visibleNotes = (el: FactorCard) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.note')].filter((n) => n.checkVisibility({ visibilityProperty: true })).map(text);
    expect(visibleNotes(coalitions)).to.deep.equal(['No approach active.']);
    expect(part(coalitions, 'active-note')).to.equal(null);
    const height = coalitions.getBoundingClientRect().height;

    provider.approach = 'community-development';
    await until(() => coalitions.matches(':state(emphasised)'), 'emphasis');
    expect(coalitions.getBoundingClientRect().height).to.equal(height);
    expect(visibleNotes(coalitions)).to.deep.equal([text(part(coalitions, 'active-note'))]);
    await informality.updateComplete;
    expect(text(part(coalitions, 'active-note'))).to.contain('Emphasis in Community Development: central (3 of 3) Interpretation');
    expect(part(coalitions, 'card')!.classList.contains('card--emphasised')).to.equal(true);
    expect(informality.matches(':state(dimmed)')).to.equal(true);
    expect(text(part(informality, 'active-note'))).to.equal('Community Development puts no emphasis on this.');
    // The active approach's row is marked, for assistive technology too (aria-current), and only that one.
    const current = [...part(informality, 'approaches')!.querySelectorAll('[aria-current="true"]')];
    expect(current.map(text)).to.deep.equal(['Community Development not emphasised']);
    expect(current[0].classList.contains('is-active')).to.equal(true);
    const other = part(informality, 'approaches')!.querySelector('[aria-current="false"]')!;
    expect(getComputedStyle(current[0]).borderInlineStartColor).to.not.equal(getComputedStyle(other).borderInlineStartColor);
    await expect(coalitions).to.be.accessible();
    await expect(informality).to.be.accessible();

    // Selecting on one card selects it everywhere under the provider.
    (part(informality, 'select-button') as HTMLButtonElement).click();
    await until(() => informality.matches(':state(selected)'), 'selected');
    await coalitions.updateComplete;
    expect(coalitions.matches(':state(selected)')).to.equal(false);
    provider.select({ id: 'coalitions-networks', kind: 'factor' });
    await until(() => coalitions.matches(':state(selected)'), 'selected by the provider');
    await informality.updateComplete;
    expect(informality.matches(':state(selected)')).to.equal(false);
    await expect(coalitions).to.be.accessible();
  });

  it("says when its provider's approach is not in the dossier, instead of 'no approach active'", async () => {
    const provider = await fixture<DossierProvider>(html`<dossier-provider approach="comunity-building">
      <factor-card factor="informality"></factor-card>
    </dossier-provider>`);
    const card = provider.querySelector('factor-card')!;
    await ready(card);
    const visibleNotes = () => [...card.shadowRoot!.querySelectorAll<HTMLElement>('.note')].filter((n) => n.checkVisibility({ visibilityProperty: true })).map(text);
    expect(visibleNotes()).to.deep.equal(['Onbekende benadering: "comunity-building" staat niet in het dossier.']);
    expect(card.matches(':state(dimmed)') || card.matches(':state(emphasised)')).to.equal(false);
    provider.lang = 'en';
    await until(() => visibleNotes()[0]?.startsWith('Unknown'), 'the English note');
    expect(visibleNotes()).to.deep.equal(['Unknown approach: "comunity-building" is not in the dossier.']);
    provider.approach = 'community-building';
    await until(() => !!part(card, 'active-note'), 'the known approach');
    expect(visibleNotes()).to.deep.equal(['Emphasis in Community Building: central (3 of 3) Interpretation']);
    await expect(card).to.be.accessible();
  });

  it('breaks a word longer than its line instead of cutting it off, in its name and its chips (WCAG 1.4.10)', async () => {
    const d = await dossierCopy();
    d.factors[0].name.nl = 'Buurtbewonersparticipatieondersteuningsprogrammacoördinatorenoverleg';
    // And one of the goals it serves, shown as a chip.
    d.goals.find((g) => g.id === d.factors[0].serves[0].goal)!.name.nl = 'Capaciteitsontwikkelingsondersteuningsprogramma';
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="nl" style="width: 256px"></div>`);
    const el = document.createElement('factor-card');
    el.factor = d.factors[0].id;
    el.dossier = d;
    wrapper.append(el);
    await ready(el);
    const name = part(el, 'name')!;
    expect(text(name).replace(/\s/g, '')).to.equal(d.factors[0].name.nl);
    const edge = el.getBoundingClientRect().right;
    const out = [...el.shadowRoot!.querySelectorAll('*')].filter((x) => x.getBoundingClientRect().right > edge + 0.5);
    expect(out.map((x) => `${x.tagName} ${x.getAttribute('class')}`)).to.deep.equal([]);
    expect(name.getBoundingClientRect().height, 'on more than one line').to.be.greaterThan(parseFloat(getComputedStyle(name).lineHeight) * 1.5);
  });

  it('takes a heading level', async () => {
    const el = await fixture<FactorCard>(html`<factor-card factor="informality" heading-level="2"></factor-card>`);
    await ready(el);
    expect(part(el, 'name')!.localName).to.equal('h2');
  });
});
