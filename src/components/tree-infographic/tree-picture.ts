/**
 * The tree as a picture to keep or present, in two formats: a 16:9 slide and an A4 handout, each a
 * standalone SVG with the title, what was selected (the active approach, the selected part or item),
 * a legend and the source line around the drawing, in the current language and theme. The frame is
 * the one every element's export shares (`framePage` in src/export/page.ts); the drawing is the
 * element's own, rendered for a moment under its styles and made standalone (`inlineComputedStyles`).
 * Loaded on first use (`toSVG()`, `toPNG()`, the download buttons): most readers never export.
 */
import { html, render, svg, type SVGTemplateResult } from 'lit';
import { styleMap } from '../../base/style-map.js';
import { safeHref } from '../../base/fragments.js';
import type { CommonMessages } from '../../i18n/common.js';
import type { EmphasisSource } from '../../model/emphasis-sources.js';
import { localize } from '../../model/query.js';
import type { Dossier, Lang } from '../../model/types.js';
import { exportMessages } from '../../export/export.messages.js';
import { framePage, type Box, type LegendEntry, type PageFormat } from '../../export/page.js';
import { inlineComputedStyles } from '../../export/inline-styles.js';
import { canvasMeasure, readPalette } from '../../export/svg-text.js';
import type { Picture } from '../../export/frame.js';
import { drawBadge, drawDecor, drawSample, personSymbol } from './tree-drawing.js';
import { TreeNodes } from './tree-nodes.js';
import type { TreeMessages } from './tree-infographic.messages.js';
import type { TreeLayout } from './tree-layout.js';

export { rasterize, offerDownload } from '../../export/download.js';

/** What the element knows that the picture needs. */
export interface PictureInput {
  /** The element, as the host of the picture's template. */
  host: HTMLElement;
  /** Where the drawing is rendered for a moment, under the element's styles, to read them. */
  stage: Node & ParentNode;
  dossier: Dossier;
  lang: Lang;
  m: TreeMessages;
  t: CommonMessages;
  format: PageFormat;
  /** The tree laid out at a width, with the element's font and measurer. */
  layoutAt: (width: number) => TreeLayout;
  /** Accessible names other than the labels (see TreeNodes). */
  names: Map<string, string>;
  /** The emphasis shown: an approach's, or the team's profile's (issue 25). */
  approach: EmphasisSource | undefined;
  /** The selected part or item: its key in the layout and its name. */
  selected: { key: string; name: string } | null;
  /** The active approach's weights are (partly) our interpretation. */
  weightsAreInterpretation: boolean;
  /** Some part or item is placed or described by interpretation. */
  hasInterpretation: boolean;
}

type SampleKind = 1 | 2 | 3 | 'dim' | 'dashed';
const SAMPLE_W = 30;

/** Widths the tree is laid out at to fill a page's box: the one whose text comes out largest is drawn. */
const TRIAL_WIDTHS = Array.from({ length: 22 }, (_, i) => 640 + i * 80);
/** The drawing is not blown up beyond this, so that a tiny tree does not fill a slide with giant type. */
const MAX_SCALE = 1.6;

/** The layout that fills `box` best, and the scale it is drawn at. */
function fit(layoutAt: (width: number) => TreeLayout, box: Box): { layout: TreeLayout; scale: number } {
  let best: { layout: TreeLayout; scale: number } | undefined;
  for (const width of TRIAL_WIDTHS) {
    const layout = layoutAt(width);
    const scale = Math.min(MAX_SCALE, box.w / layout.width, box.h / layout.height);
    if (!best || scale > best.scale + 1e-3) best = { layout, scale };
  }
  return best!;
}

