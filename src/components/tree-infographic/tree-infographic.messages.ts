/** Strings of `<tree-infographic>`, in Dutch and English. Data text comes from the dossier. */
import type { Catalogue } from '../../i18n/common.js';

/** Between the scales in a levels note: the no-break space keeps "· meso" together, so a wrapped note
 * never ends a line on the dot ("micro ·" / "meso") but starts the next with it. */
const SCALE_SEPARATOR = ' ·\u00a0';

export interface TreeMessages {
  /** Accessible name of the interactive tree. */
  treeLabel: (title: string) => string;
  /** One sentence per part: where each collection sits. */
  summaryIntro: string;
  summaryPart: (region: string, collection: string, count: number) => string;
  keyboardHint: string;
  /** A part's visible label, e.g. "Hart · Kerndoelen". */
  partLabel: (region: string, collection: string) => string;
  /** A part's accessible name. */
  partName: (region: string, collection: string, count: number) => string;
  /** Added to the accessible name of a part or item drawn dashed: its place or content is our interpretation. */
  interpretedNote: string;
  highlight: string;
  /** The approach picker's label on a phone, where the toolbar is one row. */
  highlightShort: string;
  none: string;
  /** On a phone: the disclosure holding the list view and the downloads. */
  more: string;
  /** Its group's accessible name, saying what it holds. */
  moreLabel: string;
  /** On a phone: the button showing the caption's whole summary, and hiding it again. */
  captionMore: string;
  captionLess: string;
  /** On a phone: the legend's disclosure. */
  legendToggle: string;
  showList: string;
  /** The label of the downloads' group. */
  download: string;
  /** A page format's short visible name: "Dia", "A4". */
  pageName: Record<'slide' | 'handout', string>;
  /** A download button's accessible name; it starts with the visible text (`pageName` and format). */
  downloadLabel: (page: 'slide' | 'handout', format: 'svg' | 'png') => string;
  /** A download did not work; `format` is `svg` or `png`. */
  exportFailed: (format: 'svg' | 'png') => string;
  legendFor: (approach: string) => string;
  legendDimmed: string;
  legendIdle: string;
  legendDashed: string;
  weightsBasis: string;
  /** Said with a profile's weights: they are the team's own (issue 25). */
  weightsOwn: string;
  close: string;
  placement: string;
  emphasisedBy: string;
  notEmphasised: string;
  emphasises: string;
  showEmphasis: string;
  aspects: string;
  examples: string;
  setting: Record<'formal' | 'informal', string>;
  items: (n: number) => string;
  /** Added to an item's accessible name while an approach is active. */
  weightNote: (weight: string, approach: string) => string;
  activeApproachNote: string;
  selected: (name: string) => string;
  tooltipHint: string;
  /** Under a factor's name in the drawing: the levels its data gives, e.g. "niveaus micro · meso". */
  levelsNote: (scales: string[], short?: boolean) => string;
  /** Heading of the levels in a factor's details. */
  levels: string;
  /** Collections of the dossier that no part of the tree holds, e.g. "Begrippen (5)". */
  notInTree: (list: string) => string;
  credit: (publisher: string, year: number) => string;
}

