// Custom Elements Manifest: `npm run analyze` writes custom-elements.json (referenced from package.json's
// `customElements`) from the elements' JSDoc: @summary, @slot, @csspart, @cssproperty, @event.
//
// The analyzer does not recognise our own `define()` (src/define.ts), so a plugin adds what it cannot
// see: each element's tag name, read from `define('tag', Class)` in src/define/*.ts, and a
// `custom-element-definition` export; it also moves the text our JSDoc puts after `@summary` into the
// description, and leaves out private, protected and static members.
import { registeredTags } from './lib/registered-tags.mjs';


function watWerktPlugin() {
  return {
    name: 'wat-werkt-tags',
    packageLinkPhase({ customElementsManifest }) {
      const tags = registeredTags();
      const found = new Set();
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          // `emit(name, detail)` in the base class reads as an event called "name".
          declaration.events = (declaration.events ?? []).filter((e) => e.name !== 'name');
          const tag = tags.get(declaration.name);
          if (!tag) {
            // Base classes are not elements of their own.
            delete declaration.customElement;
            delete declaration.tagName;
            continue;
          }
          found.add(tag);
          declaration.tagName = tag;
          declaration.customElement = true;
          if (declaration.summary) {
            const [summary, ...rest] = declaration.summary.split(/\n\s*\n/);
            declaration.summary = summary.replace(/\s+/g, ' ').trim();
            const more = rest.join('\n\n').trim();
            if (!declaration.description && more) declaration.description = more;
            if (!declaration.description) declaration.description = declaration.summary;
          }
          declaration.members = (declaration.members ?? []).filter(
            (m) => !m.static && m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('#'),
          );
          mod.exports ??= [];
          if (!mod.exports.some((e) => e.kind === 'custom-element-definition' && e.name === tag)) {
            mod.exports.push({ kind: 'custom-element-definition', name: tag, declaration: { name: declaration.name, module: mod.path } });
          }
        }
      }
      const missing = [...tags.values()].filter((tag) => !found.has(tag));
      if (missing.length) throw new Error(`[cem] no class found for: ${missing.join(', ')}`);
    },
  };
}

export default {
  globs: ['src/components/**/*.ts', 'src/base/*.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts', '**/*.messages.ts', '**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [watWerktPlugin()],
};
