/**
 * The tree as a picture to keep or present: a standalone SVG at slide width with title, legend and
 * source, in the current language and theme, with the active approach's emphasis. Loaded on first
 * use (`toSVG()`, `toPNG()`, the download buttons): most readers never export.
 */
import { html, render, svg } from 'lit';
import { styleMap } from '../../base/style-map.js';
import { safeHref } from '../../base/fragments.js';
import type { CommonMessages } from '../../i18n/common.js';
import type { EmphasisSource } from '../../model/emphasis-sources.js';
import { localize } from '../../model/query.js';
import type { Dossier, Lang } from '../../model/types.js';
import { wrapText, type Measure } from './text-fit.js';
import { drawBadge, drawDecor, drawLabels, drawSample, drawTree, personSymbol } from './tree-drawing.js';
import { inlineComputedStyles, serializeSvg } from './tree-export.js';
import type { TreeMessages } from './tree-infographic.messages.js';
import { layoutTree, type TreePartInput } from './tree-layout.js';

export { downloadBlob, svgToPng } from './tree-export.js';

/** What the element knows that the picture needs. */
export interface PictureInput {
  /** The element, as the host of the picture's template. */
  host: HTMLElement;
  /** Where the picture is rendered for a moment, under the element's styles, to read them. */
  stage: Node & ParentNode;
  dossier: Dossier;
  lang: Lang;
  m: TreeMessages;
  t: CommonMessages;
  /** The picture's width in px, and the label size and measurer for it. */
  width: number;
  fontSize: number;
  measure: Measure;
  parts: TreePartInput[];
  /** Accessible names other than the labels (see drawTree). */
  names: Map<string, string>;
  /** The emphasis shown: an approach's or the team's profile's. */
  source: EmphasisSource | undefined;
  /** The active approach's weights are (partly) our interpretation. */
  weightsAreInterpretation: boolean;
  /** Some part or item is placed or described by interpretation. */
  hasInterpretation: boolean;
}

/** The picture as SVG text, with its size. */
export function drawPicture(input: PictureInput): { text: string; width: number; height: number } {
  const { dossier: d, lang, m, t, measure, source } = input;
  const fs = input.fontSize;
  const W = input.width;
  const layout = layoutTree({ width: W, fontSize: fs, measure, parts: input.parts });
  const pad = 28;
  const emphasis: ReadonlyMap<string, { weight: number }> = source?.emphasis ?? new Map();

  // Header: title and subtitle, wrapped to the width.
  const titleSize = fs * 1.9;
  const subSize = fs * 1.05;
  const titleLines = wrapText(localize(d.meta.title, lang), W - 2 * pad, (s) => measure(s, true) * (titleSize / fs));
  const subtitle = [d.meta.subtitle ? localize(d.meta.subtitle, lang) : '', `${d.meta.publisher}, ${d.meta.year}`].filter(Boolean).join(' · ');
  const subLines = wrapText(subtitle, W - 2 * pad, (s) => measure(s) * (subSize / fs));
  let y = pad;
  const header = [
    ...titleLines.map((line) => {
      y += titleSize * 1.15;
      return svg`<text class="export__title" x=${pad} y=${y} font-size=${titleSize}>${line}</text>`;
    }),
    ...subLines.map((line) => {
      y += subSize * 1.4;
      return svg`<text class="export__sub" x=${pad} y=${y} font-size=${subSize}>${line}</text>`;
    }),
  ];
  const drawingTop = Math.ceil(y + fs);

  // Legend: flowing items, then the source.
  const ls = fs * 0.95;
  const textW = (s: string, bold = false) => measure(s, bold) * (ls / fs);
  type Piece = { w: number; draw: (x: number, y: number) => ReturnType<typeof svg> };
  const textPiece = (s: string, cls = 'export__text', bold = false): Piece => ({
    w: textW(s, bold),
    draw: (x, yy) => svg`<text class=${cls} x=${x} y=${yy + ls * 0.35} font-size=${ls}>${s}</text>`,
  });
  const samplePiece = (kind: 1 | 2 | 3 | 'dim' | 'dashed', label: string): Piece => ({
    w: 40 + textW(label),
    draw: (x, yy) =>
      svg`<g transform="translate(${x} ${yy - 11})">${drawSample(kind, 30)}</g><text class="export__text" x=${x + 40} y=${yy + ls * 0.35} font-size=${ls}>${label}</text>`,
  });
  const rows: Piece[][] = [];
  if (source) {
    const row: Piece[] = [textPiece(m.legendFor(localize(source.name, lang)), 'export__text export__strong', true)];
    for (const w of [3, 2, 1] as const) row.push(samplePiece(w, t.weight[w]));
    row.push(samplePiece('dim', m.legendDimmed));
    if (input.weightsAreInterpretation) row.push(textPiece(m.weightsBasis));
    if (source.kind === 'profile') row.push(textPiece(m.weightsOwn));
    rows.push(row);
  }
  if (input.hasInterpretation) rows.push([samplePiece('dashed', m.legendDashed)]);
  // The dossier's own page (Movisie's, for the built-in one), so that a printed picture leads to the real thing.
  const page = safeHref(d.meta.url);
  rows.push([textPiece(m.credit(d.meta.publisher, d.meta.year), 'export__sub'), ...(page ? [textPiece(page, 'export__sub')] : [])]);
  const legend: ReturnType<typeof svg>[] = [];
  let ly = drawingTop + layout.height + fs * 1.6;
  for (const row of rows) {
    let x = pad;
    for (const piece of row) {
      if (x > pad && x + piece.w > W - pad) {
        x = pad;
        ly += ls * 2;
      }
      legend.push(piece.draw(x, ly));
      x += piece.w + 18;
    }
    ly += ls * 2;
  }
  const H = Math.ceil(ly + pad - ls);

  const badges = [...emphasis].filter(([id]) => layout.byKey.has(id)).map(([id, e]) => drawBadge(layout.byKey.get(id)!, layout.fontSize, e.weight));
  const container = document.createElement('div');
  container.className = 'export-stage';
  container.setAttribute('aria-hidden', 'true');
  input.stage.append(container);
  try {
    render(
      html`<svg
        class="ww-tree ww-tree--export"
        viewBox="0 0 ${W} ${H}"
        width=${W}
        height=${H}
        style=${styleMap({ fontSize: `${layout.fontSize}px`, '--_label-size': `${layout.labelSize}px` })}
        ?data-emphasis=${!!source}
      >
        <title>${localize(d.meta.title, lang)}</title>
        <defs>${personSymbol}</defs>
        <rect class="export__bg" width=${W} height=${H} />
        ${header}
        <g transform="translate(0 ${drawingTop})">
          ${drawDecor(layout)} ${drawTree(layout, '', '', input.names)} ${drawLabels(layout)}
          <g class="badges">${badges}</g>
        </g>
        ${legend}
      </svg>`,
      container,
      { host: input.host },
    );
    const out = container.querySelector('svg')!;
    for (const el of out.querySelectorAll<SVGElement>('.node, .label')) {
      const w = emphasis.get(el.dataset.key ?? '')?.weight;
      if (w) el.setAttribute('data-weight', String(w));
      if (source && el.dataset.key === source.id) el.setAttribute('data-current', '');
    }
    inlineComputedStyles(out);
    return { text: serializeSvg(out), width: W, height: H };
  } finally {
    container.remove();
  }
}
