import { expect } from '@open-wc/testing';
import { readLinkedState, writeLinkedState } from '../../src/context/deep-link.js';
import type { DossierProvider } from '../../src/components/dossier-provider/dossier-provider.js';
import { until } from '../helpers.js';
import { openFrame, providersReady } from './frame.js';

const PAGE = '/test/embedding/pages/deep-link.html';

type Provider = DossierProvider & { linkedApproach: string | null; linkedItem: { id: string } | null };

function providers(frame: HTMLIFrameElement) {
  const doc = frame.contentDocument!;
  return { first: doc.getElementById('first') as Provider, second: doc.getElementById('second') as Provider };
}

const panelOf = (frame: HTMLIFrameElement) =>
  frame.contentDocument!.querySelector('tree-infographic')!.shadowRoot!.querySelector<HTMLElement>('[part~="panel"]');

describe('deep links (<dossier-provider deep-link>)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('reads and writes its own pairs of the fragment, leaving the rest alone', () => {
    expect(readLinkedState('#top&a.approach=x&b.item=y&a.item=z', 'a')).to.deep.equal({ approach: 'x', item: 'z' });
    expect(readLinkedState('#top', 'a')).to.deep.equal({ approach: null, item: null });
    expect(writeLinkedState('#top&b.item=y&a.item=old', 'a', { approach: 'x', item: null })).to.equal('#top&b.item=y&a.approach=x');
    expect(writeLinkedState('#a.item=old', 'a', { approach: null, item: null })).to.equal('');
  });

  it('a URL opened fresh shows its state: approach, the item selected with its details open and in view; each provider its own', async () => {
    const frame = await openFrame(`${PAGE}#a.approach=community-organizing&a.item=difference-conflict&b.approach=community-building`);
    const entries = frame.contentWindow!.history.length; // the session's, the test page's own included
    await providersReady(frame);
    const { first, second } = providers(frame);
    await until(() => first.linkedItem?.id === 'difference-conflict', 'the linked item to be selected');
    expect(first.approach).to.equal('community-organizing');
    expect(second.approach).to.equal('community-building');
    expect(second.linkedItem).to.equal(null);
    await until(() => panelOf(frame)?.dataset.for === 'difference-conflict', 'the tree to open the panel');
    await until(() => {
      const box = panelOf(frame)!.getBoundingClientRect();
      return box.top < frame.contentWindow!.innerHeight && box.bottom > 0;
    }, 'the details to be scrolled into view');
    // Showing what the URL says adds no history entry of its own.
    expect(frame.contentWindow!.history.length).to.equal(entries);
  });

  it('each selection is a history entry; back and forward step through them; the other provider keeps its pairs', async () => {
    const frame = await openFrame(`${PAGE}#b.item=informality`);
    await providersReady(frame);
    const win = frame.contentWindow!;
    const { first, second } = providers(frame);
    await until(() => second.linkedItem?.id === 'informality', 'the second provider to restore');
    const cards = () => [...frame.contentDocument!.querySelector('factor-grid')!.shadowRoot!.querySelectorAll('factor-card')];
    await until(() => cards().length > 2, 'the grid');
    const pick = async (index: number) => {
      const button = cards()[index].shadowRoot!.querySelector<HTMLButtonElement>('[part~="select-button"]')!;
      button.click();
      await until(() => first.linkedItem?.id === cards()[index].getAttribute('factor'), 'the selection');
      await first.updateComplete;
    };
    await pick(0);
    const firstId = cards()[0].getAttribute('factor')!;
    expect(readLinkedState(win.location.hash, 'a').item).to.equal(firstId);
    await pick(1);
    const secondId = cards()[1].getAttribute('factor')!;
    expect(readLinkedState(win.location.hash, 'a').item).to.equal(secondId);
    expect(readLinkedState(win.location.hash, 'b').item, 'the other provider clobbered').to.equal('informality');

    // Two steps back stay in the frame's own two entries only while the browser keeps them: a Chromium
    // tab whose history is full drops them first (test/server/engines.mjs clears it before each file).
    win.history.back();
    await until(() => first.linkedItem?.id === firstId, 'back to the first selection');
    expect(second.linkedItem?.id).to.equal('informality');
    win.history.back();
    await until(() => first.linkedItem === null, 'back to no selection');
    win.history.forward();
    await until(() => first.linkedItem?.id === firstId, 'forward again');
  });

  it('warns when two providers share a key', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    await import('../../src/define/dossier-provider.js');
    const box = document.createElement('div');
    box.innerHTML = '<dossier-provider deep-link="same"></dossier-provider><dossier-provider deep-link="same"></dossier-provider><dossier-provider deep-link="other"></dossier-provider>';
    try {
      document.body.append(box);
      expect(warnings.map(String)).to.deep.equal(['[wat-werkt] two <dossier-provider deep-link> use the key "same" in the URL: give each its own (deep-link="…").']);
    } finally {
      box.remove();
      console.warn = warn;
    }
  });

  it('the detail panel has a "copy link" button that copies (or offers) the link to this selection', async () => {
    const frame = await openFrame(`${PAGE}#a.item=informality`);
    await providersReady(frame);
    await until(() => !!panelOf(frame)?.querySelector('[part~="copy-link-button"]'), 'the copy-link button');
    const panel = panelOf(frame)!;
    const button = panel.querySelector<HTMLButtonElement>('[part~="copy-link-button"]')!;
    expect(button.textContent).to.contain('Link naar deze selectie kopiëren');
    button.click();
    await until(() => !!panel.querySelector('.copy-link__status')?.textContent || !!panel.querySelector('.copy-link__manual input'), 'an outcome');
    const manual = panel.querySelector<HTMLInputElement>('.copy-link__manual input');
    // Where the clipboard is refused (headless, no permission), the link is offered to copy by hand.
    if (manual) expect(manual.value).to.equal(frame.contentWindow!.location.href);
    else expect(panel.querySelector('.copy-link__status')!.textContent).to.equal('Link gekopieerd.');
    expect(frame.contentWindow!.location.href).to.contain('a.item=informality');
  });
});
