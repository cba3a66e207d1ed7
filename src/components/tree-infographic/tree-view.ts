/**
 * What the tree's controllers may read of the element and ask of it. The element builds one such
 * object and hands it to each controller, so that its own state stays private and each controller
 * names what it depends on.
 */
import type { ReactiveControllerHost } from 'lit';
import type { DossierController } from '../../context/dossier-controller.js';
import type { CommonMessages } from '../../i18n/common.js';
import type { EmphasisSource } from '../../model/emphasis-sources.js';
import type { Dossier, Lang } from '../../model/types.js';
import type { TreeMessages } from './tree-infographic.messages.js';
import type { TreeLayout } from './tree-layout.js';

export interface TreeView {
  readonly host: ReactiveControllerHost & HTMLElement;
  /** The element's shadow root, where everything is drawn. */
  root(): HTMLElement | DocumentFragment;
  readonly data: DossierController;
  locale(): Lang;
  m(): TreeMessages;
  t(): CommonMessages;
  /** The current layout, if the tree is laid out. */
  layout(): TreeLayout | undefined;
  /** The drawing on screen (not the export's). */
  svg(): SVGSVGElement | null;
  /** `tree` or `list`. */
  view(): 'tree' | 'list';
  /** The emphasis shown: an approach's, or the team's own profile's (`emphasis-sources.ts`). */
  activeSource(d: Dossier): EmphasisSource | undefined;
  /** What can be shown: the dossier's approaches, then the team's profile when it has answers. */
  sources(d: Dossier): readonly EmphasisSource[];
  /** Chooses the approach to show, as the user did. */
  chooseApproach(id: string | null): void;
  /** Says `text` in the status region. */
  announce(text: string): void;
}
