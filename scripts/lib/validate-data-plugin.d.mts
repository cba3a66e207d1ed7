import type { Plugin } from 'vite';
export const DATA_FILE: string;
/** The issues of data/samenlevingsopbouw.json as lines of text (Dutch and English required); empty when valid. */
export function dataIssues(root: string): Promise<string[]>;
/** Fails every build whose built-in dossier is invalid (it is not validated in the browser). */
export function validateDataPlugin(root: string): Plugin;
