#!/usr/bin/env node
// Generates a valid dossier of a given number of tree items, for the benchmark.
//
//   node bench/generate.mjs 1000 [out.json]     (default out: bench/tmp/dossier-1000.json)
//   import { generateDossier } from './generate.mjs'
//
// The dossier follows src/model/schema.ts and passes the integrity checks, Dutch and English
// (`node scripts/validate-data.mjs bench/tmp/dossier-1000.json`). Its tree has the real dossier's
// six parts; the items are spread over the collections they hold in the real dossier's
// proportions (goals 3, crafts 2, factors 6, levels 3, actors 14), each list at most MAX_LIST
// long, with a few approaches (3 to 10) since each is a button in the toolbar. Labels are one to
// four words from the real dossier's vocabulary, so they wrap and hyphenate like real ones; ids
// are unique. The same count always gives the same dossier (a seeded random generator).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const real = JSON.parse(readFileSync(resolve(here, '../data/samenlevingsopbouw.json'), 'utf8'));

/** src/model/schema.ts MAX_LIST: no list may be longer. */
const MAX_LIST = 2000;

/** Dutch and English words to build labels from. */
const WORDS = [
  ['informaliteit', 'informality'],
  ['talenten', 'talents'],
  ['hulpbronnen', 'resources'],
  ['zelforganisatie', 'self-organisation'],
  ['leiderschap', 'leadership'],
  ['ruimte', 'room'],
  ['verschil', 'difference'],
  ['conflict', 'conflict'],
  ['handelingsvermogen', 'agency'],
  ['coalities', 'coalitions'],
  ['netwerken', 'networks'],
  ['buurtondersteuners', 'neighbourhood supporters'],
  ['gebiedscoördinatoren', 'area coordinators'],
  ['wijkteammedewerkers', 'district team workers'],
  ['bewoners', 'residents'],
  ['sociale', 'social'],
  ['samenhang', 'cohesion'],
  ['zeggenschap', 'voice'],
  ['veerkracht', 'resilience'],
  ['gemeenschap', 'community'],
  ['vakmanschap', 'craftsmanship'],
  ['beleid', 'policy'],
  ['kwartiermakers', 'pathfinders'],
  ['burgerinitiatieven', 'citizen initiatives'],
  ['democratie', 'democracy'],
  ['wijk', 'district'],
  ['dorp', 'village'],
  ['en', 'and'],
  ['voor', 'for'],
  ['van', 'of'],
];
const APPROACHES = real.approaches.map((a) => a.name);
const BASES = ['dossier', 'dossier', 'dossier', 'dossier', 'dossier', 'dossier', 'dossier', 'dossier', 'talk', 'interpretation'];

/** mulberry32: a small, seeded random generator, so a count always gives the same dossier. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How many items each collection gets: water-filling by weight, every list at most MAX_LIST. */
export function distribute(total) {
  const approaches = Math.min(10, Math.max(3, Math.round(total / 100)));
  const weights = { goals: 3, crafts: 2, factors: 6, levels: 3, actors: 14 };
  const counts = { approaches, goals: 1, crafts: 1, factors: 1, levels: 1, actors: 1 };
  let left = total - approaches - 5;
  if (left < 0) throw new Error(`at least ${approaches + 5} items`);
  if (total > approaches + 5 * MAX_LIST) throw new Error(`at most ${approaches + 5 * MAX_LIST} items (lists hold at most ${MAX_LIST})`);
  while (left > 0) {
    const open = Object.keys(weights).filter((k) => counts[k] < MAX_LIST);
    const sum = open.reduce((s, k) => s + weights[k], 0);
    let given = 0;
    for (const k of open) {
      const share = Math.min(MAX_LIST - counts[k], Math.max(1, Math.floor((left * weights[k]) / sum)), left - given);
      counts[k] += share;
      given += share;
      if (given >= left) break;
    }
    left -= given;
  }
  return counts;
}

