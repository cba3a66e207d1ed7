/**
 * Checks that need the whole dossier, run after the structural check passed:
 * ids unique across all collections, every reference resolvable, nothing listed
 * twice, and every text present in each required language.
 *
 * Issues come in this order: duplicate ids, entries listed twice, unknown references,
 * missing languages. A path is spelled out only for an issue: a dossier of 10,000 items
 * holds some 50,000 references, and building a string for each would cost more than
 * checking them.
 */
import { issue, type ValidationIssue } from './issues.js';
import { COLLECTIONS } from './constants.js';
import { findStatement } from './query.js';
import type { Dossier, Lang } from './types.js';

type RefKind = 'factor' | 'goal' | 'craft' | 'level' | 'reference';

/** Where ids are claimed, in this order; an id's first claim is kept as `index * GROUPS + group`. */
const GROUPS = ['references', ...COLLECTIONS] as const;
const KINDS = GROUPS.map((group) => (group === 'approaches' ? 'approach' : group.slice(0, -1)));

/**
 * `texts`, if given, holds every object of the dossier with an `nl` text (a superset will
 * do): when each has every required language, the walk looking for missing ones is skipped.
 */
export function checkIntegrity(dossier: Dossier, languages: readonly Lang[], texts?: readonly Record<string, unknown>[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const claims = new Map<string, number>(); // id -> its first claim
  const claimPath = (claim: number) => `${GROUPS[claim % GROUPS.length]}[${Math.floor(claim / GROUPS.length)}].id`;

  // ── Ids: unique across references and every collection ──
  GROUPS.forEach((group, g) => {
    const list = group === 'references' ? dossier.references : dossier[group];
    for (let i = 0; i < list.length; i++) {
      const id = list[i].id;
      const first = claims.get(id);
      if (first === undefined) claims.set(id, i * GROUPS.length + g);
      else issues.push(issue(`${group}[${i}].id`, 'duplicate-id', { id, first: claimPath(first) }));
    }
  });

  // ── Nothing listed twice: an approach's factors and goals, a factor's levels and goals, tree parts ──
  const seen = new Set<string>();
  const twice = (list: readonly Record<string, unknown>[], key: RefKind | 'id', path: string) => {
    seen.clear();
    for (let i = 0; i < list.length; i++) {
      const id = list[i][key] as string;
      if (seen.has(id)) issues.push(issue(`${path}[${i}].${key}`, 'listed-twice', { id }));
      seen.add(id);
    }
  };
  dossier.approaches.forEach((a, i) => {
    twice(a.emphasis, 'factor', `approaches[${i}].emphasis`);
    twice(a.goals, 'goal', `approaches[${i}].goals`);
  });
  dossier.factors.forEach((f, i) => {
    twice(f.levels, 'level', `factors[${i}].levels`);
    twice(f.serves, 'goal', `factors[${i}].serves`);
  });
  twice(dossier.tree.parts, 'id', 'tree.parts');

  // ── Every reference names an item of the right kind ──
  // `keys` is the path to where we are, spelled out only for an issue.
  const keys: (string | number)[] = [];
  const here = () => {
    let path = '';
    for (const key of keys) path = typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;
    return path;
  };
  const ref = (id: string, kind: RefKind, key: string | number) => {
    const claim = claims.get(id);
    if (claim === undefined || KINDS[claim % GROUPS.length] !== kind) {
      keys.push(key);
      issues.push(issue(here(), 'unknown-ref', { kind, id }));
      keys.pop();
    }
  };
  /** The sources of the object at `keys`. */
  const sources = (list: readonly string[]) => {
    keys.push('sources');
    for (let i = 0; i < list.length; i++) ref(list[i], 'reference', i);
    keys.pop();
  };
  const each = <T>(list: readonly T[] | undefined, key: string | number, check: (entry: T) => void) => {
    if (!list) return;
    keys.push(key);
    for (let i = 0; i < list.length; i++) {
      keys.push(i);
      check(list[i]);
      keys.pop();
    }
    keys.pop();
  };
  const statement = (s: { sources: readonly string[] }) => sources(s.sources);
  const related = (key: RefKind) => (entry: Record<string, unknown>) => {
    ref(entry[key] as string, key, key);
    sources(entry.sources as string[]);
  };
  const [factor, goal, level] = [related('factor'), related('goal'), related('level')];

  keys.push('meta');
  each(dossier.meta.method, 'method', statement);
  each(dossier.meta.purpose, 'purpose', statement);
  keys.pop();
  for (const collection of COLLECTIONS) {
    each(dossier[collection], collection, (item) => {
      sources(item.sources);
      each(item.statements, 'statements', statement);
    });
  }
  each(dossier.approaches, 'approaches', (a) => {
    each(a.emphasis, 'emphasis', factor);
    each(a.goals, 'goals', goal);
    if (a.leadingCraft) {
      keys.push('leadingCraft');
      related('craft')(a.leadingCraft);
      keys.pop();
    }
    for (const key of ['role', 'methods', 'risks'] as const) each(a[key], key, statement);
  });
  each(dossier.factors, 'factors', (f) => {
    each(f.levels, 'levels', level);
    each(f.serves, 'serves', goal);
  });
  keys.push('tree');
  each(dossier.tree.parts, 'parts', (part) => sources(part.sources));
  keys.pop();
  if (dossier.prompts) checkPrompts(dossier.prompts, dossier, (id) => {
    const claim = claims.get(id);
    return claim === undefined ? undefined : KINDS[claim % GROUPS.length];
  }, issues);

  // ── Every text in each required language (one walk, issues grouped by language) ──
  if (texts && allPresent(texts, languages)) return issues;
  const missing = languages.map(() => [] as ValidationIssue[]);
  const visit = (node: unknown) => {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        keys.push(i);
        visit(node[i]);
        keys.pop();
      }
    } else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (typeof record.nl === 'string') {
        languages.forEach((lang, l) => {
          if (!record[lang]) missing[l].push(issue(`${here()}.${lang}`, 'missing-language', { language: lang }));
        });
      } else
        for (const key in record) {
          if (!Object.hasOwn(record, key)) continue;
          keys.push(key);
          visit(record[key]);
          keys.pop();
        }
    }
  };
  if (languages.length) visit(dossier);
  for (const list of missing) issues.push(...list);
  return issues;
}

