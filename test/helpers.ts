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

/**
 * The labels ("Interpretation", "From the talk") visible in `root` outside its keys (`.basis-key`),
 * and what its keys say: each label with its meaning. "From the dossier" needs no key and is left out.
 */
export function basisLabels(root: ParentNode): { shown: string[]; explained: [string, string][] } {
  const fold = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const keys = [...root.querySelectorAll('.basis-key')];
  const outside = [...root.querySelectorAll('.basis:not(.basis--dossier)')].filter((b) => !keys.some((k) => k.contains(b)));
  const explained = keys.flatMap((k) => [...k.querySelectorAll('dt')].map((dt): [string, string] => [fold(dt), fold(dt.nextElementSibling)]));
  return { shown: [...new Set(outside.map(fold))].sort(), explained };
}

/** The part of a generated doc (docs/ELEMENTS.md, docs/THEMING.md) about one element: its `### \`<tag>\`` heading up to the next; '' if there is none. */
export function docSection(doc: string, tag: string): string {
  const start = doc.indexOf(`### \`<${tag}>\``);
  if (start < 0) return '';
  const end = doc.indexOf('\n### ', start + 1);
  return doc.slice(start, end < 0 ? undefined : end);
}

/** Resolves after `n` animation frames: the page has been styled, laid out and painted in between. */
export async function frames(n = 1): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
}

/**
 * Waits until `check` returns true, polling each frame; fails after `ms`, a bound on a hang only (a
 * full run in three engines on 2 busy cores made a 4 s bound fail now and then), not a speed check.
 */
export async function until(check: () => boolean, message = 'condition', ms = 20_000): Promise<void> {
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

/** What a shared mutation may put in place: the value for `replace`, `text` and `number`, the key for `add-key`. */
export interface MutationInput {
  value?: unknown;
  text?: string;
  number?: number;
  key?: string;
  /** Where `swap` takes its value from. */
  elsewhere?: JsonPath;
}

const SHARED_MUTATIONS = ['delete', 'replace', 'text', 'number', 'empty-list', 'empty-object', 'duplicate', 'add-key', 'swap', 'wrap'];

/**
 * The mutations the property tests share, made in place at `path` of `root`: `delete`, `replace`,
 * `text`, `number`, `empty-list`, `empty-object`, `duplicate` (a list's entry once more),
 * `add-key` (an own, enumerable key, even `__proto__`), `swap` (a copy of another value of the
 * document) and `wrap` (the value in a list). Returns false for any other `op`, for the test to
 * make; a path a mutation before has taken away changes nothing.
 */
export function mutateAt(root: unknown, path: JsonPath, op: string, input: MutationInput): boolean {
  if (!SHARED_MUTATIONS.includes(op)) return false;
  const found = holderOf(root, path);
  if (!found) return true;
  const { holder, last } = found;
  const target = holder[last];
  const at = (p: JsonPath) => p.reduce<unknown>((node, k) => (node && typeof node === 'object' ? (node as Record<string | number, unknown>)[k] : undefined), root);
  if (op === 'delete') {
    if (Array.isArray(holder) && typeof last === 'number') holder.splice(last, 1);
    else delete holder[last];
  } else if (op === 'replace') holder[last] = input.value;
  else if (op === 'text') holder[last] = input.text;
  else if (op === 'number') holder[last] = input.number;
  else if (op === 'empty-list') holder[last] = [];
  else if (op === 'empty-object') holder[last] = {};
  else if (op === 'duplicate') {
    if (Array.isArray(holder)) holder.push(structuredClone(target));
  } else if (op === 'add-key') {
    if (target && typeof target === 'object') Object.defineProperty(target, input.key ?? '', { value: input.value, enumerable: true, writable: true, configurable: true });
  } else if (op === 'swap') holder[last] = structuredClone(at(input.elsewhere ?? []));
  else if (op === 'wrap') holder[last] = [target];
  return true;
}

/** The channels (0–255) and alpha of a computed colour: `rgb()`, `rgba()` or, from color-mix(), `color(srgb …)`. */
export function rgba(colour: string): [number, number, number, number] {
  const [r, g, b, a = 1] = (colour.replace(/^color\(srgb/, '').match(/[\d.]+/g) ?? []).map(Number);
  const k = colour.startsWith('color(srgb') ? 255 : 1;
  return [r * k, g * k, b * k, a];
}

/** WCAG contrast ratio of two opaque computed colours (`rgb(r, g, b)`). */
export function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, bl] = rgba(colour).slice(0, 3).map((v) => {
      const c = v / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** `top` (with its own alpha, times `opacity`) composited over the opaque `under`, as `rgb()`. */
export function over(top: string, opacity: number, under: string): string {
  const [r, g, b, a] = rgba(top);
  const [ur, ug, ub] = rgba(under);
  const k = a * opacity;
  const mix = (x: number, y: number) => Math.round(x * k + y * (1 - k));
  return `rgb(${mix(r, ur)}, ${mix(g, ug)}, ${mix(b, ub)})`;
}
