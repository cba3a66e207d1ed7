import { expect, oneEvent } from '@open-wc/testing';
import '../../src/define/dossier-provider.js';
import '../../src/define/factor-card.js';
import { fallbackHtml } from '../../src/embed/fallback.js';
import { dossierCopy, frames, shadowText, until } from '../helpers.js';
import type { Lang } from '../../src/model/types.js';
import { expectDossierText, openFrame, providersReady } from './frame.js';

/** The pages that carry the text version, and its language (scripts/write-fallback.mjs writes it into them). */
const FALLBACK_PAGES: { page: string; lang: Lang }[] = [
  { page: '/examples/cdn.html', lang: 'nl' },
  { page: '/embed.html', lang: 'nl' },
  { page: '/embed-en.html', lang: 'en' },
];

const fold = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** `page` in an iframe whose scripts are forbidden, as with JavaScript off. */
async function withoutScripts(page: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin'); // no allow-scripts: as with JavaScript off
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = page;
  document.body.append(frame);
  await loaded;
  return frame;
}

describe('content without JavaScript', () => {
  afterEach(() => document.querySelectorAll('iframe, dossier-provider').forEach((f) => f.remove()));

  for (const { page, lang } of FALLBACK_PAGES) {
    it(`${page}: its HTML carries the dossier as text (${lang}), current with the data`, async () => {
      const dossier = await dossierCopy();
      const doc = new DOMParser().parseFromString(await (await fetch(page)).text(), 'text/html');
      const fallback = doc.querySelector('dossier-provider > [slot="fallback"]');
      expect(fallback, 'no text version').to.exist;
      expect(fallback!.getAttribute('lang')).to.equal(lang);
      expectDossierText(fallback!.textContent!, dossier, lang);
      expect(fallback!.querySelector('a[href^="https://"]')?.textContent).to.contain('Movisie');
      const current = new DOMParser().parseFromString(fallbackHtml(dossier, lang), 'text/html').body.firstElementChild!;
      expect(fold(fallback!.textContent), 'stale: run npm run fallback').to.equal(fold(current.textContent));
    });

    it(`${page}: with scripts forbidden, a visitor reads that text`, async () => {
      const dossier = await dossierCopy();
      const frame = await withoutScripts(page);
      const doc = frame.contentDocument!;
      expect(customElementsDefined(frame)).to.equal(false);
      const fallback = doc.querySelector<HTMLElement>('[slot="fallback"]')!;
      expect(fallback.getBoundingClientRect().height).to.be.greaterThan(200);
      expectDossierText(fallback.innerText, dossier, lang); // innerText: only what is rendered
    });
  }

  it('the embed page in English (/embed-en.html) is embed.html in English: language, title, same configuration', async () => {
    const read = async (page: string) => new DOMParser().parseFromString(await (await fetch(page)).text(), 'text/html');
    const [nl, en] = await Promise.all([read('/embed.html'), read('/embed-en.html')]);
    expect(en.documentElement.lang).to.equal('en');
    expect(en.title).to.equal('What works in community development');
    // The hosting site's configuration and the script are copied, not edited apart (stale: run npm run fallback).
    const config = (doc: Document) => doc.getElementById('wat-werkt-embed-config')!.textContent;
    expect(config(en)).to.equal(config(nl));
    const script = (doc: Document) => doc.querySelector('script[type="module"]')!.getAttribute('src');
    expect(script(en)).to.equal(script(nl));
  });

  it('without JavaScript each embed page links to its text in the other language', async () => {
    for (const [page, other, words] of [
      ['/embed.html', '/embed-en.html', 'This text in English'],
      ['/embed-en.html', '/embed.html', 'Deze tekst in het Nederlands'],
    ]) {
      const frame = await withoutScripts(page);
      const link = [...frame.contentDocument!.querySelectorAll('a')].find((a) => a.textContent === words);
      expect(link, `${page}: the link to ${other}`).to.exist;
      expect(link!.getClientRects().length, `${page}: the link shown`).to.be.greaterThan(0);
      expect(new URL(link!.href).pathname).to.equal(other);
      expect(link!.closest('[lang]')!.getAttribute('lang')).to.equal(other === '/embed.html' ? 'nl' : 'en');
      frame.remove();
    }
  });

  it('with JavaScript, the link is not shown, and embed.html?lang=en drops its Dutch text for the English elements', async () => {
    const frame = await openFrame('/embed.html?element=factor-card&item=informality&lang=en', 800, 600);
    const doc = frame.contentDocument!;
    expect([...doc.querySelectorAll('a')].some((a) => a.textContent === 'This text in English' && a.getClientRects().length > 0)).to.equal(false);
    expect(doc.querySelector('[slot="fallback"][lang="nl"]'), 'the Dutch text version').to.equal(null);
    await providersReady(frame);
    await until(() => shadowText(doc.querySelector('factor-card')!).includes('Informality'), 'the English card');
  });

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
