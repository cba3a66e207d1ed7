import { expect, oneEvent } from '@open-wc/testing';
import '../../src/define/dossier-provider.js';
import '../../src/define/factor-card.js';
import { fallbackHtml } from '../../src/embed/fallback.js';
import { dossierCopy, frames, shadowText, until } from '../helpers.js';
import { expectDossierText } from './frame.js';

/** The pages that carry the text version (scripts/write-fallback.mjs writes it into them). */
const FALLBACK_PAGES = ['/examples/cdn.html', '/embed.html'];

const fold = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('content without JavaScript', () => {
  afterEach(() => document.querySelectorAll('iframe, dossier-provider').forEach((f) => f.remove()));

  for (const page of FALLBACK_PAGES) {
    it(`${page}: its HTML carries the dossier as text, current with the data`, async () => {
      const dossier = await dossierCopy();
      const doc = new DOMParser().parseFromString(await (await fetch(page)).text(), 'text/html');
      const fallback = doc.querySelector('dossier-provider > [slot="fallback"]');
      expect(fallback, 'no text version').to.exist;
      expectDossierText(fallback!.textContent!, dossier);
      expect(fallback!.querySelector('a[href^="https://"]')?.textContent).to.contain('Movisie');
      const current = new DOMParser().parseFromString(fallbackHtml(dossier, 'nl'), 'text/html').body.firstElementChild!;
      expect(fold(fallback!.textContent), 'stale: run npm run fallback').to.equal(fold(current.textContent));
    });

    it(`${page}: with scripts forbidden, a visitor reads that text`, async () => {
      const dossier = await dossierCopy();
      const frame = document.createElement('iframe');
      frame.setAttribute('sandbox', 'allow-same-origin'); // no allow-scripts: as with JavaScript off
      frame.style.width = '800px';
      frame.style.height = '600px';
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.src = page;
      document.body.append(frame);
      await loaded;
      const doc = frame.contentDocument!;
      expect(customElementsDefined(frame)).to.equal(false);
      const fallback = doc.querySelector<HTMLElement>('[slot="fallback"]')!;
      expect(fallback.getBoundingClientRect().height).to.be.greaterThan(200);
      expectDossierText(fallback.innerText, dossier); // innerText: only what is rendered
    });
  }

  it('the provider shows the text until the dossier is ready, then the elements in its place, in one step', async () => {
    const dossier = await dossierCopy();
    const provider = document.createElement('dossier-provider');
    provider.src = '/__test/slow?ms=400';
    provider.innerHTML = `${fallbackHtml(dossier, 'nl')}<factor-card factor="informality"></factor-card>`;
    const fallback = provider.querySelector<HTMLElement>('[slot="fallback"]')!;
    const card = provider.querySelector('factor-card')!;
    const loaded = oneEvent(provider, 'dossier-load');
    document.body.append(provider);
    await provider.updateComplete;
    await frames();
    expect(fallback.getClientRects().length, 'text shown while loading').to.be.greaterThan(0);
    expect(card.getClientRects().length, 'element hidden while loading').to.equal(0);
    // No visible loading line above the text: it would push the text down, then vanish.
    const status = provider.shadowRoot!.querySelector('[role="status"]')!;
    expect(status.closest('.visually-hidden')).to.exist;
    await loaded;
    await frames();
    expect(fallback.getClientRects().length, 'text gone once ready').to.equal(0);
    expect(card.getBoundingClientRect().height).to.be.greaterThan(100);
    expect(shadowText(card)).to.contain('Informaliteit');
  });

  it('a load that fails keeps the text, beside the error', async () => {
    const dossier = await dossierCopy();
    const provider = document.createElement('dossier-provider');
    provider.src = '/__test/status/404';
    provider.innerHTML = fallbackHtml(dossier, 'nl');
    const failed = oneEvent(provider, 'dossier-error');
    const quiet = console.error;
    console.error = () => {};
    document.body.append(provider);
    await failed;
    console.error = quiet;
    await until(() => !!provider.shadowRoot!.querySelector('[part~="error"]'), 'the error');
    expect(provider.querySelector('[slot="fallback"]')!.getClientRects().length).to.be.greaterThan(0);
  });
});

function customElementsDefined(frame: HTMLIFrameElement): boolean {
  return !!frame.contentWindow!.customElements.get('dossier-provider');
}
