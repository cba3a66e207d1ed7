/**
 * What the error view says to a visitor, per case, and the labels of its technical detail, in Dutch
 * and English. Not in the shared strings every element carries: an element shows an error only after
 * loading the issues' messages (`issue-format.ts` loads these with them); the provider, which shows
 * the errors of what it loads, imports them outright.
 */
import type { ErrorCase } from '../base/state-views.js';
import type { Catalogue } from './common.js';

export interface ErrorMessages {
  /**
   * Per case, for a visitor: `what` happened and what they can do (`todo`; `todoNoRetry` where the view
   * has no retry button, e.g. an element's own dossier). Never a status, URL or path: those are in `errorDetails`.
   */
  errorVisitor: Record<ErrorCase, { what: string; todo: string; todoNoRetry?: string }>;
  /** The disclosure with the technical detail, for the web team. */
  errorDetails: { summary: string; kind: string; url: string; whereElse: string };
}

export const errorMessages: Catalogue<ErrorMessages> = {
  nl: {
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
  },
  en: {
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
  },
};
