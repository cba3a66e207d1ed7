// docs/ELEMENTS.md names every attribute, public property, method and event of every element, as
// custom-elements.json (the elements' JSDoc) has them: `npm run analyze` writes it.
import { expect } from '@open-wc/testing';
import { docSection } from './helpers.js';

interface Declaration {
  customElement?: boolean;
  tagName?: string;
  attributes?: { name: string }[];
  members?: { kind: string; name: string; static?: boolean; privacy?: string }[];
  events?: { name?: string }[];
}

describe('docs/ELEMENTS.md', () => {
  it('documents every element’s attributes, properties, methods and events', async () => {
    const doc = await (await fetch('/docs/ELEMENTS.md')).text();
    const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: { declarations?: Declaration[] }[] };
    const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
    expect(elements.map((el) => el.tagName).sort()).to.deep.equal([
      'approach-comparator',
      'dossier-overview',
      'dossier-provider',
      'factor-card',
      'factor-grid',
      'practice-profile',
      'tree-infographic',
    ]);
    for (const el of elements) {
      const section = docSection(doc, el.tagName!);
      expect(section, `<${el.tagName}> has a section (npm run analyze writes it)`).not.to.equal('');
      for (const a of el.attributes ?? []) expect(section, `<${el.tagName}> attribute ${a.name}`).to.contain(`| \`${a.name}\` |`);
      for (const m of (el.members ?? []).filter((x) => !x.static && !x.privacy && !x.name.startsWith('#'))) {
        const cell = m.kind === 'method' ? `| \`${m.name}(` : `\`${m.name}\``;
        expect(section, `<${el.tagName}> ${m.kind} ${m.name}`).to.contain(cell);
      }
      for (const e of (el.events ?? []).filter((x) => x.name)) expect(section, `<${el.tagName}> event ${e.name}`).to.contain(`| \`${e.name}\` |`);
    }
  });
});
