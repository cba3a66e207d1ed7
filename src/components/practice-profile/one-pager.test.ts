import { expect } from '@open-wc/testing';
import { dossierCopy, until } from '../../../test/helpers.js';
import { $, catchDownloads, chooseFile, cleanUp, completeProfile, fillForm, fold, mount } from '../../../test/practice-profile.js';
import { localize } from '../../model/query.js';
import type { Dossier, Lang, Statement } from '../../model/types.js';
import { reflectionPrompts } from '../../model/profile-prompts.js';
import { OnePagerController } from './one-pager-controller.js';
import { onePagerDocument, onePagerHtml, onePagerText } from './one-pager.js';
import { cautionStatements, emptyProfile, type PracticeProfile } from './profile-model.js';

/** The one-pager's HTML as a document, parsed inertly (no script runs, nothing loads). */
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** What the one-pager must hold: every answer, and every statement of what was chosen, with its citations. */
function expectHoldsEverything(html: string, dossier: Dossier, p: PracticeProfile, lang: Lang): void {
  const doc = parse(html);
  const text = (doc.body.textContent ?? '').replace(/\s+/g, ' ');
  const has = (s: string, what: string) => expect(text, what).to.contain(s.replace(/\s+/g, ' '));
  // The date as the language writes it ("7 december 2026", "7 December 2026"); everything else as typed.
  const longDate = (iso: string) => new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  for (const [field, value] of Object.entries(p.practice)) if (value) has(field === 'date' ? longDate(value) : value, 'practice');
  const steps = lang === 'nl' ? ['niet', 'aanwezig', 'duidelijk', 'centraal'] : ['not', 'present', 'clear', 'central'];
  const cited = new Set<string>();
  const statements = (xs: readonly Statement[]) =>
    xs.forEach((s) => {
      has(localize(s.text, lang), 'statement');
      s.sources.forEach((id) => cited.add(id));
    });
  for (const group of ['goals', 'factors', 'crafts'] as const)
    for (const item of dossier[group]) {
      const a = p[group][item.id];
      has(`${localize(item.name, lang)}: ${steps[a.presence!]}`, `${item.id}'s answer`);
      has(a.note, `${item.id}'s note`);
      // What the sources say about each choice; our own interpretations are left out of a funder's page.
      if (a.presence! >= 1) statements(item.statements.filter((s) => s.basis !== 'interpretation'));
    }
  for (const l of dossier.levels.filter((x) => p.levels.ids.includes(x.id))) {
    has(localize(l.name, lang), l.id);
    statements(l.statements.filter((s) => s.basis !== 'interpretation'));
  }
  has(p.levels.note, 'levels note');
  const prompts = reflectionPrompts(dossier, p);
  statements(cautionStatements(dossier, prompts));
  for (const pr of prompts.filter((x) => x.when !== 'comparison')) {
    // The reason speaks to the team ("U gaf aan …"); the team's own page names the answer instead.
    expect(text, `${pr.id}'s reason`).not.to.contain(localize(pr.because, lang).replace(/\s+/g, ' '));
    statements([pr.statement]);
  }
  // Every statement cited is numbered in the list of sources.
  expect(doc.querySelectorAll('ol.refs li').length).to.equal(cited.size);
  for (const a of dossier.approaches) has(localize(a.name, lang), a.id);
  for (const id of cited) has(dossier.references.find((r) => r.id === id)!.citation, `citation ${id}`);
  // Text stays text: the team's markup is not markup in the one-pager.
  expect(doc.querySelector('script, b, i, img')).to.equal(null);
}