export function generateDossier(total, seed = total) {
  const rnd = random(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const basis = () => pick(BASES);
  const label = (min = 1, max = 4) => {
    const n = min + Math.floor(rnd() * (max - min + 1));
    const words = Array.from({ length: n }, () => pick(WORDS));
    const cap = (s) => s[0].toUpperCase() + s.slice(1);
    return { nl: cap(words.map((w) => w[0]).join(' ')), en: cap(words.map((w) => w[1]).join(' ')) };
  };
  const references = real.references.slice(0, 4).map(({ id, kind, citation, identified }) => ({ id, kind, citation, identified }));
  const source = () => [pick(references).id];
  const statement = (name) => ({
    text: { nl: `Over ${name.nl.toLowerCase()}.`, en: `On ${name.en.toLowerCase()}.` },
    basis: basis(),
    sources: source(),
  });
  const item = (id, name = label()) => ({
    id,
    name,
    summary: { nl: `${name.nl}.`, en: `${name.en}.` },
    summaryBasis: 'dossier',
    statements: [statement(name)],
    basis: basis(),
    sources: source(),
  });
  const counts = distribute(total);
  const ids = (kind, n) => Array.from({ length: n }, (_, i) => `${kind}-${i + 1}`);
  const goalIds = ids('goal', counts.goals);
  const craftIds = ids('craft', counts.crafts);
  const factorIds = ids('factor', counts.factors);
  const levelIds = ids('level', counts.levels);
  const some = (list, n) => {
    const out = new Set();
    while (out.size < Math.min(n, list.length)) out.add(pick(list));
    return [...out];
  };
  const SCALES = ['micro', 'meso', 'macro'];

  return {
    format: real.format,
    meta: {
      title: { nl: `Gegenereerd dossier (${total} onderdelen)`, en: `Generated dossier (${total} items)` },
      publisher: 'wat-werkt benchmark',
      year: 2026,
      method: [{ text: { nl: 'Gegenereerd voor de benchmark.', en: 'Generated for the benchmark.' }, basis: 'interpretation', sources: source() }],
      purpose: [{ text: { nl: 'Meten hoe de elementen schalen.', en: 'Measuring how the elements scale.' }, basis: 'interpretation', sources: source() }],
    },
    concepts: [],
    goals: goalIds.map((id) => item(id)),
    approaches: ids('approach', counts.approaches).map((id, i) => ({
      ...item(id, i < APPROACHES.length ? APPROACHES[i] : label(2, 3)),
      emphasis: some(factorIds, 6).map((factor) => ({ factor, weight: 1 + Math.floor(rnd() * 3), basis: basis(), sources: source() })),
      goals: some(goalIds, 2).map((goal) => ({ goal, weight: 1 + Math.floor(rnd() * 3), basis: basis(), sources: source() })),
      leadingCraft: { craft: pick(craftIds), basis: basis(), sources: source() },
    })),
    crafts: craftIds.map((id) => item(id)),
    factors: factorIds.map((id) => ({
      ...item(id),
      levels: some(levelIds, 1).map((level) => ({ level, basis: basis(), sources: source() })),
      serves: some(goalIds, 1).map((goal) => ({ goal, basis: basis(), sources: source() })),
    })),
    levels: levelIds.map((id, i) => ({ ...item(id), scale: SCALES[i % 3] })),
    actors: ids('actor', counts.actors).map((id, i) => ({ ...item(id), setting: i % 3 ? 'formal' : 'informal' })),
    references,
    tree: { parts: real.tree.parts.map(({ id, region, name, holds, basis, sources }) => ({ id, region, name, holds, basis, sources })) },
  };
}

/** The number of tree items of a dossier: the items of every collection a tree part holds. */
export const treeItems = (d) => d.tree.parts.reduce((n, p) => n + d[p.holds].length, 0);

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const total = Number(process.argv[2]);
  if (!Number.isInteger(total) || total < 1) {
    console.error('usage: node bench/generate.mjs <items> [out.json]');
    process.exit(2);
  }
  const out = resolve(process.argv[3] ?? resolve(here, `tmp/dossier-${total}.json`));
  mkdirSync(dirname(out), { recursive: true });
  const dossier = generateDossier(total);
  writeFileSync(out, JSON.stringify(dossier));
  console.log(`${out}: ${treeItems(dossier)} tree items`, distribute(total));
}
