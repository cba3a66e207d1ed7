import type { Plugin } from 'vite';
/** `?part=dossier` or `?part=prompts` on an import of data/samenlevingsopbouw.json. */
export const PART: RegExp;
/** The named part of the dossier's JSON text, as JSON text. */
export function builtinPart(json: string, part: 'dossier' | 'prompts'): string;
/** Splits the built-in dossier into its two parts at build time (and when `vite` serves). */
export function builtinPartsPlugin(options?: { whole?: boolean }): Plugin;
