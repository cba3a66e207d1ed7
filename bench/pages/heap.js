// 1,000 mount/unmount cycles of each element, alone (with the built-in dossier), measured by
// bench/mount-cycles.ts (compiled to bench/tmp/mount-cycles.js). Each cycle waits until the
// element is rendered: every update done, a frame, and for <tree-infographic> its drawing.
import '/bench/tmp/dist/cdn/wat-werkt.js';
import { mountCycles } from '/bench/tmp/mount-cycles.js';
import { drawing, litElements, nextFrame, settled } from './harness.js';

async function settle(element) {
  for (let i = 0; i < 120; i++) {
    await settled([element, ...litElements(element.shadowRoot ?? element)]);
    await nextFrame();
    if (element.localName !== 'tree-infographic' || drawing(element)) return;
  }
  throw new Error(`<${element.localName}> was not drawn`);
}

window.heapCheck = async (tag, cycles, warmup) => {
  const container = document.createElement('div');
  document.body.append(container);
  // <factor-card> alone, without a factor, warns on the console; give it one.
  const make = () => {
    const el = document.createElement(tag);
    if (tag === 'factor-card') el.setAttribute('factor', 'informality');
    return el;
  };
  const result = await mountCycles(make, { cycles, warmup, container, settle });
  container.remove();
  return result;
};
window.benchReady = true;
