/**
 * UI strings shared by every element, in Dutch and English. Each element keeps
 * its own strings beside it (`<name>.messages.ts`); `Catalogue<T>` makes both
 * languages required and of the same shape.
 */
import type { ErrorCase } from '../base/state-views.js';
import type { Basis, Collection, ItemKind, Lang } from '../model/types.js';

export type Catalogue<T> = Record<Lang, T>;

export interface CommonMessages {
  loading: string;
  /** Said after a retry that worked, where the focus waits. */
  loaded: string;
  errorTitle: string;
  /**
   * Per case, for a visitor: `what` happened and what they can do (`todo`; `todoNoRetry` where the view
   * has no retry button, e.g. an element's own dossier). Never a status, URL or path: those are in `errorDetails`.
   */
  errorVisitor: Record<ErrorCase, { what: string; todo: string; todoNoRetry?: string }>;
  /** The disclosure with the technical detail, for the web team. */
  errorDetails: { summary: string; kind: string; url: string; whereElse: string };
  moreIssues: (n: number) => string;
  retry: string;
  basis: Record<Basis, string>;
  basisHint: Record<Basis, string>;
  sources: string;
  kind: Record<ItemKind, string>;
  collection: Record<Collection, string>;
  weight: Record<1 | 2 | 3, string>;
  unknownItem: (kind: string, id: string) => string;
}

export const common: Catalogue<CommonMessages> = {
  nl: {
    loading: 'Dossier laden…',
    loaded: 'Dossier geladen.',
    errorTitle: 'Het dossier kan niet worden getoond',
    errorVisitor: {
      offline: {
        what: 'Het dossier kon niet worden geladen: er was geen verbinding.',
        todo: 'Controleer uw internetverbinding en probeer het opnieuw.',
        todoNoRetry: 'Controleer uw internetverbinding en laad de pagina opnieuw.',
      },
      timeout: {
        what: 'Het laden van het dossier duurde te lang.',
        todo: 'Probeer het over een ogenblik opnieuw.',
        todoNoRetry: 'Laad de pagina over een ogenblik opnieuw.',
      },
      server: {
        what: 'De server kon het dossier nu niet leveren.',
        todo: 'Probeer het over een paar minuten opnieuw. Lukt het dan nog niet, meld het aan de beheerder van deze website.',
        todoNoRetry: 'Laad de pagina over een paar minuten opnieuw. Lukt het dan nog niet, meld het aan de beheerder van deze website.',
      },
      'not-found': {
        what: 'Het dossier is niet gevonden op de plek waar deze pagina het zoekt.',
        todo: 'Opnieuw proberen helpt hier niet. Meld het aan de beheerder van deze website; de technische details hieronder helpen daarbij.',
      },
      refused: {
        what: 'De server geeft het dossier niet vrij.',
        todo: 'Meld het aan de beheerder van deze website; de technische details hieronder helpen daarbij.',
      },
      'not-json': {
        what: 'Het bestand dat deze pagina als dossier laadt, is geen dossier.',
        todo: 'Meld het aan de beheerder van deze website; de technische details hieronder helpen daarbij.',
      },
      invalid: {
        what: 'Het dossier bevat fouten en wordt daarom niet getoond.',
        todo: 'Meld het aan de beheerder van deze website; de technische details hieronder helpen daarbij.',
      },
    },
    errorDetails: {
      summary: 'Technische details voor de beheerder van de website',
      kind: 'Soort fout',
      url: 'Adres',
      whereElse: 'Dezelfde gegevens staan in de console van de browser en in het dossier-error-event.',
    },
    moreIssues: (n) => `en nog ${n} ${n === 1 ? 'fout' : 'fouten'}`,
    retry: 'Opnieuw proberen',
    basis: { dossier: 'Uit het dossier', talk: 'Uit de lezing', interpretation: 'Interpretatie' },
    basisHint: {
      dossier: 'Zo staat het in het dossier.',
      talk: 'Uit de lezing van Marcel Spierts over het dossier, niet als bevinding van het dossier.',
      interpretation: 'Onze lezing: de bronnen zeggen dit niet zelf.',
    },
    sources: 'Bronnen',
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
  },
  en: {
    loading: 'Loading dossier…',
    loaded: 'Dossier loaded.',
    errorTitle: 'The dossier cannot be shown',
    errorVisitor: {
      offline: {
        what: 'The dossier could not be loaded: there was no connection.',
        todo: 'Check your internet connection and try again.',
        todoNoRetry: 'Check your internet connection and reload the page.',
      },
      timeout: {
        what: 'Loading the dossier took too long.',
        todo: 'Try again in a moment.',
        todoNoRetry: 'Reload the page in a moment.',
      },
      server: {
        what: 'The server could not deliver the dossier just now.',
        todo: "Try again in a few minutes. If it still fails, tell this website's web team.",
        todoNoRetry: "Reload the page in a few minutes. If it still fails, tell this website's web team.",
      },
      'not-found': {
        what: 'The dossier was not found where this page looks for it.',
        todo: "Trying again will not help here. Please tell this website's web team; the technical details below help them.",
      },
      refused: {
        what: 'The server does not release the dossier.',
        todo: "Please tell this website's web team; the technical details below help them.",
      },
      'not-json': {
        what: 'The file this page loads as its dossier is not a dossier.',
        todo: "Please tell this website's web team; the technical details below help them.",
      },
      invalid: {
        what: 'The dossier contains errors, so it is not shown.',
        todo: "Please tell this website's web team; the technical details below help them.",
      },
    },
    errorDetails: {
      summary: "Technical details for the website's web team",
      kind: 'Kind of error',
      url: 'Address',
      whereElse: "The same details are in the browser's console and in the dossier-error event.",
    },
    moreIssues: (n) => `and ${n} more ${n === 1 ? 'problem' : 'problems'}`,
    retry: 'Try again',
    basis: { dossier: 'From the dossier', talk: 'From the talk', interpretation: 'Interpretation' },
    basisHint: {
      dossier: 'This is what the dossier says.',
      talk: "From Marcel Spierts' talk on the dossier, not a finding of the dossier.",
      interpretation: 'Our reading: the sources do not say this themselves.',
    },
    sources: 'Sources',
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
  },
};
