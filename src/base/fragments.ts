/** Small pieces of view every element shares: basis badges, statements, sources, safe links. */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { CommonMessages } from '../i18n/common.js';
import { copyLinkStyles } from './copy-link.styles.js';
import { indexDossier, localize, type EmphasisBasis } from '../model/query.js';
import { SAFE_LINK_PATTERN } from '../model/constants.js';
import type { Basis, Dossier, Item, Lang, Reference, Statement } from '../model/types.js';

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
export function basisBadge(basis: EmphasisBasis, t: CommonMessages, always = false): TemplateResult | typeof nothing {
  if (basis === 'dossier' && !always) return nothing;
  return html`<span class="basis basis--${basis}" part="basis basis-${basis}" title=${t.basisHint[basis]}
    >${t.basis[basis]}</span
  >`;
}

/**
 * The labels `things` carry, in a fixed order: every basis but the dossier's own, which is not labelled,
 * unless `withDossier` (where the "From the dossier" label is shown too, and so needs explaining).
 */
export function labelsShown(things: Iterable<{ basis: EmphasisBasis }>, withDossier = false): EmphasisBasis[] {
  const seen = new Set<EmphasisBasis>();
  for (const x of things) seen.add(x.basis);
  return ((withDossier ? ['dossier', 'talk', 'interpretation', 'own'] : ['talk', 'interpretation', 'own']) as EmphasisBasis[]).filter((b) => seen.has(b));
}

/** An item's summary as a thing with a basis, for `labelsShown`. */
export const summaryBasisOf = (item: Item): { basis: Basis } => ({ basis: item.summaryBasis });

/** An item's summary with its label (none when the sources on the dossier say it), as in `renderStatements`. */
export function renderSummary(item: Item, lang: Lang, t: CommonMessages): TemplateResult {
  return html`${basisBadge(item.summaryBasis, t)} ${localize(item.summary, lang)}`;
}

/** An item's summary as plain text (for a tooltip), its label in brackets after it when it has one. */
export function summaryText(item: Item, lang: Lang, t: CommonMessages): string {
  const text = localize(item.summary, lang);
  return item.summaryBasis === 'dossier' ? text : `${text} (${t.basis[item.summaryBasis]})`;
}

/**
 * What each label means, in words beside the label: a tooltip alone is out of reach of keyboard,
 * touch and screen-reader users.
 */
export function basisKey(labels: readonly EmphasisBasis[], t: CommonMessages): TemplateResult | typeof nothing {
  if (!labels.length) return nothing;
  return html`<dl class="basis-key" part="basis-key">
    ${labels.map((b) => html`<div><dt>${basisBadge(b, t, true)}</dt> <dd>${t.basisHint[b]}</dd></div>`)}
  </dl>`;
}

/**
 * What kind of work a reference is, said after it: one of our source texts (the seeds), a work they
 * name, or our own background reading, so that a reader can tell a source from our additions.
 */
export function referenceKind(ref: Reference, t: CommonMessages): TemplateResult {
  return html`<span class="source-kind source-kind--${ref.kind}">(${t.referenceKind[ref.kind]})</span>`;
}

/** A citation, linked when its reference has a safe URL, marked with the language it is written in. */
export function renderCitation(ref: Reference): TemplateResult {
  const href = safeHref(ref.url);
  const lang = ref.lang ?? nothing;
  return href
    ? html`<cite lang=${lang}><a href=${href} rel="noopener noreferrer">${ref.citation}</a></cite>`
    : html`<cite lang=${lang}>${ref.citation}</cite>`;
}

/** Source ids as short citations, each with its kind, in the order the data gives them. */
export function renderSources(dossier: Dossier, ids: readonly string[], t: CommonMessages): TemplateResult {
  const refs = indexDossier(dossier).references;
  return html`<p class="sources" part="sources">
    <span class="sources__label">${t.sources}:</span>
    ${ids.map((id, i) => {
      const ref = refs.get(id);
      return html`${i ? '; ' : ''}${ref ? html`${renderCitation(ref)} ${referenceKind(ref, t)}` : html`<cite>${id}</cite>`}`;
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
  /* The team's own judgement (its practice profile): told apart from the dossier's and from our interpretations by its double border. */
  .basis--own {
    color: var(--_color-text);
    background: var(--_color-bg);
    border-style: double;
    border-width: 3px;
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
  /* Every citation's link (source lists and the overview's references) takes the theme's link colour.
     Left to the browser's default link colour, Chromium under forced colours on a page that asks for a
     dark scheme paints it in the forced LinkText (#00009f on white) but reports its -webkit-text-fill-color
     as the dark scheme's (#9e9eff), which axe reads as the text colour (2.4:1). With an author colour the two agree. */
  cite a {
    color: var(--_color-link);
  }
  .source-kind {
    font-style: normal;
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .basis,
    .tag {
      border-color: CanvasText;
      forced-color-adjust: auto;
    }
  }
`;
