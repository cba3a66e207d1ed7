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
 *
 * The file is one, validated whole, but it is loaded in two parts (scripts/lib/builtin-parts.mjs splits it when
 * the package is built): the dossier without its reflection prompts, which every element shows, and the prompts,
 * which only `<practice-profile>` uses (about 1.1 kB gzip a page with one card need not download, issue 22).
 * `loadBuiltinDossier` gives the first (`prompts` is optional in the model); `withBuiltinPrompts`, in
 * builtin-prompts.ts (imported by the profile alone, so no other element carries it), joins the second.
 */
import { loadFailure } from './issue-core.js';
import type { LoadResult } from './load.js';
import type { Dossier } from './types.js';

let builtin: Promise<LoadResult> | undefined;
/** The built-in dossier as loaded (without prompts), to know it again: builtin-prompts.ts joins its prompts to it. */
let core: Dossier | undefined;

/** The built-in dossier as `loadBuiltinDossier` gave it (without prompts), or undefined before it has loaded. */
export const loadedBuiltinDossier = (): Dossier | undefined => core;

/**
 * Never rejects: a chunk that fails to load (offline, blocked) is a `network` error, and the next call tries again.
 * The value is the module's own, shared by every element that shows it: elements never change a dossier. It holds
 * no reflection prompts: `withBuiltinPrompts` (builtin-prompts.ts) adds them.
 */
export function loadBuiltinDossier(): Promise<LoadResult> {
  builtin ??= import('../../data/samenlevingsopbouw.json?part=dossier').then(
    (module): LoadResult => ({ ok: true, dossier: (core = module.default as Dossier) }),
    (error: unknown): LoadResult => {
      builtin = undefined;
      return { ok: false, error: { kind: 'network', issues: [loadFailure(error)] } };
    },
  );
  return builtin;
}
