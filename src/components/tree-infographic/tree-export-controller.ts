/**
 * The tree as a file: `toSVG()`, `toPNG()` and the download buttons, as a 16:9 slide or an A4
 * handout. The picture itself (`tree-picture.ts`, with the shared frame of src/export/) is a chunk
 * loaded on first use: most readers never export.
 */
import type { EmphasisSource } from '../../model/emphasis-sources.js';
import type { Dossier } from '../../model/types.js';
import { findItem, localize } from '../../model/query.js';
import { measureFor, partsInput } from './tree-layout-controller.js';
import { layoutTree } from './tree-layout.js';
import type { TreeView } from './tree-view.js';

/** The picture to export, loaded on first use. */
const picture = () => import('./tree-picture.js');

/** The label size the exported drawing is laid out at, before it is scaled to fill its page. */
const EXPORT_FONT = 16;

export type ExportFormat = 'svg' | 'png';
/** The page: `slide` (16:9, 1920 × 1080) or `handout` (A4 portrait, 1240 × 1754). */
export type TreePictureFormat = 'slide' | 'handout';

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

  async toSVG(page: TreePictureFormat = 'slide'): Promise<string> {
    return (await this.#exportSvg(page)).text;
  }

  async toPNG(scale = 2, page: TreePictureFormat = 'slide'): Promise<Blob> {
    const { text, width, height } = await this.#exportSvg(page);
    return (await picture()).rasterize(text, width, height, scale);
  }

  /**
   * Offers the picture as a file. `make` makes it: the element's own `toSVG()` or `toPNG()`,
   * which a page may have replaced.
   */
  async download(format: ExportFormat, page: TreePictureFormat, make: { svg: () => Promise<string>; png: () => Promise<Blob> }): Promise<void> {
    const view = this.view;
    const locale = view.locale();
    const kind = page === 'handout' ? (locale === 'en' ? 'handout' : 'hand-out') : locale === 'en' ? 'slide' : 'dia';
    const name = `wat-werkt-${locale === 'en' ? 'tree' : 'boom'}-${kind}-${locale}.${format}`;
    this.#setFailed(null);
    try {
      const blob = format === 'svg' ? new Blob([await make.svg()], { type: 'image/svg+xml' }) : await make.png();
      (await picture()).offerDownload(blob, name);
    } catch (error) {
      console.error(`[wat-werkt] <tree-infographic> export as ${format.toUpperCase()} failed:`, error);
      // Shown below the toolbar (a download that does nothing says nothing otherwise), and said once
      // by the status region; the message itself is not live, so it is not said twice.
      this.#setFailed(format);
      view.announce(view.m().exportFailed(format));
    }
  }

  async #exportSvg(page: TreePictureFormat): Promise<{ text: string; width: number; height: number }> {
    const view = this.view;
    const d = view.data.dossier;
    if (!d) throw new Error('The dossier is not loaded yet');
    await document.fonts?.ready;
    const style = getComputedStyle(view.host);
    const source = view.activeSource(d);
    const { drawPicture } = await picture();
    const { epoch, names } = this.fonts();
    const measure = measureFor(style.fontFamily, EXPORT_FONT, epoch);
    const parts = partsInput(view, d);
    // The selected item (a goal, factor, craft or actor; parts are not selected), marked as on screen and named.
    const id = view.data.selection.item?.id;
    const found = id ? findItem(d, id)?.item : undefined;
    const selected = found ? { key: found.id, name: localize(found.name, view.locale()) } : null;
    return drawPicture({
      host: view.host,
      stage: view.root(),
      dossier: d,
      lang: view.locale(),
      m: view.m(),
      t: view.t(),
      format: page,
      layoutAt: (width) => layoutTree({ width, fontSize: EXPORT_FONT, measure, parts }),
      names,
      approach: source,
      selected,
      weightsAreInterpretation: !!source && weightsAreInterpretation(source),
      hasInterpretation: hasInterpretation(d),
    });
  }
}
