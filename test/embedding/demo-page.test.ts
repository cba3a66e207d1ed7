import { expect } from '@open-wc/testing';
import { shadowText, until } from '../helpers.js';
import { axeViolations, openFrame, providersReady } from './frame.js';

async function demo(width = 1280) {
  const frame = await openFrame('/index.html', width, 900);
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

  it('fits a 320 px phone: nothing makes the page wider than the screen (the practice profile’s file input once made it 363 px)', async function () {
    this.timeout(30_000);
    const { doc } = await demo(320);
    const profile = doc.querySelector('practice-profile')!;
    await until(() => !!profile.shadowRoot?.querySelector('input[type="file"]'), 'the practice profile with its file input', 8000);
    const page = doc.documentElement;
    // What sticks out past the screen's right edge, light DOM and shadow roots alike: said when it fails.
    const wider = [...doc.querySelectorAll('body *'), ...[...doc.querySelectorAll('*')].flatMap((e) => [...(e.shadowRoot?.querySelectorAll('*') ?? [])])]
      .filter((e) => e.getBoundingClientRect().right > page.clientWidth + 0.5 && !e.closest('.table-scroll'))
      .map((e) => `${e.localName}${e.id ? `#${e.id}` : ''}${e.getAttribute('class') ? `.${e.getAttribute('class')!.trim().split(/\s+/).join('.')}` : ''}`);
    expect(page.scrollWidth, `the page scrolls sideways; past the screen: ${wider.slice(0, 8).join(', ')}`).to.be.at.most(page.clientWidth);
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
