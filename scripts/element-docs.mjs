#!/usr/bin/env node
// Writes the elements' reference docs from custom-elements.json (the elements' JSDoc):
// - docs/ELEMENTS.md, whole: per element its attributes, properties, methods and events;
// - docs/THEMING.md, the per-element section between `<!-- elements:start -->` and
//   `<!-- elements:end -->`: parts, own tokens, slots, events.
// Run by `npm run analyze`, after the analyzer.
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));

const cell = (text = '') => text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => (text ? `\`${cell(text).replace(/`/g, '')}\`` : '');
const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

/** One element's section: a heading, its summary, then each table that has rows. */
function section(el, tables) {
  const lines = [`### \`<${el.tagName}>\``, '', cell(el.summary ?? el.description), ''];
  for (const [title, head, rows] of tables) {
    if (!rows.length) continue;
    lines.push(`${title}:`, '', `| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`), '');
  }
  return lines.join('\n').trimEnd();
}

const events = (el) => (el.events ?? []).filter((e) => e.name).map((e) => [`\`${e.name}\``, cell(e.description)]);

/** Public instance members: what a page may read, set or call. */
const publicMembers = (el, kind) => (el.members ?? []).filter((m) => m.kind === kind && !m.static && !m.privacy && !m.name.startsWith('#'));

function apiSection(el) {
  const attributes = el.attributes ?? [];
  const withAttribute = new Set(attributes.map((a) => a.fieldName));
  const fields = publicMembers(el, 'field').filter((f) => !withAttribute.has(f.name));
  const methods = publicMembers(el, 'method');
  const signature = (m) => `${m.name}(${(m.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}`).join(', ')})`;
  return section(el, [
    ['Attributes (each also a property)', ['attribute', 'property', 'type', 'default', 'what'], attributes.map((a) => [`\`${a.name}\``, code(a.fieldName), code(a.type?.text), code(a.default), cell(a.description)])],
    ['Properties', ['property', 'type', 'what'], fields.map((f) => [`\`${f.name}\`${f.readonly ? ' (read-only)' : ''}`, code(f.type?.text), cell(f.description)])],
    ['Methods', ['method', 'returns', 'what'], methods.map((m) => [code(signature(m)), code(m.return?.type?.text), cell(m.description)])],
    ['Events', ['event', 'what'], events(el)],
  ]);
}

function themingSection(el) {
  return section(el, [
    ['Parts', ['part', 'what'], (el.cssParts ?? []).map((p) => [`\`${p.name}\``, cell(p.description)])],
    ['Own tokens', ['token', 'what'], (el.cssProperties ?? []).map((p) => [`\`${p.name}\``, cell(p.description)])],
    ['Slots', ['slot', 'what'], (el.slots ?? []).map((s) => [s.name ? `\`${s.name}\`` : '(default)', cell(s.description)])],
    ['Events', ['event', 'what'], events(el)],
  ]);
}

function write(path, next) {
  const url = new URL(path, root);
  let doc = '';
  try {
    doc = readFileSync(url, 'utf8');
  } catch {
    // a new file
  }
  if (next !== doc) writeFileSync(url, next);
  console.log(`${path}: ${elements.map((e) => e.tagName).join(', ')}`);
}

write(
  'docs/ELEMENTS.md',
  `# Elements

What a page can set, read, call and listen to on each element. Written from the elements' JSDoc
(\`custom-elements.json\`) by \`npm run analyze\` (part of \`npm run build\`); do not edit by hand. Styling (parts,
tokens): [THEMING.md](THEMING.md). Where the dossier and the language come from, and what the events carry:
[README.md](../README.md#embed-it).

${elements.map(apiSection).join('\n\n')}
`,
);

const themingPath = 'docs/THEMING.md';
const theming = readFileSync(new URL(themingPath, root), 'utf8');
const start = '<!-- elements:start -->';
const end = '<!-- elements:end -->';
const i = theming.indexOf(start);
const j = theming.indexOf(end);
if (i < 0 || j < i) throw new Error('docs/THEMING.md: the elements markers are missing');
write(themingPath, `${theming.slice(0, i + start.length)}\n\n${elements.map(themingSection).join('\n\n')}\n\n${theming.slice(j)}`);
