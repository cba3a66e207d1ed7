import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../define/dossier-provider.js';
import '../../define/dossier-overview.js';
import '../../define/factor-grid.js';
import type { DossierOverview } from '../dossier-overview/dossier-overview.js';
import type { DossierProvider } from './dossier-provider.js';
import { dossierCopy, shadowText, until } from '../../../test/helpers.js';

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

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

  // Each kind of failure: what the visitor reads (no status, URL or path), whether a retry is offered
  // (only where trying again can help), and the technical detail behind a disclosure.
  const failures: { name: string; src: string; kind: string; retry: boolean; nl: RegExp; en: RegExp; detail: RegExp }[] = [
    { name: 'a missing file', src: '/__test/status/404', kind: 'http', retry: false, nl: /niet gevonden.*Opnieuw proberen helpt hier niet.*beheerder/, en: /not found.*Trying again will not help.*web team/, detail: /http.*HTTP 404.*\/__test\/status\/404/ },
    { name: 'a forbidden file', src: '/__test/status/403', kind: 'http', retry: false, nl: /geeft het dossier niet vrij/, en: /does not release the dossier/, detail: /HTTP 403/ },
    { name: 'a server error', src: '/__test/status/500', kind: 'http', retry: true, nl: /kon het dossier nu niet leveren.*over een paar minuten opnieuw/, en: /could not deliver.*in a few minutes/, detail: /HTTP 500/ },
    { name: 'an HTML page', src: '/__test/html', kind: 'not-json', retry: false, nl: /is geen dossier.*beheerder/, en: /is not a dossier.*web team/, detail: /not-json.*\/__test\/html/ },
    { name: 'a truncated body', src: '/__test/truncated', kind: 'not-json', retry: false, nl: /is geen dossier/, en: /is not a dossier/, detail: /not-json/ },
    { name: 'no connection', src: 'http://127.0.0.1:9/dossier.json', kind: 'network', retry: true, nl: /geen verbinding.*probeer het opnieuw/, en: /no connection.*try again/, detail: /network.*127\.0\.0\.1:9/ },
  ];
  for (const f of failures) {
    for (const lang of ['nl', 'en'] as const) {
      it(`tells a visitor about ${f.name} once, in ${lang}, with the detail behind a disclosure, fires dossier-error and logs it`, async () => {
        const provider = document.createElement('dossier-provider');
        provider.setAttribute('lang', lang);
        provider.src = f.src;
        provider.innerHTML = '<dossier-overview></dossier-overview><factor-grid></factor-grid>';
        const failed = oneEvent(provider, 'dossier-error');
        document.body.append(provider);
        const event = await failed;
        expect(event.detail.error.kind).to.equal(f.kind);
        await provider.updateComplete;
        const alert = fold(provider.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? '');
        expect(alert).to.match(f[lang]);
        expect(alert, 'no status, URL or path for the visitor').not.to.match(/\d{3}|http|__test|127\.0/);
        const details = provider.shadowRoot!.querySelector<HTMLDetailsElement>('details[part="error-details"]')!;
        expect(details, 'a disclosure').to.exist;
        expect(details.open, 'closed at first').to.equal(false);
        expect(details.querySelector('summary')!.textContent).to.contain(lang === 'nl' ? 'Technische details' : 'Technical details');
        expect(fold(details.textContent ?? '')).to.match(f.detail);
        const retry = provider.shadowRoot!.querySelector('[part="retry"]');
        if (f.retry) expect(retry?.textContent).to.contain(lang === 'nl' ? 'Opnieuw proberen' : 'Try again');
        else expect(retry, 'no retry where it cannot help').to.equal(null);
        // Said once: the elements inside say nothing of it.
        for (const child of provider.querySelectorAll('dossier-overview, factor-grid')) {
          await (child as DossierOverview).updateComplete;
          expect(shadowText(child).trim(), `<${child.localName}> stays quiet`).to.equal('');
        }
        expect(String(errors[0]?.[0])).to.contain(f.kind);
        provider.remove();
      });
    }
  }

  it('keeps the browser’s English parser message out of the Dutch view, and in the console and the event', async () => {
    const provider = document.createElement('dossier-provider');
    provider.setAttribute('lang', 'nl');
    provider.src = '/__test/html';
    const failed = oneEvent(provider, 'dossier-error');
    document.body.append(provider);
    const event = await failed;
    await provider.updateComplete;
    const parser = event.detail.error.issues[0].params.detail as string;
    expect(parser, 'the event keeps the parser message').to.be.a('string').and.not.equal('');
    expect(errorText(provider)).to.contain('is geen geldige JSON');
    expect(errorText(provider)).not.to.contain(parser.slice(0, 20));
    expect(String(errors[0]?.[0])).to.contain(parser.slice(0, 20));
    provider.remove();
  });

  it('gives up on a source that never answers, visibly, after its timeout', async () => {
    const provider = document.createElement('dossier-provider');
    provider.src = '/__test/hang';
    provider.timeout = 300;
    const failed = oneEvent(provider, 'dossier-error');
    document.body.append(provider);
    expect((await failed).detail.error.kind).to.equal('timeout');
    await provider.updateComplete;
    expect(errorText(provider)).to.contain('duurde te lang');
    expect(provider.shadowRoot!.querySelector('[part="retry"]'), 'a timeout may pass: retry').to.exist;
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
    expect(errorText(provider)).to.contain('Het dossier bevat fouten');
    expect(provider.shadowRoot!.querySelector('[role="alert"]')!.textContent, 'no path for the visitor').not.to.contain('approaches[');
    expect(provider.shadowRoot!.querySelector('details[part="error-details"]')!.textContent).to.contain(
      'approaches[1].emphasis[0].factor: onbekende factor "informality2"',
    );
    expect(provider.shadowRoot!.querySelector('[part="retry"]'), 'retrying an invalid dossier cannot help').to.equal(null);
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
    expect(errorText(provider)).to.contain('The dossier was not found');
    expect(errorText(provider)).to.contain("Technical details for the website's web team");
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
