import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../define/dossier-provider.js';
import '../../define/dossier-overview.js';
import type { DossierOverview } from '../dossier-overview/dossier-overview.js';
import type { DossierProvider } from './dossier-provider.js';
import { dossierCopy, shadowText, until } from '../../../test/helpers.js';

const errorText = (el: Element) => el.shadowRoot!.querySelector('[part~="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function providerWithOverview(template: ReturnType<typeof html>) {
  const provider = await fixture<DossierProvider>(template);
  const overview = provider.querySelector('dossier-overview') as DossierOverview;
  return { provider, overview };
}

describe('<dossier-provider>', () => {
  let errors: unknown[][];
  const originalError = console.error;
  beforeEach(() => {
    errors = [];
    console.error = (...args: unknown[]) => errors.push(args);
  });
  afterEach(() => {
    console.error = originalError;
  });

  it('loads from src, shows a loading state meanwhile, and fires dossier-load', async () => {
    const provider = document.createElement('dossier-provider');
    provider.src = '/__test/slow?ms=400';
    provider.innerHTML = '<dossier-overview></dossier-overview>';
    const loaded = oneEvent(provider, 'dossier-load');
    document.body.append(provider);
    await provider.updateComplete;
    const status = provider.shadowRoot!.querySelector('[role="status"]');
    expect(status?.textContent).to.contain('Dossier laden');
    const event = await loaded;
    expect(event.detail.source).to.equal('src');
    expect(event.detail.dossier.goals.length).to.equal(3);
    await until(() => shadowText(provider.querySelector('dossier-overview')!).includes('Wat werkt bij samenlevingsopbouw'));
    expect(provider.shadowRoot!.querySelector('[role="status"]')).to.equal(null);
    provider.remove();
  });

  it('takes a dossier property before anything else', async () => {
    const dossier = await dossierCopy();
    dossier.meta.title.nl = 'Eigen titel';
    const provider = document.createElement('dossier-provider');
    provider.src = '/__test/status/404';
    provider.dossier = dossier;
    provider.innerHTML = '<dossier-overview></dossier-overview>';
    const loaded = oneEvent(provider, 'dossier-load');
    document.body.append(provider);
    expect((await loaded).detail.source).to.equal('property');
    await until(() => shadowText(provider.querySelector('dossier-overview')!).includes('Eigen titel'));
    provider.remove();
  });

  it('reads an inline <script type="application/json"> child', async () => {
    const dossier = await dossierCopy();
    dossier.meta.title.nl = 'Inline titel';
    const provider = document.createElement('dossier-provider');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(dossier);
    provider.append(script, document.createElement('dossier-overview'));
    const loaded = oneEvent(provider, 'dossier-load');
    document.body.append(provider);
    expect((await loaded).detail.source).to.equal('inline');
    await until(() => shadowText(provider.querySelector('dossier-overview')!).includes('Inline titel'));
    provider.remove();
  });

  it('falls back to the built-in dossier', async () => {
    const provider = document.createElement('dossier-provider');
    const loaded = oneEvent(provider, 'dossier-load');
    document.body.append(provider);
    const event = await loaded;
    expect(event.detail.source).to.equal('builtin');
    expect(event.detail.dossier.meta.publisher).to.equal('Movisie');
    provider.remove();
  });

  const failures: [string, string, string, RegExp][] = [
    ['an HTTP error', '/__test/status/404', 'http', /foutcode 404/],
    ['a server error', '/__test/status/500', 'http', /foutcode 500/],
    ['an HTML page', '/__test/html', 'not-json', /geen geldige JSON/],
    ['a truncated body', '/__test/truncated', 'not-json', /geen geldige JSON/],
    ['no connection', 'http://127.0.0.1:9/dossier.json', 'network', /kon niet worden opgehaald/],
  ];
  for (const [name, src, kind, message] of failures) {
    it(`shows ${name} in the page, fires dossier-error and logs it`, async () => {
      const provider = document.createElement('dossier-provider');
      provider.src = src;
      const failed = oneEvent(provider, 'dossier-error');
      document.body.append(provider);
      const event = await failed;
      expect(event.detail.error.kind).to.equal(kind);
      await provider.updateComplete;
      expect(errorText(provider)).to.match(message);
      expect(provider.shadowRoot!.querySelector('[part~="error"] button')?.textContent).to.contain('Opnieuw proberen');
      // The alert is the message: its button is not read out with it.
      expect(provider.shadowRoot!.querySelector('[role="alert"]')?.textContent).to.match(message).and.not.to.contain('Opnieuw proberen');
      expect(String(errors[0]?.[0])).to.contain(kind);
      provider.remove();
    });
  }

  it('gives up on a source that never answers, visibly, after its timeout', async () => {
    const provider = document.createElement('dossier-provider');
    provider.src = '/__test/hang';
    provider.timeout = 300;
    const failed = oneEvent(provider, 'dossier-error');
    document.body.append(provider);
    expect((await failed).detail.error.kind).to.equal('timeout');
    await provider.updateComplete;
    expect(errorText(provider)).to.contain('duurde te lang');
    provider.remove();
  });

  it('lists each validation problem with its path, and logs the path', async () => {
    const dossier = await dossierCopy();
    dossier.approaches[1].emphasis[0].factor = 'informality2';
    const provider = document.createElement('dossier-provider');
    provider.dossier = dossier;
    provider.innerHTML = '<dossier-overview></dossier-overview>';
    const failed = oneEvent(provider, 'dossier-error');
    document.body.append(provider);
    const event = await failed;
    expect(event.detail.error.issues[0].path).to.equal('approaches[1].emphasis[0].factor');
    await provider.updateComplete;
    expect(errorText(provider)).to.contain('approaches[1].emphasis[0].factor: onbekende factor "informality2"');
    expect(String(errors[0][0])).to.contain('approaches[1].emphasis[0].factor: unknown factor "informality2"');
    // The consumer inside draws nothing of the broken dossier.
    const overview = provider.querySelector('dossier-overview')!;
    await (overview as DossierOverview).updateComplete;
    expect(overview.shadowRoot!.querySelector('article')).to.equal(null);
    provider.remove();
  });

  it('retries after a failure and then shows the dossier', async () => {
    const provider = document.createElement('dossier-provider');
    provider.src = `/__test/flaky?key=${Math.random()}`;
    provider.innerHTML = '<dossier-overview></dossier-overview>';
    const failed = oneEvent(provider, 'dossier-error');
    document.body.append(provider);
    await failed;
    await provider.updateComplete;
    const loaded = oneEvent(provider, 'dossier-load');
    // By keyboard: the button goes with the error view, and the focus stays with the provider.
    provider.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await loaded;
    await provider.updateComplete;
    expect(provider.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    await until(() => shadowText(provider.querySelector('dossier-overview')!).includes('Movisie'));
    expect(document.activeElement, 'focus stays in the provider').to.equal(provider);
    const focused = provider.shadowRoot!.activeElement!;
    expect(focused.getAttribute('role')).to.equal('status');
    expect(focused.textContent).to.equal('Dossier geladen.');
    provider.remove();
  });

  it('never shows a stale result when src changes during a load', async () => {
    const provider = document.createElement('dossier-provider');
    provider.setAttribute('lang', 'en');
    provider.src = '/__test/slow?ms=600&variant=en-title';
    provider.innerHTML = '<dossier-overview></dossier-overview>';
    document.body.append(provider);
    await provider.updateComplete;
    const loaded = oneEvent(provider, 'dossier-load');
    provider.src = '/__test/slow?ms=50';
    await loaded;
    await new Promise((resolve) => setTimeout(resolve, 800));
    const text = shadowText(provider.querySelector('dossier-overview')!);
    expect(text).to.contain('What works in community development');
    expect(text).not.to.contain('Slow variant');
    provider.remove();
  });

  it('switches every UI string when lang changes at runtime', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="nl">
      <dossier-provider src="/__test/status/404"></dossier-provider>
    </div>`);
    const provider = wrapper.querySelector('dossier-provider')!;
    await until(() => errorText(provider) !== '', 'error shown');
    expect(errorText(provider)).to.contain('Het dossier kan niet worden getoond');
    wrapper.setAttribute('lang', 'en-GB');
    await until(() => errorText(provider).includes('The dossier cannot be shown'), 'English error');
    expect(errorText(provider)).to.contain('The server answered with error 404');
    expect(provider.shadowRoot!.querySelector('[part="retry"]')!.textContent).to.contain('Try again');
  });

  it('shares the dossier with consumers at any depth, through other shadow roots', async () => {
    const dossier = await dossierCopy();
    dossier.meta.title.nl = 'Diep gedeeld';
    const provider = await fixture<DossierProvider>(html`<dossier-provider .dossier=${dossier}><div><section id="host"></section></div></dossier-provider>`);
    const host = provider.querySelector('#host')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<div><dossier-overview></dossier-overview></div>';
    const overview = root.querySelector('dossier-overview')!;
    await until(() => shadowText(overview).includes('Diep gedeeld'));
  });
});

describe('consumers without a provider', () => {
  it('show the built-in dossier on their own', async () => {
    const { overview } = await providerWithOverview(html`<div><dossier-overview></dossier-overview></div>`);
    await until(() => shadowText(overview).includes('Wat werkt bij samenlevingsopbouw'));
    expect(shadowText(overview)).to.contain('Democratie en zeggenschap');
  });

  it('show an invalid dossier property as an error with its path', async () => {
    const dossier = await dossierCopy();
    dossier.goals[0].id = 'Bad Id';
    const original = console.error;
    const logged: string[] = [];
    console.error = (...args: unknown[]) => logged.push(JSON.stringify(args));
    try {
      const overview = await fixture<DossierOverview>(html`<dossier-overview lang="en" .dossier=${dossier}></dossier-overview>`);
      // Checked by the validator chunk, loaded on first use: the error follows within a few ticks.
      await until(() => errorText(overview).includes('goals[0].id'), 'the error view');
      expect(errorText(overview)).to.contain('goals[0].id: "Bad Id" is not a valid id');
      expect(logged.join(' '), 'a console error naming the path').to.contain('goals[0].id');
    } finally {
      console.error = original;
    }
  });

  it('list the issues in the page’s language from the first view of the error on (the messages load with the validator)', async () => {
    const dossier = await dossierCopy();
    dossier.goals[0].id = 'Bad Id';
    const original = console.error;
    console.error = () => {};
    try {
      const overview = await fixture<DossierOverview>(html`<dossier-overview lang="nl" .dossier=${dossier}></dossier-overview>`);
      await until(() => errorText(overview) !== '', 'the error view');
      expect(errorText(overview)).to.contain('goals[0].id: "Bad Id" is geen geldige id');
    } finally {
      console.error = original;
    }
  });
});
