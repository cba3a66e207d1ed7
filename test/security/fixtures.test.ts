// Every hostile or malformed dossier in test/fixtures/ (see index.json), loaded through
// <dossier-provider src=…> with every element of the library inside: the localised error
// state (or the text, literally), nothing executed, nothing thrown, the prototypes intact,
// and the host page around it still working.
import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import manifestJson from '../fixtures/index.json';
import { DossierElement } from '../../src/base/dossier-element.js';
import { SHOWN_ISSUES } from '../../src/base/state-views.js';
import type { DossierProvider } from '../../src/components/dossier-provider/dossier-provider.js';
import { common } from '../../src/i18n/common.js';
import { formatIssue, type ValidationIssue } from '../../src/model/issues.js';
import type { Lang } from '../../src/model/types.js';
import { until } from '../helpers.js';
import { PageGuard, dangerousNodes, deepText, firstEvent, fold, settle } from './helpers.js';

interface Fixture {
  file: string;
  breaks: string;
  expect: 'reject' | 'render';
  kind?: string;
  issue?: { path?: string; pathPrefix?: string; code: string };
  langs?: Lang[];
  literal?: Partial<Record<Lang, string[]>>;
}
const manifest = manifestJson as unknown as { payloads: string[]; fixtures: Fixture[] };

// Every element in src/define/, registered by the test server's /__test/define-all.js.
const DEFINE_ALL = '/__test/define-all.js';
let tags: string[] = [];

/** A host page: a button and a paragraph of its own, and a provider with every element inside. */
function hostPage(src: string, lang: Lang) {
  const page = document.createElement('div');
  page.className = 'host-page';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Knop van de gastpagina';
  let clicks = 0;
  button.addEventListener('click', () => clicks++);
  const paragraph = document.createElement('p');
  paragraph.textContent = 'Inhoud van de gastpagina';
  const provider = document.createElement('dossier-provider') as DossierProvider;
  provider.setAttribute('lang', lang);
  provider.src = src;
  for (const tag of tags) if (tag !== 'dossier-provider') provider.append(document.createElement(tag));
  page.append(button, paragraph, provider);
  return { page, button, paragraph, provider, clicks: () => clicks };
}

/** Clicks the host's button with the real mouse: it must be on top at its own centre. */
async function hostStillWorks(host: ReturnType<typeof hostPage>): Promise<string[]> {
  const problems: string[] = [];
  host.button.scrollIntoView({ block: 'center' });
  const box = host.button.getBoundingClientRect();
  const x = Math.round(box.left + box.width / 2);
  const y = Math.round(box.top + box.height / 2);
  if (document.elementFromPoint(x, y) !== host.button) problems.push('something covers the host page’s button');
  await sendMouse({ type: 'click', position: [x, y] });
  if (host.clicks() !== 1) problems.push(`the host page’s button got ${host.clicks()} clicks, not 1`);
  if (host.paragraph.textContent !== 'Inhoud van de gastpagina') problems.push('the host page’s text changed');
  if (host.paragraph.getBoundingClientRect().height === 0) problems.push('the host page’s text is hidden');
  return problems;
}

const consumers = (provider: Element) => Array.from(provider.children).filter((el) => el instanceof DossierElement) as DossierElement[];

describe('hostile and malformed dossiers (test/fixtures)', function () {
  this.timeout(60_000);
  const guard = new PageGuard();
  let logged: string[] = [];
  const originalError = console.error;
  let scriptsBefore = 0;

  before(async () => {
    tags = ((await import(DEFINE_ALL)) as { tags: string[] }).tags;
    await customElements.whenDefined('dossier-provider');
  });
  beforeEach(() => {
    logged = [];
    console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
    scriptsBefore = document.querySelectorAll('script').length;
    guard.start();
  });
  afterEach(() => {
    guard.stop();
    console.error = originalError;
    document.querySelectorAll('.host-page').forEach((el) => el.remove());
  });

  it('has at least 40 fixtures, each a file with a stated outcome', async () => {
    expect(manifest.fixtures.length).to.be.at.least(40);
    for (const f of manifest.fixtures) {
      expect(['reject', 'render'], f.file).to.include(f.expect);
      if (f.expect === 'reject') expect(f.issue?.code, f.file).to.be.a('string');
    }
    expect(tags, 'every element in src/define').to.include.members(['dossier-provider', 'dossier-overview']);
  });

  for (const fixture of manifest.fixtures) {
    for (const lang of fixture.langs ?? ['nl']) {
      it(`${fixture.expect === 'reject' ? 'rejects' : 'renders'} ${fixture.file} (${fixture.breaks}) [${lang}]`, async () => {
        const host = hostPage(`/test/fixtures/${fixture.file}`, lang);
        const outcome = firstEvent<CustomEvent>(host.provider, ['dossier-load', 'dossier-error'], 30_000);
        document.body.append(host.page);
        const event = await outcome;
        await settle(host.page);
        const t = common[lang];
        const problems: string[] = [];
        const alert = host.provider.shadowRoot!.querySelector('[role="alert"]');

        if (fixture.expect === 'reject') {
          expect(event.type, 'event').to.equal('dossier-error');
          const { error } = event.detail as { error: { kind: string; issues: ValidationIssue[] } };
          expect(error.kind).to.equal(fixture.kind);
          for (const i of error.issues) expect(i.path, 'every issue has a string path').to.be.a('string');
          const { path, pathPrefix, code } = fixture.issue!;
          const index = error.issues.findIndex((i) => (path !== undefined ? i.path === path : i.path.startsWith(pathPrefix!)) && i.code === code);
          expect(index, `expected ${path ?? pathPrefix} ${code} among ${error.issues.slice(0, 5).map((i) => `${i.path.slice(0, 50)} ${i.code}`).join('; ')}`).to.be.at.least(0);
          // The provider shows the localised error, with the issue and a retry button.
          expect(alert, 'the provider shows an error').to.exist;
          expect(fold(alert!.textContent ?? '')).to.contain(t.errorTitle);
          // The issues with their paths are behind the disclosure, for the web team; no retry (the file stays the same).
          const view = alert!.closest('[part~="error"]')!;
          const shown = fold(view.querySelector('details[part="error-details"]')?.textContent ?? '');
          if (index < SHOWN_ISSUES) expect(shown).to.contain(fold(formatIssue(error.issues[index], lang)));
          expect(shown.length, 'the error stays short').to.be.below(4000);
          expect(view.querySelector('button[part="retry"]'), 'no retry button').to.equal(null);
          // The console names the path, in English.
          if (index < 50) expect(logged.join('\n')).to.contain(formatIssue(error.issues[index], 'en'));
          // The elements inside show nothing of the broken dossier: only the provider speaks.
          for (const el of consumers(host.provider)) {
            const text = deepText(el);
            if (text !== '') problems.push(`<${el.localName}> shows "${text.slice(0, 80)}" for a rejected dossier`);
          }
        } else {
          expect(event.type, `event (${logged.join(' ').slice(0, 300)})`).to.equal('dossier-load');
          expect(alert, 'no error').to.equal(null);
          const all = fold(consumers(host.provider).map((el) => deepText(el)).join(' '));
          for (const literal of fixture.literal?.[lang] ?? []) {
            if (!all.includes(fold(literal))) problems.push(`the text ${JSON.stringify(literal.slice(0, 80))} is not shown literally`);
          }
          for (const el of consumers(host.provider)) {
            if (!el.shadowRoot?.querySelector('*')) problems.push(`<${el.localName}> rendered nothing`);
          }
        }

        problems.push(...dangerousNodes(host.page).map((d) => `dangerous: ${d}`));
        if (document.querySelectorAll('script').length !== scriptsBefore) problems.push('a <script> was added to the document');
        problems.push(...(await hostStillWorks(host)));
        problems.push(...guard.problems());
        expect(problems).to.deep.equal([]);
      });
    }
  }
});

