// Failing networks, beyond src/components/dossier-provider/dossier-provider.test.ts (which
// covers one failure of each kind, the flaky retry and one stale src): a body streamed
// slowly, a body larger than any dossier, a retry that succeeds after each kind of
// failure, stale results in every order, and src / timeout values that are no URL or
// no number.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/dossier-provider.js';
import '../../src/define/dossier-overview.js';
import type { DossierProvider } from '../../src/components/dossier-provider/dossier-provider.js';
import { common } from '../../src/i18n/common.js';
import { MAX_DOCUMENT } from '../../src/model/index.js';
import { shadowText, until } from '../helpers.js';
import { PageGuard, firstEvent, fold, sleep } from './helpers.js';

const nl = common.nl;
const TITLE_NL = 'Wat werkt bij samenlevingsopbouw';
const TITLE_EN = 'What works in community development';

/** A provider with an overview inside, not yet connected; every event it fires is recorded. */
function provider(src?: string, { timeout, lang = 'nl' }: { timeout?: number; lang?: string } = {}) {
  const el = document.createElement('dossier-provider') as DossierProvider;
  el.className = 'network-test';
  el.setAttribute('lang', lang);
  if (src !== undefined) el.src = src;
  if (timeout !== undefined) el.timeout = timeout;
  el.innerHTML = '<dossier-overview></dossier-overview>';
  const events: CustomEvent[] = [];
  for (const name of ['dossier-load', 'dossier-error']) el.addEventListener(name, (e) => events.push(e as CustomEvent));
  return { el, events, overview: () => shadowText(el.querySelector('dossier-overview')!) };
}

const alertText = (el: Element) => fold(el.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? '');
const loadingShown = (el: Element) => (el.shadowRoot!.querySelector('[role="status"]')?.textContent ?? '').includes(nl.loading);
const retryButton = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="error"] button[part="retry"]');
const key = () => Math.random().toString(36).slice(2);

