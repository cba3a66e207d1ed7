import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { dossierCopy, until } from '../../../test/helpers.js';
import type { Dossier } from '../../model/types.js';
import type { PracticeProfileElement } from './practice-profile.js';
import { $, answers, catchDownloads, chooseFile, cleanUp, clearStorage, completeProfile, fillForm, fold, mount } from '../../../test/practice-profile.js';
import { PROFILE_STORAGE_PREFIX } from '../../model/profile-store.js';
import { reflectionPrompts } from '../../model/profile-prompts.js';
import { dossierKey, emptyProfile } from './profile-model.js';
import { SAVE_DELAY } from './profile-store-controller.js';

/** Letters for the notes typed: no character twice in a row (see the keyboard test). */
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The focused element inside the element's shadow root. */
const focused = (el: PracticeProfileElement) => el.shadowRoot!.activeElement as HTMLElement | null;

/** Presses Tab until `target` has focus (a date field takes several Tabs in some engines). */
async function tabTo(el: PracticeProfileElement, target: Element, max = 12): Promise<void> {
  for (let i = 0; i < max && focused(el) !== target; i++) await sendKeys({ press: 'Tab' });
  expect(focused(el), `focus on ${target.id || target.getAttribute('name')}`).to.equal(target);
}

describe('<practice-profile>', function () {
  this.timeout(60_000);
  let dossier: Dossier;
  before(async () => {
    dossier = await dossierCopy();
  });
  beforeEach(() => clearStorage(dossier));
  afterEach(() => cleanUp(dossier));

  it('can be filled in whole by keyboard alone, and says how far it is', async () => {
    const el = await mount();
    const total = dossier.goals.length + dossier.factors.length + dossier.crafts.length + 1;
    expect(fold($(el, '.progress'))).to.contain(`0 van ${total} beantwoord`);
    // No letter twice in a row in what is typed: WebKit's WebDriver drops the second of two (typed 'Burteam').
    $<HTMLInputElement>(el, '#pp-name')!.focus();
    await sendKeys({ type: 'Wijkteam Zuid' });
    await tabTo(el, $(el, '#pp-neighbourhood')!);
    await sendKeys({ type: 'Schilderswijk' });
    await tabTo(el, $(el, '#pp-context')!);
    await sendKeys({ type: 'Nieuwe bewoners' });
    await tabTo(el, $(el, '#pp-question')!);
    await sendKeys({ type: 'Wat werkt?' });
    // Each item: Tab into its radio group (its first step), ArrowRight twice (to "clear"), Tab to its note.
    const radioStep = async (group: string, id: string, n: number) => {
      await tabTo(el, $(el, `input[name="pp-${group}-${id}"]`)!);
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await tabTo(el, $(el, `#pp-${group}-${id}-note`)!);
      await sendKeys({ type: `Punt ${LETTERS[n]}` });
    };
    let n = 0;
    const notes: Record<string, string> = {};
    const step = async (group: string, id: string) => {
      notes[id] = `Punt ${LETTERS[++n]}`;
      await radioStep(group, id, n);
    };
    for (const g of dossier.goals) await step('goals', g.id);
    for (const l of dossier.levels) {
      await tabTo(el, $(el, `#pp-level-${l.id}`)!);
      await sendKeys({ press: ' ' });
    }
    await tabTo(el, $(el, '#pp-levels-note')!);
    await sendKeys({ type: 'Overal' });
    for (const f of dossier.factors) await step('factors', f.id);
    for (const c of dossier.crafts) await step('crafts', c.id);
    await el.updateComplete;

    const p = el.profile!;
    expect(p.practice.name).to.equal('Wijkteam Zuid');
    expect(p.practice.neighbourhood).to.equal('Schilderswijk');
    expect(p.practice.context).to.equal('Nieuwe bewoners');
    expect(p.practice.question).to.equal('Wat werkt?');
    for (const group of ['goals', 'factors', 'crafts'] as const)
      for (const item of dossier[group]) expect(p[group][item.id], `${group} ${item.id}`).to.deep.equal({ presence: 2, note: notes[item.id] });
    expect(p.levels).to.deep.equal({ ids: dossier.levels.map((l) => l.id), note: 'Overal' });
    expect(fold($(el, '.progress'))).to.contain(`${total} van ${total} beantwoord`);
    // Stored after a pause in typing, and said so.
    await until(() => localStorage.length > 0 && fold($(el, '.saved')) === 'Bewaard in deze browser.', 'the save', SAVE_DELAY * 20);
  });

  it('keeps the answers across a reload of the element (autosave)', async () => {
    const el = await mount();
    const p = completeProfile(dossier);
    await fillForm(el, dossier, p);
    el.remove();
    const again = await mount();
    expect(answers(again.profile)).to.deep.equal(answers(p));
    expect($<HTMLInputElement>(again, '#pp-name')!.value).to.equal(p.practice.name);
  });

  it('export → delete → import restores every answer', async () => {
    const el = await mount();
    const p = completeProfile(dossier);
    await fillForm(el, dossier, p);
    const downloads = catchDownloads();
    try {
      [...el.shadowRoot!.querySelectorAll('button')].find((b) => fold(b) === 'Bewaar als bestand (JSON)')!.click();
      await until(() => downloads.blobs.length === 1, 'the export');
    } finally {
      downloads.restore();
    }
    expect(downloads.names[0]).to.equal('buurtteam-b-oost-b-noord.json');
    const file = await downloads.blobs[0].text();

    $<HTMLButtonElement>(el, '#pp-remove')!.click();
    await until(() => !!$(el, '.confirm'), 'the confirmation');
    expect(focused(el)?.textContent).to.equal('Ja, wissen');
    focused(el)!.click();
    await el.updateComplete;
    await until(() => focused(el)?.id === 'pp-remove', 'focus back on the delete button');
    expect(answers(el.profile)).to.deep.equal(answers(emptyProfile(dossier)));
    expect(localStorage.length).to.equal(0);
    expect($<HTMLInputElement>(el, '#pp-name')!.value).to.equal('');
    expect(fold($(el, '.data [role="status"]'))).to.contain('Gewist');

    chooseFile(el, file);
    await until(() => fold($(el, '.data [role="status"]')).startsWith('Ingelezen'), 'the import');
    expect(answers(el.profile)).to.deep.equal(answers(p));
    expect($<HTMLInputElement>(el, '#pp-name')!.value).to.equal(p.practice.name);
    expect($<HTMLInputElement>(el, `input[name="pp-factors-${dossier.factors[3].id}"][value="3"]`)!.checked).to.equal(true);
    expect(JSON.parse(Object.values(localStorage).find((v) => v.includes('Transvaal'))!)).to.deep.include({ practice: p.practice });
  });

  it('says when the stored answers cannot be read, keeps them aside and offers them for download', async () => {
    const key = PROFILE_STORAGE_PREFIX + dossierKey(dossier);
    localStorage.setItem(key, '{"format":"wat-werkt-practice/1","practice":');
    const el = await mount();
    await until(() => !!$(el, '.trouble li'), 'the message');
    expect(fold($(el, '.trouble'))).to.contain('kunnen niet meer worden gelezen');
    expect(el.profile!.practice.name).to.equal('');
    expect(localStorage.getItem(`${key}~corrupt-1`)).to.equal('{"format":"wat-werkt-practice/1","practice":');
    const downloads = catchDownloads();
    try {
      $<HTMLButtonElement>(el, '.trouble button')!.click();
    } finally {
      downloads.restore();
    }
    expect(await downloads.blobs[0].text()).to.equal('{"format":"wat-werkt-practice/1","practice":');
  });

  it('asks before deleting, and keeps everything on "No"', async () => {
    const el = await mount();
    await fillForm(el, dossier, completeProfile(dossier));
    $<HTMLButtonElement>(el, '#pp-remove')!.click();
    await until(() => !!$(el, '.confirm'), 'the confirmation');
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.confirm button')].find((b) => fold(b) === 'Nee, niet wissen')!.click();
    await until(() => focused(el)?.id === 'pp-remove', 'focus back');
    expect(el.profile!.practice.neighbourhood).to.equal('Transvaal');
  });

  const hostile: [string, string, RegExp][] = [
    ['not JSON', '{"format": ', /JSON/],
    ['another format', JSON.stringify({ format: 'wat-werkt-practice/9' }), /format/],
    ['markup and an unknown factor', '', /factors\.evil/],
    ['a list', '[1,2,3]', /object/],
  ];
  for (const [what, given, expected] of hostile)
    it(`refuses a file with ${what}: its errors shown with paths, nothing changed`, async () => {
      const el = await mount();
      const p = completeProfile(dossier);
      await fillForm(el, dossier, p);
      await new Promise((resolve) => setTimeout(resolve, SAVE_DELAY * 2));
      const stored = JSON.stringify(localStorage);
      let text = given;
      if (!text) {
        const bad = structuredClone(p) as unknown as Record<string, Record<string, unknown>>;
        bad.practice.name = '<img src=x onerror="window.hacked=1">';
        bad.factors.evil = { presence: 2, note: 'x' };
        text = JSON.stringify(bad);
      }
      chooseFile(el, text, 'kapot.json');
      await until(() => !!$(el, '[role="alert"] li'), 'the errors');
      const alert = fold($(el, '[role="alert"]'));
      expect(alert).to.contain('kapot.json kan niet worden ingelezen');
      expect(alert).to.match(expected);
      expect(alert).to.contain('Er is niets veranderd.');
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect((window as { hacked?: number }).hacked).to.equal(undefined);
      expect(answers(el.profile)).to.deep.equal(answers(p));
      expect(JSON.stringify(localStorage)).to.equal(stored);
      expect($<HTMLInputElement>(el, '#pp-name')!.value).to.equal(p.practice.name);
    });

  it('shows the distance to each approach with every term of the sum, labelled and with the dossier’s caution and sources', async () => {
    const el = await mount('en');
    const p = completeProfile(dossier);
    await fillForm(el, dossier, p);
    const tables = [...el.shadowRoot!.querySelectorAll('table.distance')];
    expect(tables.length).to.equal(dossier.approaches.length);
    dossier.approaches.forEach((a, i) => {
      // By hand: |ours − theirs| over every answered goal, factor and craft form, an unemphasised item
      // weighing 0 and the approach's leading craft 3.
      let sum = 0;
      for (const c of dossier.crafts) sum += Math.abs(p.crafts[c.id].presence! - (a.leadingCraft?.craft === c.id ? 3 : 0));
      for (const g of dossier.goals) sum += Math.abs(p.goals[g.id].presence! - (a.goals.find((x) => x.goal === g.id)?.weight ?? 0));
      for (const f of dossier.factors) sum += Math.abs(p.factors[f.id].presence! - (a.emphasis.find((x) => x.factor === f.id)?.weight ?? 0));
      expect(fold(tables[i].querySelector('tfoot td')), a.id).to.equal(String(sum));
      const terms = [...tables[i].querySelectorAll('tbody tr td:last-child')].map((td) => Number(td.textContent));
      expect(terms.reduce((x, y) => x + y, 0)).to.equal(sum);
    });
    const results = fold($(el, '.results'));
    expect(results).to.contain('our interpretation of the dossier');
    expect(results).to.contain('In practice the three approaches overlap.');
    expect(fold($(el, '.caution .sources'))).to.contain('Sources:');
    // Political-strategic craft got little attention: the dossier's warning, with its source.
    expect(results).to.contain('reduced to carrying out policy goals set in advance');
    // Every prompt the model finds, and no other, each with its statement and every one of its sources.
    const prompts = reflectionPrompts(dossier, p);
    expect(prompts.length).to.be.greaterThan(0);
    // Those about the comparison are its caution, shown there with their sources; the others as prompts.
    const caution = fold($(el, '.caution'));
    for (const pr of prompts.filter((x) => x.when === 'comparison')) {
      expect(caution, pr.id).to.contain(pr.statement.text.en!);
      for (const id of pr.statement.sources) expect(caution, `${pr.id} ${id}`).to.contain(dossier.references.find((r) => r.id === id)!.citation);
    }
    const others = prompts.filter((x) => x.when !== 'comparison');
    const shown = [...el.shadowRoot!.querySelectorAll('.prompt')];
    expect(shown.length).to.equal(others.length);
    for (const pr of others) {
      // Each statement is its own item, under its reason (said once for all the statements it brings).
      const li = shown.find((x) => fold(x).includes(pr.statement.text.en!) && fold(x.closest('.prompt-group')!).includes(pr.because.en!));
      expect(li, pr.id).to.not.equal(undefined);
      for (const id of pr.statement.sources) expect(fold(li!.querySelector('.sources')), `${pr.id} ${id}`).to.contain(dossier.references.find((r) => r.id === id)!.citation);
    }
    // Each reason is said once, however many statements it brings.
    const reasons = [...el.shadowRoot!.querySelectorAll('.prompt__because strong')].map(fold);
    expect(reasons).to.deep.equal([...new Set(others.map((pr) => pr.because.en!))]);
  });

  it('puts its title at heading-level and its sections one level below, their parts two', async () => {
    const el = await mount();
    const levels = () => [...el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.localName);
    expect(levels()[0]).to.equal('h2');
    expect(new Set(levels().slice(1))).to.deep.equal(new Set(['h3', 'h4']));
    el.setAttribute('heading-level', '4');
    await el.updateComplete;
    expect(levels()[0]).to.equal('h4');
    expect(new Set(levels().slice(1))).to.deep.equal(new Set(['h5', 'h6']));
  });

  it('makes the profile the shared active emphasis on request', async () => {
    const el = await mount();
    const changes: (string | null)[] = [];
    el.addEventListener('approach-change', (e) => changes.push(e.detail.approach));
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => fold(b).startsWith('Toon onze praktijk'))!.click();
    await el.updateComplete;
    expect(changes).to.deep.equal(['~practice']);
    expect(fold($(el, '#pp-showing'))).to.equal('Onze praktijk staat nu in de boom en de vergelijking.');
  });

  it('fits a 320 px phone (288 px inside a page’s margins): nothing wider than the screen but the distance tables, which scroll in a region of their own', async () => {
    const el = await mount();
    const box = document.createElement('div');
    // A 320 px screen less a page's 16 px margins, at the demo page's text size.
    box.style.cssText = 'inline-size: 288px; font-size: 1.125rem';
    el.before(box);
    box.append(el);
    await fillForm(el, dossier, completeProfile(dossier));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const right = box.getBoundingClientRect().right;
    const wide = [...el.shadowRoot!.querySelectorAll('*')]
      .filter((e) => !e.closest('.table-scroll') && e.getBoundingClientRect().right > right + 1)
      .map((e) => `${e.localName}.${e.className}`);
    expect(wide).to.deep.equal([]);
    for (const region of el.shadowRoot!.querySelectorAll<HTMLElement>('.table-scroll')) {
      expect(region.getBoundingClientRect().right).to.be.at.most(right + 1);
      expect(region.tabIndex, 'a scrolling region the keyboard can reach').to.equal(0);
    }
    box.remove();
  });

  for (const lang of ['nl', 'en'] as const)
    it(`is accessible (axe) in ${lang}, empty, filled, and with an import's errors and the confirmation`, async () => {
      const el = await mount(lang);
      await expect(el).to.be.accessible();
      await fillForm(el, dossier, completeProfile(dossier));
      chooseFile(el, '{', 'x.json');
      await until(() => !!$(el, '[role="alert"] li'), 'the errors');
      $<HTMLButtonElement>(el, '#pp-remove')!.click();
      await until(() => !!$(el, '.confirm'), 'the confirmation');
      await expect(el).to.be.accessible();
    });
});
