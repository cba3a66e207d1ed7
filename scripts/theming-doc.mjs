#!/usr/bin/env node
// Writes the per-element section of docs/THEMING.md (parts, own tokens, slots, events) from
// custom-elements.json, between `<!-- elements:start -->` and `<!-- elements:end -->`.
// Run by `npm run analyze`, after the analyzer.
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
const docPath = new URL('docs/THEMING.md', root);
const doc = readFileSync(docPath, 'utf8');

const cell = (text = '') => text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

const sections = elements.map((el) => {
  const lines = [`### \`<${el.tagName}>\``, '', cell(el.summary ?? el.description), ''];
  const table = (title, head, rows) => {
    if (!rows.length) return;
    lines.push(`${title}:`, '', `| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`), '');
  };
  table('Parts', ['part', 'what'], (el.cssParts ?? []).map((p) => [`\`${p.name}\``, cell(p.description)]));
  table('Own tokens', ['token', 'what'], (el.cssProperties ?? []).map((p) => [`\`${p.name}\``, cell(p.description)]));
  table('Slots', ['slot', 'what'], (el.slots ?? []).map((s) => [s.name ? `\`${s.name}\`` : '(default)', cell(s.description)]));
  table('Events', ['event', 'what'], (el.events ?? []).filter((e) => e.name).map((e) => [`\`${e.name}\``, cell(e.description)]));
  return lines.join('\n').trimEnd();
});

const start = '<!-- elements:start -->';
const end = '<!-- elements:end -->';
const i = doc.indexOf(start);
const j = doc.indexOf(end);
if (i < 0 || j < i) throw new Error('docs/THEMING.md: the elements markers are missing');
const next = `${doc.slice(0, i + start.length)}\n\n${sections.join('\n\n')}\n\n${doc.slice(j)}`;
if (next !== doc) writeFileSync(docPath, next);
console.log(`docs/THEMING.md: ${elements.map((e) => e.tagName).join(', ')}`);
