import type { Catalogue } from '../../i18n/common.js';

export interface FactorCardMessages {
  /** What the picture shows, in the download buttons' names ("de kaart Informaliteit"). */
  pictureWhat: (name: string) => string;
  approaches: string;
  goals: string;
  levels: string;
  description: string;
  select: string;
  selected: string;
  /** The active approach emphasises this factor. */
  emphasisedBy: (approach: string) => string;
  /** The active approach does not emphasise this factor. */
  notEmphasisedBy: (approach: string) => string;
  /** No approach is active (the note's place, kept so that choosing one moves nothing). */
  noApproach: string;
  none: string;
  unknown: (id: string) => string;
  missing: string;
  known: string;
}

export const messages: Catalogue<FactorCardMessages> = {
  nl: {
    pictureWhat: (name) => `de kaart ${name}`,
    approaches: 'Benaderingen die erop leunen',
    goals: 'Dient de kerndoelen',
    levels: 'Speelt op',
    description: 'Wat de bronnen zeggen',
    select: 'Selecteer',
    selected: 'Geselecteerd',
    emphasisedBy: (a) => `Nadruk in ${a}:`,
    notEmphasisedBy: (a) => `${a} legt hier geen nadruk op.`,
    noApproach: 'Geen benadering actief.',
    none: 'Geen.',
    unknown: (id) => `Onbekende werkzame factor: “${id}” staat niet in het dossier.`,
    missing: 'Er is geen werkzame factor gekozen: geef het attribuut factor een id.',
    known: 'Bekende factoren:',
  },
  en: {
    pictureWhat: (name) => `the card ${name}`,
    approaches: 'Approaches that lean on it',
    goals: 'Serves the core goals',
    levels: 'Plays at',
    description: 'What the sources say',
    select: 'Select',
    selected: 'Selected',
    emphasisedBy: (a) => `Emphasis in ${a}:`,
    notEmphasisedBy: (a) => `${a} puts no emphasis on this.`,
    noApproach: 'No approach active.',
    none: 'None.',
    unknown: (id) => `Unknown effective factor: “${id}” is not in the dossier.`,
    missing: 'No effective factor chosen: give the factor attribute an id.',
    known: 'Known factors:',
  },
};
