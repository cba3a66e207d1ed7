// The React wrappers (`wat-werkt/react`, made with @lit/react) pass properties as properties and
// turn the library's events into props. React is CommonJS only, so the test loads it, with the
// wrappers, from the bundle `npm run build:test` makes (test/packaging/react-harness.ts).
import { expect } from '@open-wc/testing';
import type { DossierProvider as DossierProviderElement } from '../../src/components/dossier-provider/dossier-provider.js';
import type { WatWerktEvent } from '../../src/events.js';
import type { Dossier } from '../../src/model/types.js';
import { dossierCopy, shadowText, until } from '../helpers.js';
import { elementTags } from '../theming/helpers.js';

type Harness = typeof import('./react-harness.js');
const HARNESS = '/node_modules/.cache/wat-werkt/react-harness.js';

describe('React wrappers', () => {
  let h: Harness;
  let container: HTMLElement;
  before(async () => {
    try {
      h = (await import(/* @vite-ignore */ HARNESS)) as Harness;
    } catch (error) {
      throw new Error(`${HARNESS} is missing: run \`npm run build:test\` first (npm test does). ${String(error)}`);
    }
  });
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => container.remove());

  it('wraps every element, with a display name', async () => {
    const names = Object.keys(h.wrappers).sort();
    const pascal = (tag: string) => tag.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());
    expect(names).to.include.members((await elementTags()).map(pascal));
    for (const name of names) {
      const wrapper = (h.wrappers as Record<string, { displayName?: string }>)[name];
      expect(wrapper.displayName, name).to.equal(name);
    }
  });

  it('passes properties (an object too) and receives dossier-load, item-select and approach-change', async () => {
    const { React, createRoot, flushSync, wrappers } = h;
    const dossier: Dossier = await dossierCopy();
    dossier.meta.title.nl = 'Uit React';
    const loads: WatWerktEvent<'dossier-load'>[] = [];
    const selects: WatWerktEvent<'item-select'>[] = [];
    const approaches: WatWerktEvent<'approach-change'>[] = [];
    const ref = React.createRef<DossierProviderElement>();
    const root = createRoot(container);
    const render = (approach: string | null) =>
      flushSync(() =>
        root.render(
          React.createElement(
            wrappers.DossierProvider,
            {
              ref,
              dossier,
              approach,
              lang: 'nl',
              onDossierLoad: (e) => loads.push(e),
              onItemSelect: (e) => selects.push(e),
              onApproachChange: (e) => approaches.push(e),
            },
            React.createElement(wrappers.DossierOverview),
          ),
        ),
      );
    render('community-building');
    const provider = ref.current!;
    expect(provider.localName).to.equal('dossier-provider');
    expect(provider.dossier, 'the object, set as a property').to.equal(dossier);
    expect(provider.approach).to.equal('community-building');
    await until(() => loads.length === 1, 'onDossierLoad');
    expect(loads[0].detail.source).to.equal('property');
    expect(loads[0].detail.dossier.meta.title.nl).to.equal('Uit React');

    const overview = provider.querySelector('dossier-overview')!;
    await until(() => shadowText(overview).includes('Uit React'), 'the overview shows the dossier from the provider');

    // Events from an element inside bubble to the provider's handlers.
    overview.dispatchEvent(new CustomEvent('item-select', { detail: { id: 'informality', kind: 'factor' }, bubbles: true, composed: true }));
    overview.dispatchEvent(new CustomEvent('approach-change', { detail: { approach: 'community-organizing' }, bubbles: true, composed: true }));
    expect(selects.map((e) => e.detail)).to.deep.equal([{ id: 'informality', kind: 'factor' }]);
    expect(approaches.map((e) => e.detail)).to.deep.equal([{ approach: 'community-organizing' }]);

    // A new prop value reaches the element's property.
    render('community-organizing');
    expect(provider.approach).to.equal('community-organizing');
    root.unmount();
  });

  it('reports a dossier that fails to load through onDossierError', async () => {
    const { React, createRoot, flushSync, wrappers } = h;
    const errors: WatWerktEvent<'dossier-error'>[] = [];
    const root = createRoot(container);
    flushSync(() =>
      root.render(React.createElement(wrappers.DossierProvider, { src: '/__test/status/404', onDossierError: (e) => errors.push(e) })),
    );
    await until(() => errors.length === 1, 'onDossierError');
    expect(errors[0].detail.source).to.equal('src');
    expect(errors[0].detail.error.kind).to.be.a('string');
    root.unmount();
  });
});
