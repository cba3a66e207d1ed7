import type { Catalogue } from '../../i18n/common.js';

const decimals = new Map<string, Intl.NumberFormat>();
/** A mean as the language writes it: 1,25 / 1.25. */
const decimal = (n: number, lang: 'nl' | 'en') => {
  let f = decimals.get(lang);
  if (!f) decimals.set(lang, (f = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 })));
  return f.format(n);
};

export interface PracticeProfileMessages {
  title: string;
  intro: string;
  privacy: string;
  privacyHow: string;
  /** "12 van 14 beantwoord" */
  progress: (answered: number, total: number) => string;
  saved: string;
  notSaved: string;
  storageUnavailable: string;
  storedCorrupt: string;
  downloadCorrupt: string;
  practice: string;
  name: string;
  neighbourhood: string;
  date: string;
  context: string;
  question: string;
  optional: string;
  goals: string;
  goalsHint: string;
  levels: string;
  levelsHint: string;
  factors: string;
  factorsHint: string;
  crafts: string;
  craftsHint: string;
  /** not / present / clear / central */
  presence: [string, string, string, string];
  notAnswered: string;
  note: string;
  example: string;
  levelsNote: string;
  results: string;
  show: string;
  showing: string;
  comparison: string;
  comparisonIntro: string;
  interpretationNote: string;
  caution: string;
  distanceCaption: (approach: string) => string;
  item: string;
  ours: string;
  theirs: string;
  difference: string;
  total: string;
  /** The sum of the differences over the answered items, and their mean (0–3). */
  distance: (sum: number, answered: number, mean: number, lang: 'nl' | 'en') => string;
  mean: string;
  ruleBasis: string;
  noneAnswered: string;
  closest: (names: string) => string;
  prompts: string;
  promptsIntro: string;
  noPrompts: string;
  onePager: string;
  onePagerIntro: string;
  downloadHtml: string;
  print: string;
  copy: string;
  copied: string;
  copyFailed: string;
  printFailed: string;
  yourData: string;
  exportJson: string;
  importJson: string;
  importHint: string;
  imported: string;
  importErrors: (file: string) => string;
  unchanged: string;
  remove: string;
  removeConfirm: string;
  removeYes: string;
  removeNo: string;
  removed: string;
  /** One-pager. */
  forFunder: string;
  filledIn: (date: string) => string;
  ourContext: string;
  ourQuestion: string;
  workAt: string;
  noLevels: string;
  craftBalance: string;
  whatDossierSays: string;
  madeWith: (title: string, publisher: string, year: number) => string;
  ownWords: string;
  untitled: string;
}

