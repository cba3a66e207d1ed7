/**
 * The built-in dossier (Movisie, *Wat werkt bij samenlevingsopbouw*, 2024), loaded on
 * first use as its own chunk, so that importing an element does not carry the data.
 *
 * It is checked when the package is built, not in the visitor's browser: every build (vite.config.ts,
 * scripts/lib/validate-data-plugin.mjs) fails when data/samenlevingsopbouw.json is not a valid dossier
 * in Dutch and English, as do `npm run validate-data` and the model's tests. So a page that shows it
 * carries no validator and no issues' messages (about 7.7 kB gzip, a sixth of a one-card page). A dossier
 * a host gives (`src`, the `dossier` property, inline JSON, the embed page's `src`) is still validated at
 * runtime, always.
 */
import { loadFailure } from './issue-core.js';
import type { LoadResult } from './load.js';
import type { Dossier } from './types.js';

let builtin: Promise<LoadResult> | undefined;

/**
 * Never rejects: a chunk that fails to load (offline, blocked) is a `network` error, and the next call tries again.
 * The value is the module's own, shared by every element that shows it: elements never change a dossier.
 */
export function loadBuiltinDossier(): Promise<LoadResult> {
  builtin ??= import('../../data/samenlevingsopbouw.json').then(
    (module): LoadResult => ({ ok: true, dossier: module.default as unknown as Dossier }),
    (error: unknown): LoadResult => {
      builtin = undefined;
      return { ok: false, error: { kind: 'network', issues: [loadFailure(error)] } };
    },
  );
  return builtin;
}
