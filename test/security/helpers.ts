/** Helpers for the security tests: the host page's health, and a walk through every shadow root. */
import type { ValidationIssue } from '../../src/model/issues.js';

/** Every element under `root`, in light DOM and in every (open) shadow root; `shadowOnly` keeps those in shadow roots. */
export function deepElements(root: ParentNode, shadowOnly = false): Element[] {
  const out: Element[] = [];
  const walk = (node: ParentNode, inShadow: boolean) => {
    for (const el of Array.from(node.querySelectorAll('*'))) {
      if (inShadow || !shadowOnly) out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot, true);
    }
  };
  walk(root, root instanceof ShadowRoot);
  return out;
}

/** The text of an element's shadow root and of every shadow root inside it, whitespace folded. */
export function deepText(element: Element): string {
  const parts: string[] = [];
  const collect = (root: ShadowRoot | Element) => {
    parts.push(root.textContent ?? '');
    for (const el of Array.from(root.querySelectorAll('*'))) if (el.shadowRoot) collect(el.shadowRoot);
  };
  if (element.shadowRoot) collect(element.shadowRoot);
  return fold(parts.join(' '));
}

export const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

const DANGEROUS_TAGS = new Set(['script', 'img', 'iframe', 'frame', 'object', 'embed', 'base', 'meta', 'link', 'portal', 'foreignobject']);
const URL_ATTRIBUTES = new Set(['href', 'xlink:href', 'src', 'action', 'formaction', 'data', 'poster', 'srcset', 'background']);

/**
 * What the library rendered under `root` (in every shadow root) that could run code or load something:
 * script, img, iframe … elements; on* handler attributes; srcdoc; and URL attributes
 * whose scheme is not https:, http:, mailto: or a same-page fragment.
 */
export function dangerousNodes(root: ParentNode): string[] {
  const found: string[] = [];
  for (const el of deepElements(root, true)) {
    const tag = el.localName.toLowerCase();
    if (DANGEROUS_TAGS.has(tag)) found.push(`<${tag}> element`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) found.push(`${name}= on <${tag}>`);
      if (name === 'srcdoc') found.push(`srcdoc= on <${tag}>`);
      if (URL_ATTRIBUTES.has(name)) {
        // As browsers read a URL: control characters and whitespace are ignored.
        // eslint-disable-next-line no-control-regex
        const url = attr.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
        if (!/^(?:https?:|mailto:|#)/.test(url)) found.push(`${name}="${attr.value.slice(0, 60)}" on <${tag}>`);
      }
    }
  }
  return found;
}

const PROTOTYPES: [string, object][] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
];

/**
 * Chromium reports "ResizeObserver loop completed with undelivered notifications" to
 * window.onerror when an element changes its size from inside a ResizeObserver callback.
 * test/security/host-page.test.ts fails on it and names the element; the other security
 * tests set it aside (counted in `PageGuard.resizeLoops`), so that they keep testing what
 * they are about. Returns the function that stops setting it aside.
 */
export function setAsideResizeObserverLoops(onLoop: () => void = () => {}): () => void {
  const isLoop = (message: unknown) => /^ResizeObserver loop/.test(String(message));
  // Chromium calls window.onerror (where mocha listens) before any 'error' listener, even a capturing one.
  const previous = window.onerror;
  window.onerror = function (message, ...rest) {
    if (isLoop(message)) {
      onLoop();
      return true;
    }
    return previous ? previous.call(window, message, ...rest) : false;
  };
  const listener = (event: ErrorEvent) => {
    if (isLoop(event.message)) event.stopImmediatePropagation();
  };
  window.addEventListener('error', listener, true);
  return () => {
    window.onerror = previous;
    window.removeEventListener('error', listener, true);
  };
}

/**
 * Watches the page while a test runs: uncaught errors, unhandled rejections, the
 * `window.__pwned` canary the payloads set, and the built-in prototypes. `problems()`
 * lists whatever went wrong since `start()`.
 */
export class PageGuard {
  errors: string[] = [];
  #before = new Map<string, string>();
  #onError = (event: ErrorEvent) => this.errors.push(`uncaught: ${event.message}`);
  #onRejection = (event: PromiseRejectionEvent) => this.errors.push(`unhandled rejection: ${String(event.reason?.stack ?? event.reason)}`);

  resizeLoops = 0;
  #stopSettingAside?: () => void;