describe('network failures (security)', function () {
  this.timeout(30_000);
  const guard = new PageGuard();
  const originalError = console.error;
  let logged: string[] = [];

  beforeEach(() => {
    logged = [];
    console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
    guard.start();
  });
  afterEach(() => {
    console.error = originalError;
    guard.stop();
    document.querySelectorAll('.network-test').forEach((el) => el.remove());
    expect(guard.problems()).to.deep.equal([]);
  });

  describe('a body streamed slowly', () => {
    it('is waited for, with the loading state visible, and then rendered', async () => {
      const p = provider('/__test/stream?ms=1500&chunks=30', { timeout: 10_000 });
      const start = performance.now();
      const loaded = firstEvent(p.el, ['dossier-load', 'dossier-error']);
      document.body.append(p.el);
      // Not a fixed wait: on busy cores 600 ms of sleep could outlast the 1.5 s stream.
      await until(() => loadingShown(p.el), 'the loading message');
      expect(p.events).to.deep.equal([]);
      expect((await loaded).type).to.equal('dossier-load');
      expect(performance.now() - start, 'the body really streamed').to.be.above(1000);
      await until(() => p.overview().includes(TITLE_NL), 'the dossier shown');
      expect(loadingShown(p.el)).to.equal(false);
    });

    it('times out visibly when the body streams slower than the timeout', async () => {
      const p = provider('/__test/stream?ms=6000&chunks=60', { timeout: 800 });
      const failed = firstEvent<CustomEvent>(p.el, ['dossier-load', 'dossier-error']);
      document.body.append(p.el);
      const event = await failed;
      expect(event.type).to.equal('dossier-error');
      // A timeout, not the whole 6 s body: no upper bound on the wall clock (busy cores made it flaky).
      expect(event.detail.error.kind).to.equal('timeout');
      await p.el.updateComplete;
      expect(alertText(p.el)).to.contain('duurde te lang');
      expect(retryButton(p.el)).to.exist;
    });
  });

  describe('a body larger than any dossier', () => {
    for (const [name, src] of [
      ['streamed without a length', '/__test/big?mb=8'],
      ['announced by Content-Length', '/__test/big?mb=8&length=1'],
    ]) {
      it(`is refused once it passes ${MAX_DOCUMENT} bytes (${name})`, async () => {
        const p = provider(src);
        const failed = firstEvent<CustomEvent>(p.el, ['dossier-load', 'dossier-error']);
        document.body.append(p.el);
        const event = await failed;
        expect(event.type).to.equal('dossier-error');
        expect(event.detail.error.issues.map((i: { path: string; code: string }) => [i.path, i.code])).to.deep.equal([['', 'too-large']]);
        await p.el.updateComplete;
        expect(alertText(p.el)).to.contain('bevat fouten');
        expect(fold(p.el.shadowRoot!.querySelector('details[part="error-details"]')!.textContent ?? '')).to.contain('het dossier is te groot');
        expect(retryButton(p.el), 'the same file is as large on every try').to.equal(null);
      });
    }
  });

  describe('a retry after each kind of failure', () => {
    const KINDS: [failure: string, kind: string, shown: RegExp, timeout?: number][] = [
      ['500', 'http', /kon het dossier nu niet leveren/],
      ['503', 'http', /kon het dossier nu niet leveren/],
      ['slow-body', 'timeout', /duurde te lang/, 800],
      ['hang', 'timeout', /duurde te lang/, 800],
      ['reset', 'network', /geen verbinding/],
    ];
    // Where retrying cannot help (the same answer on every try) no retry is offered: the visitor is told whom to tell.
    const FINAL: [failure: string, kind: string, shown: RegExp][] = [
      ['404', 'http', /niet gevonden/],
      ['html', 'not-json', /is geen dossier/],
      ['truncated', 'not-json', /is geen dossier/],
      ['empty', 'not-json', /is geen dossier/],
      ['invalid', 'invalid', /bevat fouten/],
    ];
    for (const [failure, kind, shown] of FINAL) {
      it(`shows ${failure} as ${kind} without a retry button, the detail behind a disclosure`, async () => {
        const p = provider(`/__test/switch/${failure}?key=${key()}`);
        const failed = firstEvent<CustomEvent>(p.el, ['dossier-load', 'dossier-error']);
        document.body.append(p.el);
        const event = await failed;
        expect(event.detail.error.kind).to.equal(kind);
        await p.el.updateComplete;
        expect(alertText(p.el)).to.match(shown).and.contain('beheerder');
        expect(retryButton(p.el)).to.equal(null);
        expect(fold(p.el.shadowRoot!.querySelector('details[part="error-details"]')!.textContent ?? '')).to.contain(`/__test/switch/${failure}`);
        expect(p.overview(), 'the element inside stays quiet').to.equal('');
      });
    }
    for (const [failure, kind, shown, timeout] of KINDS) {
      it(`shows ${failure} as ${kind} with a retry button, and a retry that then succeeds renders the dossier`, async () => {
        const k = key();
        const p = provider(`/__test/switch/${failure}?key=${k}`, { timeout });
        const failed = firstEvent<CustomEvent>(p.el, ['dossier-load', 'dossier-error']);
        document.body.append(p.el);
        const event = await failed;
        expect(event.type).to.equal('dossier-error');
        expect(event.detail.error.kind).to.equal(kind);
        expect(event.detail.error.url).to.contain(`/__test/switch/${failure}`);
        await p.el.updateComplete;
        expect(alertText(p.el)).to.contain(nl.errorTitle);
        expect(alertText(p.el)).to.match(shown);
        expect(logged.join('\n')).to.contain(kind);
        expect(p.overview(), 'the element inside stays quiet').to.equal('');

        // The source recovers; the user retries with the keyboard.
        await fetch(`/__test/switch-ok?key=${k}`);
        const button = retryButton(p.el)!;
        expect(button.textContent).to.contain(nl.retry);
        button.focus();
        expect(p.el.shadowRoot!.activeElement).to.equal(button);
        const loaded = firstEvent(p.el, ['dossier-load', 'dossier-error']);
        await sendKeys({ press: 'Enter' });
        await p.el.updateComplete;
        expect(loadingShown(p.el) || p.events.length === 2, 'loading again').to.equal(true);
        expect((await loaded).type).to.equal('dossier-load');
        await until(() => p.overview().includes(TITLE_NL), 'the dossier after the retry');
        expect(p.el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
        expect(p.events.map((e) => e.type)).to.deep.equal(['dossier-error', 'dossier-load']);
      });
    }
  });

  describe('stale results', () => {
    it('a slow success overtaken by a fast failure shows the failure, never the stale dossier', async () => {
      const p = provider('/__test/slow?ms=700', { lang: 'nl' });
      document.body.append(p.el);
      await p.el.updateComplete;
      p.el.src = '/__test/status/500';
      await sleep(1200);
      expect(p.events.map((e) => e.type)).to.deep.equal(['dossier-error']);
      expect(alertText(p.el)).to.match(/kon het dossier nu niet leveren/);
      expect(p.overview()).not.to.contain(TITLE_NL);
    });

    it('a hanging source overtaken by a good one never shows its timeout later', async () => {
      const p = provider('/__test/hang', { timeout: 500 });
      document.body.append(p.el);
      await p.el.updateComplete;
      p.el.src = '/__test/dossier';
      await sleep(1200);
      expect(p.events.map((e) => e.type)).to.deep.equal(['dossier-load']);
      expect(p.el.status).to.equal('ready');
      expect(p.overview()).to.contain(TITLE_NL);
    });

    it('a slowly streamed body overtaken by another source is dropped', async () => {
      const p = provider('/__test/stream?ms=1500&chunks=15', { lang: 'en' });
      document.body.append(p.el);
      await sleep(300);
      p.el.src = '/__test/slow?ms=50&variant=en-title';
      await sleep(2000);
      expect(p.events.map((e) => e.type)).to.deep.equal(['dossier-load']);
      expect(p.overview()).to.contain('Slow variant');
      expect(p.overview()).not.to.contain(TITLE_EN);
    });

    it('after six quick changes of src, each overtaking a load in flight, only the last is shown, with one event', async () => {
      const p = provider('/__test/slow?ms=900&variant=en-title', { lang: 'en' });
      document.body.append(p.el);
      for (const src of [`/__test/switch/slow-body?key=${key()}`, '/__test/slow?ms=300&variant=en-title', '/__test/hang', '/__test/stream?ms=600&chunks=6', '/__test/slow?ms=500&variant=en-title']) {
        await sleep(40);
        p.el.src = src;
      }
      await sleep(40);
      p.el.src = '/__test/slow?ms=100';
      await sleep(1600);
      expect(p.events.map((e) => e.type)).to.deep.equal(['dossier-load']);
      expect(p.overview()).to.contain(TITLE_EN);
      expect(p.overview()).not.to.contain('Slow variant');
    });

    it('removing src during a load shows the built-in dossier, not the late answer', async () => {
      const p = provider('/__test/slow?ms=600&variant=en-title', { lang: 'en' });
      document.body.append(p.el);
      await p.el.updateComplete;
      p.el.removeAttribute('src');
      await sleep(1000);
      expect(p.events.map((e) => [e.type, e.detail.source])).to.deep.equal([['dossier-load', 'builtin']]);
      expect(p.overview()).to.contain(TITLE_EN);
      expect(p.overview()).not.to.contain('Slow variant');
    });

    it('a retry pressed twice in a row gives one result', async () => {
      const k = key();
      const p = provider(`/__test/switch/500?key=${k}`);
      const failed = firstEvent(p.el, ['dossier-error']);
      document.body.append(p.el);
      await failed;
      await p.el.updateComplete;
      await fetch(`/__test/switch-ok?key=${k}`);
      const button = retryButton(p.el)!;
      button.click();
      p.el.reload();
      await sleep(800);
      expect(p.events.map((e) => e.type)).to.deep.equal(['dossier-error', 'dossier-load']);
    });

    it('a provider taken out of the page during a load fires nothing, and loads when put back', async () => {
      const p = provider('/__test/slow?ms=400');
      document.body.append(p.el);
      await p.el.updateComplete;
      p.el.remove();
      await sleep(700);
      expect(p.events).to.deep.equal([]);
      document.body.append(p.el);
      await until(() => p.events.length > 0, 'a load after reconnecting');
      expect(p.events.map((e) => e.type)).to.deep.equal(['dossier-load']);
    });
  });

  describe('values that are no URL or no number', () => {
    for (const src of ['http://[', 'https://exa mple.org/x.json', 'http://%zz', 'javascript:window.__pwned=1', 'blob:nope']) {
      it(`src="${src}" gives a visible error, not an exception`, async () => {
        const p = provider(src);
        const failed = firstEvent<CustomEvent>(p.el, ['dossier-load', 'dossier-error']);
        document.body.append(p.el);
        const event = await failed;
        expect(event.type).to.equal('dossier-error');
        expect(event.detail.error.kind).to.equal('network');
        await p.el.updateComplete;
        expect(alertText(p.el)).to.contain(nl.errorTitle);
        expect(retryButton(p.el)).to.exist;
      });
    }

    for (const timeout of ['abc', '-5', '0', 'Infinity', '1e400', '']) {
      it(`timeout="${timeout}" falls back to the default instead of throwing`, async () => {
        const p = provider();
        p.el.setAttribute('timeout', timeout);
        p.el.src = '/__test/dossier';
        const loaded = firstEvent<CustomEvent>(p.el, ['dossier-load', 'dossier-error']);
        document.body.append(p.el);
        expect((await loaded).type).to.equal('dossier-load');
      });
    }
  });
});
