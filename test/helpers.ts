/** Helpers shared by the browser tests. */
import type { Dossier } from '../src/model/types.js';

const DOSSIER_URL = new URL('../data/samenlevingsopbouw.json', import.meta.url).href;
let text: Promise<string> | undefined;

/** A fresh, mutable copy of the shipped dossier. */
export async function dossierCopy(): Promise<Dossier> {
  text ??= fetch(DOSSIER_URL).then((r) => r.text());
  return JSON.parse(await text) as Dossier;
}

/** The visible text of an element's shadow root, whitespace folded. */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits until `check` returns true, polling each frame; fails after `ms`. */
export async function until(check: () => boolean, message = 'condition', ms = 4000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > ms) throw new Error(`Timed out waiting for ${message}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}