  start(): void {
    delete (window as { __pwned?: unknown }).__pwned;
    this.errors = [];
    this.#stopSettingAside ??= setAsideResizeObserverLoops(() => this.resizeLoops++);
    for (const [name, proto] of PROTOTYPES) this.#before.set(name, Reflect.ownKeys(proto).map(String).sort().join(','));
    window.addEventListener('error', this.#onError);
    window.addEventListener('unhandledrejection', this.#onRejection);
  }

  stop(): void {
    this.#stopSettingAside?.();
    this.#stopSettingAside = undefined;
    window.removeEventListener('error', this.#onError);
    window.removeEventListener('unhandledrejection', this.#onRejection);
  }

  problems(): string[] {
    const out = [...this.errors];
    if ((window as { __pwned?: unknown }).__pwned !== undefined) out.push('a payload ran: window.__pwned is set');
    for (const [name, proto] of PROTOTYPES) {
      if (Reflect.ownKeys(proto).map(String).sort().join(',') !== this.#before.get(name)) out.push(`${name} changed`);
    }
    if (Object.getPrototypeOf(Object.prototype) !== null) out.push('Object.prototype has a prototype');
    const probe = {} as Record<string, unknown>;
    for (const key of ['polluted', 'isAdmin', 'en', 'nl', 'id']) if (probe[key] !== undefined) out.push(`Object.prototype.${key} is set`);
    return out;
  }
}

/** Waits until every Lit element under `root` (through shadow roots) has finished updating, then two frames. */
export async function settle(root: ParentNode, rounds = 3): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    const pending = deepElements(root)
      .map((el) => (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete)
      .filter((p): p is Promise<unknown> => p instanceof Promise);
    await Promise.all(pending);
    await frame();
  }
  await frame();
}

export const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves with the first of the events, or rejects after `ms`. */
export function firstEvent<T extends Event = CustomEvent>(target: EventTarget, names: string[], ms = 10_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`none of ${names.join(', ')} within ${ms} ms`)), ms);
    const on = (event: Event) => {
      clearTimeout(timer);
      for (const name of names) target.removeEventListener(name, on);
      resolve(event as T);
    };
    for (const name of names) target.addEventListener(name, on);
  });
}

/** The keys of a path written by `formatPath`: `a.b[2]["odd key"]` → ['a', 'b', 2, 'odd key']. */
export function parsePath(path: string): (string | number)[] {
  const keys: (string | number)[] = [];
  let i = 0;
  while (i < path.length) {
    if (path[i] === '.') i++;
    if (path[i] === '[') {
      if (path[i + 1] === '"') {
        // A JSON string: find its closing quote, skipping escapes.
        let j = i + 2;
        while (path[j] !== '"') j += path[j] === '\\' ? 2 : 1;
        keys.push(JSON.parse(path.slice(i + 1, j + 1)) as string);
        i = j + 2;
      } else {
        const end = path.indexOf(']', i);
        keys.push(Number(path.slice(i + 1, end)));
        i = end + 1;
      }
    } else {
      const match = /^[A-Za-z_$][\w$]*/.exec(path.slice(i));
      if (!match) throw new Error(`cannot read path ${path} at ${i}`);
      keys.push(match[0]);
      i += match[0].length;
    }
  }
  return keys;
}

/**
 * Where an issue's path leads in the input: whether everything up to its last key
 * exists, and whether the last key does. A `required` issue names a missing key; every
 * other issue names something that is there.
 */
export function locate(input: unknown, path: string): { parent: boolean; exists: boolean } {
  const keys = parsePath(path);
  let node: unknown = input;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const has =
      node !== null &&
      typeof node === 'object' &&
      Object.prototype.hasOwnProperty.call(node, key) &&
      (node as Record<string | number, unknown>)[key] !== undefined;
    if (!has) return { parent: i === keys.length - 1 && node !== null && typeof node === 'object', exists: false };
    node = (node as Record<string | number, unknown>)[key];
  }
  return { parent: true, exists: true };
}

/** Why an issue's path does not fit the input, or undefined when it does. */
export function misplaced(input: unknown, issue: ValidationIssue): string | undefined {
  if (typeof issue.path !== 'string') return `path is ${typeof issue.path}`;
  const { parent, exists } = locate(input, issue.path);
  if (!parent) return `nothing at the parent of ${issue.path}`;
  if (issue.code === 'required' && exists) return `${issue.path} is required but exists`;
  if (issue.code !== 'required' && issue.code !== 'missing-language' && !exists) return `${issue.path} (${issue.code}) does not exist`;
  return undefined;
}
