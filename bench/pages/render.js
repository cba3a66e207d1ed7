// The tree's render time against the browser's own floor, both started at the beginning of a
// frame (inside a requestAnimationFrame callback) and ended when painted (see harness.js):
//
// ?mode=tree    a <tree-infographic> appended to a <dossier-provider> whose dossier is already
//               loaded and validated: the tree's own work (layout, text measuring, templates,
//               DOM, style, layout and paint), including any frames it waits for.
// ?mode=static  the same finished markup (the tree's whole shadow DOM, the SVG with everything
//               around it, Lit's comment markers removed), after a <style> with the tree's own
//               CSS, set as one string with innerHTML into a shadow root: parsing (markup and
//               CSS), style, layout, paint.
// ?mode=capture renders the tree and returns that markup, for ?mode=static.
//
// Each page measures twice: first in a fresh page (as a visitor's first view: code not yet
// compiled, templates not yet prepared, fonts not yet loaded), then again after removing the
// first (`warm`).
import '/bench/tmp/dist/cdn/wat-werkt.js';
import { afterPaint, fail, finish, nextFrame, treeItems, treePainted } from './harness.js';

const params = new URLSearchParams(location.search);
const mode = params.get('mode');
const data = params.get('data');

async function readyProvider() {
  const dossier = await (await fetch(data)).json();
  const provider = document.createElement('dossier-provider');
  provider.dossier = dossier;
  const loaded = new Promise((resolve) => provider.addEventListener('dossier-load', resolve, { once: true }));
  document.body.append(provider);
  await loaded;
  return { provider, items: treeItems(dossier) };
}

/** Starts `work` at the beginning of a frame; resolves with its start time. */
const atFrameStart = (work) =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const t0 = performance.now();
      performance.mark('bench:start');
      work();
      resolve(t0);
    }),
  );

try {
  for (let i = 0; i < 3; i++) await nextFrame();
  if (mode === 'tree' || mode === 'capture') {
    const { provider, items } = await readyProvider();
    /** One tree appended at the start of a frame, until painted. */
    const once = async () => {
      for (let i = 0; i < 3; i++) await nextFrame();
      const tree = document.createElement('tree-infographic');
      const painted = treePainted(tree, () => items);
      const t0 = await atFrameStart(() => provider.append(tree));
      const result = await painted;
      performance.mark('bench:end');
      return { tree, ms: result.painted - t0, dom: result.dom - t0, nodes: result.nodes };
    };
    const first = await once();
    const markup = mode === 'capture' ? first.tree.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, '') : undefined;
    // Then a second tree, after removing the first: code compiled, templates and fonts ready.
    first.tree.remove();
    const again = await once();
    finish({ mode, items, ms: first.ms, dom: first.dom, nodes: first.nodes, warm: again.ms, markup });
  } else if (mode === 'static') {
    // The tree's style sheets go in as a <style> element of the same string: parsing them is part
    // of the floor, as creating them is part of the tree's first render.
    const css = customElements.get('tree-infographic').elementStyles.map((s) => s.cssText).join('\n');
    const markup = `<style>${css}</style>${await (await fetch(params.get('markup'))).text()}`;
    const once = async () => {
      const host = document.createElement('div');
      host.className = 'static-tree';
      document.body.append(host);
      const root = host.attachShadow({ mode: 'open' });
      for (let i = 0; i < 3; i++) await nextFrame();
      const t0 = await atFrameStart(() => (root.innerHTML = markup));
      const painted = await afterPaint();
      performance.mark('bench:end');
      return { host, ms: painted - t0, nodes: root.querySelector('svg.ww-tree--screen')?.querySelectorAll('*').length ?? 0 };
    };
    const first = await once();
    first.host.remove();
    const again = await once();
    finish({ mode, ms: first.ms, nodes: first.nodes, warm: again.ms });
  } else throw new Error(`unknown mode ${mode}`);
} catch (error) {
  fail(error);
}
