// /__test/templates: every tagged template (html``, svg``, staticHtml``, css``) of src/, tests
// excepted, before and after the build minifies it (scripts/lib/minify-templates.mjs), as the
// strings Lit receives: [{ file, line, tag, before: string[], after: string[] }].
// test/packaging/minified-templates.test.ts compares each pair in the browser.
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { minifyTemplates } from '../../scripts/lib/minify-templates.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const TAGS = new Set(['html', 'svg', 'staticHtml', 'css']);

/** The tagged templates of one module, in source order, with the strings Lit gets (cooked). */
function templates(code, fileName) {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const found = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && TAGS.has(node.tag.getText(source))) {
      const t = node.template;
      const strings = ts.isNoSubstitutionTemplateLiteral(t) ? [t.text] : [t.head.text, ...t.templateSpans.map((span) => span.literal.text)];
      found.push({ tag: node.tag.getText(source), line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, strings });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

async function sources(dir) {
  const files = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await sources(path)));
    else if (/\.ts$/.test(entry.name) && !/\.(test|stories)\.ts$/.test(entry.name)) files.push(path);
  }
  return files;
}

let pairs;
async function allPairs() {
  const result = [];
  for (const path of (await sources(join(root, 'src'))).sort()) {
    const code = await readFile(path, 'utf8');
    const before = templates(code, path);
    if (!before.length) continue;
    const minified = await minifyTemplates(code, path);
    const after = minified ? templates(minified.code, path) : before;
    if (after.length !== before.length) throw new Error(`${path}: ${before.length} templates before minifying, ${after.length} after`);
    const file = relative(root, path);
    before.forEach((t, i) => result.push({ file, line: t.line, tag: t.tag, before: t.strings, after: after[i].strings }));
  }
  return result;
}

export async function templateRoutes(ctx, next) {
  if (ctx.path !== '/__test/templates') return next();
  pairs ??= allPairs();
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(await pairs);
}
