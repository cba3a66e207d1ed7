import type { Catalogue } from '../../i18n/common.js';

export interface DossierOverviewMessages {
  /** Heading of the list that explains the labels on statements and items. */
  labels: string;
}

export const messages: Catalogue<DossierOverviewMessages> = {
  nl: { labels: 'Wat de labels betekenen' },
  en: { labels: 'What the labels mean' },
};
