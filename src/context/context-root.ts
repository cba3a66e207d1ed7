import { ContextEvent, type Context, type ContextCallback } from '@lit/context';

type AnyContext = Context<unknown, unknown>;
/** (@lit/context declares the provider's event on HTMLElementEventMap without exporting its class.) */
type ProviderEvent = HTMLElementEventMap['context-provider'];

interface Pending {
  context: AnyContext;
  element: WeakRef<Element>;
  callback: WeakRef<ContextCallback<unknown>>;
}

/**
 * Holds the requests no provider answered, and asks again when a provider appears: a consumer in
 * the page before its provider is defined (scripts load in any order) still finds it.
 *
 * The same job as @lit/context's `ContextRoot`, which keeps every unanswered request until a
 * provider of that context appears: every standalone element, mounted and removed, added an entry
 * that stayed (about 115 bytes a mount, `npm run bench`'s heap check over 1,000 and 4,000 cycles).
 * Here a request is dropped as soon as its element has left the page (it asks again when it comes
 * back), so what is held is bounded by the consumers in the page.
 */
export class PendingContextRequests {
  #pending: Pending[] = [];

  /** How many requests are held (for tests). */
  get size(): number {
    return this.#pending.length;
  }

  attach(element: HTMLElement): void {
    element.addEventListener('context-request', this.#onRequest);
    element.addEventListener('context-provider', this.#onProvider);
  }

  #onRequest = (event: ContextEvent<AnyContext>): void => {
    // A one-off request wants the value now or never; only a subscriber waits for a provider.
    if (event.subscribe !== true) return;
    const element = event.contextTarget ?? (event.composedPath()[0] as Element);
    const { context, callback } = event;
    this.#pending = this.#pending.filter((p) => {
      const el = p.element.deref();
      const same = el === element && p.context === context && p.callback.deref() === callback;
      return el?.isConnected && !same;
    });
    this.#pending.push({ context, element: new WeakRef(element), callback: new WeakRef(callback) });
  };

  #onProvider = (event: ProviderEvent): void => {
    const asking = this.#pending.filter((p) => p.context === event.context);
    if (!asking.length) return;
    this.#pending = this.#pending.filter((p) => p.context !== event.context);
    // Asked again from where they were: the new provider answers those inside it; the others
    // come back here.
    for (const p of asking) {
      const element = p.element.deref();
      const callback = p.callback.deref();
      if (element?.isConnected && callback) element.dispatchEvent(new ContextEvent(p.context, element, callback, true));
    }
  };
}