/** Answers a rule can be about: a goal, factor or craft form (0–3), or a level (chosen or not). */
const ANSWERED = ['goal', 'factor', 'craft', 'level'];

/**
 * Reflection prompts (issue 25): ids unique among them; a `presence` rule names an answered kind of item and a range
 * within 0–3; a `levels` rule a range; a `comparison` rule neither; the statement exists.
 */
function checkPrompts(prompts: NonNullable<Dossier['prompts']>, dossier: Dossier, kindOf: (id: string) => string | undefined, issues: ValidationIssue[]): void {
  const seen = new Map<string, number>();
  prompts.forEach((p, i) => {
    const at = `prompts[${i}]`;
    const first = seen.get(p.id);
    if (first !== undefined) issues.push(issue(`${at}.id`, 'duplicate-id', { id: p.id, first: `prompts[${first}].id` }));
    else seen.set(p.id, i);
    if (p.when === 'presence') {
      if (p.item === undefined) issues.push(issue(`${at}.item`, 'required'));
      else if (!ANSWERED.includes(kindOf(p.item) ?? '')) issues.push(issue(`${at}.item`, 'unknown-ref', { kind: 'item', id: p.item }));
      for (const key of ['min', 'max'] as const)
        if ((p[key] ?? 0) > 3) issues.push(issue(`${at}.${key}`, 'out-of-range', { value: `${p[key]}` }));
    } else if (p.item !== undefined) issues.push(issue(`${at}.item`, 'unknown-key', { key: 'item' }));
    if (p.when === 'comparison') {
      for (const key of ['min', 'max'] as const) if (p[key] !== undefined) issues.push(issue(`${at}.${key}`, 'unknown-key', { key }));
    } else if (p.min === undefined && p.max === undefined) issues.push(issue(`${at}.max`, 'required'));
    const { item, list = 'statements', index } = p.statement;
    const found = kindOf(item) && findStatement(dossier, { item, list, index });
    if (!kindOf(item)) issues.push(issue(`${at}.statement.item`, 'unknown-ref', { kind: 'item', id: item }));
    else if (!found) issues.push(issue(`${at}.statement.index`, 'unknown-ref', { kind: 'statement', id: `${item}.${list}[${index}]` }));
  });
}

function allPresent(texts: readonly Record<string, unknown>[], languages: readonly Lang[]): boolean {
  // Indexed loops: this runs once per page, mostly before the engine has optimised it.
  for (let l = 0; l < languages.length; l++) {
    const lang = languages[l];
    for (let i = 0; i < texts.length; i++) if (!texts[i][lang]) return false;
  }
  return true;
}

/** Calls `visit` for every localised text in the dossier (any object with an `nl` string). */
export function walkTexts(
  node: unknown,
  path: string,
  visit: (text: Record<string, string | undefined>, path: string) => void,
): void {
  if (Array.isArray(node)) node.forEach((child, i) => walkTexts(child, `${path}[${i}]`, visit));
  else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (typeof record.nl === 'string') visit(record as Record<string, string | undefined>, path);
    else for (const [key, child] of Object.entries(record)) walkTexts(child, path ? `${path}.${key}` : key, visit);
  }
}
