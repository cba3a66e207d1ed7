/**
 * The draw window of a large tree: from `WINDOW_FROM` items on, the drawing holds only what is on
 * screen and one step around it (a tree this large is taller than any screen, and drawing all of it
 * would take the browser seconds). Scrolling, or moving focus with the keyboard, draws the rest as
 * it comes into view; printing draws all.
 */
import type { ReactiveController } from 'lit';
import type { DrawWindow } from './tree-drawing.js';
import type { TreeLayout } from './tree-layout.js';
import type { TreeView } from './tree-view.js';

/** From this many items on, the drawing holds only what is on screen and one step around it. */
export const WINDOW_FROM = 250;
/** The drawn window moves in steps of this many px of the drawing. */
const WINDOW_STEP = 600;

type Steps = { from: number; to: number };

export class DrawWindowController implements ReactiveController {
  /** For large trees, the steps of the drawing (WINDOW_STEP px each) that are drawn; null draws all. */
  #steps: Steps | null = null;
  #printing = false;
  #window?: { layout: TreeLayout; id: string; value: DrawWindow };
  #frame = 0;
  #scrollRoots: (Document | ShadowRoot)[] = [];

  constructor(private readonly view: TreeView) {
    view.host.addController(this);
  }

  /** Printing draws everything, and the list too. */
  get printing(): boolean {
    return this.#printing;
  }

  get steps(): Steps | null {
    return this.#steps;
  }

  #setSteps(steps: Steps | null): void {
    if (steps?.from === this.#steps?.from && steps?.to === this.#steps?.to) return;
    this.#steps = steps;
    this.view.host.requestUpdate();
  }

  hostConnected(): void {
    const host = this.view.host;
    window.addEventListener('beforeprint', this.#onBeforePrint);
    window.addEventListener('afterprint', this.#onAfterPrint);
    // Any scroller between the tree and the page may move it. Scroll events do not bubble, but can
    // be caught on their way down: at the document, and at each shadow root around the tree, since
    // a scroller's event inside a shadow tree does not leave it.
    this.#scrollRoots = [document];
    for (let root = host.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) this.#scrollRoots.push(root);
    for (const root of this.#scrollRoots) root.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    window.addEventListener('resize', this.onScroll, { passive: true });
    // Moved in the page (disconnected, then connected again): where it is now.
    this.onScroll();
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.#onBeforePrint);
    window.removeEventListener('afterprint', this.#onAfterPrint);
    for (const root of this.#scrollRoots) root.removeEventListener('scroll', this.onScroll, { capture: true });
    this.#scrollRoots = [];
    window.removeEventListener('resize', this.onScroll);
    // Cancelled frames are forgotten too: onScroll waits while one is pending, so a stale id would
    // stop a moved tree from ever drawing what scrolls into view.
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  #onBeforePrint = () => {
    this.#printing = true;
    this.#steps = null;
    this.view.host.requestUpdate();
  };

  #onAfterPrint = () => {
    this.#printing = false;
    this.view.host.requestUpdate();
    this.#measure();
  };

  /**
   * A new layout: a first guess that reads no geometry (which would lay out the page here), the
   * top of the drawing, where a reader arrives; measured once drawn, in the next frame.
   */
  laidOut(layout: TreeLayout): void {
    this.#steps = this.windowed(layout) ? { from: 0, to: Math.ceil(innerHeight / WINDOW_STEP) } : null;
    this.onScroll();
  }

  /** Once a frame at most: which steps of a large drawing are on screen now. */
  onScroll = () => {
    if (!this.#steps || this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#measure();
    });
  };

  #measure(): void {
    this.#setSteps(this.#onScreen());
  }

  windowed(layout: TreeLayout | undefined): layout is TreeLayout {
    return !!layout && !this.#printing && layout.parent.size >= WINDOW_FROM;
  }

  /**
   * The steps of the drawing on screen, one more on either side; null when the whole drawing is
   * to be drawn (a small tree, or printing). Before the drawing exists, the host's box stands in.
   */
  #onScreen(): Steps | null {
    const layout = this.view.layout();
    if (!this.windowed(layout)) return null;
    const box = (this.view.svg() ?? this.view.host).getBoundingClientRect();
    const scale = box.width ? layout.width / box.width : 1;
    const last = Math.floor(layout.height / WINDOW_STEP);
    const step = (y: number) => Math.min(last, Math.max(0, Math.floor((y * scale) / WINDOW_STEP)));
    return { from: step(-box.top - WINDOW_STEP), to: step(innerHeight - box.top + WINDOW_STEP) };
  }

  /**
   * What of a large drawing to draw: the steps on screen, and the nodes that must stay whatever the
   * scroll position (`keep`: the focused one, the tab stop, the selected one and the one with the
   * tooltip). The same object while none of that changes, so that the drawing is not rendered again.
   */
  drawWindow(layout: TreeLayout, wanted: (string | null | undefined)[]): DrawWindow | undefined {
    const steps = this.#steps;
    if (!steps) return undefined;
    const keep = wanted.filter((key): key is string => !!key && layout.byKey.get(key)?.type === 'item');
    const id = `${steps.from} ${steps.to} ${keep.join(' ')}`;
    if (this.#window?.layout !== layout || this.#window.id !== id)
      this.#window = { layout, id, value: { top: steps.from * WINDOW_STEP, bottom: (steps.to + 1) * WINDOW_STEP, keep: new Set(keep) } };
    return this.#window.value;
  }

  /** What is drawn: the window when one is, else the layout; a new object whenever the drawn nodes change. */
  drawn(layout: TreeLayout): object {
    return this.#window?.layout === layout && this.#steps ? this.#window : layout;
  }
}
