import type { Catalogue } from '../../i18n/common.js';

export interface DossierOverviewMessages {
  /** Heading of the list that explains the labels on statements and items. */
  labels: string;
  /** The link to the dossier's own page, under the title. */
  publication: (publisher: string) => string;
}

export const messages: Catalogue<DossierOverviewMessages> = {
  nl: { labels: 'Wat de labels betekenen', publication: (publisher) => `Het dossier op de website van ${publisher}` },
  en: { labels: 'What the labels mean', publication: (publisher) => `The dossier on ${publisher}'s website` },
};
