/**
 * The built-in dossier's reflection prompts, joined to it for `<practice-profile>`, the only element that uses them:
 * they are a chunk of their own (see builtin.ts), and this module is imported by the profile alone.
 */
import { loadBuiltinDossier, loadedBuiltinDossier } from './builtin.js';
import type { Dossier } from './types.js';

let prompts: Promise<void> | undefined;
/** The built-in dossier joined with its prompts, once they are loaded. */
let joined: Dossier | undefined;

/**
 * `dossier` with its reflection prompts: itself, unless it is the built-in dossier as `loadBuiltinDossier` gave it,
 * whose prompts are loaded apart; then the built-in dossier joined with them (one object, the same on every call), or
 * undefined while they load (`loadBuiltinPrompts` says when they are there). A dossier a host gives carries its own.
 */
export function withBuiltinPrompts(dossier: Dossier): Dossier | undefined {
  if (dossier !== loadedBuiltinDossier()) return dossier;
  return joined;
}

/**
 * Loads the built-in dossier's reflection prompts once. Never rejects: if their chunk fails to load (offline,
 * blocked), the built-in dossier is joined with none (the prompts are an aid, the profile works without them; the
 * failure is logged) and the next page load tries again.
 */
export function loadBuiltinPrompts(): Promise<void> {
  prompts ??= Promise.all([loadBuiltinDossier(), import('../../data/samenlevingsopbouw.json?part=prompts')]).then(
    ([result, module]) => {
      if (result.ok) joined = { ...result.dossier, prompts: module.default as NonNullable<Dossier['prompts']> };
      else prompts = undefined; // the dossier failed to load: its retry tries the prompts again
    },
    (error: unknown) => {
      console.warn('[wat-werkt] the reflection prompts of the built-in dossier could not be loaded:', error);
      const core = loadedBuiltinDossier();
      if (core) joined = { ...core, prompts: [] };
      else prompts = undefined;
    },
  );
  return prompts;
}
