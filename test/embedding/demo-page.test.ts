import { expect } from '@open-wc/testing';
import { shadowText, until } from '../helpers.js';
import { axeViolations, openFrame, providersReady } from './frame.js';

async function demo() {
  const frame = await openFrame('/index.html', 1280, 900);
  await providersReady(frame);
  const doc = frame.contentDocument!;
  await until(() => !!doc.querySelector('tree-infographic')!.shadowRoot?.querySelector('svg'), 'the tree', 8000);
  await until(() => shadowText(doc.querySelector('factor-card')!).length > 0, 'the card', 8000);
  return { frame, doc };
}

describe('the demo page (index.html)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('passes axe as a whole, everything inside a landmark', async function () {
    this.timeout(60_000);
    const { frame, doc } = await demo();
    const log = doc.getElementById('log')!;
    expect(log.closest('main, header, footer, nav, aside, [role]'), 'the event log outside any landmark').to.exist;
    expect(await axeViolations(frame)).to.deep.equal([]);
  });

  it('its language switch translates the page’s own headings and labels, and back', async function () {
    this.timeout(30_000);
    const { doc } = await demo();
    const select = doc.getElementById('lang') as HTMLSelectElement;
    const headings = () => [...doc.querySelectorAll('h1, main h2[id]')].map((h) => h.textContent!.trim());
    const dutch = headings();
    select.value = 'en';
    select.dispatchEvent(new Event('change'));
    expect(doc.documentElement.lang).to.equal('en');
    expect(headings()).to.deep.equal([
      'What works in community development',
      "The dossier's tree",
      'Comparing the approaches',
      'Our practice beside the dossier',
      'Effective factors',
      'One factor in focus',
    ]);
    expect(doc.querySelector('nav')!.getAttribute('aria-label')).to.equal('Examples');
    const link = (words: string) => [...doc.querySelectorAll('nav a')].find((a) => a.textContent === words)?.getAttribute('href');
    expect(link('Make an embed code')).to.equal('/builder.html?lang=en');
    expect(link('Iframe page')).to.equal('/embed-en.html?element=tree-infographic&lang=en');
    await until(() => shadowText(doc.querySelector('factor-card')!).includes('Effective factor'), 'the card in English');
    select.value = 'nl';
    select.dispatchEvent(new Event('change'));
    expect(headings()).to.deep.equal(dutch);
    expect(link('Insluitcode maken')).to.equal('/builder.html');
  });
});
