// Elements may be defined in any order: here the consumer is in the page before
// the provider's definition has loaded, so it must wait for the provider, not fall
// back to the built-in dossier.
import { expect } from '@open-wc/testing';
import { DossierOverview } from '../src/components/dossier-overview/dossier-overview.js';
import { DossierProvider } from '../src/components/dossier-provider/dossier-provider.js';
import { define } from '../src/define.js';
import { loadBuiltinDossier } from '../src/model/builtin.js';
import { dossierCopy, frames, shadowText, until } from './helpers.js';

describe('definition order', () => {
  it('a consumer defined before its provider gets the provider’s dossier', async () => {
    const dossier = await dossierCopy();
    dossier.meta.title.nl = 'Van de late provider';
    const provider = document.createElement('dossier-provider') as DossierProvider;
    provider.innerHTML = '<div><dossier-overview></dossier-overview></div>';
    (provider as unknown as { dossier: unknown }).dossier = dossier;
    document.body.append(provider);
    define('dossier-overview', DossierOverview);
    const overview = provider.querySelector('dossier-overview') as DossierOverview;
    await overview.updateComplete;
    // Had it fallen back to the built-in dossier, it would show it by now: that dossier is loaded
    // (the same promise the element would wait for) and two frames have passed.
    await loadBuiltinDossier();
    await frames(2);
    await overview.updateComplete;
    expect(shadowText(overview)).not.to.contain('Wat werkt bij samenlevingsopbouw');
    define('dossier-provider', DossierProvider);
    await until(() => shadowText(overview).includes('Van de late provider'), 'dossier from provider');
  });

  it('a consumer defined after its provider gets the provider’s dossier', async () => {
    const dossier = await dossierCopy();
    dossier.meta.title.nl = 'Consument later';
    const provider = document.createElement('dossier-provider') as DossierProvider;
    provider.dossier = dossier;
    document.body.append(provider);
    await provider.updateComplete;
    class LateOverview extends DossierOverview {}
    provider.innerHTML = '<late-overview></late-overview>';
    define('late-overview', LateOverview);
    await until(() => shadowText(provider.querySelector('late-overview')!).includes('Consument later'));
  });

  it('defining a tag twice is a no-op, and a different version is named in a warning', () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    define('dossier-provider', DossierProvider);
    expect(warnings).to.deep.equal([]);
    class Other extends DossierProvider {
      static override readonly version = '9.9.9';
    }
    define('dossier-provider', Other);
    console.warn = original;
    expect(customElements.get('dossier-provider')).to.equal(DossierProvider);
    expect(String(warnings[0])).to.contain('9.9.9');
  });
});
