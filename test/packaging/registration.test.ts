// Registration, tested on the npm build in dist/ (run `npm run build` first; npm test does): importing
// the classes registers nothing; `wat-werkt/define/<tag>` registers its element (and the ones it
// uses); `wat-werkt/all` registers every element. Bare imports (lit, …) resolve as a bundler would.
import { expect } from '@open-wc/testing';
import { elementTags } from '../theming/helpers.js';

const load = (path: string) => import(/* @vite-ignore */ path) as Promise<Record<string, unknown>>;

describe('registration (npm build)', () => {
  let tags: string[];
  before(async () => {
    tags = await elementTags();
    const response = await fetch('/dist/index.js');
    if (!response.ok) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  });

  it('importing the classes and the model registers nothing', async () => {
    const lib = await load('/dist/index.js');
    await load('/dist/model/index.js');
    expect(lib.DossierProvider).to.be.a('function');
    expect(lib.define).to.be.a('function');
    for (const tag of tags) expect(customElements.get(tag), `<${tag}>`).to.equal(undefined);
  });

  it('a define entry registers its element with the class the package exports', async () => {
    const lib = await load('/dist/index.js');
    const entry = await load('/dist/define/dossier-overview.js');
    expect(customElements.get('dossier-overview')).to.equal(lib.DossierOverview);
    expect(entry.DossierOverview).to.equal(lib.DossierOverview);
  });

  it('wat-werkt/all registers every element', async () => {
    await load('/dist/all.js');
    for (const tag of tags) expect(customElements.get(tag), `<${tag}>`).to.exist;
  });
});
