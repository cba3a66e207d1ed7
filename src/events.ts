/** Every DOM event the library fires, with its detail. All bubble and are composed. */
import type { DossierLoadError } from './model/load.js';
import type { PracticeProfile } from './model/profile.types.js';
import type { Dossier, ItemKind } from './model/types.js';

/** Where a provider found its dossier. */
export type DossierSource = 'property' | 'src' | 'inline' | 'builtin';

export interface WatWerktEventMap {
  /** A dossier was loaded and validated. */
  'dossier-load': { dossier: Dossier; source: DossierSource };
  /** A dossier could not be loaded or is invalid; `error.issues` name each path. */
  'dossier-error': { error: DossierLoadError; source: DossierSource };
  /** The user selected an item (or cleared the selection: `id` null). Cancelable. */
  'item-select': { id: string | null; kind: ItemKind | null };
  /** The user made an approach active (or none: `approach` null). Cancelable. */
  'approach-change': { approach: string | null };
  /** The user changed which approaches `<approach-comparator>` compares. */
  'comparison-change': { approaches: string[] };
  /** A team changed its profile in `<practice-profile>` (typed, imported or deleted: then empty). */
  'profile-change': { profile: PracticeProfile };
}

export type WatWerktEvent<K extends keyof WatWerktEventMap> = CustomEvent<WatWerktEventMap[K]>;

declare global {
  interface HTMLElementEventMap {
    'dossier-load': WatWerktEvent<'dossier-load'>;
    'dossier-error': WatWerktEvent<'dossier-error'>;
    'item-select': WatWerktEvent<'item-select'>;
    'approach-change': WatWerktEvent<'approach-change'>;
    'comparison-change': WatWerktEvent<'comparison-change'>;
    'profile-change': WatWerktEvent<'profile-change'>;
  }
}
