/**
 * Turning an SVG rendered under an element's styles (the tree's drawing) into standalone SVG:
 * computed colours and fonts inlined, so the file looks the same without our stylesheet, in the
 * current theme; interactive attributes dropped.
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
