import type { Plugin } from 'vite';

/** Options for html-minifier-next (html``, svg``, staticHtml``). */
export const htmlOptions: Record<string, unknown>;
/** CSS without comments and without the whitespace CSS ignores; strings and escapes as they are. */
export function minifyCss(css: string): string;
/** Minified `code` (JavaScript or TypeScript), or null when it has no template to minify. */
export function minifyTemplates(code: string, fileName: string): Promise<{ code: string; map?: unknown } | null>;
/** The Vite plugin: minifies the templates of our own modules (src/, tests excepted) in a library build (npm, CDN). */
export function minifyTemplatesPlugin(options: { root: string }): Plugin;
