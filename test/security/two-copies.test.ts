// Two copies of the library on one page, as when two widgets on a host page each bundle
// wat-werkt: the CDN build loaded twice (test/security/pages/two-copies.ts), the second
// announcing another version. The first copy's elements are registered; the second warns,
// naming both versions; the second copy's classes under their own tags share the first
// copy's dossier (the contexts are keyed with Symbol.for), and the page keeps working.
import { expect } from '@open-wc/testing';
import { VERSION } from '../../src/version.js';
import { fold } from './helpers.js';
import { openPage, type Probe } from './frames.js';

const OTHER = '0.0.9-copy';
const errorsOf = (probe: Probe) => probe.errors.filter((e) => !/ResizeObserver loop/.test(e));
const text = (el: Element | null) => fold(el?.shadowRoot?.textContent ?? '');

describe('two copies of the library on one page', function () {
  this.timeout(60_000);
  afterEach(() => document.querySelectorAll('.test-page-frame').forEach((el) => el.remove()));

  for (const csp of ['none', 'dup'] as const) {
    it(`coexist: the first registers, the second warns with both versions, all render (${csp === 'none' ? 'no CSP' : "strict CSP with trusted-types lit-html 'allow-duplicates'"})`, async () => {
      const { done, probe, doc } = await openPage('/test/security/pages/two-copies.ts', csp, 40_000);
      expect(done.bFailed).to.equal(undefined);
      expect([done.a, done.b, done.registered]).to.deep.equal([VERSION, OTHER, VERSION]);
      const warnings = probe.warnings.filter((w) => w.startsWith('[wat-werkt]'));
      for (const tag of ['dossier-provider', 'dossier-overview'])
        expect(warnings.some((w) => w.includes(`<${tag}> is already defined by wat-werkt ${VERSION}; wat-werkt ${OTHER} was not registered`)), `${tag} warning in ${warnings.join(' | ')}`).to.equal(true);
      expect(probe.violations).to.deep.equal([]);
      expect(errorsOf(probe)).to.deep.equal([]);
      // The first copy's provider feeds the first copy's overview and the second copy's.
      const a = doc.getElementById('provider-a')!;
      expect(text(a.querySelector('dossier-overview'))).to.contain('Wat werkt bij samenlevingsopbouw');
      expect(text(a.querySelector('copy-b-overview'))).to.contain('Wat werkt bij samenlevingsopbouw');
      // The second copy's provider feeds the first copy's overview.
      const b = doc.getElementById('provider-b')!;
      expect(customElements.get.call(doc.defaultView!.customElements, 'copy-b-provider')).to.exist;
      expect(text(b.querySelector('dossier-overview'))).to.contain('What works in community development');
      // The host page's own button is still on top and clickable.
      const button = doc.getElementById('outside')!;
      const box = button.getBoundingClientRect();
      expect(doc.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)).to.equal(button);
    });
  }

  it("under trusted-types lit-html without 'allow-duplicates' the second copy cannot start, and the first keeps working", async () => {
    const { done, probe, doc } = await openPage('/test/security/pages/two-copies.ts', 'strict', 40_000);
    expect(String(done.bFailed)).to.match(/lit-html/);
    expect(probe.violations.map((v) => v.directive)).to.include('trusted-types');
    expect(text(doc.getElementById('provider-a')!.querySelector('dossier-overview'))).to.contain('Wat werkt bij samenlevingsopbouw');
  });
});
