import type { Catalogue } from '../i18n/common.js';

/** What every exported picture says around its body, and the download controls. */
export interface ExportMessages {
  /** The emphasis shown: an approach's, or (`own`) the team's own practice profile, which is not an approach. */
  activeApproach: (name: string, own?: boolean) => string;
  noActiveApproach: string;
  selected: (name: string) => string;
  source: (publisher: string, year: number, title: string) => string;
  weightsInterpretation: string;
  download: string;
  downloadAs: (what: string, format: 'svg' | 'png') => string;
  failed: (format: 'svg' | 'png') => string;
}

export const exportMessages: Catalogue<ExportMessages> = {
  nl: {
    activeApproach: (name, own) => (own ? `Getoond: ${name} (eigen inschatting van het team)` : `Actieve benadering: ${name}`),
    noActiveApproach: 'Geen actieve benadering',
    selected: (name) => `Geselecteerd: ${name}`,
    source: (publisher, year, title) => `Bron: ${publisher} (${year}), ${title}. Samengesteld met wat-werkt.`,
    weightsInterpretation: 'De gewichten zijn onze interpretatie van de bronnen, geen bevinding van het dossier.',
    download: 'Download',
    downloadAs: (what, format) => `Download ${what} als ${format.toUpperCase()}`,
    failed: (format) => `Downloaden als ${format.toUpperCase()} is niet gelukt. Probeer het nog eens${format === 'png' ? ' of kies SVG' : ''}.`,
  },
  en: {
    activeApproach: (name, own) => (own ? `Shown: ${name} (the team’s own assessment)` : `Active approach: ${name}`),
    noActiveApproach: 'No active approach',
    selected: (name) => `Selected: ${name}`,
    source: (publisher, year, title) => `Source: ${publisher} (${year}), ${title}. Compiled with wat-werkt.`,
    weightsInterpretation: 'The weights are our interpretation of the sources, not findings of the dossier.',
    download: 'Download',
    downloadAs: (what, format) => `Download ${what} as ${format.toUpperCase()}`,
    failed: (format) => `Downloading as ${format.toUpperCase()} did not work. Please try again${format === 'png' ? ' or choose SVG' : ''}.`,
  },
};
