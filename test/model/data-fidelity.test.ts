/**
 * The shipped dossier says what its sources say (issue 24): one test per defect an audit against the
 * two seed texts found, and the rules that keep every statement traceable to a seed.
 */
import { expect } from '@open-wc/testing';
import type { Basis, Dossier, LocalizedText, Statement } from '../../src/model/index.js';
import { dossierCopy } from '../helpers.js';

const PUBLICATION = 'https://www.movisie.nl/publicatie/wat-werkt-samenlevingsopbouw';
const ANNOUNCEMENT = 'https://www.movisie.nl/artikel/19-maart-dag-sociaal-werk-over-gemeenschapskracht-samenlevingsopbouw';

/** Both languages of a text, for one search. */
const both = (text: LocalizedText | undefined) => `${text?.nl ?? ''}\n${text?.en ?? ''}`;

/** Every object in the dossier that says how we know it (items, statements, relations, tree parts), with its path. */
function sourced(value: unknown, path = '', out: [string, { basis: Basis; sources: string[] }][] = []) {
  if (Array.isArray(value)) value.forEach((v, i) => sourced(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.basis === 'string' && Array.isArray(o.sources)) out.push([path, o as { basis: Basis; sources: string[] }]);
    for (const [k, v] of Object.entries(o)) if (k !== 'references') sourced(v, path ? `${path}.${k}` : k, out);
  }
  return out;
}

/** Every statement in the dossier, with its path. */
const statementsOf = (d: Dossier) => sourced(d).filter(([, s]) => 'text' in s) as [string, Statement][];

/** Every English text of the dossier, in document order. */
function englishTexts(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => englishTexts(v, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.en === 'string' && typeof o.nl === 'string') out.push(o.en);
    else Object.values(o).forEach((v) => englishTexts(v, out));
  }
  return out;
}

const byId = <T extends { id: string }>(list: T[], id: string) => list.find((x) => x.id === id)!;

