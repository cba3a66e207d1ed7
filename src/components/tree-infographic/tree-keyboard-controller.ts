/**
 * The keyboard model of a WAI-ARIA tree: one tab stop; arrows, Home and End move in reading order;
 * right and left open, close and climb; `*` opens every part; type-ahead; Enter or Space activates,
 * Escape closes what is open. Also the focus ring, and what focus and clicks on nodes start.
 */
import type { EmphasisSync } from './emphasis-sync.js';
import type { TreeView } from './tree-view.js';

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();

/** What the keyboard and pointer start elsewhere. */
export interface TreeActions {
  /** Selects an item, or opens or closes a part's details. */
  activate(key: string): void;
  /** Escape: closes what is open; false if nothing was. */
  escape(): boolean;
  /** A node got focus (`visible`: from the keyboard). */
  focused(key: string, visible: boolean): void;
  /** Focus left the drawing. */
  left(): void;
}

export class TreeKeyboardController {
  /** Parts whose items are hidden. */
  readonly collapsed = new Set<string>();
  /** The node last focused: the tab stop. */
  focusKey: string | null = null;

  constructor(
    private readonly view: TreeView,
    private readonly drawn: EmphasisSync,
    private readonly actions: TreeActions,
  ) {}

  keyOf(target: EventTarget | null): string | undefined {
    return target instanceof Element ? (target.closest<SVGGElement>('.node')?.dataset.key ?? undefined) : undefined;
  }

  /** Keys of the nodes one can reach: parts, and the items of open parts, in reading order. */
  #visibleKeys(): string[] {
    const layout = this.view.layout();
    if (!layout) return [];
    return layout.nodes.filter((n) => n.type === 'part' || !this.collapsed.has(n.partKey)).map((n) => n.key);
  }

  setExpanded(key: string, expanded: boolean): void {
    if (expanded) this.collapsed.delete(key);
    else this.collapsed.add(key);
    const el = this.drawn.els.get(key);
    el?.setAttribute('aria-expanded', String(expanded));
    // The stylesheet hides a closed part's group, but Chromium keeps its items in the accessibility
    // tree it gives screen readers until something on the group itself changes: say it there too.
    const group = el?.querySelector(':scope > [role="group"]');
    if (expanded) group?.removeAttribute('aria-hidden');
    else group?.setAttribute('aria-hidden', 'true');
    for (const child of this.view.layout()?.children.get(key) ?? []) this.drawn.labels.get(child)?.toggleAttribute('data-hidden', !expanded);
  }

  onKeydown = (event: KeyboardEvent) => {
    const key = this.keyOf(event.target);
    const layout = this.view.layout();
    if (!key || !layout || event.altKey || event.ctrlKey || event.metaKey) return;
    const node = layout.byKey.get(key)!;
    const order = this.#visibleKeys();
    const i = order.indexOf(key);
    const kids = layout.children.get(key) ?? [];
    let next: string | undefined;
    switch (event.key) {
      case 'ArrowDown':
        next = order[i + 1];
        break;
      case 'ArrowUp':
        next = order[i - 1];
        break;
      case 'Home':
        next = order[0];
        break;
      case 'End':
        next = order[order.length - 1];
        break;
      case 'ArrowRight':
        if (node.type === 'part' && kids.length) {
          if (this.collapsed.has(key)) this.setExpanded(key, true);
          else next = kids[0];
        }
        break;
      case 'ArrowLeft':
        if (node.type === 'item') next = layout.parent.get(key);
        else if (kids.length && !this.collapsed.has(key)) this.setExpanded(key, false);
        break;
      case '*':
        for (const k of [...this.collapsed]) this.setExpanded(k, true);
        break;
      case 'Enter':
      case ' ':
        this.actions.activate(key);
        break;
      case 'Escape':
        if (!this.actions.escape()) return;
        break;
      default:
        if (event.key.length !== 1 || !/\S/.test(event.key)) return;
        next = this.#typeAhead(order, i, event.key);
    }
    event.preventDefault();
    if (next) this.focusNode(next);
  };

  /** The next node, after the current one and wrapping, whose label starts with `char`. */
  #typeAhead(order: string[], from: number, char: string): string | undefined {
    const c = fold(char);
    const layout = this.view.layout()!;
    for (let step = 1; step <= order.length; step++) {
      const key = order[(from + step) % order.length];
      if (fold(layout.byKey.get(key)!.label).startsWith(c)) return key;
    }
    return undefined;
  }

  focusNode(key: string): void {
    const el = this.drawn.els.get(key);
    if (!el) {
      // Not drawn (a large tree's node off screen): draw it, then focus it, which scrolls it into view.
      if (!this.view.layout()?.byKey.has(key)) return;
      this.focusKey = key;
      const host = this.view.host;
      host.requestUpdate();
      host.updateComplete.then(() => this.drawn.els.get(key) && this.focusNode(key));
      return;
    }
    this.#setTab(key);
    el.focus();
  }

  #setTab(key: string): void {
    const prev = this.drawn.tab;
    if (prev && prev !== key) this.drawn.els.get(prev)?.setAttribute('tabindex', '-1');
    this.drawn.els.get(key)?.setAttribute('tabindex', '0');
    this.drawn.tab = key;
    this.focusKey = key;
  }

  onClick = (event: MouseEvent) => {
    const key = this.keyOf(event.target);
    if (key) this.actions.activate(key);
  };

  onFocusIn = (event: FocusEvent) => {
    const key = this.keyOf(event.target);
    if (!key) return;
    this.#setTab(key);
    this.placeRing(key);
    // The ring shows for keyboard focus only; an attribute, not :has(), so that moving focus
    // restyles the ring alone.
    const visible = (event.target as Element).matches(':focus-visible');
    this.view.svg()?.toggleAttribute('data-ring', visible);
    this.actions.focused(key, visible);
  };

  onFocusOut = (event: FocusEvent) => {
    const svgEl = this.view.svg();
    if (!svgEl || !(event.relatedTarget instanceof Node) || !svgEl.contains(event.relatedTarget)) {
      svgEl?.removeAttribute('data-ring');
      this.actions.left();
    }
  };

  placeRing(key: string): void {
    const node = this.view.layout()?.byKey.get(key);
    const svgEl = this.view.svg();
    if (!node || !svgEl) return;
    const gap = 4;
    for (const rect of svgEl.querySelectorAll('.focus-ring rect')) {
      rect.setAttribute('x', String(node.x - gap));
      rect.setAttribute('y', String(node.y - gap));
      rect.setAttribute('width', String(node.w + 2 * gap));
      rect.setAttribute('height', String(node.h + 2 * gap));
      rect.setAttribute('rx', String(node.type === 'part' || node.person ? (node.h + 2 * gap) / 2 : 8));
    }
  }
}
