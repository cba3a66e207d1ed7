// Approach change on the demo page (index.html, running the CDN build): at the beginning of a
// frame the provider's `approach` is set, as a host page or an element does; the time runs until
// every Lit element on the page (through shadow roots) has finished its update and that frame
// has been painted (see harness.js). Each page load makes `?changes=` changes, cycling through
// the approaches and back to none, each once the transitions of the one before have ended.
// `?scroll=<selector>` first scrolls that element to the top of the viewport (what is in view is
// what gets restyled, laid out and painted); `?visibility=auto` sets the opt-in
// `--ww-content-visibility: auto` (docs/THEMING.md, "Long pages"), which skips elements off screen.
import { afterPaint, drawing, fail, finish, litElements, nextFrame, settled, treeItems, treePainted } from './harness.js';

const params = new URLSearchParams(location.search);
const changes = Number(params.get('changes') ?? 8);
const provider = document.querySelector('dossier-provider');
// ?only=<tag>: keep that element alone on the page (for profiling one element's share).
const only = params.get('only');
// ?contain=<value>: CSS containment on every element (an experiment, not what the library does).
if (params.get('contain')) {
  const style = document.createElement('style');
  style.textContent = `tree-infographic, approach-comparator, factor-grid, factor-card, dossier-overview { contain: ${params.get('contain')}; }`;
  document.head.append(style);
}
if (params.get('visibility')) provider.style.setProperty('--ww-content-visibility', params.get('visibility'));
if (only) for (const section of provider.querySelectorAll('section')) if (!section.querySelector(only)) section.remove();
const loaded = new Promise((resolve) => provider.addEventListener('dossier-load', (e) => resolve(e.detail.dossier), { once: true }));

try {
  await customElements.whenDefined('tree-infographic');
  const dossier = await loaded;
  const tree = document.querySelector('tree-infographic');
  if (tree && !drawing(tree)) await treePainted(tree, () => treeItems(dossier));
  const scroll = params.get('scroll');
  if (scroll) document.querySelector(scroll).scrollIntoView({ block: 'start' });
  const elements = litElements();
  await settled(elements);
  for (let i = 0; i < 5; i++) await nextFrame();
  const ids = [...dossier.approaches.map((a) => a.id), null];
  const samples = [];
  for (let i = 0; i < changes; i++) {
    const approach = ids[i % ids.length];
    const t0 = await new Promise((resolve) =>
      requestAnimationFrame(() => {
        const t = performance.now();
        if (i) performance.mark('bench:start');
        provider.approach = approach;
        resolve(t);
      }),
    );
    await settled(elements);
    const updated = performance.now();
    const painted = await afterPaint();
    if (i) performance.mark('bench:end');
    samples.push({ approach, ms: painted - t0, updated: updated - t0 });
    // Every element shows it: the tree marks the approach's node, the comparator its column.
    const current = tree && (drawing(tree).querySelector('[data-current]')?.getAttribute('data-key') ?? null);
    if (tree && approach && current !== approach) throw new Error(`the tree does not show ${approach} as current (${current})`);
    // As a user would, change again only after the transitions this change started have ended.
    for (let f = 0; f < 120 && document.getAnimations().length; f++) await nextFrame();
    for (let f = 0; f < 3; f++) await nextFrame();
  }
  finish({ elements: elements.length, samples });
} catch (error) {
  fail(error);
}
