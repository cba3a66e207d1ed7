// The recipes of docs/EMBEDDING.md, tried as far as they can be without the CMSs themselves: the builder's code
// (src/embed/snippet.ts, what builder.html writes) run through what a CMS does to an editor's HTML, pasted into a
// blank page; and the iframe code on a plain static page (examples/static-site.html). The filters below follow the
// CMSs' documented allow-lists; they are approximations written here, not the CMSs' own code.
import { expect } from '@open-wc/testing';
import { readConfig, type Embeddable } from '../../src/embed/embed-config.js';
import { HOST_SCRIPT } from '../../src/embed/embed-host.js';
import { iframeSnippet, scriptSnippet, type EmbedChoice } from '../../src/embed/snippet.js';
import { localize } from '../../src/model/query.js';
import type { Dossier, Lang } from '../../src/model/types.js';
import { dossierCopy, until } from '../helpers.js';
import { axeViolations, expectDossierText, openFrame } from './frame.js';

/** What a CMS keeps of pasted HTML: tags and their attributes; any other tag is taken out and its content kept. */
interface Filter {
  name: string;
  tags: Record<string, string[]>;
  /** Attributes allowed on every kept tag (`aria-*`: a prefix). */
  global: string[];
}

const headings = (attributes: string[]) => Object.fromEntries(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((h) => [h, attributes]));

/**
 * WordPress for roles without `unfiltered_html` (editors, authors, every role of a Multisite but super admins):
 * `wp_kses_post`, which strips each tag not in its list and keeps the text between, a `<script>`'s code included.
 */
const WORDPRESS: Filter = {
  name: 'WordPress (wp_kses_post, no unfiltered_html)',
  tags: {
    a: ['href', 'title', 'rel', 'target', 'hreflang', 'download', 'name'],
    abbr: [],
    b: [],
    blockquote: ['cite'],
    br: [],
    code: [],
    div: ['align'],
    em: [],
    ...headings(['align']),
    i: [],
    li: ['align', 'value'],
    ol: ['start', 'type', 'reversed'],
    p: ['align'],
    section: [],
    span: [],
    strong: [],
    ul: ['type'],
  },
  global: ['class', 'id', 'lang', 'dir', 'title', 'style', 'role', 'aria-*', 'data-*'],
};

/** Drupal's *Basic HTML* text format (standard profile): its list of tags, `lang` and `dir` everywhere. */
const DRUPAL: Filter = {
  name: 'Drupal (Basic HTML)',
  tags: {
    a: ['hreflang', 'href'],
    blockquote: ['cite'],
    br: [],
    cite: [],
    code: [],
    dd: [],
    dl: [],
    dt: [],
    em: [],
    ...headings(['id']),
    li: [],
    ol: ['type', 'start'],
    p: [],
    strong: [],
    ul: ['type'],
  },
  global: ['lang', 'dir'],
};
delete DRUPAL.tags.h1; // Basic HTML has no h1: the page title is the node's

/** `html` as `filter` leaves it: event attributes and unsafe links always go. */
function filtered(html: string, filter: Filter): string {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  const allowed = (tag: string, name: string) =>
    !name.startsWith('on') &&
    (filter.tags[tag].includes(name) || filter.global.some((g) => (g.endsWith('*') ? name.startsWith(g.slice(0, -1)) : g === name)));
  const walk = (parent: Element) => {
    for (const child of [...parent.children]) {
      walk(child);
      const tag = child.localName;
      if (!Object.hasOwn(filter.tags, tag)) {
        child.replaceWith(...child.childNodes);
        continue;
      }
      for (const { name } of [...child.attributes]) if (!allowed(tag, name)) child.removeAttribute(name);
      const href = child.getAttribute('href');
      if (href !== null && !/^(https?:|mailto:)/i.test(href)) child.removeAttribute('href');
    }
  };
  walk(doc.body);
  return doc.body.innerHTML;
}

/** A blank page holding `html`, scripts allowed (whatever survived may run), `width` px wide. */
async function pasted(html: string, lang: Lang, width = 900): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '700px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>CMS</title></head><body><main>\n${html}\n</main></body></html>`;
  document.body.append(frame);
  frame.scrollIntoView();
  await loaded;
  return frame;
}

const CHOICES: EmbedChoice[] = [
  { elements: ['tree-infographic', 'approach-comparator', 'factor-grid', 'factor-card', 'dossier-overview'], lang: 'nl', approach: null, item: null, theme: null },
  { elements: ['tree-infographic', 'factor-card'], lang: 'en', approach: 'community-building', item: 'informality', theme: 'donker' },
];
const OURS = ['dossier-provider', 'tree-infographic', 'approach-comparator', 'factor-grid', 'factor-card', 'dossier-overview'] satisfies (Embeddable | 'dossier-provider')[];
const AUTOLOADER = `${location.origin}/dist/cdn/autoloader.js`;

