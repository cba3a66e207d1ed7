import type { Catalogue } from '../i18n/common.js';

export interface EmbedPageMessages {
  refused: Record<'theme' | 'src' | 'element', (value: string) => string>;
}

export const embedPageMessages: Catalogue<EmbedPageMessages> = {
  nl: {
    refused: {
      theme: (v) => `Het thema “${v}” staat niet in de lijst van deze site; het standaardthema wordt gebruikt.`,
      src: (v) => `Een dossier van “${v}” mag deze pagina niet laden; u ziet het ingebouwde dossier van Movisie.`,
      element: (v) => `“${v}” is geen element dat deze pagina kan tonen.`,
    },
  },
  en: {
    refused: {
      theme: (v) => `The theme “${v}” is not in this site's list; the default theme is used.`,
      src: (v) => `This page may not load a dossier from “${v}”; you see Movisie's built-in dossier.`,
      element: (v) => `“${v}” is not an element this page can show.`,
    },
  },
};
