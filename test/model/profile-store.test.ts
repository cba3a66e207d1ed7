import { expect } from '@open-wc/testing';
import { emptyProfile, profileKey, type Dossier } from '../../src/model/index.js';
import { PROFILE_STORAGE_PREFIX, deleteProfile, loadProfile, saveProfile, setAsideProfiles, type ProfileStorage } from '../../src/model/profile-store.js';
import { dossierCopy } from '../helpers.js';

/** A storage of our own: a Map, or one that refuses as a browser's does when storage is off or full. */
function memory(refuse: '' | 'read' | 'write' = ''): ProfileStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => {
      if (refuse === 'read') throw new DOMException('denied', 'SecurityError');
      return map.get(key) ?? null;
    },
    setItem: (key, value) => {
      if (refuse) throw new DOMException('full', 'QuotaExceededError');
      map.set(key, value);
    },
    removeItem: (key) => void map.delete(key),
  };
}

let dossier: Dossier;
before(async () => {
  dossier = await dossierCopy();
});

describe('profile storage', () => {
  it('keeps a profile per dossier and gives it back whole', () => {
    const storage = memory();
    expect(loadProfile(storage, dossier)).to.deep.equal({ state: 'none' });
    const profile = emptyProfile(dossier);
    profile.practice.name = 'Buurtteam Oost';
    profile.crafts['political-strategic'] = { presence: 1, note: 'Weinig contact met de gemeente' };
    expect(saveProfile(storage, dossier, profile)).to.deep.equal({ ok: true });
    expect([...storage.map.keys()]).to.deep.equal([PROFILE_STORAGE_PREFIX + profileKey(dossier)]);
    expect(loadProfile(storage, dossier)).to.deep.equal({ state: 'ok', profile });
    const other = { ...dossier, meta: { ...dossier.meta, url: 'https://example.org/ander-dossier' } };
    expect(loadProfile(storage, other)).to.deep.equal({ state: 'none' });
    expect(deleteProfile(storage, dossier)).to.deep.equal({ ok: true });
    expect(storage.map.size).to.equal(0);
  });

  it('sets a corrupt value aside, says why, and loses nothing', () => {
    const storage = memory();
    const key = PROFILE_STORAGE_PREFIX + profileKey(dossier);
    storage.map.set(key, '{"format":"wat-werkt-practice/1","dossi');
    const first = loadProfile(storage, dossier);
    expect(first.state).to.equal('corrupt');
    if (first.state !== 'corrupt') return;
    expect(first.issues[0].code).to.equal('invalid-json');
    expect(first.raw).to.equal('{"format":"wat-werkt-practice/1","dossi');
    expect(storage.map.get(first.keptAs)).to.equal(first.raw);
    expect(storage.map.has(key)).to.be.false;
    // A second bad value does not overwrite the first.
    storage.map.set(key, JSON.stringify({ ...emptyProfile(dossier), goals: { nope: { presence: 1, note: '' } } }));
    const second = loadProfile(storage, dossier);
    expect(second.state === 'corrupt' && second.issues.map((i) => `${i.path} ${i.code}`)).to.deep.equal(['goals.nope unknown-ref']);
    expect(setAsideProfiles(storage, dossier).map((s) => s.raw)).to.deep.equal([first.raw, second.state === 'corrupt' ? second.raw : '']);
    // A new profile can be kept beside them; deleting removes all.
    saveProfile(storage, dossier, emptyProfile(dossier));
    expect(loadProfile(storage, dossier).state).to.equal('ok');
    deleteProfile(storage, dossier);
    expect(storage.map.size).to.equal(0);
  });

  it('says so when the browser refuses, and never throws', () => {
    expect(loadProfile(memory('read'), dossier).state).to.equal('unavailable');
    const full = memory('write');
    expect(saveProfile(full, dossier, emptyProfile(dossier)).ok).to.be.false;
    // A corrupt value that cannot be moved aside stays where it was.
    const key = PROFILE_STORAGE_PREFIX + profileKey(dossier);
    full.map.set(key, 'not json');
    const stored = loadProfile(full, dossier);
    expect(stored.state === 'corrupt' && stored.keptAs).to.equal(key);
    expect(full.map.get(key)).to.equal('not json');
  });

  it('works with the page\'s localStorage', () => {
    const profile = emptyProfile(dossier);
    profile.levels.ids = ['macro'];
    try {
      saveProfile(localStorage, dossier, profile);
      expect(loadProfile(localStorage, dossier)).to.deep.equal({ state: 'ok', profile });
    } finally {
      deleteProfile(localStorage, dossier);
    }
    expect(loadProfile(localStorage, dossier)).to.deep.equal({ state: 'none' });
  });
});
