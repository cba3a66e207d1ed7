/** The UI languages, and how an element finds its own. */
import type { Lang } from '../model/types.js';

export const LANGS: readonly Lang[] = ['nl', 'en'];
export const DEFAULT_LANG: Lang = 'nl';

/** Maps any BCP 47 tag to a language we speak: `en-GB` → `en`, `nl-BE` → `nl`, others → default. */
export function toLang(tag: string | null | undefined): Lang {
  const base = (tag ?? '').trim().toLowerCase().split('-')[0];
  return (LANGS as readonly string[]).includes(base) ? (base as Lang) : DEFAULT_LANG;
}

/** The `lang` of the element or its nearest ancestor, looking through shadow roots. */
export function langOf(element: Element): Lang {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return toLang(node.getAttribute('lang'));
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return DEFAULT_LANG;
}
