// The page-load floor, beside "page load → tree painted" (load.js): the same page without the
// library. Navigation start (time 0) until one line of text is painted, the line written after
// `?data=<url of a dossier>` has been fetched, read and parsed as JSON, as the provider does
// before it validates; with no `?data=`, at once (an empty page). What no implementation of the
// elements can go below on this machine: a target under it is a target for the machine.
import { afterPaint, fail, finish, treeItems } from './harness.js';

const data = new URLSearchParams(location.search).get('data');
try {
  const line = document.createElement('p');
  let parsed;
  let items;
  if (data) {
    const response = await fetch(data);
    const dossier = JSON.parse(await response.text());
    parsed = performance.now();
    items = treeItems(dossier);
    line.textContent = `${items} items`;
  } else line.textContent = 'Wat werkt bij samenlevingsopbouw';
  document.body.append(line);
  const painted = await afterPaint();
  performance.mark('bench:end');
  finish({ painted, parsed, items });
} catch (error) {
  fail(error);
}