export const treeMessages: Catalogue<TreeMessages> = {
  nl: {
    treeLabel: (title) => `${title}: de boom`,
    summaryIntro: 'Het dossier als boom.',
    summaryPart: (region, collection, count) => `${region}: ${collection.toLowerCase()} (${count}).`,
    keyboardHint:
      'Pijltjestoetsen omhoog en omlaag gaan langs alle onderdelen, rechts en links tussen een deel van de boom en wat erin staat, Home en End naar het eerste en laatste. Enter of spatie toont de details, Escape sluit ze.',
    partLabel: (region, collection) => `${region} · ${collection}`,
    partName: (region, collection, count) => `${region}: ${collection}, ${count} ${count === 1 ? 'onderdeel' : 'onderdelen'}`,
    interpretedNote: 'onze interpretatie',
    highlight: 'Toon de nadruk van',
    highlightShort: 'Nadruk van',
    none: 'Geen',
    more: 'Meer',
    moreLabel: 'Lijst en downloads',
    captionMore: 'Meer',
    captionLess: 'Minder',
    legendToggle: 'Legenda',
    showList: 'Toon als lijst',
    download: 'Download',
    pageName: { slide: 'Dia', handout: 'A4' },
    downloadLabel: (page, format) =>
      `${page === 'slide' ? 'Dia' : 'A4'} ${format.toUpperCase()}: download de boom als ${page === 'slide' ? 'dia (16:9)' : 'hand-out (A4)'}`,
    exportFailed: (format) => `Downloaden als ${format.toUpperCase()} is niet gelukt. Probeer het nog eens${format === 'png' ? ' of kies SVG' : ''}.`,
    legendFor: (approach) => `Nadruk van ${approach}:`,
    legendDimmed: 'geen nadruk',
    legendIdle: 'Kies een benadering om te zien waar die de nadruk op legt.',
    legendDashed: 'Gestippelde rand: plaatsing of inhoud is onze interpretatie.',
    weightsBasis: 'De gewichten zijn onze interpretatie van de bronnen.',
    weightsOwn: 'De gewichten zijn de eigen inschatting van het team, uit het praktijkprofiel.',
    close: 'Sluiten',
    placement: 'In de boom',
    emphasisedBy: 'Benaderingen die hier de nadruk op leggen',
    notEmphasised: 'Geen van de benaderingen legt hier volgens de data de nadruk op.',
    emphasises: 'Legt de nadruk op',
    showEmphasis: 'Toon deze nadruk in de boom',
    aspects: 'Aspecten',
    examples: 'Voorbeelden',
    setting: { formal: 'Formeel', informal: 'Informeel' },
    items: (n) => `${n} ${n === 1 ? 'onderdeel' : 'onderdelen'}`,
    weightNote: (weight, approach) => `${weight} bij ${approach}`,
    activeApproachNote: 'benadering waarvan de nadruk getoond wordt',
    selected: (name) => `${name} geselecteerd; de details staan na de boom.`,
    tooltipHint: 'Klik of Enter voor details',
    levelsNote: (scales, short) => `${short ? '' : scales.length > 1 ? 'niveaus ' : 'niveau '}${scales.join(SCALE_SEPARATOR)}`,
    levels: 'Speelt op',
    notInTree: (list) => `Niet in de boom, wel in het dossier: ${list}.`,
    credit: (publisher, year) => `Bron: ${publisher} (${year}). Samengesteld door wat-werkt; gestippeld = onze interpretatie.`,
  },
  en: {
    treeLabel: (title) => `${title}: the tree`,
    summaryIntro: 'The dossier as a tree.',
    summaryPart: (region, collection, count) => `${region}: ${collection.toLowerCase()} (${count}).`,
    keyboardHint:
      'Up and down arrows move through every part, right and left between a part of the tree and what it holds, Home and End to the first and last. Enter or Space shows the details, Escape closes them.',
    partLabel: (region, collection) => `${region} · ${collection}`,
    partName: (region, collection, count) => `${region}: ${collection}, ${count} ${count === 1 ? 'item' : 'items'}`,
    interpretedNote: 'our interpretation',
    highlight: 'Show the emphasis of',
    highlightShort: 'Emphasis of',
    none: 'None',
    more: 'More',
    moreLabel: 'List and downloads',
    captionMore: 'More',
    captionLess: 'Less',
    legendToggle: 'Legend',
    showList: 'Show as list',
    download: 'Download',
    pageName: { slide: 'Slide', handout: 'A4' },
    downloadLabel: (page, format) =>
      `${page === 'slide' ? 'Slide' : 'A4'} ${format.toUpperCase()}: download the tree as a ${page === 'slide' ? 'slide (16:9)' : 'handout (A4)'}`,
    exportFailed: (format) => `The ${format.toUpperCase()} download did not work. Try again${format === 'png' ? ' or choose SVG' : ''}.`,
    legendFor: (approach) => `Emphasis of ${approach}:`,
    legendDimmed: 'no emphasis',
    legendIdle: 'Choose an approach to see what it emphasises.',
    legendDashed: 'Dashed border: placement or content is our interpretation.',
    weightsBasis: 'The weights are our interpretation of the sources.',
    weightsOwn: "The weights are the team's own assessment, from its practice profile.",
    close: 'Close',
    placement: 'In the tree',
    emphasisedBy: 'Approaches that emphasise this',
    notEmphasised: 'According to the data, none of the approaches emphasises this.',
    emphasises: 'Emphasises',
    showEmphasis: 'Show this emphasis in the tree',
    aspects: 'Aspects',
    examples: 'Examples',
    setting: { formal: 'Formal', informal: 'Informal' },
    items: (n) => `${n} ${n === 1 ? 'item' : 'items'}`,
    weightNote: (weight, approach) => `${weight} in ${approach}`,
    activeApproachNote: 'approach whose emphasis is shown',
    selected: (name) => `${name} selected; the details follow the tree.`,
    tooltipHint: 'Click or press Enter for details',
    levelsNote: (scales, short) => `${short ? '' : scales.length > 1 ? 'levels ' : 'level '}${scales.join(SCALE_SEPARATOR)}`,
    levels: 'Plays at',
    notInTree: (list) => `In the dossier but not in the tree: ${list}.`,
    credit: (publisher, year) => `Source: ${publisher} (${year}). Compiled by wat-werkt; dashed = our interpretation.`,
  },
};
