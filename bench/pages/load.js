// Page load to tree painted: navigation start (time 0) until the frame that first shows every
// item of the dossier in the tree's drawing has been painted.
import { fail, finish, treeItems, treePainted } from './harness.js';

const provider = document.querySelector('dossier-provider');
let items;
let loaded;
provider.addEventListener('dossier-load', (event) => {
  loaded = performance.now();
  items = treeItems(event.detail.dossier);
});
provider.addEventListener('dossier-error', (event) => fail(JSON.stringify(event.detail.error.issues.slice(0, 3))));

try {
  await customElements.whenDefined('tree-infographic');
  const script = performance.now();
  const tree = document.querySelector('tree-infographic');
  const { dom, painted, items: drawn, nodes } = await treePainted(tree, () => items);
  performance.mark('bench:end');
  const nav = performance.getEntriesByType('navigation')[0];
  const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
  const resources = Object.fromEntries(
    performance.getEntriesByType('resource').map((r) => [r.name.replace(location.origin, ''), [Math.round(r.startTime), Math.round(r.responseEnd)]]),
  );
  finish({ items, drawn, nodes, html: nav.responseEnd, script, loaded, dom, painted, fcp, layouts: tree.layoutCount, resources });
} catch (error) {
  fail(error);
}