describe('the one-pager', function () {
  this.timeout(60_000);
  let dossier: Dossier;
  before(async () => {
    dossier = await dossierCopy();
  });
  afterEach(() => cleanUp(dossier));

  for (const lang of ['nl', 'en'] as const)
    it(`holds every answer and every cited statement, in ${lang}`, () => {
      const p = completeProfile(dossier);
      expectHoldsEverything(onePagerHtml(dossier, p, lang), dossier, p, lang);
      expect(parse(onePagerHtml(dossier, p, lang)).querySelector('article')!.lang).to.equal(lang);
    });

  it('is a whole, self-contained document when downloaded: no script, no external file', () => {
    const doc = parse(onePagerDocument(dossier, completeProfile(dossier), 'nl'));
    expect(doc.title).to.equal('Buurtteam <b>Oost</b> & “Noord”');
    expect(doc.querySelectorAll('script, link, img, iframe, [src], [href]').length).to.equal(0);
    expect(doc.querySelector('style')!.textContent).to.contain('@page');
  });

  it('says an empty profile plainly', () => {
    const text = parse(onePagerHtml(dossier, emptyProfile(dossier), 'en')).body.textContent!;
    expect(text).to.contain('not answered yet');
    expect(text).to.contain('Answer a core goal, factor or craft form first.');
    expect(text).to.contain('No level chosen.');
  });

  it('downloads as HTML and copies as formatted text, holding the same', async () => {
    const el = await mount('en');
    const p = completeProfile(dossier);
    await fillForm(el, dossier, p);
    const downloads = catchDownloads();
    const clipboard = navigator.clipboard;
    const written: ClipboardItem[][] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { write: async (items: ClipboardItem[]) => void written.push(items) } });
    try {
      const button = (name: string) => [...el.shadowRoot!.querySelectorAll('button')].find((b) => fold(b) === name)!;
      button('Download as HTML').click();
      button('Copy as formatted text').click();
      await until(() => written.length === 1 && downloads.blobs.length === 1, 'the copy and the download');
      await until(() => fold($(el, '.one-pager [role="status"]')).startsWith('Copied'), 'the message');
    } finally {
      downloads.restore();
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
    }
    const item = written[0][0];
    expect([...item.types].sort()).to.deep.equal(['text/html', 'text/plain']);
    const copied = await (await item.getType('text/html')).text();
    expect(copied).to.equal(onePagerHtml(dossier, p, 'en'));
    expectHoldsEverything(copied, dossier, p, 'en');
    const plain = await (await item.getType('text/plain')).text();
    expect(plain).to.equal(onePagerText(copied));
    expect(plain).to.contain('Buurtteam <b>Oost</b> & “Noord”');
    const downloaded = await downloads.blobs[0].text();
    expect(downloaded).to.equal(onePagerDocument(dossier, p, 'en'));
    expect(downloads.names).to.deep.equal(['buurtteam-b-oost-b-noord.html']);
  });

  it('prints the one-pager alone, from a hidden frame of its own', async () => {
    const el = await mount('en');
    const p = completeProfile(dossier);
    await fillForm(el, dossier, p);
    const printed: Window[] = [];
    const print = OnePagerController.printWindow;
    OnePagerController.printWindow = (win) => void printed.push(win);
    try {
      [...el.shadowRoot!.querySelectorAll('button')].find((b) => fold(b) === 'Print or save as PDF')!.click();
      await until(() => printed.length === 1, 'the print');
    } finally {
      OnePagerController.printWindow = print;
    }
    const doc = printed[0].document;
    expect(doc.querySelector('article.ww-one-pager')!.textContent).to.contain(p.practice.neighbourhood);
    expect(doc.querySelector('form, button')).to.equal(null);
    const frame = [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === printed[0])!;
    expect(frame.getAttribute('aria-hidden')).to.equal('true');
    expect(frame.tabIndex).to.equal(-1);
    el.remove();
    expect(frame.isConnected, 'the frame leaves with the element').to.equal(false);
  });

  it('says what to do where copying is not allowed', async () => {
    const el = await mount();
    const clipboard = navigator.clipboard;
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { write: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
    try {
      [...el.shadowRoot!.querySelectorAll('button')].find((b) => fold(b) === 'Kopieer als opgemaakte tekst')!.click();
      await until(() => fold($(el, '.one-pager [role="status"]')) !== '', 'the message');
    } finally {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
    }
    expect(fold($(el, '.one-pager [role="status"]'))).to.contain('Kopiëren lukt hier niet');
  });

  it('sends nothing anywhere: no request after load, whatever the team does', async () => {
    const el = await mount();
    // The chunks the element preloads when idle (the parser, the issues' messages) are part of loading it.
    await Promise.all([import('../../model/profile.js'), import('../../model/issues.js')]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const requests: string[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => requests.push(e.name)));
    observer.observe({ type: 'resource' });
    const { fetch: realFetch, XMLHttpRequest: RealXhr } = window;
    const beacon = navigator.sendBeacon;
    window.fetch = (input: RequestInfo | URL) => {
      requests.push(`fetch ${String(input)}`);
      return Promise.reject(new Error('no'));
    };
    navigator.sendBeacon = (url: string | URL) => {
      requests.push(`beacon ${String(url)}`);
      return false;
    };
    window.XMLHttpRequest = class extends RealXhr {
      override open(method: string, url: string | URL) {
        requests.push(`xhr ${String(url)}`);
        super.open(method, url);
      }
    } as typeof XMLHttpRequest;
    const downloads = catchDownloads();
    const clipboard = navigator.clipboard;
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { write: async () => {} } });
    try {
      const p = completeProfile(dossier);
      await fillForm(el, dossier, p);
      const buttons = () => [...el.shadowRoot!.querySelectorAll('button')];
      for (const name of ['Bewaar als bestand (JSON)', 'Download als HTML', 'Kopieer als opgemaakte tekst', 'Toon onze praktijk in de boom en de vergelijking'])
        buttons().find((b) => fold(b) === name)!.click();
      await until(() => downloads.blobs.length === 2, 'the downloads');
      chooseFile(el, await downloads.blobs.find((b) => b.type === 'application/json')!.text());
      await until(() => fold($(el, '.data [role="status"]')).startsWith('Ingelezen'), 'the import');
      chooseFile(el, '{"nope"', 'kapot.json');
      await until(() => !!$(el, '[role="alert"] li'), 'the errors');
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(requests.concat(observer.takeRecords().map((e) => e.name))).to.deep.equal([]);
    } finally {
      observer.disconnect();
      window.fetch = realFetch;
      window.XMLHttpRequest = RealXhr;
      navigator.sendBeacon = beacon;
      downloads.restore();
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
    }
  });
});
