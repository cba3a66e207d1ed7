/**
 * What assistive technology is given, in any engine: roles, names and descriptions computed from the
 * DOM (shadow roots included) by axe-core's implementation of the ARIA and accessible-name rules.
 * Chromium's own accessibility snapshot needs its DevTools protocol, which Firefox and WebKit lack.
 * Like that snapshot, it leaves out what is hidden from assistive technology (`hidden`, `display:
 * none`, `aria-hidden`, `inert`), and gives text read in browse mode as nodes of role `text`.
 */
import { axe } from './theming/helpers.js';

export interface AxNode {
  role?: string;
  name?: string;
  description?: string;
  focused?: boolean;
}

interface VirtualNode {
  actualNode: Node;
  children?: VirtualNode[];
}

/** The parts of axe-core used here, which its type declarations leave out. */
interface AxeInternals {
  setup(node: Element): VirtualNode;
  teardown(): void;
  utils: { getNodeFromTree(node: Node): VirtualNode | null };
  commons: {
    aria: { getRole(node: VirtualNode): string | null };
    text: { accessibleTextVirtual(node: VirtualNode, context?: { inLabelledByContext?: boolean }): string };
    dom: { isVisibleToScreenReaders(node: VirtualNode): boolean };
  };
}

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The focused element, inside shadow roots too. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Every node of the page given to assistive technology, depth first. */
export async function accessibilityTree(): Promise<AxNode[]> {
  const a = (await axe()) as unknown as AxeInternals;
  const focused = deepActiveElement();
  const found: AxNode[] = [];
  const description = (el: Element): string => {
    const root = el.getRootNode() as Document | ShadowRoot;
    const referred = (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => root.getElementById(id))
      .filter((ref): ref is HTMLElement => ref !== null)
      .map((ref) => {
        const v = a.utils.getNodeFromTree(ref);
        return squash(v ? a.commons.text.accessibleTextVirtual(v, { inLabelledByContext: true }) : '') || squash(ref.textContent);
      });
    return squash([...referred, el.getAttribute('aria-description') ?? ''].join(' '));
  };
  const walk = (v: VirtualNode) => {
    const node = v.actualNode;
    if (node.nodeType === Node.TEXT_NODE) {
      if (squash(node.textContent)) found.push({ role: 'text', name: squash(node.textContent) });
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    if (!a.commons.dom.isVisibleToScreenReaders(v)) return;
    const el = node as Element;
    const role = a.commons.aria.getRole(v) ?? undefined;
    const name = role ? squash(a.commons.text.accessibleTextVirtual(v)) : '';
    found.push({ role, name: name || undefined, description: description(el) || undefined, focused: el === focused || undefined });
    v.children?.forEach(walk);
  };
  try {
    walk(a.setup(document.documentElement));
  } finally {
    a.teardown();
  }
  return found;
}
