import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Width a table needs at least: a column of row headers plus one column per approach, in em. Long
 * names break with a hyphen (`hyphenate`), so a column of 10.5em holds them: three approaches fit in
 * 41.5em (664 px), and a tablet at 768 px keeps the side-by-side comparison. With more room the
 * header column widens (a container query in the styles).
 */
export const ASPECT_EM = 10;
export const COLUMN_EM = 10.5;

/**
 * Watches the element's width (ResizeObserver) and says whether a table of `columns()` approaches
 * fits in it. The host re-renders when the width changes.
 */
export class ComparatorWidthController implements ReactiveController {
  /** The element's width in px; 0 until measured. */
  width = 0;
  #em = 16;
  #frame = 0;
  #observer?: ResizeObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** How many approaches the table would show. */
    private readonly columns: () => number,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // The new layout changes the host's height; applying it in the next frame keeps the
    // observer out of a loop ("ResizeObserver loop completed with undelivered notifications").
    this.#observer ??= new ResizeObserver(() => {
      cancelAnimationFrame(this.#frame);
      this.#frame = requestAnimationFrame(() => this.measure());
    });
    this.#observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    cancelAnimationFrame(this.#frame);
  }

  /** Reads the width and font size now; the host updates if the width changed. */
  measure(): void {
    if (!this.host.isConnected) return;
    this.#em = parseFloat(getComputedStyle(this.host).fontSize) || 16;
    const width = this.host.getBoundingClientRect().width;
    if (width !== this.width) {
      this.width = width;
      this.host.requestUpdate();
    }
  }

  /** The width the table needs, in em. */
  tableWidthEm(): number {
    return ASPECT_EM + this.columns() * COLUMN_EM;
  }

  /** The table's columns need more room than the element has. */
  tooNarrow(): boolean {
    return this.width > 0 && this.width < this.tableWidthEm() * this.#em;
  }
}
