/**
 * `styleMap` for pages with a strict Content-Security-Policy.
 *
 * Lit's own `styleMap` writes its first value as a `style="…"` attribute string, which
 * `style-src 'self'` (no `'unsafe-inline'`) blocks: a `securitypolicyviolation`, and the
 * element's first render goes without those styles. This one has the same API but always
 * sets properties through the CSSOM (`element.style.setProperty`), which CSP allows, from
 * the first render on. Use it instead of `lit/directives/style-map.js`.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

export interface StyleInfo {
  [name: string]: string | number | undefined | null;
}

const IMPORTANT = '!important';

class CspStyleMapDirective extends Directive {
  #previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style' || (partInfo.strings?.length ?? 0) > 2)
      throw new Error('`styleMap` must be used in the `style` attribute and must be the only part in the attribute.');
  }

  render(_styleInfo: Readonly<StyleInfo>): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [styleInfo]: [Readonly<StyleInfo>]): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.#previous) {
      if (styleInfo[name] == null) {
        this.#previous.delete(name);
        if (name.includes('-')) style.removeProperty(name);
        else (style as unknown as Record<string, string | null>)[name] = null;
      }
    }
    for (const name in styleInfo) {
      const value = styleInfo[name];
      if (value == null) continue;
      this.#previous.add(name);
      const important = typeof value === 'string' && value.endsWith(IMPORTANT);
      if (name.includes('-') || important) {
        const property = name.includes('-') ? name : name.replace(/(?:^(webkit|moz|ms|o)|)(?=[A-Z])/g, '-$&').toLowerCase();
        style.setProperty(property, important ? (value as string).slice(0, -IMPORTANT.length).trim() : String(value), important ? 'important' : '');
      } else (style as unknown as Record<string, string>)[name] = String(value);
    }
    return noChange;
  }
}

/** Sets the given CSS properties on the element (camelCase or dash-case, custom properties too), CSP-safe. */
export const styleMap = directive(CspStyleMapDirective);
