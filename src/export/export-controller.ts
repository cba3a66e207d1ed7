import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Lang } from '../model/types.js';
import type { Picture } from './frame.js';
import { exportMessages } from './export.messages.js';

type Format = 'svg' | 'png';

export interface PictureSource {
  /** Names the element in messages and logs: `approach-comparator`. */
  tag: string;
  lang: () => Lang;
  /** What the picture shows, for the buttons' names: "de vergelijking". */
  what: () => string;
  /** The file name without extension: `wat-werkt-vergelijking-nl`. */
  fileName: () => string;
  /** Draws the picture (loading its module on first use). */
  draw: () => Promise<Picture>;
}

/**
 * The SVG and PNG downloads of an element's picture: the methods behind `toSVG()`, `toPNG()` and
 * `download()`, the two buttons, and the message shown when a download did not work (a download that
 * fails silently leaves a sighted user with nothing). The PNG rasteriser loads with the first PNG.
 */
export class PictureExportController implements ReactiveController {
  #failed: Format | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly source: PictureSource,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  async toSVG(): Promise<string> {
    return (await this.source.draw()).text;
  }

  async toPNG(scale = 2): Promise<Blob> {
    const picture = await this.source.draw();
    const { rasterize } = await import('./download.js');
    return rasterize(picture.text, picture.width, picture.height, scale);
  }

  async download(format: Format): Promise<void> {
    this.#failed = null;
    this.host.requestUpdate();
    try {
      const blob = format === 'svg' ? new Blob([await this.toSVG()], { type: 'image/svg+xml' }) : await this.toPNG();
      const { offerDownload } = await import('./download.js');
      offerDownload(blob, `${this.source.fileName()}.${format}`);
    } catch (error) {
      console.error(`[wat-werkt] <${this.source.tag}> export as ${format.toUpperCase()} failed:`, error);
      this.#failed = format;
      this.host.requestUpdate();
    }
  }

  /** The two download buttons, each named by what it downloads and in which format. */
  renderButtons(): TemplateResult {
    const e = exportMessages[this.source.lang()];
    const what = this.source.what();
    return html`<span class="downloads" part="downloads">
      ${(['svg', 'png'] as const).map(
        (format) => html`<button
          type="button"
          class="download"
          part="download-button"
          data-format=${format}
          aria-label=${e.downloadAs(what, format)}
          @click=${() => this.download(format)}
        >
          <span aria-hidden="true">↓ </span>${format.toUpperCase()}
        </button>`,
      )}
    </span>`;
  }

  /** The message for a download that did not work, as an alert; nothing otherwise. */
  renderError(): TemplateResult | typeof nothing {
    if (!this.#failed) return nothing;
    return html`<p class="export-error" part="export-error" role="alert">${exportMessages[this.source.lang()].failed(this.#failed)}</p>`;
  }
}