export const messages: Catalogue<PracticeProfileMessages> = {
  nl: {
    title: 'Onze praktijk',
    intro:
      'Beschrijf jullie eigen werk in de termen van het dossier. Jullie antwoorden worden een vierde profiel naast de drie benaderingen, met een overzicht voor je opdrachtgever.',
    privacy: 'Jullie antwoorden blijven in deze browser: ze worden alleen hier bewaard (localStorage) en nergens naartoe gestuurd.',
    privacyHow: 'Onder ‘Jullie gegevens’ kun je ze als bestand bewaren, weer inlezen of wissen.',
    progress: (a, t) => `${a} van ${t} beantwoord`,
    saved: 'Bewaard in deze browser.',
    notSaved: 'Niet bewaard: deze browser staat opslaan niet toe. Bewaar je antwoorden als bestand.',
    storageUnavailable: 'Deze browser laat ons niet lezen wat eerder bewaard is. Je kunt invullen, maar bewaar je antwoorden als bestand.',
    storedCorrupt: 'De antwoorden die in deze browser bewaard waren, kunnen niet meer worden gelezen. Ze zijn apart gezet, niet gewist. Wat er mis is:',
    downloadCorrupt: 'Download de onleesbare antwoorden',
    practice: 'Jullie praktijk',
    name: 'Project of team',
    neighbourhood: 'Wijk of buurt',
    date: 'Datum',
    context: 'Jullie context, in eigen woorden',
    question: 'Jullie vraag',
    optional: '(niet verplicht)',
    goals: 'Kerndoelen',
    goalsHint: 'Hoe centraal staat elk kerndoel in jullie werk?',
    levels: 'Niveaus',
    levelsHint: 'Op welke niveaus werken jullie?',
    factors: 'Werkzame factoren',
    factorsHint: 'Hoe aanwezig is elke factor in jullie werk? Geef een concreet voorbeeld.',
    crafts: 'Vakmanschap',
    craftsHint: 'Hoeveel aandacht krijgt elke vorm van vakmanschap?',
    presence: ['niet', 'aanwezig', 'duidelijk', 'centraal'],
    notAnswered: 'nog niet beantwoord',
    note: 'Toelichting',
    example: 'Voorbeeld uit jullie praktijk',
    levelsNote: 'Toelichting bij de niveaus',
    results: 'Jullie praktijk naast het dossier',
    show: 'Toon onze praktijk in de boom en de vergelijking',
    showing: 'Onze praktijk wordt getoond in de boom en de vergelijking.',
    comparison: 'Welke benadering lijkt op jullie praktijk?',
    comparisonIntro:
      'Per benadering: voor elk kerndoel, elke factor en elke vorm van vakmanschap die jullie beantwoordden, het verschil tussen jullie antwoord en het gewicht dat de benadering eraan geeft (niet benadrukt = 0, het leidende vakmanschap = 3), opgeteld. Hoe kleiner, hoe meer jullie praktijk erop lijkt.',
    interpretationNote: 'De gewichten van de benaderingen zijn onze interpretatie van het dossier, geen oordeel van het dossier zelf.',
    caution: 'Wat het dossier zegt over de benaderingen:',
    distanceCaption: (a) => `Afstand tot ${a}`,
    item: 'Onderdeel',
    ours: 'Onze praktijk',
    theirs: 'Benadering',
    difference: 'Verschil',
    total: 'Totaal',
    distance: (sum, n, mean, lang) => `afstand ${sum} over ${n} ${n === 1 ? 'antwoord' : 'antwoorden'}, gemiddeld ${decimal(mean, lang)} per antwoord (0–3)`,
    mean: 'gemiddeld',
    ruleBasis: 'Dat deze uitspraak hier van toepassing is, is onze lezing.',
    noneAnswered: 'Beantwoord eerst een kerndoel of factor.',
    closest: (names) => `Het dichtst bij: ${names}.`,
    prompts: 'Om over na te denken',
    promptsIntro: 'Uitspraken uit het dossier die raken aan jullie antwoorden, met hun bronnen.',
    noPrompts: 'Nog geen uitspraken die op jullie antwoorden van toepassing zijn.',
    onePager: 'Overzicht voor je opdrachtgever',
    onePagerIntro: 'Eén à twee A4 met jullie antwoorden, de vergelijking en wat het dossier erover zegt, met bronnen.',
    downloadHtml: 'Download als HTML',
    print: 'Afdrukken / bewaren als pdf',
    copy: 'Kopieer als opgemaakte tekst',
    copied: 'Gekopieerd: plak het in je tekstverwerker.',
    copyFailed: 'Kopiëren mag hier niet. Download het overzicht als HTML en open het in je tekstverwerker.',
    printFailed: 'Afdrukken lukte niet. Download het overzicht als HTML en druk het daar af.',
    yourData: 'Jullie gegevens',
    exportJson: 'Bewaar als bestand (JSON)',
    importJson: 'Lees een bestand in (JSON)',
    importHint: 'Een bestand dat je eerder bewaarde. Het vervangt de antwoorden hier.',
    imported: 'Ingelezen: de antwoorden uit het bestand staan nu hier.',
    importErrors: (f) => `${f} kan niet worden ingelezen:`,
    unchanged: 'Er is niets veranderd.',
    remove: 'Wis onze antwoorden',
    removeConfirm: 'Alle antwoorden uit deze browser wissen? Dit kan niet ongedaan worden gemaakt.',
    removeYes: 'Ja, wissen',
    removeNo: 'Nee, bewaren',
    removed: 'Gewist. Er staat niets meer in deze browser.',
    forFunder: 'Onze praktijk in de termen van het dossier',
    filledIn: (d) => `Ingevuld op ${d}`,
    ourContext: 'Context',
    ourQuestion: 'Vraag',
    workAt: 'Wij werken op',
    noLevels: 'Geen niveau gekozen.',
    craftBalance: 'Balans in vakmanschap',
    whatDossierSays: 'Wat het dossier erover zegt',
    madeWith: (title, publisher, year) => `Opgesteld met ‘${title}’ (${publisher}, ${year}).`,
    ownWords: 'Antwoorden en toelichtingen zijn van het team zelf.',
    untitled: 'Onze praktijk',
  },
  en: {
    title: 'Our practice',
    intro:
      'Describe your own work in the dossier’s terms. Your answers become a fourth profile beside the three approaches, with a summary for your funder.',
    privacy: 'Your answers stay in this browser: they are stored only here (localStorage) and sent nowhere.',
    privacyHow: 'Under ‘Your data’ you can save them as a file, read them back in, or delete them.',
    progress: (a, t) => `${a} of ${t} answered`,
    saved: 'Saved in this browser.',
    notSaved: 'Not saved: this browser does not allow storage. Save your answers as a file.',
    storageUnavailable: 'This browser does not let us read what was stored before. You can fill in the form, but save your answers as a file.',
    storedCorrupt: 'The answers stored in this browser can no longer be read. They have been set aside, not deleted. What is wrong:',
    downloadCorrupt: 'Download the unreadable answers',
    practice: 'Your practice',
    name: 'Project or team',
    neighbourhood: 'Neighbourhood',
    date: 'Date',
    context: 'Your context, in your own words',
    question: 'Your question',
    optional: '(optional)',
    goals: 'Core goals',
    goalsHint: 'How central is each core goal in your work?',
    levels: 'Levels',
    levelsHint: 'At which levels do you work?',
    factors: 'Effective factors',
    factorsHint: 'How present is each factor in your work? Give a concrete example.',
    crafts: 'Craftsmanship',
    craftsHint: 'How much attention does each form of craftsmanship get?',
    presence: ['not', 'present', 'clear', 'central'],
    notAnswered: 'not answered yet',
    note: 'Note',
    example: 'Example from your practice',
    levelsNote: 'Note on the levels',
    results: 'Your practice beside the dossier',
    show: 'Show our practice in the tree and comparator',
    showing: 'Our practice is shown in the tree and comparator.',
    comparison: 'Which approach does your practice resemble?',
    comparisonIntro:
      'For each approach: for every core goal, factor and form of craftsmanship you answered, the difference between your answer and the weight the approach gives it (not emphasised = 0, the leading craft = 3), added up. The smaller, the more your practice resembles it.',
    interpretationNote: 'The approaches’ weights are our interpretation of the dossier, not a judgement of the dossier itself.',
    caution: 'What the dossier says about the approaches:',
    distanceCaption: (a) => `Distance to ${a}`,
    item: 'Item',
    ours: 'Our practice',
    theirs: 'Approach',
    difference: 'Difference',
    total: 'Total',
    distance: (sum, n, mean, lang) => `distance ${sum} over ${n} ${n === 1 ? 'answer' : 'answers'}, on average ${decimal(mean, lang)} per answer (0–3)`,
    mean: 'mean',
    ruleBasis: 'That this statement applies here is our reading.',
    noneAnswered: 'Answer a core goal or factor first.',
    closest: (names) => `Closest: ${names}.`,
    prompts: 'To reflect on',
    promptsIntro: 'Statements from the dossier that touch on your answers, with their sources.',
    noPrompts: 'No statements apply to your answers yet.',
    onePager: 'Summary for your funder',
    onePagerIntro: 'One or two A4 pages with your answers, the comparison and what the dossier says about them, with sources.',
    downloadHtml: 'Download as HTML',
    print: 'Print / save as PDF',
    copy: 'Copy as formatted text',
    copied: 'Copied: paste it into your word processor.',
    copyFailed: 'Copying is not allowed here. Download the summary as HTML and open it in your word processor.',
    printFailed: 'Printing did not work. Download the summary as HTML and print it from there.',
    yourData: 'Your data',
    exportJson: 'Save as a file (JSON)',
    importJson: 'Read in a file (JSON)',
    importHint: 'A file you saved before. It replaces the answers here.',
    imported: 'Read in: the answers from the file are here now.',
    importErrors: (f) => `${f} cannot be read in:`,
    unchanged: 'Nothing has changed.',
    remove: 'Delete our answers',
    removeConfirm: 'Delete all answers from this browser? This cannot be undone.',
    removeYes: 'Yes, delete',
    removeNo: 'No, keep them',
    removed: 'Deleted. Nothing is left in this browser.',
    forFunder: 'Our practice in the dossier’s terms',
    filledIn: (d) => `Filled in on ${d}`,
    ourContext: 'Context',
    ourQuestion: 'Question',
    workAt: 'We work at',
    noLevels: 'No level chosen.',
    craftBalance: 'Balance of craftsmanship',
    whatDossierSays: 'What the dossier says',
    madeWith: (title, publisher, year) => `Made with ‘${title}’ (${publisher}, ${year}).`,
    ownWords: 'Answers and notes are the team’s own.',
    untitled: 'Our practice',
  },
};
