import { expect } from '@open-wc/testing';
import { dossierJsonSchema } from '../../scripts/lib/json-schema.mjs';
import schemaFile from '../../data/dossier.schema.json';
import { DossierSchema, MAX_TEXT, formatIssue, parseDossier, validateDossier, walkTexts } from '../../src/model/index.js';
import type { Dossier } from '../../src/model/index.js';
import { dossierCopy } from '../helpers.js';

type Mutation = (d: Dossier & Record<string, unknown>) => unknown;

/** Each broken variant: what we break, the path and code we expect first among the issues. */
const BROKEN: [name: string, mutate: Mutation, path: string, code: string][] = [
  ['format missing', (d) => delete (d as Partial<Dossier>).format, 'format', 'required'],
  ['format wrong', (d) => ((d as Record<string, unknown>).format = 'other@2'), 'format', 'wrong-format'],
  ['meta missing', (d) => delete (d as Partial<Dossier>).meta, 'meta', 'required'],
  ['no goals', (d) => (d.goals = []), 'goals', 'empty-list'],
  ['unknown factor in emphasis', (d) => (d.approaches[1].emphasis[0].factor = 'informality2'), 'approaches[1].emphasis[0].factor', 'unknown-ref'],
  ['duplicate factor id', (d) => (d.factors[3].id = d.factors[0].id), 'factors[3].id', 'duplicate-id'],
  ['reference id clashes with a goal', (d) => (d.references[0].id = d.goals[0].id), 'goals[0].id', 'duplicate-id'],
  ['empty Dutch name', (d) => (d.goals[0].name.nl = ''), 'goals[0].name.nl', 'empty-text'],
  ['name not an object', (d) => ((d.goals[0] as Record<string, unknown>).name = 'Cohesie'), 'goals[0].name', 'wrong-type'],
  ['Dutch text missing', (d) => delete (d.goals[1].summary as Partial<Dossier['goals'][0]['summary']>).nl, 'goals[1].summary.nl', 'required'],
  ['javascript: link', (d) => (d.references[0].url = 'javascript:alert(1)'), 'references[0].url', 'unsafe-link'],
  ['citation in an unknown language', (d) => ((d.references[1] as Record<string, unknown>).lang = 'de'), 'references[1].lang', 'not-one-of'],
  ['data: link', (d) => ((d.meta as Record<string, unknown>).url = 'data:text/html,<b>x</b>'), 'meta.url', 'unsafe-link'],
  ['unknown source', (d) => (d.goals[0].sources[0] = 'nope-2020'), 'goals[0].sources[0]', 'unknown-ref'],
  ['no sources', (d) => (d.goals[0].sources = []), 'goals[0].sources', 'empty-list'],
  ['weight too high', (d) => (d.approaches[0].emphasis[0].weight = 5), 'approaches[0].emphasis[0].weight', 'out-of-range'],
  ['weight not whole', (d) => (d.approaches[2].goals[0].weight = 1.5), 'approaches[2].goals[0].weight', 'out-of-range'],
  ['unknown scale', (d) => ((d.levels[0] as Record<string, unknown>).scale = 'mega'), 'levels[0].scale', 'not-one-of'],
  ['tree holds nothing known', (d) => ((d.tree.parts[0] as Record<string, unknown>).holds = 'trees'), 'tree.parts[0].holds', 'not-one-of'],
  ['unknown field', (d) => ((d.goals[0] as Record<string, unknown>).colour = 'red'), 'goals[0].colour', 'unknown-key'],
  ['id with spaces', (d) => (d.goals[0].id = 'Social Cohesion'), 'goals[0].id', 'invalid-id'],
  ['unknown leading craft', (d) => (d.approaches[0].leadingCraft!.craft = 'gardening'), 'approaches[0].leadingCraft.craft', 'unknown-ref'],
  ['unknown level of a factor', (d) => (d.factors[0].levels[0].level = 'mega'), 'factors[0].levels[0].level', 'unknown-ref'],
  ['a factor where a goal belongs', (d) => (d.factors[0].serves[0].goal = d.factors[1].id), 'factors[0].serves[0].goal', 'unknown-ref'],
  ['year as text', (d) => ((d.meta as Record<string, unknown>).year = '2024'), 'meta.year', 'wrong-type'],
  ['factor emphasised twice', (d) => (d.approaches[0].emphasis[1].factor = d.approaches[0].emphasis[0].factor), 'approaches[0].emphasis[1].factor', 'listed-twice'],
  ['unknown basis', (d) => ((d.goals[0].statements[0] as Record<string, unknown>).basis = 'guess'), 'goals[0].statements[0].basis', 'not-one-of'],
  ['text too long', (d) => (d.goals[0].summary.nl = 'x'.repeat(MAX_TEXT + 1)), 'goals[0].summary.nl', 'too-long'],
  ['statements not a list', (d) => ((d.crafts[0] as Record<string, unknown>).statements = {}), 'crafts[0].statements', 'wrong-type'],
  ['unknown tree part field', (d) => ((d.tree as Record<string, unknown>).trunk = []), 'tree.trunk', 'unknown-key'],
  ['a list where an object belongs', (d) => ((d.goals[0] as Record<string, unknown>).name = [d.goals[0].name]), 'goals[0].name', 'wrong-type'],
  ['actor setting unknown', (d) => ((d.actors[0] as Record<string, unknown>).setting = 'virtual'), 'actors[0].setting', 'not-one-of'],
  // A key present with the value undefined (an object from JavaScript) is missing, like an absent one.
  ['basis undefined', (d) => ((d.concepts[4].statements[2] as Record<string, unknown>).basis = undefined), 'concepts[4].statements[2].basis', 'required'],
  ['format undefined', (d) => ((d as Record<string, unknown>).format = undefined), 'format', 'required'],
];

