/**
 * The frame every exported picture shares: a title and subtitle above, what was selected below
 * them, the picture's own body, and the source line at the foot. Text only as text.
 */
import { svgDocument, tag, text, wrapLines, type Measure, type Palette } from './svg-text.js';

export interface FrameInput {
  width: number;
  /** Base font size in px. */
  size: number;
  palette: Palette;
  measure: Measure;
  title: string;
  subtitle?: string;
  /** Lines saying what the user had selected (active approach, selected item, compared approaches). */
  selection: string[];
  /** Draws the body at `top` within `width - 2 * pad`; returns its SVG text and height. */
  body: (top: number, pad: number) => { svg: string; height: number };
  /** The source line(s) at the foot. */
  source: string;
}

export interface Picture {
  /** The SVG document as text. */
  text: string;
  width: number;
  height: number;
}

/** The picture as a standalone SVG document. */
export function framePicture(input: FrameInput): Picture {
  const { width: W, size, palette: p, measure } = input;
  const pad = Math.round(size * 1.75);
  const inner = W - 2 * pad;
  const parts: string[] = [];
  let y = pad;
  const lines = (content: string, fontSize: number, fill: string, { bold = false, gap = 1.3 } = {}) => {
    for (const line of wrapLines(content, inner, fontSize, measure, bold)) {
      y += fontSize * gap;
      parts.push(text(line, { x: pad, y, 'font-size': fontSize, 'font-weight': bold ? 700 : undefined, fill }));
    }
  };
  lines(input.title, size * 1.6, p.text, { bold: true, gap: 1.2 });
  if (input.subtitle) lines(input.subtitle, size * 0.95, p.subtle);
  y += size * 0.4;
  for (const line of input.selection) lines(line, size, p.text);
  y += size * 1.1;
  const body = input.body(y, pad);
  parts.push(body.svg);
  y += body.height + size * 1.2;
  parts.push(tag('line', { x1: pad, x2: W - pad, y1: y, y2: y, stroke: p.line, 'stroke-width': 1 }));
  y += size * 0.2;
  lines(input.source, size * 0.8, p.subtle);
  const H = Math.ceil(y + pad * 0.75);
  const svg = svgDocument(W, H, { font: p.font, bg: p.bg, title: input.title }, ...parts);
  return { text: svg, width: W, height: H };
}

/** Three bars for a weight of 0–3, filled up to the weight: the same mark as on screen. */
export function weightBars(x: number, y: number, weight: number, size: number, p: Palette): string {
  const w = size * 0.55;
  const bars: string[] = [];
  for (let i = 0; i < 3; i++) {
    const h = size * (0.45 + i * 0.3);
    bars.push(
      tag('rect', {
        x: x + i * (w + size * 0.2),
        y: y - h,
        width: w,
        height: h,
        rx: 1.5,
        fill: i < weight ? p.accent : p.bg,
        stroke: i < weight ? p.accent : p.line,
        'stroke-width': 1,
      }),
    );
  }
  return bars.join('');
}

/** Width of `weightBars`. */
export const weightBarsWidth = (size: number): number => 3 * size * 0.55 + 2 * size * 0.2;
