/**
 * React wrappers for every element, made with `@lit/react`: properties are set as properties (objects
 * too, such as `dossier`), and the library's events are props (`onItemSelect`, `onApproachChange`,
 * `onDossierLoad`, `onDossierError`, …) with typed `event.detail`.
 *
 * ```tsx
 * import { DossierProvider, DossierOverview } from 'wat-werkt/react';
 *
 * <DossierProvider lang="nl" onItemSelect={(e) => console.log(e.detail.id)}>
 *   <DossierOverview />
 * </DossierProvider>
 * ```
 *
 * Importing this entry registers the elements it wraps (through `wat-werkt/define/<tag>`).
 * React (18 or 19) is an optional peer dependency of the package: only this entry needs it.
 * @packageDocumentation
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { ApproachComparator as ApproachComparatorElement } from '../define/approach-comparator.js';
import { DossierOverview as DossierOverviewElement } from '../define/dossier-overview.js';
import { DossierProvider as DossierProviderElement } from '../define/dossier-provider.js';
import { FactorCard as FactorCardElement } from '../define/factor-card.js';
import { FactorGrid as FactorGridElement } from '../define/factor-grid.js';
import { PracticeProfileElement } from '../define/practice-profile.js';
import { TreeInfographic as TreeInfographicElement } from '../define/tree-infographic.js';
import type { WatWerktEvent } from '../events.js';

/** `onItemSelect` and `onApproachChange`: the user's selections. Both events bubble and are cancelable. */
const selectionEvents = {
  onItemSelect: 'item-select' as EventName<WatWerktEvent<'item-select'>>,
  onApproachChange: 'approach-change' as EventName<WatWerktEvent<'approach-change'>>,
};

/** `onDossierLoad` and `onDossierError`, fired by `<dossier-provider>`. */
const dossierEvents = {
  onDossierLoad: 'dossier-load' as EventName<WatWerktEvent<'dossier-load'>>,
  onDossierError: 'dossier-error' as EventName<WatWerktEvent<'dossier-error'>>,
};

/** `<dossier-provider>`: its own load events, and the selection events that bubble up from the elements inside. */
export const DossierProvider = createComponent({
  react: React,
  tagName: 'dossier-provider',
  elementClass: DossierProviderElement,
  events: { ...dossierEvents, ...selectionEvents },
  displayName: 'DossierProvider',
});

/** `<dossier-overview>`: the whole dossier as text. */
export const DossierOverview = createComponent({
  react: React,
  tagName: 'dossier-overview',
  elementClass: DossierOverviewElement,
  events: {},
  displayName: 'DossierOverview',
});

/** `<approach-comparator>`: the approaches side by side; `onComparisonChange` when the user changes which are compared. */
export const ApproachComparator = createComponent({
  react: React,
  tagName: 'approach-comparator',
  elementClass: ApproachComparatorElement,
  events: {
    ...selectionEvents,
    onComparisonChange: 'comparison-change' as EventName<HTMLElementEventMap['comparison-change']>,
  },
  displayName: 'ApproachComparator',
});

/** `<factor-card>`: one effective factor. */
export const FactorCard = createComponent({
  react: React,
  tagName: 'factor-card',
  elementClass: FactorCardElement,
  events: { ...selectionEvents },
  displayName: 'FactorCard',
});

/** `<factor-grid>`: every effective factor as a card. */
export const FactorGrid = createComponent({
  react: React,
  tagName: 'factor-grid',
  elementClass: FactorGridElement,
  events: { ...selectionEvents },
  displayName: 'FactorGrid',
});

/** `<tree-infographic>`: the dossier as a tree. */
export const TreeInfographic = createComponent({
  react: React,
  tagName: 'tree-infographic',
  elementClass: TreeInfographicElement,
  events: { ...selectionEvents },
  displayName: 'TreeInfographic',
});

/** `<practice-profile>`: a team's own practice beside the dossier; `onProfileChange` on every change of it. */
export const PracticeProfile = createComponent({
  react: React,
  tagName: 'practice-profile',
  elementClass: PracticeProfileElement,
  events: {
    onApproachChange: selectionEvents.onApproachChange,
    onProfileChange: 'profile-change' as EventName<WatWerktEvent<'profile-change'>>,
  },
  displayName: 'PracticeProfile',
});

export type { WatWerktEvent, WatWerktEventMap } from '../events.js';