describe('the detectors themselves', () => {
  it('catch a payload that is parsed as HTML in a shadow root', async () => {
    const guard = new PageGuard();
    guard.start();
    const host = document.createElement('div');
    host.className = 'host-page';
    document.body.append(host);
    const root = host.appendChild(document.createElement('span')).attachShadow({ mode: 'open' });
    root.innerHTML = manifest.payloads[0]; // what no element may ever do
    await until(() => (window as { __pwned?: unknown }).__pwned !== undefined, 'the payload to run');
    expect(dangerousNodes(host)).to.include.members(['<img> element', 'onerror= on <img>']);
    expect(guard.problems()).to.include('a payload ran: window.__pwned is set');
    guard.stop();
    host.remove();
    delete (window as { __pwned?: unknown }).__pwned;
  });
});

describe('hostile selection and attributes on a rendered dossier', function () {
  this.timeout(60_000);
  const guard = new PageGuard();
  const HOSTILE = ['__proto__', 'constructor', 'toString', 'prototype', 'hasOwnProperty', '<img src=x onerror="window.__pwned=1">', '', ' ', '-1', 'NaN', '1e309', 'javascript:window.__pwned=1', 'x'.repeat(500)];
  const originalWarn = console.warn;
  let warnings: string[] = [];

  before(async () => {
    tags = ((await import(DEFINE_ALL)) as { tags: string[] }).tags;
  });
  beforeEach(() => {
    // Elements warn about unknown ids; keep the output readable.
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    guard.start();
  });
  afterEach(() => {
    console.warn = originalWarn;
    guard.stop();
    document.querySelectorAll('.host-page').forEach((el) => el.remove());
  });

  for (const file of ['valid-minimal.json', 'html-payloads-in-every-text.json', 'ids-named-like-object-properties.json', 'only-required-fields.json']) {
    it(`survives hostile approach, selection and attribute values with ${file}`, async () => {
      const host = hostPage(`/test/fixtures/${file}`, 'nl');
      const loaded = firstEvent(host.provider, ['dossier-load']);
      document.body.append(host.page);
      await loaded;
      await settle(host.page);
      const problems: string[] = [];
      const kinds = ['goal', 'approach', 'craft', 'factor', 'level', 'actor', 'concept', '__proto__'] as const;
      for (const value of HOSTILE) {
        host.provider.approach = value;
        host.provider.select({ id: value, kind: kinds[value.length % kinds.length] as 'goal' });
        await settle(host.page, 1);
      }
      // Every attribute an element observes, set to each hostile value.
      for (const el of [host.provider, ...Array.from(host.provider.children)]) {
        const observed = ((customElements.get(el.localName) as unknown as { observedAttributes?: string[] })?.observedAttributes ?? []).filter(
          (name) => name !== 'src',
        );
        for (const name of observed) {
          for (const value of HOSTILE) {
            el.setAttribute(name, value);
            await settle(host.page, 1);
          }
          el.removeAttribute(name);
        }
      }
      host.provider.approach = null;
      host.provider.select(null);
      await settle(host.page);
      problems.push(...dangerousNodes(host.page).map((d) => `dangerous: ${d}`));
      problems.push(...(await hostStillWorks(host)));
      problems.push(...guard.problems());
      expect(problems).to.deep.equal([]);
      // Still the same dossier, still shown.
      expect(host.provider.status).to.equal('ready');
    });
  }
});
