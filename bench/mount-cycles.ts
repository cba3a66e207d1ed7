/**
 * Mounts and removes an element many times and measures the JavaScript heap around it: the
 * lifecycle check of issue #7 ("1,000 mount/unmount cycles of each element do not grow the
 * heap beyond a small bound"), meant for the benchmark rather than the timed tests.
 *
 * Runs in the page. For numbers worth comparing, start Chromium with
 * `--js-flags=--expose-gc --enable-precise-memory-info`: then `window.gc()` runs before each
 * measurement and `performance.memory` is exact (otherwise it is rounded and `precise` is false).
 *
 *   import { mountCycles } from './mount-cycles.js';
 *   const result = await mountCycles(() => {
 *     const provider = document.createElement('dossier-provider');
 *     provider.append(document.createElement('factor-grid'));
 *     return provider;
 *   }, { cycles: 1000 });
 *   // result.growthPerCycle: bytes retained per cycle after garbage collection
 */

export interface MountCyclesOptions {
  /** How many times to mount and remove (default 1,000). */
  cycles?: number;
  /** Cycles before measuring, to fill caches and compile code (default 20). */
  warmup?: number;
  /** Where to mount (default document.body). */
  container?: ParentNode;
  /** Waits until a mounted element is rendered (default: its updateComplete and its children's, then a frame). */
  settle?: (element: HTMLElement) => Promise<unknown>;
}

export interface MountCyclesResult {
  cycles: number;
  /** Bytes of JS heap in use before and after, each after garbage collection when `precise`. */
  heapBefore: number;
  heapAfter: number;
  growth: number;
  growthPerCycle: number;
  /** Whether gc() and precise memory figures were available. */
  precise: boolean;
  /** Elements left in the container that were not there before (should be 0). */
  leftover: number;
  ms: number;
}

type MemoryInfo = { usedJSHeapSize: number };

async function defaultSettle(element: HTMLElement): Promise<void> {
  const all = [element, ...Array.from(element.querySelectorAll('*'))];
  await Promise.all(all.map((el) => (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete));
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/**
 * The heap in use after garbage collection, once the browser has been idle: work an element left
 * scheduled when it was removed (an idle callback, a timer, a frame) holds on to it until it has
 * run, and on a busy machine a reading taken before then counted elements that were about to go
 * (hundreds of kB, in either reading: growth of −296 to +572 kB where a quiet machine gave 60–100).
 */
async function heap(): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  const idle = () => new Promise((resolve) => (globalThis.requestIdleCallback ?? setTimeout)(() => resolve(undefined), { timeout: 1000 }));
  for (let i = 0; i < 3; i++) await idle();
  for (let i = 0; i < 3; i++) {
    gc?.();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return (performance as Performance & { memory?: MemoryInfo }).memory?.usedJSHeapSize ?? NaN;
}

export async function mountCycles(make: () => HTMLElement, options: MountCyclesOptions = {}): Promise<MountCyclesResult> {
  const { cycles = 1000, warmup = 20, container = document.body, settle = defaultSettle } = options;
  const before = container.childNodes.length;
  const once = async () => {
    const element = make();
    container.appendChild(element);
    await settle(element);
    element.remove();
  };
  for (let i = 0; i < warmup; i++) await once();
  const heapBefore = await heap();
  const start = performance.now();
  for (let i = 0; i < cycles; i++) await once();
  const ms = performance.now() - start;
  const heapAfter = await heap();
  const growth = heapAfter - heapBefore;
  return {
    cycles,
    heapBefore,
    heapAfter,
    growth,
    growthPerCycle: growth / cycles,
    precise: typeof (globalThis as { gc?: unknown }).gc === 'function',
    leftover: container.childNodes.length - before,
    ms,
  };
}