/** What a visitor must read of the text version: the title as a heading, goals, approaches, factors, the source link. */
function expectReadable(doc: Document, dossier: Dossier, lang: Lang): void {
  const main = doc.querySelector('main')!;
  expectDossierText(main.innerText, dossier, lang); // innerText: only what is rendered
  const title = [...doc.querySelectorAll('h2')].find((h) => h.textContent === localize(dossier.meta.title, lang));
  expect(title, 'the title as a heading').to.exist;
  const source = [...doc.querySelectorAll('a')].find((a) => a.textContent!.includes('Movisie'));
  expect(source?.href, 'the link to the source').to.match(/^https:\/\//);
}

describe('the recipes (docs/EMBEDDING.md), tried without the CMSs', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const filter of [WORDPRESS, DRUPAL])
    for (const choice of CHOICES)
      it(`${filter.name}: the script snippet (${choice.lang}, ${choice.elements.length} elements) loses its script and elements, and its text version reads`, async () => {
        const dossier = await dossierCopy();
        const snippet = scriptSnippet(choice, dossier, readConfig(null), AUTOLOADER);
        const kept = filtered(snippet, filter);
        const frame = await pasted(kept, choice.lang);
        const doc = frame.contentDocument!;
        expect(doc.querySelector('main script'), 'a script survived').to.equal(null);
        expect(doc.querySelector(OURS.join(', ')), 'an element survived').to.equal(null);
        // The theme's style attribute and the slot went with the provider; nothing hides the text.
        expect(doc.querySelector('main [style], main [slot], main [hidden]')).to.equal(null);
        expectReadable(doc, dossier, choice.lang);
        // What the text says is not code: no markup or script shown as text.
        expect(doc.querySelector('main')!.innerText).not.to.match(/<|autoloader\.js|=>/);
      });

  for (const choice of CHOICES)
    it(`the script snippet (${choice.lang}) as pasted, with JavaScript off, shows its text version`, async () => {
      const dossier = await dossierCopy();
      const frame = document.createElement('iframe');
      frame.setAttribute('sandbox', 'allow-same-origin'); // no allow-scripts: as with JavaScript off
      frame.style.width = '800px';
      frame.style.height = '600px';
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.srcdoc = `<!doctype html><html lang="${choice.lang}"><head><meta charset="utf-8"><title>CMS</title></head><body><main>\n${scriptSnippet(choice, dossier, readConfig(null), AUTOLOADER)}\n</main></body></html>`;
      document.body.append(frame);
      await loaded;
      expect(frame.contentWindow!.customElements.get('dossier-provider')).to.equal(undefined);
      expectReadable(frame.contentDocument!, dossier, choice.lang);
    });

  it('WordPress without unfiltered_html takes the iframe out and leaves the host script’s code as text: not for those editors', async () => {
    const dossier = await dossierCopy();
    const code = iframeSnippet(CHOICES[0], `${location.origin}/embed.html`, localize(dossier.meta.title, 'nl'));
    const frame = await pasted(filtered(code, WORDPRESS), 'nl');
    const doc = frame.contentDocument!;
    expect(doc.querySelector('iframe')).to.equal(null);
    expect(doc.querySelector('main')!.innerText).to.contain('wat-werkt:height');
  });

  it('SharePoint’s Embed web part (the iframe, its script removed): the embed page shows at the height given, scrolling inside', async () => {
    const dossier = await dossierCopy();
    const code = iframeSnippet(CHOICES[1], `${location.origin}/embed-en.html`, localize(dossier.meta.title, 'en'));
    const frame = await pasted(code.replace(/<script>[\s\S]*<\/script>/, ''), 'en');
    const inner = frame.contentDocument!.querySelector('iframe')!;
    await until(() => (inner.contentDocument?.querySelector('dossier-provider') as HTMLElement & { status?: string })?.status === 'ready', 'the embed page', 8000);
    await until(() => inner.contentDocument!.documentElement.scrollHeight > 700, 'the elements drawn');
    expect(inner.getBoundingClientRect().height).to.equal(600);
  });

  describe('a plain static page with the iframe code (examples/static-site.html)', () => {
    it('carries the host script as the builder writes it', async () => {
      const doc = new DOMParser().parseFromString(await (await fetch('/examples/static-site.html')).text(), 'text/html');
      // The function itself, whitespace aside (the test server adds a source map and "use strict" to inline scripts).
      const body = (text: string) => /\(function resizeEmbeds\(\)[\s\S]*\}\)\(\)/.exec(text)?.[0].replace(/\s+/g, '');
      expect(body(doc.querySelector('main script')!.textContent!)).to.be.a('string').and.equal(body(HOST_SCRIPT));
    });

    for (const width of [320, 768, 1280])
      it(`at ${width} px the host script sizes the iframe to its page: nothing scrolls inside`, async () => {
        const frame = await openFrame('/examples/static-site.html', width, 800);
        const inner = frame.contentDocument!.querySelector('iframe')!;
        // Lazy: scrolled to, as a visitor would (WebKit loads a lazy iframe only at the viewport).
        inner.scrollIntoView();
        await until(() => (inner.contentDocument?.querySelector('dossier-provider') as HTMLElement & { status?: string })?.status === 'ready', 'the embed page', 8000);
        await until(() => inner.getBoundingClientRect().height > 600, 'the iframe sized', 8000);
        await until(
          () => Math.abs(inner.getBoundingClientRect().height - inner.contentDocument!.documentElement.getBoundingClientRect().height) < 1,
          'the iframe as tall as its page',
          8000,
        );
        expect(inner.contentDocument!.documentElement.scrollHeight).to.be.at.most(inner.contentWindow!.innerHeight);
        if (width === 320) expect(await axeViolations(frame)).to.deep.equal([]);
      });

    it('with JavaScript off the iframe shows the embed page’s text version', async () => {
      const dossier = await dossierCopy();
      const frame = document.createElement('iframe');
      frame.setAttribute('sandbox', 'allow-same-origin'); // inherited by the iframe inside: its scripts are off too
      frame.style.width = '800px';
      frame.style.height = '800px';
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.src = '/examples/static-site.html';
      document.body.append(frame);
      await loaded;
      const inner = frame.contentDocument!.querySelector('iframe')!;
      inner.scrollIntoView();
      await until(() => !!inner.contentDocument?.querySelector('[slot="fallback"]'), 'the embed page', 8000);
      expectDossierText(inner.contentDocument!.querySelector<HTMLElement>('[slot="fallback"]')!.innerText, dossier, 'nl');
      expect(inner.getBoundingClientRect().height).to.equal(600);
    });
  });
});
