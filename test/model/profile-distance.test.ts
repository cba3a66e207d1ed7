import { expect } from '@open-wc/testing';
import { emptyProfile, type Dossier, type PracticeProfile, type Presence } from '../../src/model/index.js';
import { profileDistances } from '../../src/model/profile-distance.js';
import { PROFILE_SOURCE_ID, emphasisFor, emphasisSources, profileEmphasis, sourcesEmphasising } from '../../src/model/emphasis-sources.js';
import { dossierCopy } from '../helpers.js';

let dossier: Dossier;
let profile: PracticeProfile;
before(async () => {
  dossier = await dossierCopy();
  profile = emptyProfile(dossier);
  const set = (group: 'goals' | 'factors' | 'crafts', id: string, presence: Presence) => (profile[group][id] = { presence, note: '' });
  set('goals', 'social-cohesion', 3);
  set('goals', 'capacity-development', 1);
  set('factors', 'informality', 2);
  set('factors', 'talents-resources', 0);
  set('factors', 'self-organisation-leadership', 3);
  set('factors', 'capacity-to-act', 1);
  set('factors', 'coalitions-networks', 2);
  set('crafts', 'socio-agogic', 3);
  set('crafts', 'political-strategic', 1);
  // Unanswered: democracy-voice, difference-conflict.
});

describe('distance between a profile and the approaches', () => {
  it('matches a hand computation, term by term', () => {
    // By hand, from the approaches' weights in data/samenlevingsopbouw.json (not emphasised = 0, leading craft = 3):
    //                        team  CD  CB  CO
    // social-cohesion          3    2   3   1
    // capacity-development     1    3   2   2
    // informality              2    0   3   0
    // talents-resources        0    2   3   1
    // self-organisation        3    1   2   3
    // capacity-to-act          1    2   1   2
    // coalitions-networks      2    3   1   2
    // socio-agogic             3    0   3   0
    // political-strategic      1    3   0   3
    // CD: 1+2+2+2+2+1+1+3+2 = 16; CB: 0+1+1+3+1+0+1+0+1 = 8; CO: 2+1+2+1+0+1+0+3+2 = 12; over 9 answered items.
    const [cd, cb, co] = profileDistances(dossier, profile);
    expect([cd.approach.id, cb.approach.id, co.approach.id]).to.deep.equal(['community-development', 'community-building', 'community-organizing']);
    expect(cb.terms.map((t) => [t.item, t.profile, t.approach, t.difference])).to.deep.equal([
      ['social-cohesion', 3, 3, 0],
      ['capacity-development', 1, 2, 1],
      ['informality', 2, 3, 1],
      ['talents-resources', 0, 3, 3],
      ['self-organisation-leadership', 3, 2, 1],
      ['capacity-to-act', 1, 1, 0],
      ['coalitions-networks', 2, 1, 1],
      ['socio-agogic', 3, 3, 0],
      ['political-strategic', 1, 0, 1],
    ]);
    expect([cd.sum, cb.sum, co.sum]).to.deep.equal([16, 8, 12]);
    for (const d of [cd, cb, co]) {
      expect(d.answered).to.equal(9);
      expect(d.unanswered).to.equal(2);
      expect(d.basis).to.equal('interpretation');
    }
    expect(cd.mean).to.be.closeTo(16 / 9, 1e-12);
    expect(cb.normalised).to.be.closeTo(8 / 27, 1e-12);
    expect(co.normalised).to.be.closeTo(12 / 27, 1e-12);
  });

  it('says nothing when nothing is answered', () => {
    for (const d of profileDistances(dossier, emptyProfile(dossier))) {
      expect(d.terms).to.deep.equal([]);
      expect(d.mean).to.equal(null);
      expect(d.normalised).to.equal(null);
      expect(d.unanswered).to.equal(dossier.goals.length + dossier.factors.length + dossier.crafts.length);
    }
  });
});

describe('emphasis sources', () => {
  it('give the approaches, then the profile as the team\'s own, with its weights exactly', () => {
    const sources = emphasisSources(dossier, profile);
    expect(sources.map((s) => `${s.kind} ${s.id}`)).to.deep.equal([
      'approach community-development',
      'approach community-building',
      'approach community-organizing',
      `profile ${PROFILE_SOURCE_ID}`,
    ]);
    const own = emphasisFor(dossier, PROFILE_SOURCE_ID, profile);
    expect(own).to.equal(sources[3].emphasis);
    expect(own).to.equal(profileEmphasis(profile));
    // "not" (0) and unanswered are not emphasis; every weight is the team's own.
    expect([...own].map(([id, e]) => `${id} ${e.weight} ${e.basis}`)).to.deep.equal([
      'social-cohesion 3 own',
      'capacity-development 1 own',
      'informality 2 own',
      'self-organisation-leadership 3 own',
      'capacity-to-act 1 own',
      'coalitions-networks 2 own',
      'socio-agogic 3 own',
      'political-strategic 1 own',
    ]);
    expect(sourcesEmphasising(dossier, 'informality', profile).map((e) => `${e.source.id} ${e.weight}`)).to.deep.equal([
      'community-building 3',
      `${PROFILE_SOURCE_ID} 2`,
    ]);
    expect(emphasisSources(dossier, emptyProfile(dossier))).to.have.length(3);
    expect(emphasisSources(dossier, null)).to.have.length(3);
    expect(emphasisFor(dossier, PROFILE_SOURCE_ID, null).size).to.equal(0);
  });
});
