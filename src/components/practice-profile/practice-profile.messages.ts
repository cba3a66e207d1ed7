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
  /** A level the team did not choose, in the one-pager's account of its answers. */
  notChosen: string;
  craftBalance: string;
  madeWith: (title: string, publisher: string, year: number) => string;
  ownWords: string;
  untitled: string;
  /** The one-pager speaks as the team to its funder ("onze praktijk"), the form to the team ("uw praktijk"). */
  onePagerExample: string;
  onePagerComparison: string;
  onePagerPrompts: string;
  /** The distance table's column head in the one-pager. */
  distanceHead: string;
  /** Above a prompt's statement: the dossier item it comes from. */
  statementOn: (item: string) => string;
}

export const messages: Catalogue<PracticeProfileMessages> = {
  // Dutch at B1 in the u-form, as the rest of the library (the builder, the error messages) addresses its reader.
  // What the team says about itself (its profile beside the approaches, the one-pager) is in its own voice: "onze praktijk".
  nl: {
    title: 'Onze praktijk',
    intro:
      'Beschrijf het werk van uw team in de woorden van het dossier. Uw antwoorden komen als vierde profiel naast de drie benaderingen, met een overzicht voor uw opdrachtgever of partners.',
    privacy: 'Uw antwoorden blijven in deze browser op dit apparaat (localStorage). Ze worden nergens naartoe gestuurd.',
    privacyHow: 'Onder ‘Uw gegevens’ kunt u ze opslaan als bestand, een bestand weer openen of alles wissen.',
    progress: (a, t) => `${a} van ${t} beantwoord`,
    saved: 'Bewaard in deze browser.',
    notSaved: 'Niet bewaard: deze browser staat dat niet toe. Sla uw antwoorden op als bestand, onder ‘Uw gegevens’.',
    storageUnavailable: 'Deze browser geeft eerder bewaarde antwoorden niet vrij. U kunt wel invullen, maar sla uw antwoorden dan op als bestand.',
    storedCorrupt: 'De antwoorden die in deze browser bewaard waren, kunnen niet meer worden gelezen. We hebben ze apart gezet, niet gewist. Wat er mis is:',
    downloadCorrupt: 'Download de onleesbare antwoorden',
    practice: 'Over uw praktijk',
    name: 'Naam van project of team',
    neighbourhood: 'Wijk of buurt',
    date: 'Datum',
    context: 'De situatie waarin u werkt, in uw eigen woorden',
    question: 'Uw vraag',
    optional: '(niet verplicht)',
    goals: 'Kerndoelen',
    goalsHint: 'Hoe belangrijk is elk kerndoel in uw werk?',
    levels: 'Niveaus',
    levelsHint: 'Op welke niveaus werkt u? Kies er één of meer.',
    factors: 'Werkzame factoren',
    factorsHint: 'Hoe sterk is elke factor aanwezig in uw werk? Geef een concreet voorbeeld uit uw praktijk.',
    crafts: 'Vakmanschap',
    craftsHint: 'Hoeveel aandacht krijgt elke vorm van vakmanschap in uw werk?',
    presence: ['niet', 'aanwezig', 'duidelijk', 'centraal'],
    notAnswered: 'nog niet ingevuld',
    note: 'Toelichting',
    example: 'Voorbeeld uit uw praktijk',
    levelsNote: 'Toelichting bij de niveaus',
    results: 'Uw praktijk naast het dossier',
    show: 'Toon onze praktijk in de boom en de vergelijking',
    showing: 'Onze praktijk staat nu in de boom en de vergelijking.',
    comparison: 'Op welke benadering lijkt uw praktijk?',
    comparisonIntro:
      'Zo rekenen we: per kerndoel, factor en vorm van vakmanschap die u invulde, het aantal stappen tussen uw antwoord en het gewicht dat de benadering eraan geeft (niet benadrukt = 0, centraal = 3; het leidende vakmanschap van de benadering = 3). Die verschillen samen zijn de afstand: hoe kleiner, hoe meer uw praktijk op de benadering lijkt.',
    interpretationNote: 'De gewichten van de benaderingen zijn onze interpretatie van het dossier. Het dossier geeft zelf geen gewichten.',
    caution: 'Wat het dossier zelf zegt over de benaderingen:',
    distanceCaption: (a) => `Afstand tot ${a}`,
    item: 'Onderdeel',
    ours: 'Onze praktijk',
    theirs: 'Benadering',
    difference: 'Verschil',
    total: 'Totaal',
    distance: (sum, n, mean, lang) =>
      `afstand ${sum} bij ${n} ${n === 1 ? 'antwoord' : 'antwoorden'}, gemiddeld ${decimal(mean, lang)} per antwoord (op een schaal van 0 tot 3)`,
    noneAnswered: 'Vul eerst een kerndoel, factor of vakmanschap in.',
    closest: (names) => `Lijkt het meest op: ${names}.`,
    prompts: 'Om over na te denken',
    promptsIntro: 'Wat het dossier zegt over onderwerpen uit uw antwoorden, met de bronnen.',
    noPrompts: 'Nog geen uitspraken uit het dossier die bij uw antwoorden horen.',
    onePager: 'Overzicht voor opdrachtgever of partners',
    onePagerIntro: 'Eén of twee A4’tjes met uw antwoorden, de vergelijking en wat het dossier erover zegt, met bronnen.',
    downloadHtml: 'Download als HTML',
    print: 'Afdrukken of opslaan als pdf',
    copy: 'Kopieer als opgemaakte tekst',
    copied: 'Gekopieerd. Plak het in uw tekstverwerker, bijvoorbeeld Word.',
    copyFailed: 'Kopiëren lukt hier niet. Download het overzicht als HTML en open dat in uw tekstverwerker.',
    printFailed: 'Afdrukken lukte niet. Download het overzicht als HTML en druk het vanuit dat bestand af.',
    yourData: 'Uw gegevens',
    exportJson: 'Bewaar als bestand (JSON)',
    importJson: 'Open een bewaard bestand (JSON)',
    importHint: 'Een bestand dat u eerder hier bewaarde. Het vervangt de antwoorden die nu in deze browser staan.',
    imported: 'Ingelezen. De antwoorden uit het bestand staan nu hier.',
    importErrors: (f) => `${f} kan niet worden ingelezen:`,
    unchanged: 'Er is niets veranderd.',
    remove: 'Wis alle antwoorden',
    removeConfirm: 'Alle antwoorden uit deze browser wissen? Dat kan niet ongedaan worden gemaakt. Wilt u ze houden, bewaar ze dan eerst als bestand.',
    removeYes: 'Ja, wissen',
    removeNo: 'Nee, niet wissen',
    removed: 'Gewist. Er staan geen antwoorden meer in deze browser.',
    forFunder: 'Onze praktijk in de termen van het dossier',
    filledIn: (d) => `ingevuld op ${d}`,
    ourContext: 'Onze situatie',
    ourQuestion: 'Onze vraag',
    workAt: 'Wij werken op deze niveaus',
    noLevels: 'Geen niveau gekozen.',
    notChosen: 'niet gekozen',
    craftBalance: 'Aandacht voor vakmanschap',
    madeWith: (title, publisher, year) => `Gemaakt met ‘${title}’ (${publisher}, ${year}).`,
    ownWords: 'De antwoorden en toelichtingen zijn de eigen inschatting van het team.',
    untitled: 'Onze praktijk',
    onePagerExample: 'Voorbeeld uit onze praktijk',
    onePagerComparison: 'Op welke benadering lijkt onze praktijk?',
    onePagerPrompts: 'Wat het dossier zegt bij onze antwoorden',
    distanceHead: 'Afstand',
    statementOn: (item) => `Bij ‘${item}’:`,
  },
  en: {
    title: 'Our practice',
    intro:
      'Describe your team’s work in the dossier’s terms. Your answers appear as a fourth profile beside the three approaches, with a summary for your funder or partners.',
    privacy: 'Your answers stay in this browser on this device (localStorage). They are not sent anywhere.',
    privacyHow: 'Under ‘Your data’ you can save them as a file, open a saved file, or delete everything.',
    progress: (a, t) => `${a} of ${t} answered`,
    saved: 'Saved in this browser.',
    notSaved: 'Not saved: this browser does not allow it. Save your answers as a file, under ‘Your data’.',
    storageUnavailable: 'This browser does not give back answers saved earlier. You can still fill in the form, but then save your answers as a file.',
    storedCorrupt: 'The answers saved in this browser can no longer be read. We have set them aside, not deleted them. What is wrong:',
    downloadCorrupt: 'Download the unreadable answers',
    practice: 'About your practice',
    name: 'Name of project or team',
    neighbourhood: 'Neighbourhood',
    date: 'Date',
    context: 'The situation you work in, in your own words',
    question: 'Your question',
    optional: '(optional)',
    goals: 'Core goals',
    goalsHint: 'How important is each core goal in your work?',
    levels: 'Levels',
    levelsHint: 'At which levels do you work? Choose one or more.',
    factors: 'Effective factors',
    factorsHint: 'How strongly is each factor present in your work? Give a concrete example from your practice.',
    crafts: 'Craftsmanship',
    craftsHint: 'How much attention does each form of craftsmanship get in your work?',
    presence: ['not', 'present', 'clear', 'central'],
    notAnswered: 'not answered yet',
    note: 'Note',
    example: 'Example from your practice',
    levelsNote: 'Note on the levels',
    results: 'Your practice beside the dossier',
    show: 'Show our practice in the tree and comparator',
    showing: 'Our practice is now shown in the tree and comparator.',
    comparison: 'Which approach does your practice resemble?',
    comparisonIntro:
      'How we count: for each core goal, factor and craft form you answered, the steps between your answer and the weight the approach gives it (not emphasised = 0, central = 3; the approach’s leading craft = 3). Added up, that is the distance: the smaller, the more your practice resembles the approach.',
    interpretationNote: 'The approaches’ weights are our interpretation of the dossier. The dossier itself gives no weights.',
    caution: 'What the dossier itself says about the approaches:',
    distanceCaption: (a) => `Distance to ${a}`,
    item: 'Item',
    ours: 'Our practice',
    theirs: 'Approach',
    difference: 'Difference',
    total: 'Total',
    distance: (sum, n, mean, lang) =>
      `distance ${sum} over ${n} ${n === 1 ? 'answer' : 'answers'}, on average ${decimal(mean, lang)} per answer (on a scale of 0 to 3)`,
    noneAnswered: 'Answer a core goal, factor or craft form first.',
    closest: (names) => `Most like: ${names}.`,
    prompts: 'To reflect on',
    promptsIntro: 'What the dossier says about topics in your answers, with its sources.',
    noPrompts: 'No statements from the dossier fit your answers yet.',
    onePager: 'Summary for your funder or partners',
    onePagerIntro: 'One or two A4 pages with your answers, the comparison and what the dossier says about them, with sources.',
    downloadHtml: 'Download as HTML',
    print: 'Print or save as PDF',
    copy: 'Copy as formatted text',
    copied: 'Copied. Paste it into your word processor, such as Word.',
    copyFailed: 'Copying is not possible here. Download the summary as HTML and open it in your word processor.',
    printFailed: 'Printing did not work. Download the summary as HTML and print it from that file.',
    yourData: 'Your data',
    exportJson: 'Save as a file (JSON)',
    importJson: 'Open a saved file (JSON)',
    importHint: 'A file you saved here before. It replaces the answers now in this browser.',
    imported: 'Opened. The answers from the file are here now.',
    importErrors: (f) => `${f} cannot be opened:`,
    unchanged: 'Nothing has changed.',
    remove: 'Delete all answers',
    removeConfirm: 'Delete all answers from this browser? This cannot be undone. To keep them, save them as a file first.',
    removeYes: 'Yes, delete',
    removeNo: 'No, keep them',
    removed: 'Deleted. There are no answers left in this browser.',
    forFunder: 'Our practice in the dossier’s terms',
    filledIn: (d) => `filled in on ${d}`,
    ourContext: 'Our situation',
    ourQuestion: 'Our question',
    workAt: 'We work at these levels',
    noLevels: 'No level chosen.',
    notChosen: 'not chosen',
    craftBalance: 'Attention to craftsmanship',
    madeWith: (title, publisher, year) => `Made with ‘${title}’ (${publisher}, ${year}).`,
    ownWords: 'The answers and notes are the team’s own assessment.',
    untitled: 'Our practice',
    onePagerExample: 'Example from our practice',
    onePagerComparison: 'Which approach does our practice resemble?',
    onePagerPrompts: 'What the dossier says about our answers',
    distanceHead: 'Distance',
    statementOn: (item) => `On ‘${item}’:`,
  },
};
