/**
 * The code the embed builder gives: a script snippet (the autoloader, a provider with the chosen
 * elements, and the text version for visitors without JavaScript) or an iframe of the embed page
 * with the host script that sizes it. Strings, every value escaped.
 */
import type { Dossier, Lang } from '../model/types.js';
import { cardFactor, embedUrl, type EmbedConfig, type Embeddable } from './embed-config.js';
import { HOST_SCRIPT } from './embed-host.js';
import { escapeHtml, fallbackHtml } from './fallback.js';

export interface EmbedChoice {
  elements: Embeddable[];
  lang: Lang;
  approach: string | null;
  item: string | null;
  theme: string | null;
}

/** The theme as an inline style for the provider (a pasted snippet has no stylesheet of its own). */
function themeStyle(config: EmbedConfig, theme: string | null): string {
  const t = theme ? config.themes[theme] : undefined;
  if (!t) return '';
  const rules = [t.colorScheme ? `color-scheme: ${t.colorScheme}` : '', ...Object.entries(t.tokens ?? {}).map(([k, v]) => `${k}: ${v}`)].filter(Boolean);
  return rules.length ? ` style="${escapeHtml(rules.join('; '))}"` : '';
}

export function scriptSnippet(choice: EmbedChoice, dossier: Dossier, config: EmbedConfig, autoloaderUrl: string): string {
  const attrs =
    ` lang="${choice.lang}" deep-link` +
    (choice.approach ? ` approach="${escapeHtml(choice.approach)}"` : '') +
    (choice.item ? ` item="${escapeHtml(choice.item)}"` : '') +
    themeStyle(config, choice.theme);
  const elements = choice.elements.map((tag) =>
    tag === 'factor-card' ? `  <factor-card factor="${escapeHtml(cardFactor(dossier, choice.item))}"></factor-card>` : `  <${tag}></${tag}>`,
  );
  const fallback = fallbackHtml(dossier, choice.lang)
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
  return [
    `<script type="module" src="${escapeHtml(autoloaderUrl)}"></script>`,
    `<dossier-provider${attrs}>`,
    fallback,
    ...elements,
    '</dossier-provider>',
  ].join('\n');
}

export function iframeSnippet(choice: EmbedChoice, embedPage: string, title: string): string {
  const src = embedUrl(embedPage, choice);
  return (
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" style="width: 100%; height: 600px; border: 0" loading="lazy" allow="clipboard-write"></iframe>\n` +
    HOST_SCRIPT
  );
}
