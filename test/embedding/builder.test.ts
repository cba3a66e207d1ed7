// The script snippet loads the built autoloader (/dist/cdn/autoloader.js): run `npm run build` first, as `npm test` does.
import { expect } from '@open-wc/testing';
import { dossierCopy, shadowText, until } from '../helpers.js';
import { builderMessages } from '../../src/embed/builder-page.messages.js';
import type { Lang } from '../../src/model/types.js';
import { axeViolations, expectDossierText, openFrame } from './frame.js';

const fold = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

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

  async function builder(query = '') {
    const frame = await openFrame(`/builder.html${query}`, 1200, 900);
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
    // The visitor is in the form; a new preview must not take their focus.
    const itemField = doc.querySelector('select[name="item"]') as HTMLSelectElement;
    itemField.focus();
    choose('element', 'factor-card');
    choose('approach', 'community-organizing');
    choose('item', 'difference-conflict');
    const snippet = code();
    expect(snippet).to.contain('autoloader.js');
    // Each choice gives the builder a fresh preview frame (WebKit, given several srcdocs in a row on
    // one frame, could keep an earlier preview). Wait for the frame on the page now to show these
    // choices: the test fails if the preview stays out of date.
    const preview = () => doc.getElementById('preview') as HTMLIFrameElement;
    await until(() => {
      const provider = preview().contentDocument?.querySelector('dossier-provider');
      return provider?.getAttribute('approach') === 'community-organizing' && provider.getAttribute('item') === 'difference-conflict';
    }, 'the preview of these choices');
    expect(doc.activeElement).to.equal(itemField);
    // One preview, still named for screen readers.
    expect([...doc.querySelectorAll('iframe')].map((f) => f.title)).to.deep.equal([builderMessages.nl.previewFrame]);
    const seen = await shown(preview().contentDocument!);
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
    // English: the English embed page, whose text version (for visitors without JavaScript) is English.
    expect(snippet).to.match(/^<iframe src="[^"]*\/embed-en\.html\?element=tree-infographic&amp;element=factor-card&amp;lang=en&amp;item=informality"/);
    const page = await pasted(snippet);
    const inner = page.contentDocument!.querySelector('iframe')!;
    await until(() => !!inner.contentDocument?.querySelector('dossier-provider'), 'the embed page', 8000);
    const seen = await shown(inner.contentDocument!);
    expect(seen.tags).to.deep.equal(['tree-infographic', 'factor-card']);
    expect(seen.item).to.equal('informality');
    expect(seen.card).to.contain('Informality');
    await until(() => inner.getBoundingClientRect().height > 600, 'the host script to size the iframe', 8000);
  });

  /** Every text the page shows of its own, by `data-i18n` key, and the titles. */
  const pageWords = (doc: Document) => ({
    lang: doc.documentElement.lang,
    title: doc.title,
    texts: [...doc.querySelectorAll<HTMLElement>('[data-i18n]')].map((el) => [el.dataset.i18n, fold(el.textContent)]),
    frameTitle: doc.getElementById('preview')!.title,
  });
  const expected = (lang: Lang, doc: Document) => ({
    lang,
    title: builderMessages[lang].title,
    texts: [...doc.querySelectorAll<HTMLElement>('[data-i18n]')].map((el) => {
      const [head, tail] = el.dataset.i18n!.split('.');
      const value = (builderMessages[lang] as unknown as Record<string, string | Record<string, string>>)[head];
      return [el.dataset.i18n, fold(typeof value === 'string' ? value : value[tail])];
    }),
    frameTitle: builderMessages[lang].previewFrame,
  });

  it('speaks English with ?lang=en: every word of its own, the item names and the preview; axe clean', async () => {
    const { frame, doc, code } = await builder('?lang=en');
    expect(pageWords(doc)).to.deep.equal(expected('en', doc));
    const item = doc.querySelector('select[name="item"]') as HTMLSelectElement;
    expect(item.options[0].textContent).to.equal('None');
    expect([...item.querySelectorAll('optgroup')].map((g) => g.label)).to.include('Effective factors');
    expect([...item.options].map((o) => o.textContent)).to.include('Informality');
    // The elements' language starts as the page's.
    expect((doc.querySelector('select[name="lang"]') as HTMLSelectElement).value).to.equal('en');
    expect(code()).to.contain('lang="en"');
    expect(await axeViolations(frame)).to.deep.equal([]);
  });

  it('is Dutch by default, axe clean; its switch translates the page and keeps what was chosen', async () => {
    const { frame, doc, choose, code } = await builder();
    expect(pageWords(doc)).to.deep.equal(expected('nl', doc));
    expect(await axeViolations(frame)).to.deep.equal([]);
    choose('element', 'factor-card');
    choose('item', 'difference-conflict');
    const pageLang = doc.getElementById('page-lang') as HTMLSelectElement;
    pageLang.value = 'en';
    pageLang.dispatchEvent(new Event('change', { bubbles: true }));
    expect(pageWords(doc)).to.deep.equal(expected('en', doc));
    expect(new URL(doc.defaultView!.location.href).searchParams.get('lang')).to.equal('en');
    const item = doc.querySelector('select[name="item"]') as HTMLSelectElement;
    expect(item.value).to.equal('difference-conflict');
    expect(item.selectedOptions[0].textContent).to.equal('Room for difference and conflict');
    expect((doc.querySelector('input[value="factor-card"]') as HTMLInputElement).checked).to.equal(true);
    expect(code()).to.contain('lang="en"');
    expect(await axeViolations(frame)).to.deep.equal([]);
    pageLang.value = 'nl';
    pageLang.dispatchEvent(new Event('change', { bubbles: true }));
    expect(pageWords(doc)).to.deep.equal(expected('nl', doc));
    expect(item.selectedOptions[0].textContent).to.equal('Ruimte voor verschil en conflict');
  });

  it('every word of the page is in both languages, and the HTML’s Dutch is the catalogue’s', async () => {
    const doc = new DOMParser().parseFromString(await (await fetch('/builder.html')).text(), 'text/html');
    const keys = [...doc.querySelectorAll<HTMLElement>('[data-i18n]')];
    expect(keys.length).to.be.greaterThan(20);
    // Before the script runs, the page says what the Dutch catalogue says.
    expect(pageWords(doc).texts).to.deep.equal(expected('nl', doc).texts);
    for (const lang of ['nl', 'en'] as const)
      for (const [key, text] of expected(lang, doc).texts) expect(text, `${lang}: ${key}`).to.be.a('string').and.not.equal('');
  });
});
