/**
 * Making the tree's drawing with DOM calls (`createElementNS`, `setAttribute`, `textContent`):
 * text is text, never markup. Used where the drawing has many nodes (tree-nodes.ts, the picture in
 * tree-drawing.ts); the element's chrome stays in Lit templates.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';

export type Attributes = Record<string, string | number | null | undefined>;

/** Sets each attribute to its value as text; null or undefined removes it. */
export function setAttributes(el: Element, attributes: Attributes): void {
  for (const name in attributes) {
    const value = attributes[name];
    if (value === null || value === undefined) el.removeAttribute(name);
    else el.setAttribute(name, String(value));
  }
}

/** A new SVG element with `attributes`. */
export function svgElement<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Attributes = {}): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  setAttributes(el, attributes);
  return el;
}

/**
 * Makes `wanted` the element children of `parent`, in that order. Elements that stay are not
 * moved when they are already in order, which the drawing's nodes always are (each drawing lists
 * them in the layout's reading order), so none of them loses focus.
 */
export function placeChildren(parent: Element, wanted: readonly Element[]): void {
  const keep = new Set(wanted);
  for (const child of [...parent.children]) if (!keep.has(child)) child.remove();
  let current = parent.firstElementChild;
  for (const el of wanted) {
    if (el === current) current = current.nextElementSibling;
    else parent.insertBefore(el, current);
  }
}

