import type { Plugin } from 'vite';
export const EMBED_PAGES: string[];
export function embedPagePlugin(root: string): Plugin;
