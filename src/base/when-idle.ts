/**
 * Runs `work` when the browser is idle (within 2 s), or after a short wait where the page has no
 * working pair of `requestIdleCallback` and `cancelIdleCallback`. Both are checked: a host page may
 * polyfill only one of them, and some engines (WebKitGTK) have the first without the second, where
 * cancelling would throw a ReferenceError on disconnect. Returns a function that cancels the work.
 */
export function whenIdle(work: () => void): () => void {
  const g = globalThis as typeof globalThis & Partial<Pick<Window, 'requestIdleCallback' | 'cancelIdleCallback'>>;
  if (typeof g.requestIdleCallback === 'function' && typeof g.cancelIdleCallback === 'function') {
    const request = g.requestIdleCallback;
    const cancel = g.cancelIdleCallback;
    const id = request(work, { timeout: 2000 });
    return () => cancel(id);
  }
  const id = setTimeout(work, 200);
  return () => clearTimeout(id);
}
