import { expect } from '@open-wc/testing';
import { emptyProfile, formatIssue, validateDossier, type Dossier, type PracticeProfile, type Presence } from '../../src/model/index.js';
import { reflectionPrompts } from '../../src/model/profile-prompts.js';
import { dossierCopy } from '../helpers.js';

let dossier: Dossier;
before(async () => {
  dossier = await dossierCopy();
});

function profileWith(answers: [group: 'goals' | 'factors' | 'crafts', id: string, presence: Presence][], levels: string[] = []): PracticeProfile {
  const profile = emptyProfile(dossier);
  for (const [group, id, presence] of answers) profile[group][id] = { presence, note: '' };
  profile.levels.ids = levels;
  return profile;
}
const ids = (profile: PracticeProfile) => reflectionPrompts(dossier, profile).map((p) => p.id);
const COMPARISON = ['approaches-overlap', 'approaches-interchangeable', 'analyse-which-fits'];

describe('reflection prompts', () => {
  it('none for an empty profile, and none for no profile', () => {
    expect(ids(emptyProfile(dossier))).to.deep.equal([]);
    expect(reflectionPrompts(dossier, null)).to.deep.equal([]);
  });

  it('little political-strategic attention brings the talk\'s warning, with its sources, and nothing else', () => {
    const prompts = reflectionPrompts(dossier, profileWith([['crafts', 'political-strategic', 1]]));
    expect(prompts.map((p) => p.id)).to.deep.equal([
      'political-strategic-low-risk',
      'political-strategic-low-essential',
      'political-strategic-low-part-of-job',
      'political-strategic-low-coherence',
      ...COMPARISON,
    ]);
    const risk = prompts[0];
    const craft = dossier.crafts.find((c) => c.id === 'political-strategic')!;
    expect(risk.statement).to.equal(craft.statements[3]);
    expect(risk.statement.text.en).to.include('reduced to carrying out policy goals set in advance');
    expect(risk.statement.sources).to.deep.equal(['seed-talk']);
    expect(risk).to.include({ item: 'political-strategic', about: 'political-strategic', when: 'presence', ruleBasis: 'interpretation' });
    expect(risk.because.en).to.equal('You said that political-strategic craftsmanship gets no or little attention in your work.');
    // Clear attention (2) is past the rule's maximum (1): no prompt.
    expect(ids(profileWith([['crafts', 'political-strategic', 2]]))).to.deep.equal(COMPARISON);
  });

  it('finds exactly the statements that apply to a whole profile', () => {
    const profile = profileWith(
      [
        ['crafts', 'socio-agogic', 0],
        ['crafts', 'political-strategic', 3],
        ['goals', 'democracy-voice', 3],
        ['goals', 'social-cohesion', 0],
        ['goals', 'capacity-development', 2],
        ['factors', 'difference-conflict', 0],
        ['factors', 'coalitions-networks', 0],
        ['factors', 'informality', 1],
      ],
      ['meso'],
    );
    expect(ids(profile)).to.deep.equal([
      'socio-agogic-low-daily-work',
      'socio-agogic-low-coherence',
      'one-level-meso',
      'no-macro',
      'no-micro',
      'democracy-voice-central',
      'social-cohesion-not-core',
      'difference-conflict-absent',
      'coalitions-networks-absent',
      'coalitions-networks-absent-part-of-job',
      ...COMPARISON,
    ]);
  });

  it('every prompt is a statement of the data, with sources that resolve', () => {
    const profile = profileWith(
      [...dossier.factors.map((f): ['factors', string, Presence] => ['factors', f.id, 0]), ['crafts', 'political-strategic', 0], ['crafts', 'socio-agogic', 0]],
      ['micro'],
    );
    const refs = new Set(dossier.references.map((r) => r.id));
    const prompts = reflectionPrompts(dossier, profile);
    expect(prompts.length).to.be.greaterThan(10);
    for (const p of prompts) {
      const all = [...dossier.goals, ...dossier.factors, ...dossier.crafts, ...dossier.levels, ...dossier.approaches, ...dossier.concepts];
      const item = all.find((i) => i.id === p.item)!;
      expect(item.statements, p.id).to.include(p.statement);
      expect(p.statement.sources.length, p.id).to.be.greaterThan(0);
      for (const s of p.statement.sources) expect(refs.has(s), `${p.id} ${s}`).to.be.true;
      expect(p.because.nl && p.because.en, p.id).to.be.ok;
    }
    // Every factor marked absent brings the dossier's own statement about it.
    for (const f of dossier.factors) expect(prompts.some((p) => p.about === f.id && p.item === f.id), f.id).to.be.true;
  });

  const BROKEN: [string, (d: Dossier) => void, string, string][] = [
    ['an unknown statement item', (d) => (d.prompts![0].statement.item = 'gardening'), 'prompts[0].statement.item', 'unknown-ref'],
    ['a statement past the end', (d) => (d.prompts![0].statement.index = 99), 'prompts[0].statement.index', 'unknown-ref'],
    ['a rule about a concept', (d) => (d.prompts![0].item = 'democratic-professionalism'), 'prompts[0].item', 'unknown-ref'],
    ['a presence rule without item', (d) => delete d.prompts![0].item, 'prompts[0].item', 'required'],
    ['a presence rule without range', (d) => delete d.prompts![0].max, 'prompts[0].max', 'required'],
    ['a presence above 3', (d) => (d.prompts![0].max = 4), 'prompts[0].max', 'out-of-range'],
    ['a comparison rule with an item', (d) => (d.prompts![d.prompts!.length - 1].item = 'meso'), `prompts[27].item`, 'unknown-key'],
    ['a rule id twice', (d) => (d.prompts![1].id = d.prompts![0].id), 'prompts[1].id', 'duplicate-id'],
    ['an unknown kind of rule', (d) => ((d.prompts![0] as Record<string, unknown>).when = 'always'), 'prompts[0].when', 'not-one-of'],
    ['a reason without English', (d) => delete (d.prompts![0].because as { en?: string }).en, 'prompts[0].because.en', 'missing-language'],
  ];
  for (const [name, mutate, path, code] of BROKEN)
    it(`the data refuses ${name}, at ${path}`, async () => {
      const d = await dossierCopy();
      expect(d.prompts).to.have.length(28);
      mutate(d);
      const result = validateDossier(d, { languages: ['nl', 'en'] });
      expect(result.ok).to.be.false;
      if (!result.ok) expect(result.issues.map((i) => `${i.path} ${i.code}`), result.issues.map((i) => formatIssue(i)).join('\n')).to.include(`${path} ${code}`);
    });
});
