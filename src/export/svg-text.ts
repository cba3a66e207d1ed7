/**
 * Building a standalone SVG picture as text: escaped text and attributes (data is shown as text,
 * never markup), text measured and wrapped for a width, and the theme's colours resolved to plain
 * values a file can carry. Shared by every element's export (the comparator's, the card's and the
 * tree's frame around its drawing).
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text safe inside an element or a quoted attribute of an XML document. Control characters XML forbids are dropped. */
export function escapeXml(text: string): string {
  // eslint-disable-next-line no-control-regex
  return String(text).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

export type Attributes = Record<string, string | number | undefined | null | false>;

/** One SVG element as text; `children` are SVG text already (build them with `tag` or `text`). */
export function tag(name: string, attributes: Attributes = {}, ...children: string[]): string {
  const attrs = Object.entries(attributes)
    .filter(([, v]) => v !== undefined && v !== null && v !== false)
    .map(([k, v]) => ` ${k}="${escapeXml(typeof v === 'number' ? String(Math.round(v * 100) / 100) : String(v))}"`)
    .join('');
  return children.length ? `<${name}${attrs}>${children.join('')}</${name}>` : `<${name}${attrs}/>`;
}

/**
 * A standalone SVG file, `width` × `height`, on a background of `bg`, its title (as text) first: what every
 * exported picture is. `children` are SVG text already.
 */
export function svgDocument(width: number, height: number, o: { font: string; bg: string; title: string }, ...children: string[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    tag(
      'svg',
      { xmlns: 'http://www.w3.org/2000/svg', width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': o.font },
      `<title>${escapeXml(o.title)}</title>`,
      tag('rect', { width, height, fill: o.bg }),
      ...children,
    )
  );
}

/** A `<text>` element holding `content` as text. */
export function text(content: string, attributes: Attributes = {}): string {
  return tag('text', attributes, escapeXml(content));
}

/** Measures a line of text in px at a font size, bold or not. */
export type Measure = (line: string, size: number, bold?: boolean) => number;

/** A measurer on a canvas, with the element's font; an estimate where no canvas is to be had. */
export function canvasMeasure(fontFamily: string): Measure {
  const ctx = document.createElement('canvas').getContext('2d');
  return (line, size, bold = false) => {
    if (!ctx) return line.length * size * (bold ? 0.58 : 0.54);
    ctx.font = `${bold ? 700 : 400} ${size}px ${fontFamily}`;
    return ctx.measureText(line).width;
  };
}

/** The text in lines no wider than `width`; a word wider than that is cut at the width, with a hyphen. */
export function wrapLines(content: string, width: number, size: number, measure: Measure, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of content.replaceAll('\u00ad', '').split(/\s+/).filter(Boolean)) {
    const tried = line ? `${line} ${word}` : word;
    if (measure(tried, size, bold) <= width) {
      line = tried;
      continue;
    }
    if (line) lines.push(line);
    while (measure(word, size, bold) > width && word.length > 1) {
      let cut = word.length - 1;
      while (cut > 1 && measure(`${word.slice(0, cut)}-`, size, bold) > width) cut--;
      lines.push(`${word.slice(0, cut)}-`);
      word = word.slice(cut);
    }
    line = word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The colours a picture uses, as plain CSS colour values. */
export interface Palette {
  text: string;
  subtle: string;
  bg: string;
  bgSubtle: string;
  accent: string;
  accentBg: string;
  line: string;
  font: string;
}

/**
 * The element's theme as plain values: its tokens can be `light-dark()` or `var()` chains, which a
 * file cannot resolve, so each is applied to a probe in the element's shadow root and read back.
 */
export function readPalette(host: Element, root: ShadowRoot | Element = host.shadowRoot ?? host): Palette {
  const probe = document.createElement('span');
  probe.setAttribute('aria-hidden', 'true');
  probe.style.setProperty('position', 'absolute');
  probe.style.setProperty('visibility', 'hidden');
  root.append(probe);
  try {
    const read = (token: string, fallback: string) => {
      probe.style.setProperty('color', fallback);
      probe.style.setProperty('color', `var(${token}, ${fallback})`);
      return getComputedStyle(probe).color;
    };
    return {
      text: read('--_color-text', '#1b1b1f'),
      subtle: read('--_color-text-subtle', '#4a4a55'),
      bg: read('--_color-bg', '#ffffff'),
      bgSubtle: read('--_color-bg-subtle', '#f4f4f7'),
      accent: read('--_color-accent', '#0b5cad'),
      accentBg: read('--_color-accent-bg', '#e6effa'),
      line: read('--_color-border', '#c8c8d0'),
      font: getComputedStyle(host).fontFamily || 'system-ui, sans-serif',
    };
  } finally {
    probe.remove();
  }
}
