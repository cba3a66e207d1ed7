// The CDN file: one self-contained ES module that registers every element. A page that loads it twice
// (two script tags, two URLs for one file, or the CDN file and an npm build of the same version) keeps
// working: the second copy finds each tag defined and leaves it. Needs `npm run build` (npm test does).
import { expect } from '@open-wc/testing';
import { elementTags, ignoreResizeObserverLoop, rendered } from '../theming/helpers.js';
import { shadowText } from '../helpers.js';

const CDN = '/dist/cdn/wat-werkt.js';

describe('the CDN file', () => {
  let source: string;
  before(async () => {
    ignoreResizeObserverLoop();
    const response = await fetch(CDN);
    if (!response.ok) throw new Error(`${CDN}: ${response.status}; run \`npm run build\` first (npm test does)`);
    source = await response.text();
  });

  it('is self-contained: no imports, static or dynamic (the built-in dossier is inlined)', () => {
    expect(source).not.to.match(/\bimport\s*\(/);
    expect(source).not.to.match(/\bfrom\s*["'`]/);
    expect(source).not.to.match(/(^|[;}\s])import\s*["'`{*]/);
    expect(source).to.contain('Wat werkt bij samenlevingsopbouw');
  });

  it('loaded twice, registers every element once and raises no error', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    const logged: string[] = [];
    const { warn, error } = console;
    console.warn = (...args: unknown[]) => logged.push(args.join(' '));
    console.error = (...args: unknown[]) => logged.push(args.join(' '));
    try {
      const first = (await import(/* @vite-ignore */ `${CDN}?a`)) as Record<string, unknown>;
      const constructors = new Map((await elementTags()).map((tag) => [tag, customElements.get(tag)]));
      const second = (await import(/* @vite-ignore */ `${CDN}?b`)) as Record<string, unknown>;
      expect(second.DossierProvider, 'two copies of the module').not.to.equal(first.DossierProvider);
      for (const [tag, constructor] of constructors) {
        expect(constructor, `<${tag}> registered by the first copy`).to.exist;
        expect(customElements.get(tag), `<${tag}> still the first copy's`).to.equal(constructor);
      }
      expect(first.DossierProvider).to.equal(customElements.get('dossier-provider'));

      // The page works: an element renders the built-in dossier.
      const overview = document.createElement('dossier-overview');
      document.body.append(overview);
      await rendered(overview);
      expect(shadowText(overview)).to.contain('Wat werkt bij samenlevingsopbouw');
      overview.remove();
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      console.warn = warn;
      console.error = error;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
    expect(errors, 'errors').to.deep.equal([]);
    expect(logged, 'warnings: the same version twice is not a collision').to.deep.equal([]);
  });

  it('a different version holding a tag is named in a warning, and left in place', async () => {
    const lib = (await import(/* @vite-ignore */ `${CDN}?a`)) as {
      define: (tag: string, constructor: CustomElementConstructor) => void;
      DossierOverview: CustomElementConstructor;
      VERSION: string;
    };
    const warnings: string[] = [];
    const { warn } = console;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const Newer = class extends lib.DossierOverview {
        static readonly version = '99.0.0';
      };
      lib.define('dossier-overview', Newer);
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('dossier-overview')).to.equal(lib.DossierOverview);
    expect(warnings.join('\n')).to.contain('99.0.0').and.to.contain(lib.VERSION);
  });
});
