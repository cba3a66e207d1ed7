// <practice-profile> inside a provider: the provider keeps the profile (storage) and shares it, so the
// comparator beside it shows "our practice" once the team has paused typing, and the button makes it the
// active emphasis of every element around the provider.
import { expect, fixture, html } from '@open-wc/testing';
import '../../define/dossier-provider.js';
import '../../define/approach-comparator.js';
import { dossierCopy, shadowText, until } from '../../../test/helpers.js';
import { $, answers, catchDownloads, chooseFile, cleanUp, clearStorage, completeProfile, fillForm, fold } from '../../../test/practice-profile.js';
import type { DossierProvider } from '../dossier-provider/dossier-provider.js';
import { profileStorageKey } from '../../model/profile-key.js';
import type { Dossier } from '../../model/types.js';
import type { PracticeProfileElement } from './practice-profile.js';
import { emptyProfile } from './profile-model.js';

async function page(): Promise<{ provider: DossierProvider; el: PracticeProfileElement; comparator: HTMLElement }> {
  const provider = await fixture<DossierProvider>(html`<dossier-provider lang="nl">
    <practice-profile></practice-profile>
    <approach-comparator></approach-comparator>
  </dossier-provider>`);
  const el = provider.querySelector('practice-profile')!;
  const comparator = provider.querySelector<HTMLElement>('approach-comparator')!;
  await until(() => !!$(el, 'form') && shadowText(comparator).includes('Community Building'), 'the form and the comparator');
  return { provider, el, comparator };
}

describe('<practice-profile> in a provider', function () {
  this.timeout(60_000);
  let dossier: Dossier;
  before(async () => {
    dossier = await dossierCopy();
  });
  beforeEach(() => clearStorage(dossier));
  afterEach(() => cleanUp(dossier));

  it('hands the profile to the provider after a pause: kept in storage, shown by the comparator, made the active emphasis', async () => {
    const { el, comparator } = await page();
    expect(shadowText(comparator)).not.to.contain('Onze praktijk');
    const p = completeProfile(dossier);
    await fillForm(el, dossier, p);
    await until(() => shadowText(comparator).includes('Onze praktijk'), 'our practice beside the approaches');
    // The provider writes once its store's chunk is there.
    await until(() => localStorage.getItem(profileStorageKey(dossier)) !== null, 'the profile kept');
    const stored = JSON.parse(localStorage.getItem(profileStorageKey(dossier))!);
    expect(answers(stored)).to.deep.equal(answers(p));

    const changes: (string | null)[] = [];
    el.addEventListener('approach-change', (e) => changes.push(e.detail.approach));
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => fold(b).startsWith('Toon onze praktijk'))!.click();
    await el.updateComplete;
    expect(changes).to.deep.equal(['~practice']);
    await until(() => fold($(el, '#pp-showing')) !== '', 'the status');
  });

  it('takes over a profile already kept for the dossier, and another element’s change of it', async () => {
    const p = completeProfile(dossier);
    localStorage.setItem(profileStorageKey(dossier), JSON.stringify(p));
    const { provider, el } = await page();
    await until(() => $<HTMLInputElement>(el, '#pp-name')!.value === p.practice.name, 'the stored profile');
    const other = { ...emptyProfile(dossier), practice: { ...p.practice, name: 'Ander team' } };
    // Another element around the same provider (a second form, a host's script through the context) replaces it.
    const selectionHolder = document.createElement('practice-profile');
    provider.append(selectionHolder);
    await until(() => !!selectionHolder.shadowRoot?.querySelector('form'), 'the second form');
    (selectionHolder as unknown as { data: { setProfile(p: unknown): void } }).data.setProfile(other);
    await until(() => $<HTMLInputElement>(el, '#pp-name')!.value === 'Ander team', 'the first form follows');
  });

  it('export → delete → import through the provider restores everything, and deleting clears storage', async () => {
    const { el, comparator } = await page();
    const p = completeProfile(dossier);
    await fillForm(el, dossier, p);
    const downloads = catchDownloads();
    try {
      [...el.shadowRoot!.querySelectorAll('button')].find((b) => fold(b) === 'Bewaar als bestand (JSON)')!.click();
      await until(() => downloads.blobs.length === 1, 'the export');
    } finally {
      downloads.restore();
    }
    $<HTMLButtonElement>(el, '#pp-remove')!.click();
    await until(() => !!$(el, '.confirm'), 'the confirmation');
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.confirm button')].find((b) => fold(b) === 'Ja, wissen')!.click();
    await until(() => localStorage.getItem(profileStorageKey(dossier)) === null && !shadowText(comparator).includes('Onze praktijk'), 'deleted everywhere');
    expect(answers(el.profile)).to.deep.equal(answers(emptyProfile(dossier)));

    chooseFile(el, await downloads.blobs[0].text());
    await until(() => shadowText(comparator).includes('Onze praktijk'), 'imported everywhere');
    expect(answers(el.profile)).to.deep.equal(answers(p));
    await until(() => localStorage.getItem(profileStorageKey(dossier)) !== null, 'the profile kept');
    expect(answers(JSON.parse(localStorage.getItem(profileStorageKey(dossier))!))).to.deep.equal(answers(p));
  });
});
