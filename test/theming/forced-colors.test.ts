// Forced colours (Windows contrast themes): every colour token becomes a system colour, and every
// element keeps enough contrast (axe's colour-contrast rule).
//
// The contrast test runs under Chromium's real forced-colours emulation when the test runner has the
// `emulate-forced-colors` command (test/theming/forced-colors-plugin.mjs, registered in
// web-test-runner.config.mjs). Without it, it applies the elements' own `@media (forced-colors: active)`
// rules by hand instead (the tokens turn to system colours; the browser's own forcing of other colours
// is then not part of the test), and says so in the test title.
import { executeServerCommand } from '@web/test-runner-commands';
import { expect } from '@open-wc/testing';
import '../../src/all.js';
import { tokens } from '../../src/styles/tokens.js';
import { treePalette } from '../../src/components/tree-infographic/tree-infographic.styles.js';
import { contrastViolations, deepElements, elementMarkup, elementTags, ignoreResizeObserverLoop, mountElement, rendered } from './helpers.js';

const SYSTEM_COLOURS = ['Canvas', 'CanvasText', 'LinkText', 'VisitedText', 'ActiveText', 'ButtonFace', 'ButtonText', 'ButtonBorder', 'Field', 'FieldText', 'Highlight', 'HighlightText', 'SelectedItem', 'SelectedItemText', 'Mark', 'MarkText', 'GrayText', 'AccentColor', 'AccentColorText'];

/** `--_name: value` for each custom property declared in the rules (not nested in @media). */
function declarations(rules: CSSRuleList): Map<string, string> {
  const found = new Map<string, string>();
  for (const rule of Array.from(rules)) {
    if (!(rule instanceof CSSStyleRule) || rule.selectorText !== ':host') continue;
    for (const name of Array.from(rule.style)) if (name.startsWith('--_')) found.set(name, rule.style.getPropertyValue(name).trim());
  }
  return found;
}

function forcedRules(sheet: CSSStyleSheet): CSSMediaRule[] {
  return Array.from(sheet.cssRules).filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText.includes('forced-colors: active'));
}

/** Whether the runner can emulate forced colours: true once turned on. */
async function emulate(active: boolean): Promise<boolean> {
  try {
    await executeServerCommand('emulate-forced-colors', { active });
    return true;
  } catch {
    return false;
  }
}

/** Applies each shadow root's forced-colours rules as if the media query matched. */
function simulateForcedColours(root: Element): void {
  for (const el of deepElements(root)) {
    const shadow = el.shadowRoot;
    if (!shadow) continue;
    const extra = new CSSStyleSheet();
    for (const sheet of shadow.adoptedStyleSheets)
      for (const media of forcedRules(sheet)) for (const rule of Array.from(media.cssRules)) extra.insertRule(rule.cssText, extra.cssRules.length);
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, extra];
  }
}

describe('forced colours', () => {
  let tags: string[];
  let emulated = false;
  before(async () => {
    ignoreResizeObserverLoop();
    tags = await elementTags();
    emulated = await emulate(false);
  });
  afterEach(async () => {
    document.body.replaceChildren();
    if (emulated) await emulate(false);
  });

  it('every element uses the shared tokens', async () => {
    for (const tag of tags) {
      const { el } = await mountElement(tag);
      expect(el.shadowRoot!.adoptedStyleSheets, `<${tag}>`).to.include(tokens.styleSheet);
    }
  });

  it('every colour token becomes a system colour (the shared ones and the tree’s palette)', () => {
    let count = 0;
    for (const sheet of [tokens.styleSheet!, treePalette.styleSheet!]) {
      const colours = [...declarations(sheet.cssRules).keys()].filter((name) => /^--_(color|tree)-|^--_focus-color$/.test(name));
      count += colours.length;
      const forced = new Map(forcedRules(sheet).flatMap((media) => [...declarations(media.cssRules)]));
      for (const name of colours) {
        expect(forced.has(name), `${name} is set under forced colours`).to.equal(true);
        expect(SYSTEM_COLOURS, `${name}: ${forced.get(name)}`).to.include(forced.get(name));
      }
    }
    expect(count).to.be.greaterThan(20);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`every element keeps enough contrast under forced colours, ${scheme} (real emulation if the runner has it, else the forced-colours rules applied by hand)`, async function () {
      // On before the elements render, so that no colour transition is caught half-way.
      if (emulated) {
        await emulate(true);
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      }
      for (const tag of tags) {
        const wrapper = document.createElement('div');
        wrapper.setAttribute('style', `color-scheme: ${scheme}; background: Canvas; color: CanvasText; padding: 1rem`);
        wrapper.innerHTML = elementMarkup(tag, '', 'community-organizing');
        document.body.append(wrapper);
        const el = wrapper.querySelector(tag)!;
        await rendered(wrapper.firstElementChild!);
        await rendered(el);
        if (!emulated) simulateForcedColours(wrapper.firstElementChild!);
        expect(await contrastViolations(wrapper), `<${tag}> contrast, forced colours (${emulated ? 'emulated' : 'simulated'}), ${scheme}`).to.deep.equal([]);
        wrapper.remove();
      }
    });
  }
});
