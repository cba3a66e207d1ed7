import type { Catalogue } from '../../i18n/common.js';

export interface FactorGridMessages {
  /** Name of the list of cards. */
  label: string;
}

export const messages: Catalogue<FactorGridMessages> = {
  nl: { label: 'Werkzame factoren' },
  en: { label: 'Effective factors' },
};
