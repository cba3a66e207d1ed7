/**
 * wat-werkt: the element classes, the model and the contexts. Importing this
 * registers nothing; import `wat-werkt/all` or `wat-werkt/define/<tag>` for that.
 * @packageDocumentation
 */
export * from './model/index.js';
export { DossierProvider } from './components/dossier-provider/dossier-provider.js';
export { DossierOverview } from './components/dossier-overview/dossier-overview.js';
export { TreeInfographic } from './components/tree-infographic/tree-infographic.js';
export { ApproachComparator, compareWeights, type ComparatorLayout, type WeightRow } from './components/approach-comparator/approach-comparator.js';
export { FactorCard } from './components/factor-card/factor-card.js';
export { FactorGrid } from './components/factor-grid/factor-grid.js';
export { PracticeProfileElement } from './components/practice-profile/practice-profile.js';
export { DossierElement } from './base/dossier-element.js';
export { WatWerktElement } from './base/wat-werkt-element.js';
export { dossierContext, type DossierState } from './context/dossier-context.js';
export { selectionContext, type Selection, type SelectionState, type SelectedItem } from './context/selection-context.js';
export { DossierController } from './context/dossier-controller.js';
export { common as commonMessages, type Catalogue, type CommonMessages } from './i18n/common.js';
export { define } from './define.js';
export type { WatWerktEventMap, WatWerktEvent, DossierSource } from './events.js';
export { VERSION } from './version.js';
