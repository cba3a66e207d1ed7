/**
 * The "Motion" toolbar: shows the elements as they look with `prefers-reduced-motion: reduce`.
 *
 * A page cannot change a user preference, so this flips the elements' own CSS instead: in the
 * style sheets of every registered wat-werkt element it turns `@media (prefers-reduced-motion:
 * reduce)` rules on (and `no-preference` rules off), and back again. That is exactly what the
 * elements' CSS does for a user with that setting. It does not reach a `matchMedia()` check in
 * script: for that, and to check the real thing, use Chrome DevTools → ⋮ → More tools →
 * Rendering → "Emulate CSS media feature prefers-reduced-motion" (see the Introduction page).
 */
type StyleSource = CSSStyleSheet | { styleSheet?: CSSStyleSheet };
type LitClass = CustomElementConstructor & { elementStyles?: StyleSource[] };

const original = new WeakMap<MediaList, string>();
const REDUCE = /\(\s*prefers-reduced-motion\s*:\s*reduce\s*\)/;
const NO_PREFERENCE = /\(\s*prefers-reduced-motion\s*:\s*no-preference\s*\)/;

function* mediaRules(rules: CSSRuleList): Generator<CSSMediaRule> {
  for (const rule of Array.from(rules)) {
    if (rule instanceof CSSMediaRule) yield rule;
    if ('cssRules' in rule && (rule as CSSGroupingRule).cssRules) yield* mediaRules((rule as CSSGroupingRule).cssRules);
  }
}

/** Emulates `prefers-reduced-motion: reduce` (true) or restores the user's setting (false) for `tags`. */
export function emulateReducedMotion(reduce: boolean, tags: readonly string[]): void {
  for (const tag of tags) {
    const styles = (customElements.get(tag) as LitClass | undefined)?.elementStyles ?? [];
    for (const source of styles) {
      const sheet = source instanceof CSSStyleSheet ? source : source.styleSheet;
      if (!sheet) continue;
      for (const rule of mediaRules(sheet.cssRules)) {
        const media = rule.media;
        const text = original.get(media) ?? media.mediaText;
        if (!REDUCE.test(text) && !NO_PREFERENCE.test(text)) continue;
        original.set(media, text);
        media.mediaText = reduce
          ? text.replace(REDUCE, '(min-width: 0)').replace(NO_PREFERENCE, '(max-width: -1px)')
          : text;
      }
    }
  }
}
