/**
 * Checks that need the whole dossier, run after the structural check passed:
 * ids unique across all collections, every reference resolvable, nothing listed
 * twice, and every text present in each required language.
 */
import { issue, type ValidationIssue } from './issues.js';
import { COLLECTIONS } from './schema.js';
import type { Dossier, Lang } from './types.js';

interface Ref {
  path: string;
  kind: 'factor' | 'goal' | 'craft' | 'level' | 'reference';
  id: string;
}

export function checkIntegrity(dossier: Dossier, languages: readonly Lang[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const kindOf = new Map<string, string>(); // item id -> kind
  const firstPath = new Map<string, string>();
  const refs: Ref[] = [];

  const claim = (id: string, path: string, kind: string) => {
    const first = firstPath.get(id);
    if (first !== undefined) issues.push(issue(path, 'duplicate-id', { id, first }));
    else {
      firstPath.set(id, path);
      kindOf.set(id, kind);
    }
  };
  const sources = (list: readonly string[], path: string) =>
    list.forEach((id, i) => refs.push({ path: `${path}.sources[${i}]`, kind: 'reference', id }));
  const relate = (entry: Record<string, unknown>, key: Ref['kind'], at: string) => {
    refs.push({ path: `${at}.${key}`, kind: key, id: entry[key] as string });
    sources(entry.sources as string[], at);
  };
  const related = (list: readonly Record<string, unknown>[], key: Ref['kind'], path: string) => {
    const seen = new Set<string>();
    list.forEach((entry, i) => {
      const id = entry[key] as string;
      if (seen.has(id)) issues.push(issue(`${path}[${i}].${key}`, 'listed-twice', { id }));
      seen.add(id);
      relate(entry, key, `${path}[${i}]`);
    });
  };

  dossier.references.forEach((ref, i) => claim(ref.id, `references[${i}].id`, 'reference'));
  dossier.meta.method.forEach((s, i) => sources(s.sources, `meta.method[${i}]`));
  dossier.meta.purpose.forEach((s, i) => sources(s.sources, `meta.purpose[${i}]`));

  for (const collection of COLLECTIONS) {
    const kind = collection === 'approaches' ? 'approach' : collection.slice(0, -1);
    dossier[collection].forEach((item, i) => {
      const at = `${collection}[${i}]`;
      claim(item.id, `${at}.id`, kind);
      sources(item.sources, at);
      item.statements.forEach((s, j) => sources(s.sources, `${at}.statements[${j}]`));
    });
  }
  dossier.approaches.forEach((a, i) => {
    const at = `approaches[${i}]`;
    related(a.emphasis, 'factor', `${at}.emphasis`);
    related(a.goals, 'goal', `${at}.goals`);
    if (a.leadingCraft) relate(a.leadingCraft, 'craft', `${at}.leadingCraft`);
    for (const key of ['role', 'methods', 'risks'] as const)
      a[key]?.forEach((s, j) => sources(s.sources, `${at}.${key}[${j}]`));
  });

  dossier.factors.forEach((f, i) => {
    related(f.levels, 'level', `factors[${i}].levels`);
    related(f.serves, 'goal', `factors[${i}].serves`);
  });

  const partIds = new Set<string>();
  dossier.tree.parts.forEach((part, i) => {
    const at = `tree.parts[${i}]`;
    if (partIds.has(part.id)) issues.push(issue(`${at}.id`, 'listed-twice', { id: part.id }));
    partIds.add(part.id);
    sources(part.sources, at);
  });

  for (const ref of refs) {
    if (kindOf.get(ref.id) !== ref.kind) issues.push(issue(ref.path, 'unknown-ref', { kind: ref.kind, id: ref.id }));
  }

  for (const lang of languages) walkTexts(dossier, '', (text, path) => {
    if (!text[lang]) issues.push(issue(`${path}.${lang}`, 'missing-language', { language: lang }));
  });
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
