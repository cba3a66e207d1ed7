import { expect } from '@open-wc/testing';
import { readConfig, readRequest } from '../../src/embed/embed-config.js';
import { HOST_SCRIPT } from '../../src/embed/embed-host.js';
import { shadowText, until } from '../helpers.js';
import { openFrame, providersReady } from './frame.js';

const EMBED = '/embed.html';
type Provider = HTMLElement & { approach: string | null; linkedItem: { id: string } | null };

async function embed(query: string, width = 1000) {
  const frame = await openFrame(`${EMBED}?${query}`, width, 600);
  await providersReady(frame);
  const doc = frame.contentDocument!;
  return { frame, doc, provider: doc.querySelector('dossier-provider') as Provider };
}

/** The tag names the provider holds, in order. */
const tags = (doc: Document) => [...doc.querySelector('dossier-provider')!.children].map((el) => el.localName).filter((n) => n.includes('-'));

describe('the embed page (/embed.html)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('element (repeatable) chooses the elements, in order; an unknown one is said, not shown', async () => {
    const { doc } = await embed('element=factor-grid&element=approach-comparator&element=marquee');
    expect(tags(doc)).to.deep.equal(['factor-grid', 'approach-comparator']);
    expect(doc.getElementById('embed-messages')!.textContent).to.contain('“marquee” is geen element');
    await until(() => (doc.querySelector('factor-grid')!.shadowRoot?.querySelectorAll('factor-card').length ?? 0) > 2, 'the grid');
  });

  it('with no element, the tree', async () => {
    const { doc } = await embed('');
    expect(tags(doc)).to.deep.equal(['tree-infographic']);
  });

  it('lang sets the language of the page and the elements', async () => {
    const { doc } = await embed('element=factor-card&item=informality&lang=en');
    expect(doc.documentElement.lang).to.equal('en');
    await until(() => shadowText(doc.querySelector('factor-card')!).includes('Informality'), 'the English card');
    expect(doc.title).to.equal('What works in community development');
  });

  it('approach and item set the shared selection; for factor-card the item is also its factor', async () => {
    const { doc, provider } = await embed('element=factor-card&element=tree-infographic&approach=community-organizing&item=difference-conflict');
    await until(() => provider.linkedItem?.id === 'difference-conflict', 'the item selected');
    expect(provider.approach).to.equal('community-organizing');
    expect(doc.querySelector('factor-card')!.getAttribute('factor')).to.equal('difference-conflict');
    await until(() => doc.querySelector('tree-infographic')!.shadowRoot?.querySelector<HTMLElement>('[part~="panel"]')?.dataset.for === 'difference-conflict', 'the panel');
  });

  it('theme: a listed one is applied; an unlisted one is refused and said', async () => {
    const dark = await embed('element=factor-card&item=informality&theme=donker');
    expect(dark.doc.documentElement.dataset.theme).to.equal('donker');
    expect(getComputedStyle(dark.doc.documentElement).colorScheme).to.equal('dark');
    const odd = await embed('element=factor-card&item=informality&theme=https://evil.example/x.css');
    expect(odd.doc.documentElement.dataset.theme).to.equal(undefined);
    expect(odd.doc.getElementById('embed-messages')!.textContent).to.contain('staat niet in de lijst');
  });

  it('src: the page’s own origin is loaded; another origin is refused and said, the built-in dossier shown', async () => {
    const own = await embed('element=dossier-overview&src=/data/samenlevingsopbouw.json');
    expect(own.provider.getAttribute('src')).to.equal(new URL('/data/samenlevingsopbouw.json', location.href).href);
    const other = await embed('element=dossier-overview&src=https://evil.example/dossier.json');
    expect(other.provider.hasAttribute('src')).to.equal(false);
    expect(other.doc.getElementById('embed-messages')!.textContent).to.contain('evil.example');
    await until(() => shadowText(other.doc.querySelector('dossier-overview')!).includes('Wat werkt bij samenlevingsopbouw'), 'the built-in dossier');
  });

  it('the configuration’s allow-list admits another origin; malformed configuration is ignored', () => {
    const config = readConfig('{"themes":{"eigen":{"tokens":{"--ww-color-accent":"red","color":"red","--ww-x":"a;b"}}},"allowedSources":["https://data.example.org/x"]}');
    expect(config.themes.eigen.tokens).to.deep.equal({ '--ww-color-accent': 'red' });
    const url = new URL('https://embed.example/embed.html?src=https://data.example.org/d.json&theme=eigen');
    expect(readRequest(url, config).src).to.equal('https://data.example.org/d.json');
    expect(readRequest(url, config).theme).to.equal('eigen');
    expect(readConfig('{not json').themes).to.have.property('licht');
  });

  for (const width of [320, 768, 1280])
    it(`tells its parent its height at ${width} px, and the host script sizes the iframe so nothing scrolls inside`, async () => {
      const heights: number[] = [];
      const listen = (event: MessageEvent) => {
        if (event.data?.type === 'wat-werkt:height') heights.push(event.data.height);
      };
      window.addEventListener('message', listen);
      // The documented inline host script, run as a host page would (a <script> element).
      const script = document.createElement('script');
      script.textContent = HOST_SCRIPT.replace(/^<script>|<\/script>$/g, '');
      document.head.append(script);
      try {
        const { frame, doc } = await embed('element=tree-infographic&element=factor-grid', width);
        await until(() => heights.length > 0 && Math.abs(heights.at(-1)! - doc.documentElement.getBoundingClientRect().height) < 1, 'a height message matching the page');
        await until(() => Math.abs(frame.getBoundingClientRect().height - heights.at(-1)!) < 1, 'the iframe resized');
        expect(heights.at(-1)).to.be.greaterThan(600);
        await until(() => doc.documentElement.scrollHeight <= frame.contentWindow!.innerHeight, 'no inner scrolling');
      } finally {
        window.removeEventListener('message', listen);
      }
    });

  it('tells its height again after an approach change', async () => {
    const { frame, doc } = await embed('element=approach-comparator');
    const comparator = doc.querySelector('approach-comparator')!;
    await until(() => !!comparator.shadowRoot?.querySelector('[part~="active-button"]'), 'the comparator');
    const heights: number[] = [];
    const listen = (event: MessageEvent) => {
      if (event.source === frame.contentWindow && event.data?.type === 'wat-werkt:height') heights.push(event.data.height);
    };
    window.addEventListener('message', listen);
    try {
      comparator.shadowRoot!.querySelector<HTMLButtonElement>('[part~="active-button"]')!.click(); // the user makes an approach active
      // Messages are asynchronous and the page may lay out again after one is posted (Firefox does,
      // e.g. 3057 then 2964 px): what the page owes is that its latest message is its height once
      // layout has settled, so wait for a message after the change that matches the layout.
      await until(
        () => heights.length > 0 && heights.at(-1) === Math.ceil(doc.documentElement.getBoundingClientRect().height),
        'a height message after the change, matching the page',
      );
    } finally {
      window.removeEventListener('message', listen);
    }
  });
});
