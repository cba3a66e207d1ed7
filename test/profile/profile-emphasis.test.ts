/**
 * The team's practice profile shown by every element that shows emphasis (issue 25): the tree, the comparator and
 * the cards show the profile's weights exactly, mark them as the team's own, and nothing leaves the page.
 */
import { expect } from '@open-wc/testing';
import { ContextEvent } from '@lit/context';
import '../../src/define/dossier-provider.js';
import '../../src/define/tree-infographic.js';
import '../../src/define/approach-comparator.js';
import '../../src/define/factor-card.js';
import { selectionContext, type SelectionState } from '../../src/context/selection-context.js';
import { PROFILE_SOURCE_ID, emptyProfile, profileKey, type Dossier, type PracticeProfile, type Presence } from '../../src/model/index.js';
import { PROFILE_STORAGE_PREFIX } from '../../src/model/profile-key.js';
import type { DossierProvider } from '../../src/components/dossier-provider/dossier-provider.js';
import { dossierCopy, until } from '../helpers.js';

let dossier: Dossier;
let key: string;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A profile that answers every kind of presence, including "not" (0) and unanswered. */
function teamProfile(): PracticeProfile {
  const profile = emptyProfile(dossier);
  profile.practice.name = 'Buurtteam Oost-Geheim';
  const set = (group: 'goals' | 'factors' | 'crafts', id: string, presence: Presence) => (profile[group][id] = { presence, note: 'eigen voorbeeld' });
  set('goals', 'social-cohesion', 1);
  set('goals', 'democracy-voice', 3);
  set('factors', 'informality', 2);
  set('factors', 'difference-conflict', 3);
  set('factors', 'coalitions-networks', 0);
  set('factors', 'talents-resources', 1);
  set('crafts', 'political-strategic', 1);
  set('crafts', 'socio-agogic', 3);
  profile.levels.ids = ['meso'];
  return profile;
}
/** The profile's weights as an emphasis: 1–3 only (0 and unanswered are no emphasis). */
const WEIGHTS: Record<string, number> = {
  'social-cohesion': 1,
  'democracy-voice': 3,
  informality: 2,
  'difference-conflict': 3,
  'talents-resources': 1,
  'political-strategic': 1,
  'socio-agogic': 3,
};

/** The selection the provider shares, as an element inside it gets it. */
function selectionOf(provider: Element): () => SelectionState {
  const probe = document.createElement('span');
  provider.append(probe);
  let value: SelectionState | undefined;
  probe.dispatchEvent(new ContextEvent(selectionContext, probe, (v: SelectionState) => (value = v), true));
  return () => value!;
}

async function page(markup: string, attributes = ''): Promise<{ provider: DossierProvider; selection: () => SelectionState }> {
  const host = document.createElement('div');
  host.innerHTML = `<dossier-provider lang="nl" ${attributes}>${markup}</dossier-provider>`;
  document.body.append(host);
  const provider = host.querySelector('dossier-provider')!;
  await until(() => provider.status === 'ready', 'the dossier');
  return { provider, selection: selectionOf(provider) };
}

before(async () => {
  dossier = await dossierCopy();
  key = PROFILE_STORAGE_PREFIX + profileKey(dossier);
});
afterEach(() => {
  localStorage.removeItem(key);
  for (let n = 1; n <= 10; n++) localStorage.removeItem(`${key}~corrupt-${n}`);
  document.querySelectorAll('body > div').forEach((d) => d.remove());
});