describe('validateDossier', () => {
  it('accepts the shipped dossier, with Dutch and English everywhere', async () => {
    const result = validateDossier(await dossierCopy(), { languages: ['nl', 'en'] });
    expect(result.ok, result.ok ? '' : result.issues.map((i) => formatIssue(i)).join('\n')).to.be.true;
  });

  it('finds every text of the shipped dossier in Dutch and in English', async () => {
    const missing: string[] = [];
    let texts = 0;
    walkTexts(await dossierCopy(), '', (text, path) => {
      texts++;
      if (!text.nl?.trim()) missing.push(`${path}.nl`);
      if (!text.en?.trim()) missing.push(`${path}.en`);
    });
    expect(texts).to.be.greaterThan(200);
    expect(missing).to.deep.equal([]);
  });

  it(`reports each of ${BROKEN.length} broken variants at its exact path`, async () => {
    expect(BROKEN.length).to.be.at.least(20);
    for (const [name, mutate, path, code] of BROKEN) {
      const dossier = await dossierCopy();
      mutate(dossier as Dossier & Record<string, unknown>);
      const result = validateDossier(dossier);
      expect(result.ok, name).to.be.false;
      if (result.ok) continue;
      const found = result.issues.find((i) => i.path === path);
      expect(found, `${name}: expected an issue at ${path}, got ${result.issues.map((i) => formatIssue(i)).join('; ')}`).to.exist;
      expect(found!.code, name).to.equal(code);
    }
  });

  it('words an unknown reference the way an author reads it, in both languages', async () => {
    const dossier = await dossierCopy();
    dossier.approaches[1].emphasis[0].factor = 'informality2';
    const result = validateDossier(dossier);
    if (result.ok) throw new Error('expected failure');
    expect(formatIssue(result.issues[0], 'en')).to.equal('approaches[1].emphasis[0].factor: unknown factor "informality2"');
    expect(formatIssue(result.issues[0], 'nl')).to.equal('approaches[1].emphasis[0].factor: onbekende factor "informality2"');
  });

  it('requires English only when asked', async () => {
    const dossier = await dossierCopy();
    delete dossier.goals[0].name.en;
    expect(validateDossier(dossier).ok).to.be.true;
    const strict = validateDossier(dossier, { languages: ['nl', 'en'] });
    expect(strict.ok).to.be.false;
    if (!strict.ok) expect(strict.issues.map((i) => [i.path, i.code])).to.deep.equal([['goals[0].name.en', 'missing-language']]);
  });

  it('rejects values that are no dossier at all without throwing', () => {
    for (const value of [null, undefined, 42, 'dossier', [], () => 1]) {
      const result = validateDossier(value);
      expect(result.ok).to.be.false;
      if (!result.ok) expect(result.issues[0].path).to.equal('');
    }
  });

  it('drops unknown keys such as __proto__ and never touches Object.prototype', async () => {
    const text = JSON.stringify(await dossierCopy()).replace('{', '{"__proto__":{"polluted":true},');
    const result = parseDossier(text);
    expect(result.ok).to.be.false;
    if (!result.ok) expect([result.error.issues[0].path, result.error.issues[0].code]).to.deep.equal(['__proto__', 'unknown-key']);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('reports JSON syntax errors as not-json', () => {
    const result = parseDossier('{"format": ');
    expect(result.ok).to.be.false;
    if (!result.ok) {
      expect(result.error.kind).to.equal('not-json');
      expect(result.error.issues[0].code).to.equal('invalid-json');
    }
  });
});

describe('JSON Schema', () => {
  it('is checked in exactly as generated from the model (run `npm run schema` after changing it)', () => {
    expect(schemaFile).to.deep.equal(JSON.parse(JSON.stringify(dossierJsonSchema(DossierSchema))));
  });
});
