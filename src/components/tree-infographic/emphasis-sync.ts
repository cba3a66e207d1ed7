/**
 * After each render: selection, emphasis and the tab stop as attributes on what is drawn, without
 * laying out again (docs/ARCHITECTURE.md, *Speed*). An approach or a selection changes only the
 * attributes of the nodes whose state changed; a new drawing (layout, or a large tree's window)
 * gets them all.
 */
import { localize } from '../../model/query.js';
import type { Dossier, Lang } from '../../model/types.js';
import type { TreeKeyboardController } from './tree-keyboard-controller.js';
import type { TreeView } from './tree-view.js';

interface Applied {
  weights: Map<string, number>;
  current: string | null;
  selected: string | null;
  tab: string | null;
  approach: string | null;
  /** The emphasis applied: a profile's changes when the team edits it, under the same id. */
  emphasis?: ReadonlyMap<string, unknown>;
  lang: Lang | null;
}

export class EmphasisSync {
  /** The drawn nodes, labels and badges by key. */
  els = new Map<string, SVGGElement>();
  labels = new Map<string, SVGTextElement>();
  #badges = new Map<string, SVGGElement>();
  #synced?: object;
  #applied: Applied = { weights: new Map(), current: null, selected: null, tab: null, approach: null, lang: null };

  constructor(
    private readonly view: TreeView,
    /** Accessible names that are not just a node's label. */
    private readonly names: () => Map<string, string>,
  ) {}

  /** The node that is the tree's one tab stop. */
  get tab(): string | null {
    return this.#applied.tab;
  }

  set tab(key: string | null) {
    this.#applied.tab = key;
  }

  /**
   * Applies the state to the drawing. `drawn` is what is drawn (a new object when the drawn nodes
   * change), `openPart` the part whose details are open.
   */
  apply(d: Dossier, drawn: object, openPart: string | null, keyboard: TreeKeyboardController): void {
    const view = this.view;
    const svgEl = view.svg();
    const layout = view.layout();
    if (!svgEl || !layout) return;
    const full = this.#synced !== drawn;
    if (full) {
      this.els = new Map([...svgEl.querySelectorAll<SVGGElement>('.node')].map((el) => [el.dataset.key!, el]));
      this.labels = new Map([...svgEl.querySelectorAll<SVGTextElement>('.label[data-key]')].map((el) => [el.dataset.key!, el]));
      this.#synced = drawn;
    }
    // The badges come with the drawing, or later (see the element's drawing).
    if (full || !this.#badges.size)
      this.#badges = new Map([...svgEl.querySelectorAll<SVGGElement>('.badge[data-key]')].map((el) => [el.dataset.key!, el]));
    const m = view.m();
    const t = view.t();
    const locale = view.locale();
    // An approach's emphasis or the team's profile's: the same attributes, the same code (issue 25).
    const approach = view.activeSource(d);
    const own = approach?.kind === 'profile';
    const approachName = approach ? localize(approach.name, locale) : '';
    const weights = new Map<string, number>();
    if (approach) for (const [id, e] of approach.emphasis) if (this.els.has(id)) weights.set(id, e.weight);
    const current = approach && this.els.has(approach.id) ? approach.id : null;
    const item = view.data.selection.item;
    const selected = openPart ?? (item && this.els.has(item.id) ? item.id : null);
    const prev = this.#applied;
    const baseLabel = (key: string) => this.names().get(key) ?? layout.byKey.get(key)?.label ?? '';

    const relabel = new Set<string>([...prev.weights.keys(), ...weights.keys()]);
    if (prev.current) relabel.add(prev.current);
    if (current) relabel.add(current);
    // A new profile (the team edited it) is a change of emphasis as a new approach is.
    const approachChanged = full || prev.approach !== (approach?.id ?? null) || prev.emphasis !== approach?.emphasis || prev.lang !== locale;
    for (const key of relabel) {
      const el = this.els.get(key);
      if (!el) continue;
      const w = weights.get(key);
      if (!approachChanged && prev.weights.get(key) === w && (key === current) === (key === prev.current)) continue;
      for (const target of [el, this.labels.get(key)]) {
        if (!target) continue;
        if (w) target.setAttribute('data-weight', String(w));
        else target.removeAttribute('data-weight');
        target.toggleAttribute('data-current', key === current);
      }
      const badge = this.#badges.get(key);
      if (w) badge?.setAttribute('data-weight', String(w));
      else badge?.removeAttribute('data-weight');
      const note = w
        ? `${m.weightNote(t.weight[w as 1 | 2 | 3], approachName)}${own ? ` (${t.basis.own})` : ''}`
        : key === current
          ? m.activeApproachNote
          : '';
      el.setAttribute('aria-label', note ? `${baseLabel(key)}, ${note}` : baseLabel(key));
    }

    // A node selected elsewhere must be visible: open its part if it was closed.
    const selectedPart = selected ? layout.byKey.get(selected)?.partKey : undefined;
    if (selectedPart && selectedPart !== selected && keyboard.collapsed.has(selectedPart)) keyboard.setExpanded(selectedPart, true);

    if (full || prev.selected !== selected) {
      if (prev.selected) {
        this.els.get(prev.selected)?.setAttribute('aria-selected', 'false');
        this.labels.get(prev.selected)?.removeAttribute('data-selected');
      }
      if (selected) {
        this.els.get(selected)?.setAttribute('aria-selected', 'true');
        this.labels.get(selected)?.setAttribute('data-selected', '');
      }
    }

    if (full) for (const key of keyboard.collapsed) keyboard.setExpanded(key, false);

    // One tab stop: the node last focused, else the selected one, else the first.
    const root = view.root();
    const focusInside = svgEl.contains(root instanceof ShadowRoot ? root.activeElement : null);
    let tab = keyboard.focusKey && this.els.has(keyboard.focusKey) ? keyboard.focusKey : null;
    if (!focusInside && selected && selected !== prev.selected) tab = selected;
    tab ??= selected ?? layout.nodes[0]?.key ?? null;
    if (full || tab !== prev.tab) {
      if (prev.tab && prev.tab !== tab) this.els.get(prev.tab)?.setAttribute('tabindex', '-1');
      if (tab) this.els.get(tab)?.setAttribute('tabindex', '0');
    }
    keyboard.focusKey = tab;
    this.#applied = { weights, current, selected, tab, approach: approach?.id ?? null, emphasis: approach?.emphasis, lang: locale };
    if (full && focusInside && tab) keyboard.placeRing(tab);
  }
}
