/**
 * A picture of a fixed page size: a 16:9 slide or an A4 handout. Like `framePicture` (frame.ts) it
 * carries a title, what was selected, a legend and the source line around the element's own body;
 * unlike it, the page's size is fixed and the body is given the box that is left, to fill as it can.
 *
 * - slide (1920 × 1080, 16:9 at full HD): title, selection, legend and source in a column on the
 *   left, the body on the right, where the eye goes second;
 * - handout (1240 × 1754, A4 portrait at 150 dpi): title and selection above, the body in the
 *   middle, the legend and the source line below it.
 */
import { svgDocument, tag, text, wrapLines, type Measure, type Palette } from './svg-text.js';
import type { Picture } from './frame.js';

export type PageFormat = 'slide' | 'handout';

export const PAGE_SIZES: Readonly<Record<PageFormat, { width: number; height: number }>> = {
  slide: { width: 1920, height: 1080 },
  // A4 is 210 × 297 mm: 1240 × 1754 px at 150 dpi.
  handout: { width: 1240, height: 1754 },
};

/** One entry of the legend: an optional mark before its text. */
export interface LegendEntry {
  text: string;
  bold?: boolean;
  /** The mark, drawn with its left edge at `x` and its middle at `y`, for text of `size` px. */
  mark?: { width: (size: number) => number; draw: (x: number, y: number, size: number) => string };
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PageInput {
  format: PageFormat;
  palette: Palette;
  measure: Measure;
  title: string;
  subtitle?: string;
  /** Lines saying what the user had selected (active approach, selected item). */
  selection: string[];
  /** The legend's rows; a row's entries flow on one line where there is room (handout), each on its own in the slide's column. */
  legend: LegendEntry[][];
  /** The source line, and e.g. the dossier's address, each a paragraph. */
  source: string[];
  /** Draws the body inside `box`: returns SVG text. */
  body: (box: Box) => string;
}

export function framePage(input: PageInput): Picture {
  const { width: W, height: H } = PAGE_SIZES[input.format];
  const { palette: p, measure } = input;
  const slide = input.format === 'slide';
  const pad = slide ? 64 : 72;
  const column = slide ? 540 : W - 2 * pad;
  const parts: string[] = [];

  /** Wrapped paragraphs from `y`, left at `x`, in `width`; returns the y after them. */
  const para = (out: string[], content: string, x: number, y: number, width: number, size: number, fill: string, { bold = false, gap = 1.3 } = {}) => {
    for (const line of wrapLines(content, width, size, measure, bold)) {
      y += size * gap;
      out.push(text(line, { x, y, 'font-size': size, 'font-weight': bold ? 700 : undefined, fill }));
    }
    return y;
  };

  /** `size`, or less where the longest word (a long Dutch compound, an address) would not fit the width whole. */
  const fitting = (content: string, width: number, size: number, bold = false) => {
    const longest = Math.max(...content.split(/\s+/).map((word) => measure(word, size, bold)));
    return longest > width ? Math.floor(size * (width / longest) * 10) / 10 : size;
  };

  // Title, subtitle and selection, from the top.
  let y = pad - 12;
  const titleSize = fitting(input.title, column, slide ? 46 : 50, true);
  y = para(parts, input.title, pad, y, column, titleSize, p.text, { bold: true, gap: 1.15 });
  if (input.subtitle) y = para(parts, input.subtitle, pad, y + 6, column, slide ? 22 : 24, p.subtle);
  y += slide ? 28 : 22;
  for (const line of input.selection) y = para(parts, line, pad, y, column, slide ? 26 : 26, p.text, { bold: line === input.selection[0] });
  const headerBottom = y;

  // The source line at the foot, under a rule.
  const foot: string[] = [];
  const sourceSize = slide ? 18 : 19;
  let fy = 0;
  for (const line of input.source) fy = para(foot, line, pad, fy, column, fitting(line, column, sourceSize), p.subtle);
  const footTop = H - pad + sourceSize * 0.3 - fy;
  parts.push(tag('line', { x1: pad, x2: pad + column, y1: footTop - 10, y2: footTop - 10, stroke: p.line, 'stroke-width': 1 }));
  parts.push(tag('g', { transform: `translate(0 ${footTop})` }, ...foot));

  // The legend: in the slide's column below the selection; on the handout, above the foot.
  const size = slide ? 22 : 22;
  const legend: string[] = [];
  let ly = 0;
  for (const row of input.legend) {
    let x = pad;
    ly += size * 1.6;
    for (const entry of row) {
      const mw = entry.mark ? entry.mark.width(size) + size * 0.5 : 0;
      const tw = measure(entry.text, size, entry.bold);
      const room = pad + column - x - mw;
      if (x > pad && (slide || tw > room)) {
        x = pad;
        ly += size * 1.6;
      }
      if (entry.mark) legend.push(entry.mark.draw(x, ly - size * 0.35, size));
      const lines = wrapLines(entry.text, pad + column - x - mw, size, measure, entry.bold);
      lines.forEach((line, i) =>
        legend.push(text(line, { x: x + mw, y: ly + i * size * 1.3, 'font-size': size, 'font-weight': entry.bold ? 700 : undefined, fill: p.text })),
      );
      ly += (lines.length - 1) * size * 1.3;
      x += mw + Math.max(...lines.map((l) => measure(l, size, entry.bold))) + size * 1.2;
    }
  }
  const legendH = ly + size * 0.6;
  let box: Box;
  if (slide) {
    parts.push(tag('g', { transform: `translate(0 ${headerBottom + 8})` }, ...legend));
    const x = pad + column + 56;
    box = { x, y: pad, w: W - x - pad, h: H - 2 * pad };
  } else {
    const legendTop = footTop - 24 - legendH;
    parts.push(tag('g', { transform: `translate(0 ${legendTop})` }, ...legend));
    box = { x: pad, y: headerBottom + 24, w: W - 2 * pad, h: legendTop - headerBottom - 36 };
  }
  const svg = svgDocument(W, H, { font: p.font, bg: p.bg, title: input.title }, input.body(box), ...parts);
  return { text: svg, width: W, height: H };
}
