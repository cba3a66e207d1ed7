import { createContext } from '@lit/context';
import type { DossierLoadError } from '../model/load.js';
import type { Dossier } from '../model/types.js';

/** What a provider knows about its dossier at any moment. */
export type DossierState =
  | { status: 'loading' }
  | { status: 'ready'; dossier: Dossier }
  | { status: 'error'; error: DossierLoadError };

/** The dossier, shared by `<dossier-provider>` with every element inside it. Keyed globally, so two copies of the library share it. */
export const dossierContext = createContext<DossierState>(Symbol.for('wat-werkt.dossier@1'));
