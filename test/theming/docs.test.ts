// docs/THEMING.md documents every token and every part: checked against the tokens themselves and
// against custom-elements.json (the elements' JSDoc).
import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import '../../src/all.js';
import { treePalette } from '../../src/components/tree-infographic/tree-infographic.styles.js';
import { containment } from '../../src/styles/containment.js';
import { tokens } from '../../src/styles/tokens.js';
import { tokenTables } from '../../src/styles/token-docs.js';
import { docSection } from '../helpers.js';

interface Declaration {
  customElement?: boolean;
  tagName?: string;
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}

describe('docs/THEMING.md', () => {
  let doc: string;
  let shared: string;
  let elements: Declaration[];
  before(async () => {
    doc = await (await fetch('/docs/THEMING.md')).text();
    shared = doc.slice(0, doc.indexOf('<!-- elements:start -->'));
    const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: { declarations?: Declaration[] }[] };
    elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
  });

  it('documents every shared token, the tree’s palette and the containment token, and no token that does not exist', () => {
    const defined = new Set([tokens, treePalette, containment].flatMap((sheet) => sheet.cssText.match(/--ww-[a-z0-9-]+/g) ?? []));
    const documented = new Set(shared.match(/^\| `(--ww-[a-z0-9-]+)`/gm)?.map((row) => row.slice(3, -1)));
    expect(defined.size).to.be.greaterThan(40);
    expect([...defined].filter((t) => !documented.has(t)), 'tokens missing from the doc').to.deep.equal([]);
    expect([...documented].filter((t) => !defined.has(t)), 'documented tokens that do not exist').to.deep.equal([]);
  });

  it('has the token tables written from the one mapping of our tokens to the themes’ (npm run docs:tokens)', () => {
    const start = '<!-- tokens:start -->';
    const end = '<!-- tokens:end -->';
    expect(doc).to.contain(start).and.to.contain(end);
    const written = doc.slice(doc.indexOf(start) + start.length, doc.indexOf(end)).trim();
    expect(written, 'docs/THEMING.md is behind src/styles/token-map.ts: run npm run docs:tokens').to.equal(tokenTables());
  });

  it('gives every token an effect: each private variable set from a token is read by some rule', () => {
    const setFromToken = (css: string) => new Set([...css.matchAll(/(--_[a-z0-9-]+)\s*:\s*var\(--ww-/g)].map((m) => m[1]));
    const unread = (names: Set<string>, css: string) => [...names].filter((name) => !new RegExp(`var\\(${name}[,)\\s]`).test(css));
    const shared = [tokens, treePalette, containment];
    const sheetsOf = (tag: string) => (customElements.get(tag) as unknown as { elementStyles: CSSResult[] }).elementStyles;
    const all = elements.map((el) => sheetsOf(el.tagName!));
    const everything = [...shared, ...all.flat()].map((sheet) => sheet.cssText).join('\n');
    // Shared tokens: read by some element.
    const sharedNames = setFromToken(shared.map((sheet) => sheet.cssText).join('\n'));
    expect(sharedNames.size).to.be.greaterThan(40);
    expect(unread(sharedNames, everything), 'shared tokens never read').to.deep.equal([]);
    // An element's own tokens: read by that element.
    for (const [i, el] of elements.entries()) {
      const own = all[i].filter((sheet) => !shared.some((s) => s.cssText === sheet.cssText));
      const css = all[i].map((sheet) => sheet.cssText).join('\n');
      expect(unread(setFromToken(own.map((sheet) => sheet.cssText).join('\n')), css), `<${el.tagName}>: own tokens never read`).to.deep.equal([]);
    }
  });

  it('documents every element’s parts and own tokens', () => {
    expect(elements.length).to.be.greaterThan(1);
    for (const el of elements) {
      const section = docSection(doc, el.tagName!);
      expect(section, `<${el.tagName}> has a section (npm run analyze writes it)`).not.to.equal('');
      for (const part of el.cssParts ?? []) expect(section, `<${el.tagName}> part ${part.name}`).to.contain(`| \`${part.name}\` |`);
      for (const prop of el.cssProperties ?? []) expect(section, `<${el.tagName}> ${prop.name}`).to.contain(`| \`${prop.name}\` |`);
    }
  });
});