/** The picture as SVG text, with its size. */
export function drawPicture(input: PictureInput): Picture {
  const { dossier: d, lang, m, t, approach } = input;
  const e = exportMessages[lang];
  const palette = readPalette(input.host);
  const measure = canvasMeasure(palette.font);
  const emphasis: ReadonlyMap<string, { weight: number }> = approach?.emphasis ?? new Map();

  // The legend's marks are the drawing's own samples, made standalone with it (below): the frame
  // is laid out first, with a placeholder where each goes.
  const samples = new Map<SampleKind, string>();
  const mark = (kind: SampleKind): LegendEntry['mark'] => ({
    width: (size) => ((SAMPLE_W + 4) * size) / 16,
    draw: (x, y, size) => `<g transform="translate(${x} ${Math.round((y - (11 * size) / 16) * 10) / 10}) scale(${size / 16})">\u0000${kind}\u0000</g>`,
  });
  const legend: LegendEntry[][] = [];
  if (approach) {
    legend.push([
      { text: m.legendFor(localize(approach.name, lang)), bold: true },
      ...([3, 2, 1] as const).map((w) => ({ text: t.weight[w], mark: mark(w) })),
      { text: m.legendDimmed, mark: mark('dim') },
    ]);
    if (input.weightsAreInterpretation) legend.push([{ text: m.weightsBasis }]);
    if (approach.kind === 'profile') legend.push([{ text: m.weightsOwn }]);
  }
  if (input.hasInterpretation) legend.push([{ text: m.legendDashed, mark: mark('dashed') }]);

  const selection = [approach ? e.activeApproach(localize(approach.name, lang), 'kind' in approach && approach.kind === 'profile') : e.noActiveApproach];
  if (input.selected) selection.push(e.selected(input.selected.name));
  const page = safeHref(d.meta.url);
  const title = localize(d.meta.title, lang);

  let drawing = '';
  const picture = framePage({
    format: input.format,
    palette,
    measure,
    title,
    subtitle: [d.meta.subtitle ? localize(d.meta.subtitle, lang) : '', `${d.meta.publisher}, ${d.meta.year}`].filter(Boolean).join(' · '),
    selection,
    legend,
    source: [e.source(d.meta.publisher, d.meta.year, title), ...(page ? [page] : [])],
    body: (box) => {
      const { layout, scale } = fit(input.layoutAt, box);
      const w = layout.width * scale;
      const h = layout.height * scale;
      const x = Math.round(box.x + (box.w - w) / 2);
      const y = Math.round(box.y + (box.h - h) / 2);
      drawing = renderDrawing(input, layout, emphasis, samples, { x, y, w, h });
      return '\u0000drawing\u0000';
    },
  });
  const text = picture.text.replace('\u0000drawing\u0000', drawing).replace(/\u0000(\w+)\u0000/g, (_, kind: string) => samples.get(/^\d$/.test(kind) ? (Number(kind) as SampleKind) : (kind as SampleKind)) ?? '');
  return { ...picture, text };
}

/**
 * Renders the drawing and the legend's samples under the element's styles, marks the emphasis and
 * the selection as the screen does, inlines what the styles computed, and returns the drawing as a
 * nested `<svg>` at `at`; the samples go into `samples`.
 */
function renderDrawing(
  input: PictureInput,
  layout: TreeLayout,
  emphasis: ReadonlyMap<string, { weight: number }>,
  samples: Map<SampleKind, string>,
  at: Box,
): string {
  const { approach } = input;
  const kinds: SampleKind[] = [3, 2, 1, 'dim', 'dashed'];
  const badges = [...emphasis].filter(([id]) => layout.byKey.has(id)).map(([id, e]) => drawBadge(layout.byKey.get(id)!, layout.fontSize, e.weight));
  const container = document.createElement('div');
  container.className = 'export-stage';
  container.setAttribute('aria-hidden', 'true');
  input.stage.append(container);
  const sampleTemplate = (kind: SampleKind): SVGTemplateResult => svg`<g class="export__sample" data-kind=${String(kind)}>${drawSample(kind, SAMPLE_W)}</g>`;
  const nodes = new TreeNodes();
  nodes.draw(layout, { label: '', describedBy: '', names: input.names });
  try {
    render(
      html`<svg
        class="ww-tree ww-tree--export"
        viewBox="0 0 ${layout.width} ${layout.height}"
        width=${layout.width}
        height=${layout.height}
        style=${styleMap({ fontSize: `${layout.fontSize}px`, '--_label-size': `${layout.labelSize}px` })}
        ?data-emphasis=${!!approach}
      >
        <defs>${personSymbol}</defs>
        ${drawDecor(layout)} ${nodes.tree} ${nodes.labels}
        <g class="badges">${badges}</g>
        ${kinds.map(sampleTemplate)}
      </svg>`,
      container,
      { host: input.host },
    );
    const out = container.querySelector('svg')!;
    for (const el of out.querySelectorAll<SVGElement>('.node, .label')) {
      const key = el.dataset.key ?? '';
      const w = emphasis.get(key)?.weight;
      if (w) el.setAttribute('data-weight', String(w));
      if (approach && key === approach.id) el.setAttribute('data-current', '');
      if (input.selected && key === input.selected.key) {
        if (el.classList.contains('node')) el.setAttribute('aria-selected', 'true');
        else el.setAttribute('data-selected', '');
      }
    }
    const sampleGroups = kinds.map((kind) => out.querySelector<SVGGElement>(`.export__sample[data-kind="${kind}"]`)!);
    inlineComputedStyles(out);
    const serializer = new XMLSerializer();
    kinds.forEach((kind, i) => {
      const g = sampleGroups[i];
      samples.set(kind, [...g.childNodes].map((n) => serializer.serializeToString(n)).join(''));
      g.remove();
    });
    out.removeAttribute('xmlns');
    for (const [name, value] of Object.entries({ x: at.x, y: at.y, width: Math.round(at.w), height: Math.round(at.h) })) out.setAttribute(name, String(value));
    return serializer.serializeToString(out).replace(/ xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, '');
  } finally {
    container.remove();
  }
}
