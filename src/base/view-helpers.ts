/**
 * View pieces shared by `<factor-card>` and `<approach-comparator>`: the weight meter
 * (a graphic and its text), headings at a chosen level, and how to label a group of
 * relations that share one basis. Kept beside the elements that use them.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import type { Catalogue } from '../i18n/common.js';
import { common } from '../i18n/common.js';
import type { EmphasisBasis } from '../model/query.js';
import type { Lang } from '../model/types.js';

export const MAX_WEIGHT = 3;

export interface WeightMessages {
  /** "centraal (3 van 3)" */
  weight: (weight: number) => string;
  /** For an item the approach does not emphasise. */
  none: string;
}

const label = (lang: Lang, weight: number) => common[lang].weight[Math.min(Math.max(weight, 1), 3) as 1 | 2 | 3];

export const weightMessages: Catalogue<WeightMessages> = {
  nl: {
    weight: (w) => `${label('nl', w)} (${w} van ${MAX_WEIGHT})`,
    none: 'niet benadrukt',
  },
  en: {
    weight: (w) => `${label('en', w)} (${w} of ${MAX_WEIGHT})`,
    none: 'not emphasised',
  },
};

/** The weight as three rising bars (decoration) and as text; weight 0 or undefined means not emphasised. */
export function renderWeight(weight: number | undefined, m: WeightMessages): TemplateResult {
  const w = weight ?? 0;
  return html`<span class="weight weight--${w}" part="weight" data-weight=${w}>
    <span class="weight__meter" aria-hidden="true"
      >${[1, 2, 3].map((i) => html`<span class="weight__bar ${i <= w ? 'weight__bar--on' : ''}"></span>`)}</span
    ><span class="weight__text">${w ? m.weight(w) : m.none}</span>
  </span>`;
}

const HEADINGS: StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** Clamps an attribute value to a heading level 1–6 (default 3). */
export function headingLevel(value: unknown, fallback = 3): number {
  const n = Math.round(Number(value));
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 6) : fallback;
}

/** A native heading `<hN>` at the given level. */
export function heading(level: number, content: unknown, opts: { id?: string; part?: string; cls?: string } = {}): TemplateResult {
  const tag = HEADINGS[headingLevel(level) - 1];
  return staticHtml`<${tag} id=${opts.id ?? nothing} part=${opts.part ?? nothing} class=${opts.cls ?? nothing}>${content}</${tag}>`;
}

/** When every relation in a group has the same basis, it is labelled once for the group; else each one separately. */
export function sharedBasis<B extends EmphasisBasis>(items: readonly { basis: B }[]): B | undefined {
  if (!items.length) return undefined;
  const first = items[0].basis;
  return items.every((i) => i.basis === first) ? first : undefined;
}

const listFormats = new Map<Lang, Intl.ListFormat>();

/** Names joined the way each language does it: "a, b en c" / "a, b and c". */
export function joinNames(names: readonly string[], lang: Lang): string {
  // One formatter per language: creating one costs far more than formatting with it.
  let format = listFormats.get(lang);
  if (!format) listFormats.set(lang, (format = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' })));
  return format.format(names);
}

export const helperStyles = css`
  .weight {
    display: inline-flex;
    align-items: center;
    gap: 0.45em;
    white-space: nowrap;
  }
  .weight__meter {
    display: inline-flex;
    align-items: flex-end;
    gap: 2px;
    block-size: 1em;
    flex: none;
  }
  .weight__bar {
    inline-size: 0.42em;
    border: 1px solid var(--_weight-off, var(--_color-border));
    border-radius: 1px;
    background: transparent;
    box-sizing: border-box;
  }
  .weight__bar:nth-child(1) {
    block-size: 40%;
  }
  .weight__bar:nth-child(2) {
    block-size: 70%;
  }
  .weight__bar:nth-child(3) {
    block-size: 100%;
  }
  .weight__bar--on {
    background: var(--_weight-on, var(--_color-accent));
    border-color: var(--_weight-on, var(--_color-accent));
  }
  .weight--0 .weight__text {
    color: var(--_color-text-subtle);
  }
  @media (forced-colors: active) {
    .weight__meter {
      forced-color-adjust: none;
    }
    .weight__bar {
      border-color: CanvasText;
      background: Canvas;
    }
    .weight__bar--on {
      background: CanvasText;
    }
  }
  /* Printers drop backgrounds by default: the filled bars are the mark, keep them. */
  @media print {
    .weight__meter {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;
