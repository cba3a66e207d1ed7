/**
 * The one-pager's HTML (`onePagerHtml`) turned into nodes of another document with DOM calls alone, for
 * the print frame. Why not `srcdoc`, `innerHTML` or `DOMParser`: under a strict Content-Security-Policy
 * with `require-trusted-types-for 'script'` each of them is a Trusted Types sink that takes only the
 * page's own policy, and the library has none (Lit's "lit-html" is Lit's own). This reads only the small,
 * fixed HTML that `one-pager.ts` writes (its tags and attributes below, every text escaped there), and
 * makes elements with `createElement`, attributes with `setAttribute` and text with text nodes, so a
 * team's text can only ever be text. A tag or attribute it does not know is left out, its text kept.
 */
import { ONE_PAGER_CSS } from './one-pager.js';

const TAGS = new Set(['article', 'h1', 'h2', 'h3', 'p', 'div', 'span', 'sup', 'strong', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'ol', 'ul', 'li']);
const ATTRIBUTES = new Set(['class', 'lang', 'scope']);
const VOID = new Set(['br']);
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const unescape = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]);

/** `html` (as `onePagerHtml` writes it) as a fragment of `doc`. */
export function onePagerNodes(html: string, doc: Document): DocumentFragment {
  const root = doc.createDocumentFragment();
  const open: ParentNode[] = [root];
  const tokens = /<(\/?)([a-z][a-z0-9]*)((?:\s+[a-z-]+="[^"]*")*)\s*\/?>|([^<]+)|</g;
  for (let m = tokens.exec(html); m; m = tokens.exec(html)) {
    const parent = open[open.length - 1];
    const [token, closing, tag, attrs, text] = m;
    if (text !== undefined || !tag) {
      parent.append(doc.createTextNode(unescape(text ?? token)));
    } else if (!TAGS.has(tag)) {
      continue;
    } else if (closing) {
      if (open.length > 1) open.pop();
    } else {
      const el = doc.createElement(tag);
      for (const [, name, value] of attrs.matchAll(/([a-z-]+)="([^"]*)"/g)) if (ATTRIBUTES.has(name)) el.setAttribute(name, unescape(value));
      parent.append(el);
      if (!VOID.has(tag)) open.push(el);
    }
  }
  return root;
}

/**
 * Fills `win`'s (empty, same-origin) document with the one-pager: its language, title, styles (a
 * constructed stylesheet, which `style-src 'self'` allows, where the engine has them) and body.
 */
export function writeOnePager(win: Window, html: string, lang: string, title: string): void {
  const doc = win.document;
  doc.documentElement.lang = lang;
  doc.title = title;
  const Sheet = (win as unknown as typeof globalThis).CSSStyleSheet;
  if ('adoptedStyleSheets' in doc && typeof Sheet?.prototype.replaceSync === 'function') {
    const sheet = new Sheet();
    sheet.replaceSync(ONE_PAGER_CSS);
    doc.adoptedStyleSheets = [sheet];
  } else {
    const style = doc.createElement('style');
    style.textContent = ONE_PAGER_CSS;
    doc.head.append(style);
  }
  doc.body.replaceChildren(onePagerNodes(html, doc));
}
