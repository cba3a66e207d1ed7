// The script snippet loads the built autoloader (/dist/cdn/autoloader.js): run `npm run build` first, as `npm test` does.
import { expect } from '@open-wc/testing';
import { dossierCopy, shadowText, until } from '../helpers.js';
import { expectDossierText, openFrame } from './frame.js';

type Provider = HTMLElement & { status?: string; approach: string | null; linkedItem: { id: string } | null };

/** A blank page with `code` pasted into its body, as an editor would. */
async function pasted(code: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '700px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html><head><meta charset="utf-8"><title>Leeg</title></head><body>\n${code}\n</body></html>`;
  document.body.append(frame);
  // Scrolled to, as a visitor would: the iframe code is loading="lazy", and WebKit loads a lazy
  // iframe only once it is at the viewport (this frame sits below the builder's, out of view).
  frame.scrollIntoView();
  await loaded;
  return frame;
}

/** What a page with the elements shows: tags, approach, selected item, the card's title. */
async function shown(doc: Document) {
  const provider = doc.querySelector('dossier-provider') as Provider;
  await until(() => provider?.status === 'ready', 'the provider', 8000);
  await until(() => !!doc.querySelector('factor-card')?.shadowRoot?.querySelector('h3, h2, [part~="title"]'), 'the card', 8000);
  await until(() => provider.linkedItem !== null, 'the selection', 8000);
  return {
    tags: [...provider.children].map((el) => el.localName).filter((n) => n.includes('-')),
    approach: provider.approach,
    item: provider.linkedItem?.id,
    card: shadowText(doc.querySelector('factor-card')!).slice(0, 60),
  };
}

describe('the embed builder (/builder.html)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  async function builder() {
    const frame = await openFrame('/builder.html', 1200, 900);
    const doc = frame.contentDocument!;
    await until(() => doc.documentElement.hasAttribute('data-ready'), 'the builder', 8000);
    const form = doc.getElementById('builder') as HTMLFormElement;
    const choose = (name: string, value: string) => {
      for (const field of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)) {
        if (field.localName === 'select') field.value = value;
        else if (field.value === value) (field as HTMLInputElement).checked = field.type === 'radio' ? true : !(field as HTMLInputElement).checked;
      }
      form.dispatchEvent(new Event('change', { bubbles: true }));
    };
    return { frame, doc, choose, code: () => (doc.getElementById('code') as HTMLTextAreaElement).value };
  }

  it('the script snippet, pasted into a blank page, renders what the preview showed, and carries the text version', async () => {
    const { doc, choose, code } = await builder();
    choose('element', 'factor-card');
    choose('approach', 'community-organizing');
    choose('item', 'difference-conflict');
    const snippet = code();
    expect(snippet).to.contain('autoloader.js');
    const preview = doc.getElementById('preview') as HTMLIFrameElement;
    // Each choice gives the preview a new srcdoc, loaded asynchronously: until the last one has
    // loaded, contentDocument can be an earlier preview that is about to be replaced (Firefox and
    // WebKit keep it longer), whose elements then never render. Wait for the preview of these choices.
    await until(() => {
      const provider = preview.contentDocument?.querySelector('dossier-provider');
      return provider?.getAttribute('approach') === 'community-organizing' && provider.getAttribute('item') === 'difference-conflict';
    }, 'the preview of these choices');
    const seen = await shown(preview.contentDocument!);
    expect(seen.tags).to.deep.equal(['tree-infographic', 'factor-card']);
    expect(seen.approach).to.equal('community-organizing');
    expect(seen.item).to.equal('difference-conflict');
    const page = await pasted(snippet);
    expect(await shown(page.contentDocument!)).to.deep.equal(seen);
    // Without JavaScript the same code still says the dossier.
    const parsed = new DOMParser().parseFromString(snippet, 'text/html');
    expectDossierText(parsed.querySelector('[slot="fallback"]')!.textContent!, await dossierCopy());
  });

  it('the iframe code, pasted into a blank page, shows the embed page with the same choices, sized by the host script', async () => {
    const { choose, code } = await builder();
    choose('element', 'factor-card');
    choose('lang', 'en');
    choose('item', 'informality');
    choose('kind', 'iframe');
    const snippet = code();
    expect(snippet).to.match(/^<iframe src="[^"]*\/embed\.html\?element=tree-infographic&amp;element=factor-card&amp;lang=en&amp;item=informality"/);
    const page = await pasted(snippet);
    const inner = page.contentDocument!.querySelector('iframe')!;
    await until(() => !!inner.contentDocument?.querySelector('dossier-provider'), 'the embed page', 8000);
    const seen = await shown(inner.contentDocument!);
    expect(seen.tags).to.deep.equal(['tree-infographic', 'factor-card']);
    expect(seen.item).to.equal('informality');
    expect(seen.card).to.contain('Informality');
    await until(() => inner.getBoundingClientRect().height > 600, 'the host script to size the iframe', 8000);
  });
});
