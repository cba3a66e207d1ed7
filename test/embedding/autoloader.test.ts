import { expect } from '@open-wc/testing';
import { shadowText, until } from '../helpers.js';
import { openFrame } from './frame.js';

/** The element modules (src/define/*) the frame has requested. */
const definitionsLoaded = (frame: HTMLIFrameElement) =>
  frame
    .contentWindow!.performance.getEntriesByType('resource')
    .map((entry) => /\/src\/define\/([a-z-]+)\.ts/.exec(entry.name)?.[1])
    .filter((name): name is string => !!name)
    .sort();

describe('the autoloader (dist/cdn/autoloader.js)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('loads only the elements on the page, and one added later when it appears', async () => {
    const frame = await openFrame('/test/embedding/pages/autoload.html');
    const win = frame.contentWindow!;
    const doc = frame.contentDocument!;
    await until(() => !!win.customElements.get('factor-card'), 'the card to be defined', 8000);
    await until(() => shadowText(doc.querySelector('factor-card')!).includes('Informaliteit'), 'the card to render', 8000);
    expect(definitionsLoaded(frame)).to.deep.equal(['factor-card']);
    expect(win.customElements.get('tree-infographic')).to.equal(undefined);
    expect(win.customElements.get('dossier-provider')).to.equal(undefined);

    // Added later, deep in a new subtree: loaded on demand.
    const box = doc.createElement('section');
    box.innerHTML = '<div><tree-infographic></tree-infographic></div>';
    doc.body.append(box);
    await until(() => !!win.customElements.get('tree-infographic'), 'the tree to be defined', 8000);
    await until(() => !!doc.querySelector('tree-infographic')!.shadowRoot?.querySelector('svg'), 'the tree to draw', 8000);
    expect(definitionsLoaded(frame)).to.deep.equal(['factor-card', 'tree-infographic']);
  });
});
