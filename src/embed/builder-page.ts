/**
 * The embed builder (builder.html): a community worker or web editor chooses elements, language,
 * theme, approach and selected item, sees the preview, and copies the code: a script snippet with
 * its text version, or an iframe of the embed page with the host script. The preview is that very
 * code in a blank page (an iframe's srcdoc), so what is seen is what the code gives.
 */
import { common } from '../i18n/common.js';
import { loadBuiltinDossier } from '../model/builtin.js';
import { localize } from '../model/query.js';
import type { Dossier, Lang } from '../model/types.js';
import { EMBEDDABLE, readConfig, type EmbedConfig, type Embeddable } from './embed-config.js';
import { iframeSnippet, scriptSnippet, type EmbedChoice } from './snippet.js';

const form = document.getElementById('builder') as HTMLFormElement;
const code = document.getElementById('code') as HTMLTextAreaElement;
const preview = document.getElementById('preview') as HTMLIFrameElement;
const copyStatus = document.getElementById('copy-status')!;

/** The embed page's own configuration (its themes), read from the page itself: one list, not two. */
async function embedConfig(): Promise<EmbedConfig> {
  try {
    const page = new DOMParser().parseFromString(await (await fetch('/embed.html')).text(), 'text/html');
    return readConfig(page.getElementById('wat-werkt-embed-config')?.textContent);
  } catch {
    return readConfig(null);
  }
}

function option(value: string, label: string): HTMLOptionElement {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = label;
  return o;
}

function fillChoices(dossier: Dossier, config: EmbedConfig, lang: Lang): void {
  const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;
  for (const [name, theme] of Object.entries(config.themes)) select('theme').append(option(name, theme.label ?? name));
  for (const a of dossier.approaches) select('approach').append(option(a.id, localize(a.name, lang)));
  for (const collection of ['factors', 'goals', 'approaches', 'crafts'] as const) {
    const group = document.createElement('optgroup');
    group.label = common[lang].collection[collection];
    for (const item of dossier[collection]) group.append(option(item.id, localize(item.name, lang)));
    select('item').append(group);
  }
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
      ? iframeSnippet(choice, `${origin}/embed.html`, localize(dossier.meta.title, choice.lang))
      : scriptSnippet(choice, dossier, config, `${origin}/dist/cdn/autoloader.js`);
  preview.srcdoc = `<!doctype html><html lang="${choice.lang}"><head><meta charset="utf-8"><title>Voorbeeld</title></head><body>\n${code.value}\n</body></html>`;
}

async function copy(): Promise<void> {
  try {
    await navigator.clipboard.writeText(code.value);
    copyStatus.textContent = 'Code gekopieerd.';
  } catch {
    code.focus();
    code.select();
    copyStatus.textContent = 'Kopiëren lukte niet: de code is geselecteerd, kopieer hem met Ctrl+C (Cmd+C).';
  }
}

const [result, config] = await Promise.all([loadBuiltinDossier(), embedConfig()]);
if (result.ok) {
  fillChoices(result.dossier, config, 'nl');
  form.addEventListener('change', () => update(result.dossier, config));
  document.getElementById('copy')!.addEventListener('click', () => void copy());
  update(result.dossier, config);
  document.documentElement.dataset.ready = '';
} else code.value = 'Het dossier kon niet worden geladen; de code kan niet worden gemaakt.';
