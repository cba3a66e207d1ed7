/** Small pieces of view every element shares: basis badges, statements, sources, safe links. */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { CommonMessages } from '../i18n/common.js';
import { copyLinkStyles } from './copy-link.js';
import { indexDossier, localize } from '../model/query.js';
import { SAFE_LINK_PATTERN } from '../model/constants.js';
import type { Basis, Dossier, Lang, Statement } from '../model/types.js';

/** The href when its scheme is https:, http: or mailto:, else undefined: never a javascript: link. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url || !SAFE_LINK_PATTERN.test(url)) return undefined;
  try {
    const parsed = new URL(url);
    return ['https:', 'http:', 'mailto:'].includes(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** A label saying how we know something; nothing for the dossier's own findings unless `always`. */
export function basisBadge(basis: Basis, t: CommonMessages, always = false): TemplateResult | typeof nothing {
  if (basis === 'dossier' && !always) return nothing;
  return html`<span class="basis basis--${basis}" part="basis basis-${basis}" title=${t.basisHint[basis]}
    >${t.basis[basis]}</span
  >`;
}

/** The labels `things` carry (every basis but the dossier's own, which is not labelled), in a fixed order. */
export function labelsShown(things: Iterable<{ basis: Basis }>): Basis[] {
  const seen = new Set<Basis>();
  for (const x of things) seen.add(x.basis);
  return (['talk', 'interpretation'] as const).filter((b) => seen.has(b));
}

/**
 * What each label means, in words beside the label: a tooltip alone is out of reach of keyboard,
 * touch and screen-reader users.
 */
export function basisKey(labels: readonly Basis[], t: CommonMessages): TemplateResult | typeof nothing {
  if (!labels.length) return nothing;
  return html`<dl class="basis-key" part="basis-key">
    ${labels.map((b) => html`<div><dt>${basisBadge(b, t)}</dt> <dd>${t.basisHint[b]}</dd></div>`)}
  </dl>`;
}

/** Source ids as short citations. */
export function renderSources(dossier: Dossier, ids: readonly string[], t: CommonMessages): TemplateResult {
  const refs = indexDossier(dossier).references;
  return html`<p class="sources" part="sources">
    <span class="sources__label">${t.sources}:</span>
    ${ids.map((id, i) => {
      const ref = refs.get(id);
      const href = safeHref(ref?.url);
      const text = ref?.citation ?? id;
      // Citations that end in a full stop need no semicolon after them (".;").
      const previous = i ? (refs.get(ids[i - 1])?.citation ?? ids[i - 1]) : '';
      const lang = ref?.lang ?? nothing;
      return html`${i ? (/[.!?]$/.test(previous) ? ' ' : '; ') : ''}${href
        ? html`<a href=${href} rel="noopener noreferrer" lang=${lang}>${text}</a>`
        : html`<cite lang=${lang}>${text}</cite>`}`;
    })}
  </p>`;
}

/** Statements as paragraphs, each marked with its basis when it is not the dossier's finding. */
export function renderStatements(
  dossier: Dossier,
  statements: readonly Statement[],
  lang: Lang,
  t: CommonMessages,
  withSources = false,
): TemplateResult {
  return html`${statements.map(
    (s) =>
      html`<p class="statement statement--${s.basis}">
          ${basisBadge(s.basis, t)} ${localize(s.text, lang)}
        </p>
        ${withSources ? renderSources(dossier, s.sources, t) : nothing}`,
  )}`;
}

/**
 * The "Active" label beside an approach's name. It is always in the page and shown only for the active
 * approach (`tag--off` is hidden, from assistive technology too, but keeps its room unless an element's
 * styles say otherwise), so that a change of the active approach creates and removes no nodes for them
 * (interleaved A/B on the demo page, 15 loads each: main-thread time a change 29.4 → 25.0 ms).
 */
export function activeTag(active: boolean, label: string): TemplateResult {
  return html` <span class="tag tag--active ${active ? '' : 'tag--off'}">${label}</span>`;
}

export const fragmentStyles = css`
  ${copyLinkStyles}
  /* A small label: the basis of a statement, and the elements' own tags ("Selected", "Active"). */
  .basis,
  .tag {
    display: inline-block;
    font-size: var(--_font-size-small);
    line-height: 1.3;
    padding: 0 0.4em;
    border-radius: var(--_radius);
    border: 1px solid currentColor;
    white-space: nowrap;
  }
  .tag--off {
    visibility: hidden;
  }
  .basis--interpretation {
    color: var(--_color-interpretation);
    background: var(--_color-interpretation-bg);
    border-style: dashed;
  }
  .basis--talk {
    color: var(--_color-text-subtle);
    background: var(--_color-bg-subtle);
  }
  .basis--dossier {
    color: var(--_color-accent);
    background: var(--_color-accent-bg);
  }
  .basis-key {
    margin: 0;
    font-size: var(--_font-size-small);
    color: var(--_color-text-subtle);
  }
  .basis-key > div + div {
    margin-block-start: 0.25em;
  }
  .basis-key dt,
  .basis-key dd {
    display: inline;
    margin: 0;
  }
  .sources {
    font-size: var(--_font-size-small);
    color: var(--_color-text-subtle);
  }
  .sources a {
    color: var(--_color-accent);
  }
  @media (forced-colors: active) {
    .basis,
    .tag {
      border-color: CanvasText;
      forced-color-adjust: auto;
    }
  }
`;
