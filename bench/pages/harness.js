// Measuring helpers shared by the benchmark pages.
//
// "Painted" means: the first frame that renders the finished DOM has run its style, layout and
// paint on the main thread. Every frame starts a requestAnimationFrame loop (below) that marks
// it as running and posts a user-blocking task, which runs right after the frame's paint. When
// the DOM is finished inside a frame (in a rAF, ResizeObserver or microtask of it), the painted
// time is when that frame's posted task runs; when it is finished outside a frame, it is the
// same task of the next frame. Rasterisation and compositing, off the main thread, are not
// included; nor is waiting for the display's refresh after the frame.

const post = (fn) =>
  globalThis.scheduler?.postTask
    ? globalThis.scheduler.postTask(fn, { priority: 'user-blocking' })
    : setTimeout(fn, 0);

export const frame = { inside: false, count: 0 };
function loop() {
  frame.inside = true;
  frame.count++;
  post(() => (frame.inside = false));
  requestAnimationFrame(loop);
}
requestAnimationFrame(loop);

/** Resolves with performance.now() when the DOM as it is now has been painted (see above). */
export function afterPaint() {
  return new Promise((resolve) => {
    const done = () => post(() => resolve(performance.now()));
    if (frame.inside) done();
    else requestAnimationFrame(done);
  });
}

/** Resolves inside the next frame's requestAnimationFrame callbacks, with the time. */
export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));

/** Every Lit element in `root`, through shadow roots. */
export function litElements(root = document) {
  const out = [];
  const walk = (r) => {
    for (const el of r.querySelectorAll('*')) {
      if ('updateComplete' in el) out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return out;
}

/** Waits until none of `elements` has an update pending. */
export async function settled(elements) {
  for (let i = 0; i < 50; i++) {
    await Promise.all(elements.map((el) => el.updateComplete));
    if (!elements.some((el) => el.isUpdatePending)) return;
  }
  throw new Error('elements never settled');
}

/** The drawing of a <tree-infographic>, once there is one. */
export const drawing = (tree) => tree.shadowRoot?.querySelector('svg.ww-tree--screen') ?? null;

/** How many items a dossier's tree holds. */
export const treeItems = (d) => d.tree.parts.reduce((n, p) => n + d[p.holds].length, 0);

/**
 * Whether a large tree's drawing, which holds only the items in its window (`data-window="top
 * bottom"`, in the drawing's units), has drawn the whole part of it that is on screen.
 */
function coversScreen(svg) {
  const win = svg.getAttribute('data-window')?.split(' ').map(Number);
  if (!win) return false;
  const box = svg.getBoundingClientRect();
  const scale = svg.viewBox.baseVal.height / box.height;
  const top = Math.max(0, -box.top * scale);
  const bottom = Math.min(svg.viewBox.baseVal.height, (innerHeight - box.top) * scale);
  return bottom <= top || (win[0] <= top && win[1] >= bottom);
}

/**
 * Resolves when the tree's drawing holds `expected()` items and has been painted:
 * { dom } when the update that finished it completed, { painted } after its frame.
 */
export function treePainted(tree, expected) {
  return new Promise((resolve) => {
    let waiting = false;
    const check = () => {
      if (waiting) return;
      const svg = drawing(tree);
      const want = expected();
      if (!svg || want === undefined) return;
      const dom = performance.now();
      waiting = true;
      afterPaint().then((painted) => {
        const items = svg.querySelectorAll('.node--item').length;
        if (items >= want || coversScreen(svg)) resolve({ dom, painted, items, nodes: svg.querySelectorAll('*').length });
        else waiting = false;
      });
    };
    tree.addController({ hostUpdated: check });
    check();
  });
}

/** Collects uncaught errors and console errors, for the report. */
export const problems = [];
addEventListener('error', (e) => problems.push(String(e.message)));
addEventListener('unhandledrejection', (e) => problems.push(String(e.reason)));
const consoleError = console.error;
console.error = (...args) => {
  problems.push(args.map(String).join(' ').slice(0, 300));
  consoleError.apply(console, args);
};

/**
 * The line a page logs when its result is published. The runner listens for it on the console,
 * which runs nothing in the page: polling with page.evaluate made Playwright compile its helper
 * script on the page's main thread (~25 ms), in the middle of a load being measured.
 */
export const DONE = 'bench:done';

/** Publishes a page's result for the benchmark runner. */
export function finish(result) {
  window.benchResult = { ...result, problems: [...problems] };
  console.info(DONE);
}
export function fail(error) {
  window.benchResult = { error: String(error?.stack ?? error), problems: [...problems] };
  console.info(DONE);
}
