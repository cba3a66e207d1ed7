/**
 * The autoloader (`dist/cdn/autoloader.js`): one script line, and a page downloads the code of the
 * wat-werkt elements it actually has, and nothing else; elements added later are loaded when they
 * appear. `<script type="module" src=".../autoloader.js"></script>`.
 *
 * It looks in the document, not inside other components' shadow roots: an element a host puts in
 * its own shadow DOM is loaded with `autoload(root)` on that root.
 */
const LOADERS: Record<string, () => Promise<unknown>> = {
  'dossier-provider': () => import('./define/dossier-provider.js'),
  'dossier-overview': () => import('./define/dossier-overview.js'),
  'tree-infographic': () => import('./define/tree-infographic.js'),
  'approach-comparator': () => import('./define/approach-comparator.js'),
  'factor-card': () => import('./define/factor-card.js'),
  'factor-grid': () => import('./define/factor-grid.js'),
  'practice-profile': () => import('./define/practice-profile.js'),
};

export const AUTOLOADED_TAGS = Object.keys(LOADERS);
const SELECTOR = AUTOLOADED_TAGS.join(',');
const started = new Map<string, Promise<unknown>>();

/** Loads the definition of `tag` once; a failed load may be tried again when the tag next appears. */
function load(tag: string): Promise<unknown> {
  let pending = started.get(tag);
  if (!pending) {
    pending = LOADERS[tag]().catch((error: unknown) => {
      started.delete(tag);
      console.error(`[wat-werkt] the autoloader could not load <${tag}>:`, error);
    });
    started.set(tag, pending);
  }
  return pending;
}

/** Loads every wat-werkt element in `root` (and `root` itself) not yet defined. */
export function autoload(root: ParentNode = document): Promise<unknown[]> {
  const tags = new Set<string>();
  if (root instanceof Element && root.matches(SELECTOR)) tags.add(root.localName);
  for (const el of root.querySelectorAll(SELECTOR)) tags.add(el.localName);
  return Promise.all([...tags].filter((tag) => !customElements.get(tag)).map(load));
}

/** Watches `root` for elements added later. */
export function watch(root: Node = document.documentElement): MutationObserver {
  const observer = new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes) if (node instanceof Element) void autoload(node);
  });
  observer.observe(root, { childList: true, subtree: true });
  return observer;
}

const ONCE = Symbol.for('wat-werkt.autoloader');
const store = globalThis as { [ONCE]?: boolean };
if (!store[ONCE]) {
  store[ONCE] = true;
  // A script in <head> runs before the body is parsed only if it is classic; a module runs after. Either way, look now and on changes.
  void autoload();
  watch();
}
