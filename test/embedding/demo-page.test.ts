import { expect } from '@open-wc/testing';
import { shadowText, until } from '../helpers.js';
import { openFrame, providersReady } from './frame.js';

type AxeResult = { violations: { id: string; help: string; nodes: { target: string[] }[] }[] };
type AxeWindow = Window & { axe?: { run(context: Document, options?: object): Promise<AxeResult> } };

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
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve));
    doc.head.append(script);
    await loaded;
    const result = await (frame.contentWindow as AxeWindow).axe!.run(doc, { resultTypes: ['violations'] });
    const found = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(found).to.deep.equal([]);
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
    await until(() => shadowText(doc.querySelector('factor-card')!).includes('Effective factor'), 'the card in English');
    select.value = 'nl';
    select.dispatchEvent(new Event('change'));
    expect(headings()).to.deep.equal(dutch);
  });
});
