/**
 * The script of the iframe embed page (embed.html): builds the elements its query asks for around
 * one provider, applies an allowed theme, and tells the parent page its height on every change
 * (`parent.postMessage({ type: 'wat-werkt:height', height }, '*')`) so that the iframe never
 * scrolls inside (the host side: `resizeEmbeds` in embed-host.ts). Elements load through the autoloader.
 */
import { autoload } from '../autoloader.js';
import { cardFactor, readConfig, readRequest, type EmbedConfig, type EmbedRequest } from './embed-config.js';
import type { Dossier } from '../model/types.js';
import { embedPageMessages } from './embed-page.messages.js';

function applyTheme(config: EmbedConfig, name: string | null): void {
  const theme = name ? config.themes[name] : undefined;
  if (!theme) return;
  const rules = [
    theme.colorScheme ? `color-scheme: ${theme.colorScheme};` : '',
    ...Object.entries(theme.tokens ?? {}).map(([token, value]) => `${token}: ${value};`),
  ];
  // A constructed sheet, not a style attribute: a strict CSP (style-src 'self') allows it.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`:root { ${rules.join(' ')} }`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  document.documentElement.dataset.theme = name!;
}

function build(request: EmbedRequest, provider: HTMLElement): void {
  provider.setAttribute('lang', request.lang);
  if (request.src) provider.setAttribute('src', request.src);
  if (request.approach) provider.setAttribute('approach', request.approach);
  if (request.item) provider.setAttribute('item', request.item);
  for (const tag of request.elements) {
    const element = document.createElement(tag);
    if (tag === 'factor-card') {
      // The item when it is a factor (known once the dossier is), else the first factor.
      if (request.item) element.setAttribute('factor', request.item);
      provider.addEventListener('dossier-load', (event) => element.setAttribute('factor', cardFactor((event as CustomEvent).detail.dossier, request.item)), {
        once: true,
      });
    }
    provider.append(element);
  }
}

function sayRefused(request: EmbedRequest): void {
  if (!request.refused.length) return;
  const m = embedPageMessages[request.lang];
  const box = document.getElementById('embed-messages')!;
  for (const { param, value } of request.refused) {
    const p = document.createElement('p');
    p.className = 'embed-refused';
    p.textContent = m.refused[param](value); // text, never HTML
    box.append(p);
    console.warn(`[wat-werkt] embed page: ${param}=${value} refused`);
  }
}

/** Posts the page's height to the parent whenever it changes, and after each choice the user makes. */
function reportHeight(): void {
  if (parent === window) return;
  let last = -1;
  const post = (force = false) => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last && !force) return;
    last = height;
    parent.postMessage({ type: 'wat-werkt:height', height }, '*');
  };
  new ResizeObserver(() => post()).observe(document.documentElement);
  for (const name of ['approach-change', 'item-select'])
    document.addEventListener(name, () => requestAnimationFrame(() => requestAnimationFrame(() => post(true))));
}

/**
 * The page's text version is in its own language (embed.html Dutch, embed-en.html English): asked for the
 * other, it goes, and the page says "loading" until the elements come in the language asked for.
 */
function dropOtherLanguage(request: EmbedRequest, provider: HTMLElement): void {
  for (const fallback of provider.querySelectorAll(':scope > [slot="fallback"]')) if (fallback.getAttribute('lang') !== request.lang) fallback.remove();
}

const config = readConfig(document.getElementById('wat-werkt-embed-config')?.textContent);
const request = readRequest(new URL(location.href), config, document.documentElement.lang === 'en' ? 'en' : 'nl');
document.documentElement.lang = request.lang;
applyTheme(config, request.theme);
const provider = document.querySelector<HTMLElement>('dossier-provider');
if (provider) {
  dropOtherLanguage(request, provider);
  build(request, provider);
  // The page's title in its language too (the static title is the page file's: embed.html's Dutch), from the dossier shown.
  provider.addEventListener('dossier-load', (event) => {
    const title = (event as CustomEvent<{ dossier: Dossier }>).detail.dossier.meta.title;
    document.title = title[request.lang] ?? title.nl;
  });
}
sayRefused(request);
reportHeight();
void autoload();
