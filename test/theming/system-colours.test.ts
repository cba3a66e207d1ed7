// Forced colours (Windows contrast themes) turn every colour into a system colour. Where an element
// draws a pair of its own there (`forced-color-adjust: none` with a background and a text colour),
// the pair must keep 4.5:1 with every engine's system colours, not only Chromium's: Highlight on
// HighlightText is 2.9:1 in Firefox and 3.8:1 in WebKitGTK. Forced-colours emulation exists in
// Chromium only, so this reads the pairs from the elements' `@media (forced-colors: active)` rules
// and resolves each the way the engine running the test does, in a light page and a dark one.
import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import '../../src/all.js';
import { tokens } from '../../src/styles/tokens.js';
import { contrast, over } from '../helpers.js';
import { elementTags } from './helpers.js';

interface Pair {
  where: string;
  background: string;
  color: string;
}

/** Each rule under `@media (forced-colors: active)` in the element's styles that sets both colours. */
function forcedPairs(tag: string): Pair[] {
  const styles = (document.createElement(tag).constructor as unknown as { elementStyles: CSSResult[] }).elementStyles;
  const pairs: Pair[] = [];
  for (const sheet of styles.map((style) => style.styleSheet!)) {
    for (const media of Array.from(sheet.cssRules)) {
      if (!(media instanceof CSSMediaRule) || !media.conditionText.includes('forced-colors: active')) continue;
      for (const rule of Array.from(media.cssRules)) {
        if (!(rule instanceof CSSStyleRule) || !rule.style.backgroundColor || !rule.style.color) continue;
        pairs.push({ where: `<${tag}> ${rule.selectorText}`, background: rule.style.backgroundColor, color: rule.style.color });
      }
    }
  }
  return pairs;
}

/** The selection tokens' pair under forced colours (the tree's selected row and node). */
function selectionTokens(): Pair[] {
  for (const media of Array.from(tokens.styleSheet!.cssRules)) {
    if (!(media instanceof CSSMediaRule) || !media.conditionText.includes('forced-colors: active')) continue;
    for (const rule of Array.from(media.cssRules)) {
      if (!(rule instanceof CSSStyleRule)) continue;
      const background = rule.style.getPropertyValue('--_color-selected-bg').trim();
      const color = rule.style.getPropertyValue('--_color-selected-text').trim();
      if (background && color) return [{ where: 'tokens --_color-selected-text on --_color-selected-bg', background, color }];
    }
  }
  return [];
}

/** The pair as this engine draws it on its canvas, in a page of the given colour scheme. */
function resolve(pair: Pair, scheme: 'light' | 'dark'): { background: string; color: string } {
  const probe = document.createElement('div');
  probe.style.cssText = `color-scheme: ${scheme}; background-color: Canvas`;
  document.body.append(probe);
  const canvas = getComputedStyle(probe).backgroundColor;
  probe.style.backgroundColor = pair.background;
  probe.style.color = pair.color;
  const { backgroundColor, color } = getComputedStyle(probe);
  probe.remove();
  const background = over(backgroundColor, 1, canvas);
  return { background, color: over(color, 1, background) };
}

describe('forced colours: the elements’ own colour pairs in this engine', () => {
  it('every pair an element draws under forced colours keeps 4.5:1 with this engine’s system colours, light and dark', async () => {
    const pairs = [...selectionTokens(), ...(await elementTags()).flatMap(forcedPairs)];
    expect(pairs.length, 'pairs found').to.be.greaterThan(1);
    const weak: string[] = [];
    for (const pair of pairs) {
      for (const scheme of ['light', 'dark'] as const) {
        const { background, color } = resolve(pair, scheme);
        const ratio = contrast(background, color);
        if (ratio < 4.5) weak.push(`${pair.where} (${pair.color} on ${pair.background}, ${scheme}): ${ratio.toFixed(1)}:1`);
      }
    }
    expect(weak).to.deep.equal([]);
  });
});
