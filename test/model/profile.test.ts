import { expect } from '@open-wc/testing';
import { profileJsonSchema } from '../../scripts/lib/json-schema.mjs';
import schemaFile from '../../data/profile.schema.json';
import {
  MAX_PROFILE_DOCUMENT,
  PROFILE_FORMAT,
  ProfileSchema,
  emptyProfile,
  formatIssue,
  hasAnswers,
  parseProfileFile,
  profileFileText,
  profileKey,
  type Dossier,
  type PracticeProfile,
} from '../../src/model/index.js';
import { dossierCopy } from '../helpers.js';

let dossier: Dossier;
before(async () => {
  dossier = await dossierCopy();
});

/** A filled profile of the shipped dossier, as JSON text after `mutate`. */
function file(mutate: (p: PracticeProfile & Record<string, unknown>) => unknown = () => {}): string {
  const profile = emptyProfile(dossier) as PracticeProfile & Record<string, unknown>;
  profile.practice.name = 'Buurtteam Oost';
  profile.goals['democracy-voice'] = { presence: 3, note: 'Bewonersraad' };
  profile.factors.informality = { presence: 2, note: 'Koffie op het plein' };
  profile.levels = { ids: ['micro', 'meso'], note: '' };
  mutate(profile);
  return JSON.stringify(profile);
}

const BROKEN: [name: string, mutate: (p: PracticeProfile & Record<string, unknown>) => unknown, path: string, code: string][] = [
  ['another format', (p) => (p.format = 'wat-werkt-practice/2' as typeof PROFILE_FORMAT), 'format', 'wrong-format'],
  ['another dossier', (p) => (p.dossier = 'https://example.org/other'), 'dossier', 'other-dossier'],
  ['an unknown goal', (p) => (p.goals['world-peace'] = { presence: 1, note: '' }), 'goals["world-peace"]', 'unknown-ref'],
  ['a factor where a goal belongs', (p) => (p.goals.informality = { presence: 1, note: '' }), 'goals.informality', 'unknown-ref'],
  ['an unknown factor', (p) => (p.factors.luck = { presence: 1, note: '' }), 'factors.luck', 'unknown-ref'],
  ['an unknown craft', (p) => (p.crafts.gardening = { presence: 1, note: '' }), 'crafts.gardening', 'unknown-ref'],
  ['an unknown level', (p) => (p.levels.ids = ['micro', 'mega']), 'levels.ids[1]', 'unknown-ref'],
  ['a level twice', (p) => (p.levels.ids = ['micro', 'micro']), 'levels.ids[1]', 'listed-twice'],
  ['presence 4', (p) => (p.factors.informality.presence = 4 as 3), 'factors.informality.presence', 'out-of-range'],
  ['presence 1.5', (p) => (p.goals['social-cohesion'].presence = 1.5 as 1), 'goals["social-cohesion"].presence', 'out-of-range'],
  ['presence as text', (p) => ((p.crafts["socio-agogic"] as unknown as Record<string, unknown>).presence = 'veel'), 'crafts["socio-agogic"].presence', 'wrong-type'],
  ['a note as HTML object', (p) => ((p.factors.informality as unknown as Record<string, unknown>).note = { html: '<b>x</b>' }), 'factors.informality.note', 'wrong-type'],
  ['a note too long', (p) => (p.factors.informality.note = 'x'.repeat(4001)), 'factors.informality.note', 'too-long'],
  ['an unknown field', (p) => (p.script = 'alert(1)'), 'script', 'unknown-key'],
  ['a date not a date', (p) => (p.practice.date = 'gisteren'), 'practice.date', 'invalid-date'],
  ['a missing practice', (p) => delete (p as Partial<PracticeProfile>).practice, 'practice', 'required'],
  ['an id with spaces', (p) => (p.factors['Geluk hebben'] = { presence: 1, note: '' }), 'factors["Geluk hebben"]', 'invalid-id'],
];

