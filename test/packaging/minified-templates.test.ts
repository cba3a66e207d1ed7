// The builds minify the CSS and HTML/SVG of Lit's templates (scripts/lib/minify-templates.mjs). Every
// template of src/ must mean the same after as before, as this browser parses it:
// - html``, svg``, staticHtml``: the same tree of elements, attributes and text, with a binding
//   wherever there was one; a run of whitespace counts as one space (as HTML and SVG render it),
//   but whitespace removed where there was some is a difference; comments do not count;
// - css``: the same rules, in the same order, with the same selectors and conditions, setting the
//   same properties to the same values (whitespace next to commas and parentheses aside).
// The pairs come from the test server (test/server/template-routes.mjs), straight from src/.
import { expect } from '@open-wc/testing';

interface Pair {
  file: string;
  line: number;
  tag: string;
  before: string[];
  after: string[];
}

/** The strings of a template joined as Lit joins them, with a numbered marker for each binding. */
const joined = (strings: string[]) => strings.reduce((text, s, i) => `${text}ww-binding-${i - 1}${s}`);

const space = (text: string) => text.replace(/[ \t\n\f\r]+/g, ' ');

/** A DOM fragment as one line per node, text merged across removed comments, whitespace folded. */
function tree(root: Node): string[] {
  const lines: string[] = [];
  let text = '';
  const flush = () => {
    if (text) lines.push(`text ${JSON.stringify(space(text))}`);
    text = '';
  };
  const walk = (node: Node, depth: number) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) text += (child as Text).data;
      else if (child instanceof Element) {
        flush();
        const attributes = Array.from(child.attributes, (a) => `${a.name}=${JSON.stringify(a.name === 'class' ? space(a.value).trim() : a.value)}`).sort();
        lines.push(`${'  '.repeat(depth)}<${child.namespaceURI === 'http://www.w3.org/2000/svg' ? 'svg:' : ''}${child.localName} ${attributes.join(' ')}>`);
        walk(child instanceof HTMLTemplateElement ? child.content : child, depth + 1);
        flush();
        lines.push(`${'  '.repeat(depth)}</${child.localName}>`);
      }
    }
  };
  walk(root, 0);
  flush();
  return lines;
}

function parseMarkup(tag: string, strings: string[]): string[] {
  const template = document.createElement('template');
  // As Lit does: svg`` is parsed inside an <svg> element.
  template.innerHTML = tag === 'svg' ? `<svg>${joined(strings)}</svg>` : joined(strings);
  return tree(tag === 'svg' ? template.content.firstChild! : template.content);
}

/**
 * A value as specified, without the whitespace that means nothing in it: around commas, after `(` and
 * before `)`. (The browser keeps a value with `var()` in it, and a custom property's, as written.)
 */
const folded = (value: string) => value.trim().replace(/\s*,\s*/g, ',').replace(/\(\s+/g, '(').replace(/\s+\)/g, ')');

/** Every rule of a style sheet: its prelude, its declarations (longhands) and its nested rules. */
function rules(list: CSSRuleList): unknown[] {
  return Array.from(list, (rule) => {
    const text = rule.cssText;
    const style = (rule as CSSStyleRule).style as CSSStyleDeclaration | undefined;
    const declarations = style
      ? Array.from(style, (name) => `${name}: ${folded(style.getPropertyValue(name))}${style.getPropertyPriority(name) ? ' !important' : ''}`).sort()
      : [];
    const nested = 'cssRules' in rule ? rules((rule as CSSGroupingRule).cssRules) : [];
    const prelude = rule instanceof CSSStyleRule ? rule.selectorText : text.slice(0, text.indexOf('{')).trim() || text;
    return { prelude, declarations, nested };
  });
}

function parseCss(strings: string[]): unknown[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(joined(strings));
  return rules(sheet.cssRules);
}

describe('templates minified by the build', () => {
  let pairs: Pair[];
  before(async () => {
    pairs = (await (await fetch('/__test/templates')).json()) as Pair[];
  });

  it('are all found, and made smaller', () => {
    const size = (key: 'before' | 'after', tag: string) => pairs.filter((p) => p.tag === tag).reduce((n, p) => n + p[key].join('').length, 0);
    expect(pairs.filter((p) => p.tag === 'css').length, 'css templates').to.be.greaterThan(5);
    expect(pairs.filter((p) => p.tag === 'svg').length, 'svg templates').to.be.greaterThan(5);
    expect(pairs.filter((p) => p.tag === 'html').length, 'html templates').to.be.greaterThan(50);
    // Each kind smaller, and all of them together by a tenth at least (the few svg templates left, the
    // picture's, have little white space to lose: the drawing's nodes are made without templates, tree-nodes.ts).
    for (const tag of ['css', 'html', 'svg']) expect(size('after', tag), `${tag}: characters after`).to.be.lessThan(size('before', tag));
    const all = (key: 'before' | 'after') => ['css', 'html', 'svg'].reduce((n, tag) => n + size(key, tag), 0);
    expect(all('after'), 'all: characters after').to.be.lessThan(all('before') * 0.9);
  });

  it('keep the same bindings', () => {
    for (const p of pairs) expect(p.after.length, `${p.file}:${p.line}`).to.equal(p.before.length);
  });

  it('html``, svg`` and staticHtml``: the same elements, attributes and text', () => {
    const differ: string[] = [];
    for (const p of pairs.filter((p) => p.tag !== 'css')) {
      const [before, after] = [parseMarkup(p.tag, p.before), parseMarkup(p.tag, p.after)];
      const i = before.findIndex((line, j) => line !== after[j]);
      if (i >= 0 || after.length !== before.length) differ.push(`${p.file}:${p.line} ${p.tag}\`\`\n  before: ${before[i]}\n  after:  ${after[i]}`);
    }
    expect(differ.join('\n'), 'templates that differ').to.equal('');
  });

  it('css``: the same rules, declarations and values', () => {
    const differ: string[] = [];
    for (const p of pairs.filter((p) => p.tag === 'css')) {
      const [before, after] = [parseCss(p.before), parseCss(p.after)];
      expect(before.length, `${p.file}:${p.line}: rules`).to.be.greaterThan(0);
      const [b, a] = [JSON.stringify(before, null, 1).split('\n'), JSON.stringify(after, null, 1).split('\n')];
      b.forEach((line, i) => {
        if (line !== a[i]) differ.push(`${p.file}:${p.line} css\`\`\n  before: ${line.trim()}\n  after:  ${a[i]?.trim()}`);
      });
    }
    expect(differ.join('\n'), 'style sheets that differ').to.equal('');
  });

  it('css``: no property declared twice in one rule (Lightning CSS keeps only the last, so a fallback would be lost)', () => {
    const twice: string[] = [];
    for (const p of pairs.filter((p) => p.tag === 'css')) {
      const text = p.before.join('').replace(/\/\*[\s\S]*?\*\//g, '');
      for (const [, block] of text.matchAll(/\{([^{}]*)\}/g)) {
        const names = Array.from(block.matchAll(/(?:^|;)\s*([-\w]+)\s*:/g), (m) => m[1]);
        const repeated = names.filter((name, i) => names.indexOf(name) !== i);
        if (repeated.length) twice.push(`${p.file}:${p.line}: ${repeated.join(', ')}`);
      }
    }
    expect(twice).to.deep.equal([]);
  });
});
