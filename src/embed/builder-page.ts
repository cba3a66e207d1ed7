/**
 * The embed builder (builder.html): a community worker or web editor chooses elements, language,
 * theme, approach and selected item, sees the preview, and copies the code: a script snippet with
 * its text version, or an iframe of the embed page with the host script. The preview is that very
 * code in a blank page (an iframe's srcdoc, a fresh iframe on each change), so what is seen is what
 * the code gives.
 *
 * The page speaks Dutch or English: `?lang=en`, or its switch (which keeps `?lang` in the URL, so a
 * reload or a shared link stays in that language). Its HTML holds the Dutch words with `data-i18n`
 * keys into `builderMessages`; the language of the code's elements is a choice of its own, which
 * starts as the page's.
 */
import { common } from '../i18n/common.js';
import { loadBuiltinDossier } from '../model/builtin.js';
import { localize } from '../model/query.js';
import type { Dossier, Lang } from '../model/types.js';
import { builderMessages, type BuilderMessages } from './builder-page.messages.js';
import { EMBEDDABLE, EMBED_PAGE, readConfig, type EmbedConfig, type Embeddable } from './embed-config.js';
import { iframeSnippet, scriptSnippet, type EmbedChoice } from './snippet.js';

const form = document.getElementById('builder') as HTMLFormElement;
const code = document.getElementById('code') as HTMLTextAreaElement;
const copyStatus = document.getElementById('copy-status')!;
const pageLang = document.getElementById('page-lang') as HTMLSelectElement;
const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;

let lang: Lang = new URL(location.href).searchParams.get('lang') === 'en' ? 'en' : 'nl';

/** The embed page's own configuration (its themes), read from the page itself: one list, not two. */
async function embedConfig(): Promise<EmbedConfig> {
  try {
    const page = new DOMParser().parseFromString(await (await fetch('/embed.html')).text(), 'text/html');
    return readConfig(page.getElementById('wat-werkt-embed-config')?.textContent);
  } catch {
    return readConfig(null);
  }
}

/** A message by its `data-i18n` key (`element.factor-card` reads `element['factor-card']`). */
function message(m: BuilderMessages, key: string): string {
  const [head, tail] = key.split('.') as [keyof BuilderMessages, string | undefined];
  const value = m[head];
  return typeof value === 'string' ? value : tail && value && typeof value === 'object' ? ((value as Record<string, string>)[tail] ?? key) : key;
}

/** The page's own words in its language; what the visitor chose stays chosen. */
function translate(): void {
  const m = builderMessages[lang];
  document.documentElement.lang = lang;
  document.title = m.title;
  pageLang.value = lang;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = message(m, el.dataset.i18n!);
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-title]')) el.title = message(m, el.dataset.i18nTitle!);
}

function option(value: string, label: string): HTMLOptionElement {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = label;
  return o;
}

/** The approaches and items, named in the page's language; the choice made is kept. */
function fillItems(dossier: Dossier): void {
  for (const name of ['approach', 'item']) {
    const field = select(name);
    const chosen = field.value;
    // The first option, "none", stays (translate() names it).
    while (field.options.length > 1) field.lastElementChild!.remove();
    if (name === 'approach') for (const a of dossier.approaches) field.append(option(a.id, localize(a.name, lang)));
    else
      for (const collection of ['factors', 'goals', 'approaches', 'crafts'] as const) {
        const group = document.createElement('optgroup');
        group.label = common[lang].collection[collection];
        for (const item of dossier[collection]) group.append(option(item.id, localize(item.name, lang)));
        field.append(group);
      }
    field.value = chosen;
  }
}

function fillThemes(config: EmbedConfig): void {
  for (const [name, theme] of Object.entries(config.themes)) select('theme').append(option(name, theme.label ?? name));
}

export function readChoice(): EmbedChoice & { kind: 'script' | 'iframe' } {
  const data = new FormData(form);
  const elements = data.getAll('element').map(String).filter((e): e is Embeddable => (EMBEDDABLE as readonly string[]).includes(e));
  return {
    elements: elements.length ? elements : ['tree-infographic'],
    lang: data.get('lang') === 'en' ? 'en' : 'nl',
    approach: String(data.get('approach') ?? '') || null,
    item: String(data.get('item') ?? '') || null,
    theme: String(data.get('theme') ?? '') || null,
    kind: data.get('kind') === 'iframe' ? 'iframe' : 'script',
  };
}

function update(dossier: Dossier, config: EmbedConfig): void {
  const choice = readChoice();
  const origin = location.origin;
  code.value =
    choice.kind === 'iframe'
      ? // The embed page in the elements' language: its text version, for visitors without JavaScript, is in it.
        iframeSnippet(choice, `${origin}/${EMBED_PAGE[choice.lang]}`, localize(dossier.meta.title, choice.lang))
      : scriptSnippet(choice, dossier, config, `${origin}/dist/cdn/autoloader.js`);
  const title = builderMessages[choice.lang].preview;
  showPreview(`<!doctype html><html lang="${choice.lang}"><head><meta charset="utf-8"><title>${title}</title></head><body>\n${code.value}\n</body></html>`);
}

/**
 * Shows `html` in a fresh preview frame, which replaces the one before. Not a new `srcdoc` on the
 * same frame: WebKit, given several in a row (each choice is one) while an earlier one still
 * loads, can keep showing an earlier preview, so the visitor would see code they did not choose.
 * A frame that gets one srcdoc loads it once. The clone keeps the frame's id and its title (with
 * its `data-i18n-title`, so translate() still names it); focus is in the form, so none is taken.
 */
function showPreview(html: string): void {
  const old = document.getElementById('preview') as HTMLIFrameElement;
  const next = old.cloneNode(false) as HTMLIFrameElement;
  next.srcdoc = html;
  old.replaceWith(next);
}

async function copy(): Promise<void> {
  try {
    await navigator.clipboard.writeText(code.value);
    copyStatus.textContent = builderMessages[lang].copied;
  } catch {
    code.focus();
    code.select();
    copyStatus.textContent = builderMessages[lang].copyFailed;
  }
}

function setPageLang(next: Lang, dossier: Dossier | undefined): void {
  lang = next;
  const url = new URL(location.href);
  url.searchParams.set('lang', lang);
  history.replaceState(history.state, '', url);
  translate();
  if (dossier) fillItems(dossier);
  copyStatus.textContent = '';
}

translate();
select('lang').value = lang;
const [result, config] = await Promise.all([loadBuiltinDossier(), embedConfig()]);
const dossier = result.ok ? result.dossier : undefined;
pageLang.addEventListener('change', () => {
  const next = pageLang.value === 'en' ? 'en' : 'nl';
  // The elements' language follows the page's, until the visitor chooses otherwise (they can, after).
  if (dossier) select('lang').value = next;
  setPageLang(next, dossier);
  if (dossier) update(dossier, config);
});
if (dossier) {
  fillThemes(config);
  fillItems(dossier);
  form.addEventListener('change', () => update(dossier, config));
  document.getElementById('copy')!.addEventListener('click', () => void copy());
  update(dossier, config);
  document.documentElement.dataset.ready = '';
} else code.value = builderMessages[lang].failed;
