import type { Catalogue } from '../../i18n/common.js';

export interface ComparatorMessages {
  chooseLegend: string;
  chooseHint: string;
  atLeastTwo: string;
  sortByDifference: string;
  caption: (names: string) => string;
  aspect: string;
  activeRow: string;
  active: string;
  /** The toggle's visible name: the action. */
  showEmphasis: string;
  /** Completes the toggle's accessible name (hidden to eyes, which see the approach's column or section). */
  ofApproach: (name: string) => string;
  stateActive: string;
  stateInactive: string;
  activeHint: string;
  focus: string;
  statements: (n: number) => string;
  leadingCraft: string;
  role: string;
  methods: string;
  risks: string;
  notDescribed: string;
  /** The team's own practice as a column (issue 25): what its focus cell says, what its text cells say, the legend's line. */
  ownFocus: string;
  ownNotAsked: string;
  ownHint: string;
  weightScale: string;
  allInterpretation: string;
  someInterpretation: string;
  biggestDifference: string;
  differences: (steps: number, names: string) => string;
  noDifferences: string;
  selectHint: string;
  /** What the picture shows, in the download buttons' names, and its file name. */
  pictureWhat: string;
  pictureFile: string;
}

export const messages: Catalogue<ComparatorMessages> = {
  nl: {
    chooseLegend: 'Vergelijk',
    chooseHint: 'Kies twee of drie benaderingen.',
    atLeastTwo: 'Kies minstens twee benaderingen om te vergelijken.',
    sortByDifference: 'Grootste verschillen bovenaan',
    caption: (names) => `Vergelijking van ${names}`,
    aspect: 'Kenmerk',
    activeRow: 'Actieve benadering',
    active: 'Actief',
    showEmphasis: 'Toon nadruk',
    ofApproach: (name) => ` van ${name}`,
    stateActive: 'actief',
    stateInactive: 'niet actief',
    activeHint: 'Maak een benadering actief om haar nadruk te zien in de boom en de factorkaarten.',
    focus: 'Focus',
    statements: (n) => `Wat de bronnen zeggen (${n})`,
    leadingCraft: 'Leidend vakmanschap',
    role: 'Rol van de professional',
    methods: 'Typische methoden',
    risks: 'Risico’s',
    notDescribed: 'Niet beschreven in de data.',
    ownFocus: 'De eigen praktijk van het team, zoals het die in het praktijkprofiel beschreef.',
    ownNotAsked: 'Niet gevraagd in het praktijkprofiel.',
    ownHint: 'Onze praktijk toont de antwoorden uit uw praktijkprofiel: de eigen inschatting van het team, niet uit het dossier. De antwoorden blijven in deze browser.',
    weightScale: 'Gewicht:',
    allInterpretation:
      'Alle gewichten zijn onze interpretatie van de bronnen, geen bevinding van het dossier. Ook al het andere met het label Interpretatie is onze lezing.',
    someInterpretation: 'Wat het label Interpretatie draagt, is onze lezing van de bronnen, geen bevinding van het dossier.',
    biggestDifference: 'Grootste verschil',
    differences: (steps, names) =>
      `De gekozen benaderingen verschillen het meest bij ${names}: ${steps} ${steps === 1 ? 'stap' : 'stappen'} tussen de hoogste en de laagste nadruk.`,
    noDifferences: 'De gekozen benaderingen leggen bij alle kerndoelen en factoren dezelfde nadruk.',
    selectHint: 'Kies een kerndoel of factor om het in de boom en de kaarten te selecteren.',
    pictureWhat: 'de vergelijking',
    pictureFile: 'wat-werkt-vergelijking-nl',
  },
  en: {
    chooseLegend: 'Compare',
    chooseHint: 'Choose two or three approaches.',
    atLeastTwo: 'Choose at least two approaches to compare.',
    sortByDifference: 'Biggest differences first',
    caption: (names) => `Comparison of ${names}`,
    aspect: 'Aspect',
    activeRow: 'Active approach',
    active: 'Active',
    showEmphasis: 'Show emphasis',
    ofApproach: (name) => ` of ${name}`,
    stateActive: 'active',
    stateInactive: 'not active',
    activeHint: 'Make an approach active to see its emphasis in the tree and the factor cards.',
    focus: 'Focus',
    statements: (n) => `What the sources say (${n})`,
    leadingCraft: 'Leading craftsmanship',
    role: 'Role of the professional',
    methods: 'Typical methods',
    risks: 'Risks',
    notDescribed: 'Not described in the data.',
    ownFocus: 'The team’s own practice, as it described it in its practice profile.',
    ownNotAsked: 'Not asked in the practice profile.',
    ownHint: 'Our practice shows the answers from your practice profile: the team’s own assessment, not from the dossier. The answers stay in this browser.',
    weightScale: 'Weight:',
    allInterpretation:
      'All weights are our interpretation of the sources, not findings of the dossier. Everything else carrying the Interpretation label is our reading too.',
    someInterpretation: 'Whatever carries the Interpretation label is our reading of the sources, not a finding of the dossier.',
    biggestDifference: 'Biggest difference',
    differences: (steps, names) =>
      `The chosen approaches differ most on ${names}: ${steps} ${steps === 1 ? 'step' : 'steps'} between the strongest and the weakest emphasis.`,
    noDifferences: 'The chosen approaches put the same emphasis on every core goal and factor.',
    selectHint: 'Choose a core goal or factor to select it in the tree and the cards.',
    pictureWhat: 'the comparison',
    pictureFile: 'wat-werkt-comparison-en',
  },
};
