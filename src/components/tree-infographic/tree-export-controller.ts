/**
 * The tree as a file: `toSVG()`, `toPNG()` and the download buttons. The picture itself
 * (`tree-picture.ts`) is a chunk loaded on first use: most readers never export.
 */
import type { EmphasisSource } from '../../model/emphasis-sources.js';
import type { Dossier } from '../../model/types.js';
import { fontSizeFor, measureFor, partsInput } from './tree-layout-controller.js';
import type { TreeView } from './tree-view.js';

/** The picture to export, loaded on first use. */
const picture = () => import('./tree-picture.js');

/** Width of the exported picture: a landscape slide. */
const EXPORT_WIDTH = 1400;

export type ExportFormat = 'svg' | 'png';

/** The active source's weights are (partly) our interpretation (an approach's, in the data). */
export const weightsAreInterpretation = (source: EmphasisSource) => [...source.emphasis.values()].some((e) => e.basis === 'interpretation');

/** Some part or item is placed or described by interpretation. */
export const hasInterpretation = (d: Dossier) =>
  d.tree.parts.some((p) => p.basis === 'interpretation' || d[p.holds].some((i) => i.basis === 'interpretation'));

export class TreeExportController {
  /** The format of the last download, when it did not work: said below the toolbar until the next one. */
  #failed: ExportFormat | null = null;

  constructor(
    private readonly view: TreeView,
    /** What the layout knows: fonts loaded, accessible names. */
    private readonly fonts: () => { epoch: number; names: Map<string, string> },
  ) {}

  get failed(): ExportFormat | null {
    return this.#failed;
  }

  #setFailed(format: ExportFormat | null): void {
    this.#failed = format;
    this.view.host.requestUpdate();
  }

  async toSVG(): Promise<string> {
    return (await this.#exportSvg()).text;
  }

  async toPNG(scale = 2): Promise<Blob> {
    const { text, width, height } = await this.#exportSvg();
    return (await picture()).svgToPng(text, width, height, scale);
  }

  /**
   * Offers the picture as a file. `make` makes it: the element's own `toSVG()` or `toPNG()`,
   * which a page may have replaced.
   */
  async download(format: ExportFormat, make: { svg: () => Promise<string>; png: () => Promise<Blob> }): Promise<void> {
    const view = this.view;
    const locale = view.locale();
    const name = `wat-werkt-${locale === 'en' ? 'tree' : 'boom'}-${locale}.${format}`;
    this.#setFailed(null);
    try {
      const blob = format === 'svg' ? new Blob([await make.svg()], { type: 'image/svg+xml' }) : await make.png();
      (await picture()).downloadBlob(blob, name);
    } catch (error) {
      console.error(`[wat-werkt] <tree-infographic> export as ${format.toUpperCase()} failed:`, error);
      // Shown below the toolbar (a download that does nothing says nothing otherwise), and said once
      // by the status region; the message itself is not live, so it is not said twice.
      this.#setFailed(format);
      view.announce(view.m().exportFailed(format));
    }
  }

  async #exportSvg(): Promise<{ text: string; width: number; height: number }> {
    const view = this.view;
    const d = view.data.dossier;
    if (!d) throw new Error('The dossier is not loaded yet');
    await document.fonts?.ready;
    const style = getComputedStyle(view.host);
    const fontSize = fontSizeFor(EXPORT_WIDTH, parseFloat(style.fontSize) || 16);
    const source = view.activeSource(d);
    const { drawPicture } = await picture();
    const { epoch, names } = this.fonts();
    return drawPicture({
      host: view.host,
      stage: view.root(),
      dossier: d,
      lang: view.locale(),
      m: view.m(),
      t: view.t(),
      width: EXPORT_WIDTH,
      fontSize,
      measure: measureFor(style.fontFamily, fontSize, epoch),
      parts: partsInput(view, d),
      names,
      source,
      weightsAreInterpretation: !!source && weightsAreInterpretation(source),
      hasInterpretation: hasInterpretation(d),
    });
  }
}
