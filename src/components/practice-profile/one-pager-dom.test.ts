// The print frame's one-pager, built with DOM calls (one-pager-dom.ts), is the same tree as the browser
// makes of the downloaded HTML; a team's text stays text, whatever it holds.
import { expect } from '@open-wc/testing';
import { dossierCopy } from '../../../test/helpers.js';
import { completeProfile } from '../../../test/practice-profile.js';
import type { Dossier } from '../../model/types.js';
import { onePagerDocument, onePagerHtml } from './one-pager.js';
import { onePagerNodes, writeOnePager } from './one-pager-dom.js';

/** A fragment's HTML, as the browser serialises it. */
const serialise = (nodes: Node) => {
  const box = document.createElement('div');
  box.append(nodes);
  return box.innerHTML;
};

describe('the one-pager built with DOM calls (print frame)', () => {
  let dossier: Dossier;
  before(async () => {
    dossier = await dossierCopy();
  });

  for (const lang of ['nl', 'en'] as const)
    it(`is the tree the browser parses from the one-pager's HTML, hostile text as text (${lang})`, () => {
      const p = completeProfile(dossier);
      p.practice.name = 'Buurtteam <b>Oost</b> & “Noord” <img src=x onerror=alert(1)>';
      p.practice.context = 'Regel één\n<script>alert(1)</script> "quoted" \'single\' &amp; <';
      const html = onePagerHtml(dossier, p, lang);
      const built = onePagerNodes(html, document);
      const parsed = new DOMParser().parseFromString(html, 'text/html').body;
      expect(serialise(built)).to.equal(parsed.innerHTML);
      const box = document.createElement('div');
      box.append(onePagerNodes(html, document));
      expect(box.querySelector('script, img, b')).to.equal(null);
      expect(box.querySelector('h1')!.textContent).to.equal(p.practice.name);
      expect(box.textContent).to.contain('<script>alert(1)</script> "quoted" \'single\' &amp; <');
    });

  it('fills an empty frame: language, title, the one-pager and its styles', async () => {
    const frame = document.createElement('iframe');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    try {
      const p = completeProfile(dossier);
      writeOnePager(frame.contentWindow!, onePagerHtml(dossier, p, 'en'), 'en', p.practice.name);
      const doc = frame.contentDocument!;
      expect(doc.documentElement.lang).to.equal('en');
      expect(doc.title).to.equal(p.practice.name);
      const article = doc.querySelector('article.ww-one-pager')!;
      const downloaded = new DOMParser().parseFromString(onePagerDocument(dossier, p, 'en'), 'text/html');
      expect(article.outerHTML).to.equal(downloaded.querySelector('article')!.outerHTML);
      // The styles apply: the heading's rule, 16pt (21.33px; engines round it differently).
      expect(parseFloat(frame.contentWindow!.getComputedStyle(doc.querySelector('h1')!).fontSize)).to.be.closeTo(21.333, 0.01);
    } finally {
      frame.remove();
    }
  });
});
