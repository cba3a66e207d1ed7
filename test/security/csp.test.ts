// Strict Content-Security-Policy with Trusted Types. web-test-runner runs tests in its own
// page, so each case loads a page from the test server (/__test/page, served with the policy)
// in an iframe; test/server/security-routes.mjs has the policy and the probe that records
// every securitypolicyviolation event and csp-violation report in the page.
import { expect } from '@open-wc/testing';
import { dangerousNodes, deepElements } from './helpers.js';
import { openPage, type Probe } from './frames.js';

/** Errors the page reported, except ResizeObserver loops (see host-page.test.ts, which names their element). */
const errorsOf = (probe: Probe) => probe.errors.filter((e) => !/ResizeObserver loop/.test(e));

/** The policy of the README's "Security model" section; test/server/security-routes.mjs serves the same. */
const CSP_STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
/** With a second copy of Lit on the page (two bundles, or another Lit-based library). */
const CSP_TWO_COPIES = `${CSP_STRICT} 'allow-duplicates'`;

describe('strict Content-Security-Policy', function () {
  this.timeout(60_000);
  afterEach(() => document.querySelectorAll('.test-page-frame').forEach((el) => el.remove()));

  it('is the policy a host is told to send (README, "Security model")', async () => {
    const page = (csp: string) => fetch(`/__test/page?entry=/test/security/pages/canary.ts&csp=${csp}`);
    expect((await page('strict')).headers.get('content-security-policy')).to.equal(CSP_STRICT);
    expect((await page('dup')).headers.get('content-security-policy')).to.equal(CSP_TWO_COPIES);
    expect((await page('none')).headers.get('content-security-policy')).to.equal(null);
  });

  it('is in force in the test page: deliberate breaches are blocked and heard', async () => {
    const { done, probe } = await openPage('/test/security/pages/canary.ts', 'strict');
    expect(done).to.deep.equal({
      'inline style attribute': 'allowed', // set, but not applied: a violation
      'innerHTML with a string': 'threw TypeError',
      eval: 'threw EvalError',
      'style element': 'allowed', // added, but not applied: a violation
      'constructable stylesheet': 'allowed', // what Lit uses: no violation
      'CSSOM style property': 'allowed', // what styleMap uses: no violation
      'policy "lit-html"': 'allowed',
      'policy "lit-html" again': 'threw TypeError', // a second copy of Lit needs 'allow-duplicates'
      'policy "default"': 'threw TypeError',
      'script from another origin': 'threw TypeError',
    });
    const directives = new Set(probe.violations.map((v) => v.directive));
    expect([...directives].sort()).to.deep.equal(['require-trusted-types-for', 'script-src-elem', 'style-src-attr', 'style-src-elem', 'trusted-types']);
  });

  it('renders every element in src/define/ with zero violations: loading, failing, hostile text, alone, after clicks', async () => {
    const { done, probe, doc } = await openPage('/test/security/pages/render-all.ts', 'strict', 40_000);
    const tags = done.tags as string[];
    expect(tags).to.include.members(['dossier-provider', 'dossier-overview']);
    expect(probe.violations, JSON.stringify(probe.violations, null, 1)).to.deep.equal([]);
    expect(probe.reports).to.deep.equal([]);
    expect(errorsOf(probe)).to.deep.equal([]);
    expect(done.statuses).to.deep.equal(['ready', 'ready', 'ready', 'ready', 'error', 'error']);
    expect(done.pressed as number).to.be.above(0);
    // The one-pager's print frames were filled under the policy (their dialogs stubbed, see render-all.ts).
    const printed = done.printed as string[];
    expect(printed.length, 'one-pagers printed').to.be.above(0);
    expect(printed.every((title) => title !== ''), `every print frame holds the one-pager: ${JSON.stringify(printed)}`).to.equal(true);
    expect(done.downloads as string[], 'files offered (caught, not saved)').to.include('onze-praktijk.html');

    const root = doc.getElementById('root')!;
    const problems: string[] = [];
    for (const tag of tags) {
      const elements = Array.from(root.querySelectorAll(tag));
      if (elements.length === 0) problems.push(`no <${tag}> in the page`);
      for (const el of elements) {
        const shadow = el.shadowRoot;
        if (!shadow?.querySelector('*')) problems.push(`<${tag}> rendered nothing`);
        // Lit adopts constructable stylesheets, which style-src 'self' allows; it would fall
        // back to <style> elements only where adoptedStyleSheets is missing.
        if (!shadow?.adoptedStyleSheets.length) problems.push(`<${tag}> has no adopted stylesheet`);
        const styles = shadow ? deepElements(shadow).filter((n) => n.localName === 'style').length : 0;
        if (styles) problems.push(`<${tag}> has ${styles} <style> elements, which style-src 'self' blocks`);
      }
    }
    problems.push(...dangerousNodes(root));
    expect(problems).to.deep.equal([]);
    // The host's own content is untouched.
    expect(doc.getElementById('host-content')!.textContent).to.equal('Inhoud van de gastpagina');
  });

  it("exports the tree as SVG under the strict policy; the PNG needs img-src 'self' blob: as well", async function () {
    const strict = await openPage('/test/security/pages/export.ts', 'strict', 30_000);
    if (strict.done.skipped) this.skip();
    expect(strict.done.svg).to.equal('ok');
    expect(strict.done.png).to.match(/^failed/);
    expect(strict.probe.violations.map((v) => [v.directive, v.blocked])).to.deep.equal([['img-src', 'blob']]);
    expect(errorsOf(strict.probe)).to.deep.equal([]);
    strict.iframe.remove();

    const exporting = await openPage('/test/security/pages/export.ts', 'export', 30_000);
    expect(exporting.done).to.deep.equal({ svg: 'ok', png: 'ok' });
    expect(exporting.probe.violations).to.deep.equal([]);
  });
});
