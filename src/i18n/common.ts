/**
 * UI strings shared by every element, in Dutch and English. Each element keeps
 * its own strings beside it (`<name>.messages.ts`); `Catalogue<T>` makes both
 * languages required and of the same shape.
 */
import type { EmphasisBasis } from '../model/query.js';
import type { Collection, ItemKind, Lang, Reference } from '../model/types.js';

export type Catalogue<T> = Record<Lang, T>;

export interface CommonMessages {
  loading: string;
  /** Said after a retry that worked, where the focus waits. */
  loaded: string;
  errorTitle: string;
  moreIssues: (n: number) => string;
  retry: string;
  /** How we know something; `own`: the team's own judgement (its practice profile, issue 25). */
  basis: Record<EmphasisBasis, string>;
  basisHint: Record<EmphasisBasis, string>;
  sources: string;
  /** What kind of work a reference is: one of our source texts, a work they name, or our own background reading. */
  referenceKind: Record<Reference['kind'], string>;
  kind: Record<ItemKind, string>;
  collection: Record<Collection, string>;
  weight: Record<1 | 2 | 3, string>;
  unknownItem: (kind: string, id: string) => string;
  /** What the team's own practice profile gives an item (issue 25): "in onze praktijk: duidelijk". */
  inOwnPractice: (weight: string) => string;
}

export const common: Catalogue<CommonMessages> = {
  nl: {
    loading: 'Dossier laden…',
    loaded: 'Dossier geladen.',
    errorTitle: 'Het dossier kan niet worden getoond',
    moreIssues: (n) => `en nog ${n} ${n === 1 ? 'fout' : 'fouten'}`,
    retry: 'Opnieuw proberen',
    basis: { dossier: 'Uit het dossier', talk: 'Uit de lezing', interpretation: 'Interpretatie', own: 'Eigen inschatting' },
    basisHint: {
      dossier: 'Uit de aankondiging van Movisie of het verslag van de lezing erover; het dossier zelf hadden wij niet.',
      talk: 'Uit de lezing van Marcel Spierts over het dossier, niet als bevinding van het dossier.',
      interpretation: 'Onze lezing: de bronnen zeggen dit niet zelf.',
      own: 'Het eigen oordeel van het team over zijn praktijk, niet uit het dossier.',
    },
    sources: 'Bronnen',
    referenceKind: { seed: 'brontekst', literature: 'genoemd in de bronteksten', background: 'onze achtergrondlezing' },
    kind: {
      goal: 'Kerndoel',
      approach: 'Benadering',
      craft: 'Vakmanschap',
      factor: 'Werkzame factor',
      level: 'Niveau',
      actor: 'Samenlevingsopbouwer',
      concept: 'Begrip',
    },
    collection: {
      goals: 'Kerndoelen',
      approaches: 'Benaderingen',
      crafts: 'Vakmanschap',
      factors: 'Werkzame factoren',
      levels: 'Niveaus',
      actors: 'Wie doen het',
      concepts: 'Begrippen',
    },
    weight: { 1: 'aanwezig', 2: 'duidelijk', 3: 'centraal' },
    unknownItem: (kind, id) => `Onbekende ${kind.toLowerCase()}: "${id}" staat niet in het dossier.`,
    inOwnPractice: (weight) => `in onze praktijk: ${weight}`,
  },
  en: {
    loading: 'Loading dossier…',
    loaded: 'Dossier loaded.',
    errorTitle: 'The dossier cannot be shown',
    moreIssues: (n) => `and ${n} more ${n === 1 ? 'problem' : 'problems'}`,
    retry: 'Try again',
    basis: { dossier: 'From the dossier', talk: 'From the talk', interpretation: 'Interpretation', own: 'Own assessment' },
    basisHint: {
      dossier: "From Movisie's announcement or the report of the talk on it; the dossier itself was not available to us.",
      talk: "From Marcel Spierts' talk on the dossier, not a finding of the dossier.",
      interpretation: 'Our reading: the sources do not say this themselves.',
      own: "The team's own judgement of its practice, not from the dossier.",
    },
    sources: 'Sources',
    referenceKind: { seed: 'source text', literature: 'named in the source texts', background: 'our background reading' },
    kind: {
      goal: 'Core goal',
      approach: 'Approach',
      craft: 'Craftsmanship',
      factor: 'Effective factor',
      level: 'Level',
      actor: 'Community builder',
      concept: 'Concept',
    },
    collection: {
      goals: 'Core goals',
      approaches: 'Approaches',
      crafts: 'Craftsmanship',
      factors: 'Effective factors',
      levels: 'Levels',
      actors: 'Who does the work',
      concepts: 'Concepts',
    },
    weight: { 1: 'present', 2: 'clear', 3: 'central' },
    unknownItem: (kind, id) => `Unknown ${kind.toLowerCase()}: "${id}" is not in the dossier.`,
    inOwnPractice: (weight) => `in our practice: ${weight}`,
  },
};
