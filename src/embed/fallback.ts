/**
 * The dossier as plain HTML, for a page to carry inside `<dossier-provider>`: what a visitor
 * sees when JavaScript is off or a CMS stripped the script (GOV.UK's progressive enhancement).
 * The provider shows it (slot `fallback`) until its elements can take over. A string, so that
 * build scripts and the embed builder write the same markup; every text escaped.
 */
import { common } from '../i18n/common.js';
import { localize } from '../model/query.js';
import type { Basis, Dossier, Lang, LocalizedText } from '../model/types.js';

/** Where the source link points when neither the host nor the dossier (`meta.url`) gives a page: the publisher. */
export const DEFAULT_SOURCE_URL = 'https://www.movisie.nl/';

export interface FallbackOptions {
  /** Level of the fallback's top heading (2 by default); its sections are one level below. */
  headingLevel?: 2 | 3 | 4 | 5;
  /** The link to the source (default: the dossier's `meta.url`); only an http(s) URL is used. */
  sourceUrl?: string;
}

const words = {
  nl: {
    source: 'Bron',
    note: 'Dit is de tekstversie; met JavaScript verschijnen hier de interactieve weergaven.',
  },
  en: {
    source: 'Source',
    note: 'This is the text version; with JavaScript the interactive views appear here.',
  },
} satisfies Record<Lang, Record<string, string>>;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe to put in HTML, as element content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

function safeSource(url: string | undefined): string {
  try {
    const parsed = new URL(url ?? DEFAULT_SOURCE_URL);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : DEFAULT_SOURCE_URL;
  } catch {
    return DEFAULT_SOURCE_URL;
  }
}

/** `<div slot="fallback" …>` with the title, goals, approaches and effective factors, and the source. */
export function fallbackHtml(dossier: Dossier, lang: Lang, options: FallbackOptions = {}): string {
  const level = options.headingLevel ?? 2;
  const t = common[lang];
  const w = words[lang];
  const text = (value: LocalizedText | undefined) => escapeHtml(localize(value, lang));
  const label = (basis: Basis) => (basis === 'dossier' ? '' : ` <em>(${escapeHtml(t.basis[basis])})</em>`);
  // The label says where the summary shown comes from, so it follows the summary's basis.
  const section = (title: string, items: { name: LocalizedText; summary: LocalizedText; summaryBasis: Basis }[]) =>
    `  <h${level + 1}>${escapeHtml(title)}</h${level + 1}>\n  <ul>\n` +
    items.map((item) => `    <li><strong>${text(item.name)}</strong>${label(item.summaryBasis)}: ${text(item.summary)}</li>\n`).join('') +
    '  </ul>\n';
  const meta = dossier.meta;
  const citation = dossier.references.find((r) => r.id === 'movisie-2024')?.citation ?? `${meta.publisher} (${meta.year}). ${localize(meta.title, 'nl')}.`;
  return (
    `<div slot="fallback" class="ww-fallback" lang="${lang}">\n` +
    `  <h${level}>${text(meta.title)}</h${level}>\n` +
    `  <p>${text(meta.subtitle)} (${escapeHtml(meta.publisher)}, ${meta.year}).</p>\n` +
    section(t.collection.goals, dossier.goals) +
    section(t.collection.approaches, dossier.approaches) +
    section(t.collection.factors, dossier.factors) +
    `  <p>${w.source}: <a href="${escapeHtml(safeSource(options.sourceUrl ?? meta.url))}">${escapeHtml(citation)}</a> ${w.note}</p>\n` +
    '</div>'
  );
}
