import type { Plugin } from 'vite';
export function embedPagePlugin(root: string): Plugin;
