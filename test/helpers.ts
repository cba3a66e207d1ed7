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

/** Resolves after `n` animation frames: the page has been styled, laid out and painted in between. */
export async function frames(n = 1): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Waits until `check` returns true, polling each frame; fails after `ms`. */
export async function until(check: () => boolean, message = 'condition', ms = 4000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > ms) throw new Error(`Timed out waiting for ${message}`);
    await frames();
  }
}
