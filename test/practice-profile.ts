/** What the practice profile's tests share (src/components/practice-profile/): mounting, filling, reading the shadow DOM, catching downloads. */
import { fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../src/define/practice-profile.js';
import { until } from './helpers.js';
import type { Dossier } from '../src/model/types.js';
import type { PracticeProfileElement } from '../src/components/practice-profile/practice-profile.js';
import { dossierKey, emptyProfile, type PracticeProfile } from '../src/components/practice-profile/profile-model.js';

export const fold = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

export const $ = <T extends Element = HTMLElement>(el: PracticeProfileElement, selector: string): T | null =>
  el.shadowRoot!.querySelector<T>(selector);

/** Every stored profile of the built-in dossier gone, so that each test starts empty. */
export function clearStorage(dossier: Dossier): void {
  localStorage.removeItem(`wat-werkt.practice:${dossierKey(dossier)}`);
  for (const key of Object.keys(localStorage)) if (key.startsWith('wat-werkt.practice')) localStorage.removeItem(key);
}

/**
 * After a test: the fixtures removed first, then the stored profiles. A profile element saves what is
 * still pending when it leaves the page (as it should: a visitor's last answers are kept), so clearing
 * before the fixtures go left that save behind, for the next test file in the same browser to find
 * (factor-card.test.ts then showed the team's practice in its cards and changed height).
 */
export function cleanUp(dossier: Dossier): void {
  fixtureCleanup();
  clearStorage(dossier);
}

export async function mount(lang: 'nl' | 'en' = 'nl'): Promise<PracticeProfileElement> {
  const el = await fixture<PracticeProfileElement>(html`<practice-profile lang=${lang}></practice-profile>`);
  await until(() => !!$(el, 'form'), 'the form');
  await el.updateComplete;
  return el;
}

/** A complete profile, every answer given, with text that must stay text. */
export function completeProfile(dossier: Dossier): PracticeProfile {
  const p = emptyProfile(dossier);
  p.practice = {
    name: 'Buurtteam <b>Oost</b> & “Noord”',
    neighbourhood: 'Transvaal',
    date: '2026-12-07',
    context: 'Een wijk met veel nieuwe bewoners.\nTweede regel <script>alert(1)</script>',
    question: 'Hoe versterken we zelforganisatie?',
  };
  dossier.goals.forEach((g, i) => (p.goals[g.id] = { presence: ((i % 3) + 1) as 1 | 2 | 3, note: `Doel-notitie ${g.id} <i>x</i>` }));
  dossier.factors.forEach((f, i) => (p.factors[f.id] = { presence: (i % 4) as 0 | 1 | 2 | 3, note: `Voorbeeld ${f.id}: de buurtkamer` }));
  dossier.crafts.forEach((c, i) => (p.crafts[c.id] = { presence: i === 0 ? 3 : 1, note: `Vakmanschap ${c.id}` }));
  p.levels = { ids: dossier.levels.slice(0, 2).map((l) => l.id), note: 'Vooral in de straat en het buurthuis.' };
  return p;
}

/** Types into a field as a user's input does (value, then an input event). */
export function typeInto(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Fills the form with `p` through its fields (not by keyboard: that test is apart). */
export async function fillForm(el: PracticeProfileElement, dossier: Dossier, p: PracticeProfile): Promise<void> {
  for (const [field, value] of Object.entries(p.practice)) typeInto($<HTMLInputElement>(el, `#pp-${field}`)!, value);
  for (const group of ['goals', 'factors', 'crafts'] as const)
    for (const item of dossier[group]) {
      const a = p[group][item.id];
      if (a.presence !== null) $<HTMLInputElement>(el, `input[name="pp-${group}-${item.id}"][value="${a.presence}"]`)!.click();
      typeInto($<HTMLTextAreaElement>(el, `#pp-${group}-${item.id}-note`)!, a.note);
    }
  for (const level of p.levels.ids) $<HTMLInputElement>(el, `#pp-level-${level}`)!.click();
  typeInto($<HTMLTextAreaElement>(el, '#pp-levels-note')!, p.levels.note);
  await el.updateComplete;
}

/** The parts of a profile a team gave (without the time of the last change). */
export const answers = (p: PracticeProfile | undefined) => (p ? { ...p, updated: '' } : p);

/** Catches what the element offers for download: the blobs given to URL.createObjectURL, and no real download. */
export function catchDownloads(): { blobs: Blob[]; names: string[]; restore(): void } {
  const blobs: Blob[] = [];
  const names: string[] = [];
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    blobs.push(blob as Blob);
    return 'blob:caught';
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    names.push(this.download);
  };
  return {
    blobs,
    names,
    restore() {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

/** Gives the file input a file, as choosing one in the file dialog does. */
export function chooseFile(el: PracticeProfileElement, text: string, name = 'profiel.json'): void {
  const input = $<HTMLInputElement>(el, '#pp-import')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
