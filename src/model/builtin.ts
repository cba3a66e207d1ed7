/**
 * The built-in dossier (Movisie, *Wat werkt bij samenlevingsopbouw*, 2024), loaded on
 * first use as its own chunk, so that importing an element does not carry the data.
 */
import type { LoadResult } from './load.js';
import { fromValue } from './load.js';

let builtin: Promise<LoadResult> | undefined;

export function loadBuiltinDossier(): Promise<LoadResult> {
  builtin ??= import('../../data/samenlevingsopbouw.json').then((module) => fromValue(module.default));
  return builtin;
}
