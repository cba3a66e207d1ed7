/**
 * The built-in dossier (Movisie, *Wat werkt bij samenlevingsopbouw*, 2024), loaded on
 * first use as its own chunk, so that importing an element does not carry the data.
 */
import { loadFailure } from './issue-core.js';
import type { LoadResult } from './load.js';

let builtin: Promise<LoadResult> | undefined;

/**
 * Never rejects: a chunk that fails to load (offline, blocked) is a `network` error, and the next call tries again.
 * The validator comes with the data, on first use: an element shown by a provider carries neither.
 */
export function loadBuiltinDossier(): Promise<LoadResult> {
  builtin ??= Promise.all([import('../../data/samenlevingsopbouw.json'), import('./load.js')]).then(
    ([module, { fromValue }]) => fromValue(module.default),
    (error: unknown): LoadResult => {
      builtin = undefined;
      return { ok: false, error: { kind: 'network', issues: [loadFailure(error)] } };
    },
  );
  return builtin;
}
