/** Helpers for the theming tests: the elements to test, their rendered colours, axe's contrast rule. */
import type { AxeResults, Result } from 'axe-core';

interface Manifest {
  modules: { declarations?: { kind: string; tagName?: string; customElement?: boolean }[] }[];
}

/** Every element tag, from custom-elements.json (generated from the sources by `npm run analyze`). */
export async function elementTags(): Promise<string[]> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
  return manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .map((d) => d.tagName!)
    .sort();
}

export const VOORBEELD_THEME = '/node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';

/** Adds a stylesheet to the document and waits for it to load. */
export async function addStylesheet(href: string): Promise<HTMLLinkElement> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise((resolve, reject) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', () => reject(new Error(`could not load ${href}`)), { once: true });
  });
  document.head.append(link);
  await loaded;
  return link;
}

/** The element and every element in its shadow root, and in theirs, depth first. */
export function deepElements(root: Element): Element[] {
  const found: Element[] = [root];
  const walk = (node: Element | ShadowRoot) => {
    for (const child of Array.from(node.children)) {
      found.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  if (root.shadowRoot) walk(root.shadowRoot);
  walk(root);
  return found;
}

const COLOUR_PROPERTIES = ['color', 'background-color', 'border-top-color', 'outline-color', 'fill', 'stroke'] as const;

/** Every computed colour in an element's rendering, as `tag.class property value` lines. */
export function colourSignature(root: Element): string[] {
  return deepElements(root).flatMap((el) => {
    const style = getComputedStyle(el);
    const name = `${el.localName}.${el.getAttribute('class') ?? ''}`;
    return COLOUR_PROPERTIES.map((p) => `${name} ${p} ${style.getPropertyValue(p)}`);
  });
}

/**
 * Waits until the element (and the elements in it) show content rather than a loading message, and
 * the tree has added what it adds once the browser is idle (`ms` bounds a hang). That last is no
 * detail: the idle work (the legend's samples, the weight badges, the list for printing) doubles the
 * tree's elements, so two mounts compared element by element must both have it, or the comparison
 * depends on how busy the machine was (the theming files together failed that way).
 */
export async function rendered(el: Element, ms = 20_000): Promise<void> {
  const start = performance.now();
  for (;;) {
    const updating = deepElements(el).filter((e): e is Element & { updateComplete: Promise<unknown> } => 'updateComplete' in e);
    await Promise.all(updating.map((e) => e.updateComplete));
    const loading = deepElements(el).some(
      // A legend state keeping only the room of its samples: the tree is not idle yet (tree-legend.ts).
      (e) => e.getAttribute('part') === 'loading' || e.getAttribute('aria-busy') === 'true' || e.classList.contains('legend__room'),
    );
    if (!loading && (el.shadowRoot?.childElementCount ?? 0) > 0) return;
    if (performance.now() - start > ms) throw new Error(`<${el.localName}> did not render in ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

type Axe = typeof import('axe-core');

/** axe-core, loaded once (its browser build registers `window.axe`). */
export async function axe(): Promise<Axe> {
  const w = window as unknown as { axe?: Axe };
  if (!w.axe) {
    const url = '/node_modules/axe-core/axe.min.js';
    await import(/* @vite-ignore */ url);
  }
  return w.axe!;
}

/** Violations of axe's colour-contrast rule inside `root`, as readable lines. */
export async function contrastViolations(root: Element): Promise<string[]> {
  const results: AxeResults = await (await axe()).run(root, {
    runOnly: { type: 'rule', values: ['color-contrast'] },
    resultTypes: ['violations'],
  });
  return results.violations.flatMap((v: Result) =>
    v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)} ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`),
  );
}

/** Relative luminance of a computed `rgb()`/`rgba()` colour, 0 (black) to 1 (white). */
export function luminance(colour: string): number {
  const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Chromium reports "ResizeObserver loop completed with undelivered notifications" as an error when an
 * element that observes its own size (the comparator) is laid out again in the same frame, which these
 * tests do on purpose (mounting, restyling and removing elements quickly). It is benign; ignore it alone.
 * Call it in a `before` hook: mocha sets `window.onerror` when the run starts.
 */
export function ignoreResizeObserverLoop(): void {
  const original = window.onerror;
  window.onerror = function (message, ...rest) {
    if (String(message).includes('ResizeObserver loop')) return true;
    return original ? original.call(this, message, ...rest) : false;
  };
}

/** Attributes an element needs to show something typical (a card shows one factor). */
const SAMPLE_ATTRIBUTES: Record<string, string> = {
  'factor-card': 'factor="self-organisation-leadership"',
};

/**
 * Markup for one element; with `approach`, inside a provider with that approach active, so that the
 * emphasis and selection styles are rendered too.
 */
export function elementMarkup(tag: string, style = '', approach?: string): string {
  const el = `<${tag} ${SAMPLE_ATTRIBUTES[tag] ?? ''} style="${style}"></${tag}>`;
  if (!approach || tag === 'dossier-provider') return el;
  return `<dossier-provider approach="${approach}" style="${style}">${el}</dossier-provider>`;
}

/** Puts one element in a wrapper on the page and waits until it has rendered; `prepare` styles the wrapper first. */
export async function mountElement(tag: string, prepare?: (wrapper: HTMLDivElement) => void): Promise<{ wrapper: HTMLDivElement; el: Element }> {
  const wrapper = document.createElement('div');
  prepare?.(wrapper);
  wrapper.innerHTML = elementMarkup(tag);
  document.body.append(wrapper);
  const el = wrapper.firstElementChild!;
  await rendered(el);
  return { wrapper, el };
}
