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
import { COLLECTIONS } from './schema.js';
import type { Dossier, Lang } from './types.js';

type RefKind = 'factor' | 'goal' | 'craft' | 'level' | 'reference';

export function checkIntegrity(dossier: Dossier, languages: readonly Lang[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const kindOf = new Map<string, string>(); // item id -> kind
  const firstPath = new Map<string, string>();

  // ── Ids: unique across references and every collection ──
  const claim = (id: string, path: () => string, kind: string) => {
    const first = firstPath.get(id);
    if (first !== undefined) issues.push(issue(path(), 'duplicate-id', { id, first }));
    else {
      firstPath.set(id, path());
      kindOf.set(id, kind);
    }
  };
  dossier.references.forEach((ref, i) => claim(ref.id, () => `references[${i}].id`, 'reference'));
  for (const collection of COLLECTIONS) {
    const kind = collection === 'approaches' ? 'approach' : collection.slice(0, -1);
    dossier[collection].forEach((item, i) => claim(item.id, () => `${collection}[${i}].id`, kind));
  }

  // ── Nothing listed twice: an approach's factors and goals, a factor's levels and goals, tree parts ──
  const twice = (list: readonly Record<string, unknown>[], key: RefKind, path: string) => {
    const seen = new Set<string>();
    list.forEach((entry, i) => {
      const id = entry[key] as string;
      if (seen.has(id)) issues.push(issue(`${path}[${i}].${key}`, 'listed-twice', { id }));
      seen.add(id);
    });
  };
  dossier.approaches.forEach((a, i) => {
    twice(a.emphasis, 'factor', `approaches[${i}].emphasis`);
    twice(a.goals, 'goal', `approaches[${i}].goals`);
  });
  dossier.factors.forEach((f, i) => {
    twice(f.levels, 'level', `factors[${i}].levels`);
    twice(f.serves, 'goal', `factors[${i}].serves`);
  });
  const partIds = new Set<string>();
  dossier.tree.parts.forEach((part, i) => {
    if (partIds.has(part.id)) issues.push(issue(`tree.parts[${i}].id`, 'listed-twice', { id: part.id }));
    partIds.add(part.id);
  });

  // ── Every reference names an item of the right kind ──
  const ref = (id: string, kind: RefKind, path: () => string) => {
    if (kindOf.get(id) !== kind) issues.push(issue(path(), 'unknown-ref', { kind, id }));
  };
  const sources = (list: readonly string[], at: () => string) => {
    for (let i = 0; i < list.length; i++) ref(list[i], 'reference', () => `${at()}.sources[${i}]`);
  };
  const statements = (list: readonly { sources: readonly string[] }[] | undefined, at: () => string) =>
    list?.forEach((s, j) => sources(s.sources, () => `${at()}[${j}]`));
  const related = (list: readonly Record<string, unknown>[], key: RefKind, path: () => string) =>
    list.forEach((entry, i) => {
      const at = () => `${path()}[${i}]`;
      ref(entry[key] as string, key, () => `${at()}.${key}`);
      sources(entry.sources as string[], at);
    });

  statements(dossier.meta.method, () => 'meta.method');
  statements(dossier.meta.purpose, () => 'meta.purpose');
  for (const collection of COLLECTIONS) {
    dossier[collection].forEach((item, i) => {
      const at = () => `${collection}[${i}]`;
      sources(item.sources, at);
      statements(item.statements, () => `${at()}.statements`);
    });
  }
  dossier.approaches.forEach((a, i) => {
    const at = () => `approaches[${i}]`;
    related(a.emphasis, 'factor', () => `${at()}.emphasis`);
    related(a.goals, 'goal', () => `${at()}.goals`);
    if (a.leadingCraft) {
      const craft = a.leadingCraft;
      ref(craft.craft, 'craft', () => `${at()}.leadingCraft.craft`);
      sources(craft.sources, () => `${at()}.leadingCraft`);
    }
    for (const key of ['role', 'methods', 'risks'] as const) statements(a[key], () => `${at()}.${key}`);
  });
  dossier.factors.forEach((f, i) => {
    related(f.levels, 'level', () => `factors[${i}].levels`);
    related(f.serves, 'goal', () => `factors[${i}].serves`);
  });
  dossier.tree.parts.forEach((part, i) => sources(part.sources, () => `tree.parts[${i}]`));

  // ── Every text in each required language (one walk, issues grouped by language) ──
  const missing = languages.map(() => [] as ValidationIssue[]);
  const keys: (string | number)[] = [];
  const pathHere = () => {
    let path = '';
    for (const key of keys) path = typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;
    return path;
  };
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
          if (!record[lang]) missing[l].push(issue(`${pathHere()}.${lang}`, 'missing-language', { language: lang }));
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
