/**
 * Turning a rendered SVG into a standalone file: computed colours and fonts inlined (so the
 * file looks the same without our stylesheet, in the current theme), interactive attributes
 * dropped, and a PNG drawn from it on a canvas.
 */

/** Inherited presentation properties, written only where they differ from the parent's. */
const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
] as const;

const DROPPED_ATTRIBUTES = /^(?:class|role|tabindex|aria-.*|data-.*|style)$/;

/**
 * Inlines the computed style of every element of `root` as presentation attributes and removes
 * what only the page needs (classes, ARIA, data attributes) and anything not displayed.
 * Elements inside `<defs>` keep inheriting from where they are used.
 */
export function inlineComputedStyles(root: SVGSVGElement): void {
  const walk = (el: Element, parent: Map<string, string> | undefined) => {
    const cs = getComputedStyle(el);
    if (cs.display === 'none') {
      el.remove();
      return;
    }
    const own = new Map<string, string>();
    const inDefs = el.closest('defs') !== null && el.localName !== 'defs';
    if (!inDefs) {
      for (const prop of INHERITED) {
        const value = cs.getPropertyValue(prop);
        own.set(prop, value);
        if (!parent || parent.get(prop) !== value) el.setAttribute(prop, value);
      }
      const opacity = cs.getPropertyValue('opacity');
      if (opacity && opacity !== '1') el.setAttribute('opacity', opacity);
    }
    for (const child of [...el.children]) walk(child, inDefs ? undefined : own);
  };
  walk(root, undefined);
  // Template markers (comments) mean nothing in a file.
  const comments = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const found: Node[] = [];
  while (comments.nextNode()) found.push(comments.currentNode);
  for (const c of found) c.parentNode?.removeChild(c);
  for (const el of [root, ...root.querySelectorAll('*')])
    for (const name of el.getAttributeNames()) if (DROPPED_ATTRIBUTES.test(name)) el.removeAttribute(name);
}

/** The SVG as a file: an XML declaration and the serialized element. */
export function serializeSvg(root: SVGSVGElement): string {
  root.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  root.setAttribute('xmlns:xlink', 'http://www.w3.org/1999/xlink');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`;
}

/** Largest canvas we ask for: well under every browser's limit. */
const MAX_SIDE = 16_000;
const MAX_AREA = 64_000_000;

/** Draws the SVG on a canvas at `scale` (less if the picture is huge) and returns a PNG. */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const factor = Math.max(0.1, Math.min(scale, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_AREA / (width * height))));
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * factor));
    canvas.height = Math.max(1, Math.round(height * factor));
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('No 2D canvas');
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Offers a blob as a download with the given file name. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