describe('a practice profile in every element that shows emphasis', () => {
  it('is read from this browser\'s storage and highlighted in the tree by its own weights, marked as the team\'s own', async () => {
    localStorage.setItem(key, JSON.stringify(teamProfile()));
    const { provider, selection } = await page('<tree-infographic></tree-infographic>', `approach="${PROFILE_SOURCE_ID}"`);
    await until(() => !!selection().profile, 'the stored profile');
    const tree = provider.querySelector('tree-infographic')!;
    const root = tree.shadowRoot!;
    await until(() => root.querySelectorAll('svg.ww-tree--screen .node--item[data-weight]').length === Object.keys(WEIGHTS).length, 'the profile\'s weights');
    for (const g of root.querySelectorAll<SVGGElement>('svg.ww-tree--screen .node--item')) {
      const id = g.dataset.id!;
      expect(g.getAttribute('data-weight'), id).to.equal(WEIGHTS[id] ? String(WEIGHTS[id]) : null);
      if (WEIGHTS[id]) expect(g.getAttribute('aria-label'), id).to.include('Eigen inschatting');
    }
    const button = root.querySelector<HTMLButtonElement>('[part="approach-button"][data-source="profile"]')!;
    expect(text(button)).to.equal('Onze praktijk');
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    const legend = root.querySelector('.legend__state:not(.legend__state--off)')!;
    expect(text(legend)).to.include('Nadruk van Onze praktijk');
    expect(legend.querySelector('.basis--own')).to.exist;
    // Its details say what the team gives the item, labelled.
    selection().select({ id: 'informality', kind: 'factor' });
    await until(() => !!root.querySelector('.panel__own'), 'the details');
    expect(text(root.querySelector('.panel__own'))).to.equal('in onze praktijk: duidelijk Eigen inschatting');
    await expect(tree).to.be.accessible();
    const picture = new DOMParser().parseFromString(await tree.toSVG(), 'image/svg+xml');
    // As the tree's export test counts: three dots a badge (one per weighted item) and a legend sample, as many on as the weight.
    const fills = [...picture.querySelectorAll('circle')].filter((c) => !c.closest('defs, symbol')).map((c) => c.getAttribute('fill'));
    const weights = Object.values(WEIGHTS);
    expect(fills.length).to.equal(3 * (weights.length + 3));
    const on = weights.reduce((n, w) => n + w, 0) + 3 + 2 + 1;
    const counts = [...new Set(fills)].map((f) => fills.filter((x) => x === f).length).sort((a, b) => a - b);
    expect(counts).to.deep.equal([on, fills.length - on].sort((a, b) => a - b));
    expect([...picture.querySelectorAll('text')].map((t) => t.textContent).join(' ')).to.include('eigen inschatting van het team');
    // The line naming what is shown does not call the team's practice an approach.
    const words = [...picture.querySelectorAll('text')].map((t) => t.textContent).join(' ');
    expect(words).to.include('Getoond: Onze praktijk (eigen inschatting van het team)');
    expect(words).not.to.include('Actieve benadering: Onze praktijk');
  });

  it('is a fourth column in the comparator, with exactly its weights and its own label', async () => {
    localStorage.setItem(key, JSON.stringify(teamProfile()));
    const { provider, selection } = await page('<approach-comparator layout="table"></approach-comparator>');
    await until(() => !!selection().profile, 'the stored profile');
    const root = provider.querySelector('approach-comparator')!.shadowRoot!;
    await until(() => root.querySelectorAll('thead th[scope="col"]:not(.corner)').length === 4, 'four columns');
    const heads = [...root.querySelectorAll('thead th[scope="col"]:not(.corner)')].map((th) => text(th).replace(/ Actief$/, ''));
    expect(heads).to.deep.equal(['Community Development', 'Community Building', 'Community Organizing', 'Onze praktijk Eigen inschatting']);
    for (const tr of root.querySelectorAll<HTMLTableRowElement>('tr[data-id]')) {
      const cells = [...tr.querySelectorAll('td .weight__text')].map(text);
      const w = WEIGHTS[tr.dataset.id!];
      expect(cells[3], tr.dataset.id).to.equal(w ? `${['aanwezig', 'duidelijk', 'centraal'][w - 1]} (${w} van 3)` : 'niet benadrukt');
    }
    expect(text(root.querySelector('caption'))).to.equal('Vergelijking van Community Development, Community Building, Community Organizing en Onze praktijk');
    expect(text(root.querySelector('.legend__own'))).to.include('de eigen inschatting van het team');
    await expect(provider.querySelector('approach-comparator')!).to.be.accessible();
    // Its exported picture has the column too, its head saying it is the team's own.
    const svg = new DOMParser().parseFromString(await provider.querySelector('approach-comparator')!.toSVG(), 'image/svg+xml');
    const said = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    expect(said).to.include('Onze praktijk');
    expect(said).to.include('(eigen inschatting)');
    // Deleting the profile takes the column away, and clears it from storage.
    selection().setProfile!(null);
    await until(() => root.querySelectorAll('thead th[scope="col"]:not(.corner)').length === 3, 'three columns');
    await until(() => localStorage.getItem(key) === null, 'the stored profile deleted');
  });

  it('shows on a card as "in onze praktijk: duidelijk" and emphasises or dims the card by its weights', async () => {
    const { provider, selection } = await page(
      '<factor-card factor="informality"></factor-card><factor-card factor="capacity-to-act"></factor-card>',
    );
    const [informality, capacity] = [...provider.querySelectorAll('factor-card')];
    await until(() => !!informality.shadowRoot?.querySelector('.card'), 'the cards');
    expect(informality.shadowRoot!.querySelector('[data-source="profile"]')).to.equal(null);
    // Set as the profile element would: the provider keeps it in this browser.
    selection().setProfile!(teamProfile());
    selection().setApproach(PROFILE_SOURCE_ID);
    await until(() => !!informality.shadowRoot!.querySelector('.approaches__item[data-source="profile"]'), 'the team\'s row');
    const row = informality.shadowRoot!.querySelector('.approaches__item[data-source="profile"]')!;
    expect(text(row)).to.equal('Onze praktijk duidelijk (2 van 3) Eigen inschatting');
    await until(() => text(informality.shadowRoot!.querySelector('[part~="active-note"]')).startsWith('in onze praktijk'), 'the note');
    expect(text(informality.shadowRoot!.querySelector('[part~="active-note"]'))).to.equal('in onze praktijk: duidelijk Eigen inschatting');
    expect(informality.shadowRoot!.querySelector('.card--emphasised')).to.exist;
    await expect(informality).to.be.accessible();
    const card = new DOMParser().parseFromString(await informality.toSVG(), 'image/svg+xml');
    expect([...card.querySelectorAll('text')].map((t) => t.textContent).join(' ')).to.include('Onze praktijk (eigen inschatting)');
    // Unanswered in the profile: dimmed, and the team's row says no weight.
    expect(capacity.shadowRoot!.querySelector('.card--dimmed')).to.exist;
    expect(text(capacity.shadowRoot!.querySelector('.approaches__item[data-source="profile"]'))).to.equal('Onze praktijk niet benadrukt Eigen inschatting');
    await until(() => localStorage.getItem(key) !== null, 'kept in storage');
    expect(JSON.parse(localStorage.getItem(key)!).practice.name).to.equal('Buurtteam Oost-Geheim');
  });

  it('never goes into a link, and nothing leaves the page', async () => {
    const calls: string[] = [];
    const originals = { fetch: window.fetch, open: XMLHttpRequest.prototype.open, beacon: navigator.sendBeacon };
    window.fetch = ((...args: Parameters<typeof fetch>) => {
      calls.push(`fetch ${String(args[0])}`);
      return originals.fetch.apply(window, args);
    }) as typeof fetch;
    XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
      calls.push(`xhr ${String(args[1])}`);
      return (originals.open as (...a: unknown[]) => void).apply(this, args);
    } as typeof XMLHttpRequest.prototype.open;
    navigator.sendBeacon = (url: string | URL) => (calls.push(`beacon ${String(url)}`), true);
    const resourcesBefore = performance.getEntriesByType('resource').length;
    try {
      const { provider, selection } = await page('<tree-infographic></tree-infographic>', 'deep-link="profiel"');
      calls.length = 0;
      selection().setProfile!(teamProfile());
      selection().setApproach(PROFILE_SOURCE_ID);
      await until(() => selection().approach === PROFILE_SOURCE_ID && !!selection().profile, 'the profile active');
      await until(() => localStorage.getItem(key) !== null, 'kept');
      await provider.querySelector('tree-infographic')!.updateComplete;
      expect(selection().link).to.be.a('string');
      expect(selection().link).not.to.include('practice');
      expect(selection().link).not.to.include('Buurtteam');
      expect(location.href).not.to.include('practice');
      selection().setProfile!(null);
      await until(() => localStorage.getItem(key) === null, 'deleted');
      expect(calls).to.deep.equal([]);
      // Loading the store's code is all the page may ask its own server for: nothing with the team's words in it.
      const asked = performance.getEntriesByType('resource').slice(resourcesBefore).map((e) => e.name);
      for (const url of asked) expect(url).not.to.include('Buurtteam');
    } finally {
      window.fetch = originals.fetch;
      XMLHttpRequest.prototype.open = originals.open;
      navigator.sendBeacon = originals.beacon;
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('keeps a corrupt stored value aside and says so, losing nothing', async () => {
    localStorage.setItem(key, '{"format":"wat-werkt-practice/1","goals":');
    const { selection } = await page('<factor-card factor="informality"></factor-card>');
    await until(() => !!selection().profileProblem, 'the problem said');
    const problem = selection().profileProblem!;
    expect(problem.state).to.equal('corrupt');
    if (problem.state !== 'corrupt') return;
    expect(problem.issues[0].code).to.equal('invalid-json');
    expect(localStorage.getItem(problem.keptAs)).to.equal('{"format":"wat-werkt-practice/1","goals":');
    expect(selection().profile ?? null).to.equal(null);
  });
});