describe('profile model', () => {
  it('an empty profile names the dossier and has every goal, factor and craft form unanswered', () => {
    const profile = emptyProfile(dossier);
    expect(profile.format).to.equal(PROFILE_FORMAT);
    expect(profile.dossier).to.equal(dossier.meta.url);
    expect(profileKey(dossier)).to.equal(dossier.meta.url);
    expect(Object.keys(profile.goals)).to.deep.equal(dossier.goals.map((g) => g.id));
    expect(Object.keys(profile.factors)).to.deep.equal(dossier.factors.map((f) => f.id));
    expect(Object.keys(profile.crafts)).to.deep.equal(dossier.crafts.map((c) => c.id));
    expect(Object.values(profile.factors).every((a) => a.presence === null && a.note === '')).to.be.true;
    expect(hasAnswers(profile)).to.be.false;
  });

  it('reads back its own export, unanswered items filled in', () => {
    const text = file((p) => delete (p.factors as Record<string, unknown>)['capacity-to-act']);
    const result = parseProfileFile(text, dossier);
    expect(result.ok, result.ok ? '' : result.issues.map((i) => formatIssue(i)).join('\n')).to.be.true;
    if (!result.ok) return;
    expect(result.profile.goals['democracy-voice']).to.deep.equal({ presence: 3, note: 'Bewonersraad' });
    expect(result.profile.factors['capacity-to-act']).to.deep.equal({ presence: null, note: '' });
    expect(hasAnswers(result.profile)).to.be.true;
    const again = parseProfileFile(profileFileText(result.profile), dossier);
    expect(again.ok && again.profile).to.deep.equal(result.profile);
  });

  for (const [name, mutate, path, code] of BROKEN)
    it(`refuses ${name}, at ${path}`, () => {
      const result = parseProfileFile(file(mutate), dossier);
      expect(result.ok).to.be.false;
      if (result.ok) return;
      expect(result.issues.map((i) => `${i.path} ${i.code}`)).to.include(`${path} ${code}`);
      for (const i of result.issues) {
        expect(formatIssue(i, 'nl')).to.be.a('string').and.not.include('undefined');
        expect(formatIssue(i, 'en')).to.be.a('string').and.not.include('undefined');
      }
    });

  it('refuses what is not a profile file, and says why in both languages', () => {
    const cases: [string, string][] = [
      ['{"format": ', 'invalid-json'],
      ['[]', 'wrong-type'],
      ['null', 'wrong-type'],
      [' '.repeat(MAX_PROFILE_DOCUMENT + 1), 'too-large'],
    ];
    for (const [text, code] of cases) {
      const result = parseProfileFile(text, dossier);
      expect(!result.ok && result.issues[0].code, text.slice(0, 20)).to.equal(code);
    }
    const large = parseProfileFile(' '.repeat(MAX_PROFILE_DOCUMENT + 1), dossier);
    expect(!large.ok && formatIssue(large.issues[0], 'nl')).to.equal(`het bestand is te groot (hoogstens ${MAX_PROFILE_DOCUMENT} tekens)`);
  });

  it('keeps hostile keys out and reports a flood of problems briefly', () => {
    const proto = parseProfileFile(file().replace('"goals":{', '"goals":{"__proto__":{"presence":3,"note":""},'), dossier);
    if (proto.ok) expect(Object.getPrototypeOf(proto.profile.goals)).to.equal(Object.prototype);
    const many = JSON.parse(file());
    for (let i = 0; i < 5000; i++) many.factors[`f${i}`] = { presence: 9, note: 1 };
    const result = parseProfileFile(JSON.stringify(many), dossier);
    expect(result.ok).to.be.false;
    expect(!result.ok && result.issues.length).to.be.at.most(100);
  });

  it('publishes the JSON Schema the valibot definition gives (npm run schema)', () => {
    expect(schemaFile).to.deep.equal(JSON.parse(JSON.stringify(profileJsonSchema(ProfileSchema))));
  });
});
