// A host page may polyfill requestIdleCallback without cancelIdleCallback (and WebKitGTK has had the
// first without the second): removing an element with idle work pending must not throw there.
import { expect, fixture, html } from '@open-wc/testing';
import '../define/tree-infographic.js';
import { until } from '../../test/helpers.js';
import type { TreeInfographic } from '../components/tree-infographic/tree-infographic.js';
import { whenIdle } from './when-idle.js';

type IdleGlobals = Partial<Pick<Window, 'requestIdleCallback' | 'cancelIdleCallback'>>;

/** Runs `body` on a page with a requestIdleCallback that never calls back, and no cancelIdleCallback. */
async function withoutCancelIdleCallback(body: () => Promise<void>): Promise<void> {
  const w = window as unknown as IdleGlobals;
  const { requestIdleCallback, cancelIdleCallback } = w;
  w.requestIdleCallback = () => 0;
  delete w.cancelIdleCallback;
  try {
    await body();
  } finally {
    w.requestIdleCallback = requestIdleCallback;
    w.cancelIdleCallback = cancelIdleCallback;
  }
}

describe('whenIdle', () => {
  it('runs the work, and cancels it, on a page with requestIdleCallback but no cancelIdleCallback', async () => {
    await withoutCancelIdleCallback(async () => {
      let ran = 0;
      whenIdle(() => ran++);
      const cancel = whenIdle(() => (ran += 10));
      expect(() => cancel()).not.to.throw();
      await until(() => ran > 0, 'the work to run');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(ran, 'the first ran once, the cancelled one never').to.equal(1);
    });
  });

  it('lets a tree be removed before the browser is idle on such a page, and the page hears no error', async () => {
    const heard: string[] = [];
    const listener = (event: ErrorEvent) => {
      heard.push(event.message);
      event.preventDefault();
    };
    window.addEventListener('error', listener);
    try {
      await withoutCancelIdleCallback(async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"><tree-infographic></tree-infographic></div>`);
        const el = wrapper.querySelector<TreeInfographic>('tree-infographic')!;
        await until(() => !!el.shadowRoot?.querySelector('svg .node--item'), 'the tree to be drawn');
        await el.updateComplete;
        el.remove();
        wrapper.remove();
      });
    } finally {
      window.removeEventListener('error', listener);
    }
    expect(heard).to.deep.equal([]);
  });
});
