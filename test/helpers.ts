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

/** A place in a JSON value: keys and list indexes from the root. */
export type JsonPath = (string | number)[];

/** Every path in a JSON value, the root included, depth first. */
export function pathsOf(value: unknown, at: JsonPath = [], out: JsonPath[] = []): JsonPath[] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((child, i) => pathsOf(child, [...at, i], out));
  else if (value && typeof value === 'object') for (const [k, child] of Object.entries(value)) pathsOf(child, [...at, k], out);
  return out;
}

/**
 * The object or list holding what `path` leads to, and the last key, for a mutation to change it in
 * place; `undefined` for the root or when a mutation before has taken the way there away.
 */
export function holderOf(root: unknown, path: JsonPath): { holder: Record<string | number, unknown>; last: string | number } | undefined {
  if (path.length === 0) return undefined;
  let node: unknown = root;
  for (const k of path.slice(0, -1)) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[k];
  }
  return node && typeof node === 'object' ? { holder: node as Record<string | number, unknown>, last: path[path.length - 1] } : undefined;
}