describe('the shipped dossier against its seeds', () => {
  let d: Dossier;
  before(async () => {
    d = await dossierCopy();
  });

  it('1. places the factors in the roots as our interpretation: "aan de basis van het vak" is about the profession, not the picture', () => {
    const roots = d.tree.parts.find((p) => p.region === 'roots')!;
    expect(roots.basis).to.equal('interpretation');
    expect(both(roots.note)).to.contain('aan de basis van het vak');
  });

  it('2. words the factors as the talk report does ("in onderzoek steeds terugkeren"), not as what "the dossier names"', () => {
    const claims = /het dossier noemt|volgens het dossier|uit het dossier|the dossier names|according to the dossier|in the dossier/i;
    for (const [i, f] of d.factors.entries()) {
      expect(both(f.summary), `factors[${i}].summary`).not.to.match(claims);
      f.statements.forEach((s, j) => expect(both(s.text), `factors[${i}].statements[${j}]`).not.to.match(claims));
    }
    for (const id of ['talents-resources', 'difference-conflict', 'capacity-to-act']) {
      const first = byId(d.factors, id).statements[0];
      expect(first.text.nl, id).to.match(/in onderzoek (steeds|telkens)? ?(terugke|terugko|opduik)/);
      expect(first.text.en, id).to.match(/research/);
    }
  });

  it('3. gives no approach statement the dossier as its basis while crediting the report or the talk in its text', () => {
    for (const [i, a] of d.approaches.entries())
      a.statements.forEach((s, j) => {
        if (s.basis === 'dossier') expect(both(s.text), `approaches[${i}].statements[${j}]`).not.to.match(/verslag|lezing|\breport\b|\btalk\b/i);
      });
  });

  it('4. files the "stable body of thought" of all three levels under no single level, and says what the awareness is', () => {
    for (const level of d.levels) for (const s of level.statements) expect(both(s.text), level.id).not.to.match(/gedachtegoed|body of thought|dat besef hoort erbij/);
    const thought = statementsOf(d).filter(([, s]) => s.text.nl.includes('gedachtegoed'));
    expect(thought.length).to.be.greaterThan(0);
    for (const [path, s] of thought) expect(s.text.nl, path).to.match(/micro/).and.match(/meso/).and.match(/macro/);
  });

  it('5. speaks of "hooggespannen" (high) expectations, not inflated ones', () => {
    const purpose = d.meta.purpose.map((s) => both(s.text)).join('\n');
    expect(purpose).not.to.match(/al te hoge|inflated/i);
    expect(purpose).to.contain('hooggespannen').and.to.match(/high expectations/);
  });

  it('6. says policy goals set in advance, not set "by others"', () => {
    const executors = byId(d.crafts, 'political-strategic').statements.find((s) => s.text.nl.includes('uitvoerders'))!;
    expect(executors.text.nl).to.contain('vooraf vastgestelde beleidsdoelen').and.not.contain('anderen');
    expect(executors.text.en).not.to.contain('others');
  });

  it('7. keeps the "tendency" (neiging) that the discussion criticised', () => {
    const narrowing = byId(d.concepts, 'democratic-professionalism').statements.find((s) => s.text.nl.includes('versmallen'))!;
    expect(narrowing.text.nl).to.contain('neiging');
    expect(narrowing.text.en).to.contain('tendency');
  });

  it('8. marks the pacification tradition as from the talk, not from the dossier', () => {
    const pacification = byId(d.goals, 'social-cohesion').statements.find((s) => s.text.nl.includes('pacificatie'))!;
    expect(pacification.basis).to.equal('talk');
    expect(pacification.sources).to.deep.equal(['seed-talk']);
  });

  it('9. says the dossier is extensive, and gives the meeting’s conclusion on what the work asks for', () => {
    const extensive = d.meta.method.find((s) => s.text.nl.includes('omvangrijk'));
    expect(extensive?.sources).to.include('seed-talk');
    const conclusion = statementsOf(d).find(([, s]) => s.text.nl.includes('reflectie'));
    expect(conclusion, 'the conclusion').to.exist;
    const [, s] = conclusion!;
    expect(s.basis).to.equal('talk');
    expect(s.text.nl).to.contain('vakmanschap').and.contain('samenwerking').and.contain('politieke karakter');
    expect(s.text.en).to.contain('craftsmanship').and.contain('reflection').and.contain('cooperation').and.contain('political');
  });

  it('gives every statement from the dossier or the talk a seed among its sources', () => {
    const seeds = new Set(d.references.filter((r) => r.kind === 'seed').map((r) => r.id));
    const unsourced = sourced(d)
      .filter(([, s]) => s.basis !== 'interpretation' && !s.sources.some((id) => seeds.has(id)))
      .map(([path]) => path);
    expect(unsourced).to.deep.equal([]);
  });

  it('lists a seed first only where the seed supports the statement: an interpretation leaning on background reading lists that first', () => {
    const kind = new Map(d.references.map((r) => [r.id, r.kind]));
    const wrong = sourced(d)
      .filter(([, s]) => s.basis === 'interpretation' && s.sources.some((id) => kind.get(id) === 'background') && kind.get(s.sources[0]) === 'seed')
      .map(([path]) => path);
    expect(wrong).to.deep.equal([]);
  });

  it('links to Movisie’s own pages: the publication and the announcement', () => {
    expect(d.meta.url).to.equal(PUBLICATION);
    expect(byId(d.references, 'movisie-2024').url).to.equal(PUBLICATION);
    expect(byId(d.references, 'seed-announcement').url).to.equal(ANNOUNCEMENT);
  });

  it('marks summaries that go beyond the seeds as interpretation', () => {
    for (const id of ['kwartiermakers', 'social-brokers', 'active-residents', 'community-police-officers'])
      expect(byId(d.actors, id).summaryBasis, id).to.equal('interpretation');
    const socioAgogic = byId(d.crafts, 'socio-agogic');
    if (socioAgogic.summaryBasis === 'dossier') expect(socioAgogic.summary.nl).not.to.contain('met bewoners en groepen');
  });
});

describe('the shipped dossier in English', () => {
  let d: Dossier;
  let english: string;
  before(async () => {
    d = await dossierCopy();
    english = englishTexts(d).join('\n');
  });

  it('has none of the phrases the audit flagged', () => {
    for (const phrase of ['in one breath', 'mixed up', 'contributes substantially', 'assignments and commissions', 'under rising', 'that same municipality', 'inflated'])
      expect(english, phrase).not.to.contain(phrase);
    expect(both(byId(d.concepts, 'democratic-professionalism').statements[2].text)).to.contain('crucial role');
  });

  it('keeps "(our translation)" out of the quoted definition, and says it beside the quote', () => {
    const definition = byId(d.concepts, 'definition');
    expect(definition.quote!.en).not.to.contain('translation');
    expect(definition.statements.some((s) => s.text.en?.includes('our translation'))).to.be.true;
    expect(definition.summary.en).to.contain('linking up with');
  });

  it('says that "agogisch" is the Dutch term', () => {
    expect(byId(d.crafts, 'socio-agogic').statements.some((s) => /‘agogisch’/.test(s.text.en ?? ''))).to.be.true;
  });

  it('makes the list of Community Organizing parallel', () => {
    expect(byId(d.approaches, 'community-organizing').statements[0].text.en).to.contain('building power, collective advocacy and political voice');
  });

  it('explains WRR and BPSW where an English text first uses them', () => {
    const texts = englishTexts(d);
    expect(texts.find((t) => t.includes('WRR'))).to.contain('Scientific Council for Government Policy');
    expect(texts.find((t) => t.includes('BPSW'))).to.contain('professional association');
  });
});
