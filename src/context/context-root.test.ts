import { ContextEvent, createContext } from '@lit/context';
import { expect } from '@open-wc/testing';
import { PendingContextRequests } from './context-root.js';

const context = createContext<string>(Symbol('test-context'));
const other = createContext<string>(Symbol('other-context'));

/** What a provider of `ctx` on `host` says when it connects. */
const providerEvent = (ctx: unknown, host: Element) =>
  Object.assign(new Event('context-provider', { bubbles: true, composed: true }), { context: ctx, contextTarget: host });

/** Answers every request for `ctx` that reaches `host`, as a provider does. */
function answer(host: HTMLElement, ctx: unknown, value: string): void {
  host.addEventListener('context-request', (e) => {
    if (e.context !== ctx) return;
    e.stopPropagation();
    e.callback(value);
  });
}

describe('PendingContextRequests (late providers)', () => {
  let page: HTMLElement;
  let root: PendingContextRequests;
  beforeEach(() => {
    page = document.createElement('div');
    document.body.append(page);
    root = new PendingContextRequests();
    root.attach(page);
  });
  afterEach(() => page.remove());

  it('asks again for the consumers still in the page when a provider appears, and only for its context', () => {
    const wrapper = page.appendChild(document.createElement('section'));
    const [stays, leaves, elsewhere] = [0, 1, 2].map(() => wrapper.appendChild(document.createElement('span')));
    const got: string[] = [];
    stays.dispatchEvent(new ContextEvent(context, stays, (v) => got.push(`stays:${v}`), true));
    leaves.dispatchEvent(new ContextEvent(context, leaves, (v) => got.push(`leaves:${v}`), true));
    elsewhere.dispatchEvent(new ContextEvent(other, elsewhere, (v) => got.push(`other:${v}`), true));
    leaves.remove();

    answer(wrapper, context, 'late');
    wrapper.dispatchEvent(providerEvent(context, wrapper));

    expect(got).to.deep.equal(['stays:late']);
    // The request for the other context still waits.
    expect(root.size).to.equal(1);
  });

  it('holds nothing for elements that have left the page, and a request once', () => {
    for (let i = 0; i < 50; i++) {
      const el = page.appendChild(document.createElement('span'));
      el.dispatchEvent(new ContextEvent(context, el, () => {}, true));
      el.remove();
    }
    const el = page.appendChild(document.createElement('span'));
    const callback = () => {};
    el.dispatchEvent(new ContextEvent(context, el, callback, true));
    el.dispatchEvent(new ContextEvent(context, el, callback, true));
    expect(root.size).to.equal(1);
  });

  it('ignores one-off requests: they want a value now or never', () => {
    const el = page.appendChild(document.createElement('span'));
    el.dispatchEvent(new ContextEvent(context, el, () => {}, false));
    expect(root.size).to.equal(0);
  });
});
